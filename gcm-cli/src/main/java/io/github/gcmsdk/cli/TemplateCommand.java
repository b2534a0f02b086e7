package io.github.gcmsdk.cli;

import io.github.gcmsdk.spreadsheet.GcmSpreadsheet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gcm template}: writes the empty workbook partners fill in. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write the XLSX template: a sheet per kind of item, a note on every header, drop-down"
          + " lists of the catalogues, and instructions. 'gcm import' reads it once filled.",
      ""
    })
final class TemplateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--xlsx", paramLabel = "FILE.xlsx", required = true,
      description = "The workbook to write.")
  Path xlsx;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      GcmSpreadsheet.standard().writeTemplate(out);
    } catch (IOException | UncheckedIOException e) {
      err.println("gcm template: cannot write " + InputFiles.display(xlsx.toString()) + ": "
          + InputFiles.reason(e));
      return ExitCodes.USAGE;
    }
    return ExitCodes.OK;
  }
}
