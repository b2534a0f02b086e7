package io.github.gcmsdk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code gcm}: the top-level command; it only dispatches to its subcommands, which
 * {@link Main#newCommandLine()} adds.
 */
@Command(
    name = "gcm",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Validate, summarise and format GCM stakeholder input files (JSON, JSON Lines),",
      "turn spreadsheets (XLSX) into them and back, or check them in a local web page.",
      ""
    },
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  success",
      "  1  a file has an error (validate), cannot be read (summary, format)",
      "     or is not canonical (format --check)",
      "  2  a usage or I/O error: a bad option, a missing or unreadable file",
      "  3  an internal error (a bug in gcm)",
      "",
      "Run 'gcm COMMAND --help' for the options of a command."
    })
final class GcmCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "missing command: validate, summary, format, schema, import, export,"
            + " template or serve");
  }
}
