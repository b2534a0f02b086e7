package io.github.gcmsdk.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The entry point of {@code gcm}: {@code java -jar gcm.jar COMMAND [OPTIONS] PATH...}.
 *
 * <p>Output is UTF-8 whatever the platform's default encoding. A bad argument prints one line and a
 * pointer to {@code --help} and exits with status 2; an unexpected exception prints one line and
 * exits with status 3 (set the environment variable {@code GCM_DEBUG} to see its stack trace).
 */
public final class Main {

  private Main() {}

  /**
   * Runs {@code gcm} with the given arguments and exits with its status.
   *
   * @param args the command line arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
        false);
    PrintWriter err = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
        true);
    int status;
    try {
      CommandLine commandLine = newCommandLine(args.length > 0 ? args[0] : "");
      commandLine.setOut(out);
      commandLine.setErr(err);
      status = commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("gcm: out of memory: give the JVM more (GCM_JAVA_OPTS=-Xmx2g) or fewer files");
      status = ExitCodes.USAGE;
    } catch (Error e) { // picocli hands exceptions to the handler below, but not errors
      status = internalError(e, err);
    }
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Returns a new {@code gcm} command line, ready to {@link CommandLine#execute(String...) execute}.
   * It writes to {@link CommandLine#getOut()} and {@link CommandLine#getErr()}, which the caller
   * may replace.
   *
   * @return a new command line, not null
   */
  public static CommandLine newCommandLine() {
    return newCommandLine("");
  }

  /**
   * Returns a command line with only the subcommand named, if {@code command} names one, else with
   * all of them. Picocli inspects every subcommand it is given by reflection; inspecting only the
   * one that runs shortens start-up.
   */
  static CommandLine newCommandLine(String command) {
    CommandLine commandLine = new CommandLine(new GcmCommand());
    boolean all = !List.of("validate", "summary", "format", "schema").contains(command);
    if (all || command.equals("validate")) {
      commandLine.addSubcommand(new ValidateCommand());
    }
    if (all || command.equals("summary")) {
      commandLine.addSubcommand(new SummaryCommand());
    }
    if (all || command.equals("format")) {
      commandLine.addSubcommand(new FormatCommand());
    }
    if (all || command.equals("schema")) {
      commandLine.addSubcommand(new SchemaCommand());
    }
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(Main::usageError);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parseResult) -> internalError(e, cmd.getErr()));
    return commandLine;
  }

  private static int internalError(Throwable e, PrintWriter err) {
    err.println("gcm: internal error: " + e);
    if (System.getenv("GCM_DEBUG") != null) {
      e.printStackTrace(err);
    } else {
      err.println("This is a bug in gcm; set GCM_DEBUG=1 to see where it happened.");
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    String message = e.getMessage();
    if (e instanceof UnmatchedArgumentException) {
      List<String> suggestions = ((UnmatchedArgumentException) e).getSuggestions();
      if (!suggestions.isEmpty()) {
        message += " (did you mean " + String.join(" or ", suggestions) + "?)";
      }
    }
    err.println(name + ": " + message);
    err.println("Try '" + name + " --help' for more information.");
    err.flush();
    return ExitCodes.USAGE;
  }
}
