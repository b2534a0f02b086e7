package io.github.gcmsdk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** One in-process run of {@code gcm}: its exit status, standard output and standard error. */
final class Run {

  /** The repository's root (tests run in gcm-cli/). */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path EXAMPLE = ROOT.resolve("examples/data/unece-2020-stakeholder-input.json");
  static final Path INVALID = ROOT.resolve("examples/data/invalid");

  final int status;
  final String out;
  final String err;

  private Run(int status, String out, String err) {
    this.status = status;
    this.out = out;
    this.err = err;
  }

  static Run gcm(String... args) {
    CommandLine commandLine = Main.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int status = commandLine.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  List<String> outLines() {
    return out.lines().collect(java.util.stream.Collectors.toList());
  }

  List<String> errLines() {
    return err.lines().collect(java.util.stream.Collectors.toList());
  }

  @Override
  public String toString() {
    return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
  }
}
