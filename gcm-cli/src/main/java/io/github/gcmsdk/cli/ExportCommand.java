package io.github.gcmsdk.cli;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gcm export}: writes a document as a workbook that 'gcm import' reads back. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write a JSON document as an XLSX workbook, with the sheets and drop-down lists of the"
          + " template; 'gcm import' reads it back into an equal document.",
      ""
    })
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE.json", description = "The document to export.")
  Path input;

  @Option(names = "--xlsx", paramLabel = "OUT.xlsx", required = true,
      description = "The workbook to write.")
  Path xlsx;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(input)) {
      err.println("gcm export: " + InputFiles.display(input.toString()) + ": no such file");
      return ExitCodes.USAGE;
    }
    ReadResult<StakeholderInput> read = GcmJson.standard().read(input);
    if (read.getDocument().isEmpty() || !read.isValid()) {
      read.getReport().getProblems().forEach(
          p -> err.println(ValidationPrinter.line(InputFiles.display(input.toString()), p)));
      err.println("gcm export: nothing written: the document has errors ('gcm validate')");
      return ExitCodes.PROBLEMS;
    }
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      GcmSpreadsheet.standard().export(read.getDocument().get(), out);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      err.println("gcm export: cannot write " + InputFiles.display(xlsx.toString()) + ": "
          + InputFiles.reason(e));
      return ExitCodes.USAGE;
    }
    return ExitCodes.OK;
  }
}
