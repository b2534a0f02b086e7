package io.github.gcmsdk.cli;

import io.github.gcmsdk.cli.Options.Language;
import io.github.gcmsdk.cli.Options.ProfileName;
import io.github.gcmsdk.cli.Options.ReportFormat;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import io.github.gcmsdk.spreadsheet.GcmSpreadsheet;
import io.github.gcmsdk.spreadsheet.ImportResult;
import io.github.gcmsdk.validation.GcmValidator;
import io.github.gcmsdk.validation.Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gcm import}: turns filled workbooks into the JSON format, reporting problems by cell. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Import filled spreadsheets (XLSX, from 'gcm template' or 'gcm export') into the JSON"
          + " format, and report every problem by cell (Findings!C7) and JSON Pointer.",
      "",
      "The document is read as 'gcm validate' reads a JSON file, then checked by the rules of"
          + " the profile. With -o, the JSON is written when a document could be read.",
      ""
    })
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Workbooks (.xlsx), or their sheets as CSV files (Findings.csv...) in a directory or a .zip.")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.json",
      description = "Write the imported document here, in canonical form (one FILE only).")
  Path output;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      converter = Options.ReportFormatConverter.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "publication",
      converter = Options.ProfileNameConverter.class,
      description = "Rules to apply: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ProfileName profile;

  @Option(names = "--strict",
      description = "Read the JSON built from the cells strictly, as gcm validate --strict does.")
  boolean strict;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      converter = Options.LanguageConverter.class,
      description = "Language of the messages: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Language language;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (output != null && paths.size() != 1) {
      err.println("gcm import: -o takes the document of one FILE; " + paths.size() + " given");
      return ExitCodes.USAGE;
    }
    GcmJson json = GcmJson.builder().strict(strict).locale(language.locale()).build();
    GcmSpreadsheet spreadsheet = GcmSpreadsheet.of(json);
    GcmValidator validator = GcmValidator.builder()
        .profile(profile == ProfileName.DRAFT ? Profile.DRAFT : Profile.PUBLICATION)
        .locale(language.locale())
        .json(json)
        .build();
    List<FileResult> results = new ArrayList<>();
    List<InputFiles.Failure> unreadable = new ArrayList<>();
    boolean error = false;
    for (Path path : paths) {
      InputFiles.Input input = new InputFiles.Input(path, path.toString());
      if (!Files.isRegularFile(path) && !Files.isDirectory(path)) {
        InputFiles.Failure failure = new InputFiles.Failure(input.name(), "no such file");
        err.println("gcm import: " + failure);
        unreadable.add(failure);
        continue;
      }
      ImportResult imported = spreadsheet.importWorkbook(path);
      FileResult result = result(input, imported, validator);
      List<FileResult.Entry> entries = result.entries();
      if (imported.getDocument().isPresent()) {
        StakeholderInput document = imported.getDocument().get();
        if (output != null) {
          try (OutputStream stream = Files.newOutputStream(output)) {
            json.write(document, stream);
          } catch (IOException | UncheckedIOException e) {
            err.println("gcm import: cannot write " + InputFiles.display(output.toString()) + ": "
                + InputFiles.reason(e instanceof UncheckedIOException u ? u.getCause() : e));
            return ExitCodes.USAGE;
          }
        }
      }
      error |= entries.stream().anyMatch(e -> e.problem().getSeverity() == Severity.ERROR);
      results.add(result);
      if (format == ReportFormat.TEXT) {
        ValidationPrinter.problems(result, out);
      }
    }
    switch (format) {
      case JSON -> ValidationPrinter.json(results, unreadable, out);
      case SARIF -> SarifPrinter.print(results, unreadable, profile, language.locale(), out);
      case JUNIT -> JUnitPrinter.print(results, unreadable, out);
      default -> ValidationPrinter.summary(results, new CliMessages(language.locale()), out);
    }
    out.flush();
    if (!unreadable.isEmpty()) {
      return ExitCodes.USAGE;
    }
    return error ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }

  /**
   * The problems of an imported workbook: those of the import, then, if a document could be
   * read, those of the rules, each located by the cell its pointer came from.
   */
  static FileResult result(InputFiles.Input input, ImportResult imported,
      GcmValidator validator) {
    List<FileResult.Entry> entries = new ArrayList<>();
    for (Problem problem : imported.getReport().getProblems()) {
      entries.add(new FileResult.Entry(problem, OptionalInt.empty()));
    }
    if (imported.getDocument().isPresent()) {
      for (Problem problem : validator.validate(imported.getDocument().get()).getProblems()) {
        entries.add(new FileResult.Entry(problem.withLocation(
            imported.locate(problem.getLocation().getPointer())), OptionalInt.empty()));
      }
    }
    return new FileResult(input, entries, OptionalInt.empty());
  }
}
