package io.github.gcmsdk.cli;

import io.github.gcmsdk.io.ReadLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gcm serve}: a local web page that checks files dropped on it. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Start a local web page for checking files: drop JSON or JSON Lines files on it and see"
          + " every problem in place, the coverage per objective, and download the reports"
          + " (JSON, SARIF) and the accepted and rejected documents.",
      "",
      "The page is served on 127.0.0.1 only (unless --host says otherwise), needs the token in"
          + " the address printed at start, and refuses requests from other sites. Files are"
          + " checked in memory: nothing is written to disk. Ctrl-C stops the server.",
      ""
    })
final class ServeCommand implements Callable<Integer> {

  /** The port of {@code --port} when none is given. */
  static final int DEFAULT_PORT = 8765;

  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
      description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Any"
          + " other lets other machines send files to the page: a warning says so.")
  String host;

  @Option(names = "--open", description = "Open the page in the default browser.")
  boolean open;

  @Option(names = "--strict",
      description = "Read strictly: a property the format does not know is an error.")
  boolean strict;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("gcm serve: --port must be between 0 and 65535, not " + port);
      return ExitCodes.USAGE;
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      err.println("gcm serve: unknown host: " + InputFiles.display(host));
      return ExitCodes.USAGE;
    }
    if (!address.isLoopbackAddress()) {
      err.println("gcm serve: warning: listening on " + InputFiles.display(host) + ": other"
          + " machines that reach this address can open the page (they still need the token)");
    }
    WebServer server;
    try {
      server = WebServer.start(address, host, port, new WebCheck(strict)::check,
          ReadLimits.defaults().getMaxDocumentSize());
    } catch (BindException e) {
      err.println("gcm serve: cannot listen on " + InputFiles.display(host) + ":" + port + ": "
          + InputFiles.display(String.valueOf(e.getMessage()))
          + (port != 0 ? " (choose another port with --port, or --port 0 for any free one)" : ""));
      return ExitCodes.USAGE;
    } catch (IOException e) {
      err.println("gcm serve: cannot listen: " + InputFiles.reason(e));
      return ExitCodes.USAGE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      err.println("gcm serve: stopped");
      err.flush();
      stopped.countDown();
    }, "gcm-serve-stop"));
    out.println("gcm serve: open " + server.url());
    out.println("gcm serve: files are checked in memory, nothing is written to disk;"
        + " Ctrl-C stops the server");
    out.flush();
    if (open) {
      browse(server.url(), err);
    }
    stopped.await();
    return ExitCodes.OK;
  }

  /** Opens the page in the desktop's browser if there is one; never fails for it. */
  private static void browse(URI url, PrintWriter err) {
    try {
      if (java.awt.Desktop.isDesktopSupported()
          && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
        java.awt.Desktop.getDesktop().browse(url);
        return;
      }
    } catch (IOException | RuntimeException | LinkageError e) {
      // no browser, or no desktop: say where to go
    }
    err.println("gcm serve: no browser could be opened here: open the address above yourself");
    err.flush();
  }
}
