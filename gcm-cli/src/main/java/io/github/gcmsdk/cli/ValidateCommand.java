package io.github.gcmsdk.cli;

import io.github.gcmsdk.cli.Options.Language;
import io.github.gcmsdk.cli.Options.ProfileName;
import io.github.gcmsdk.cli.Options.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gcm validate}: reads and validates files, and reports every problem found. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Read and validate files, and report every problem, located.",
      "",
      "A directory is searched recursively for *.json, *.jsonl and *.ndjson files (hidden ones"
          + " skipped), in name order; a subdirectory that cannot be read is reported, and the"
          + " search goes on. A .jsonl or .ndjson file holds one document per line; its problems"
          + " carry the file's line numbers.",
      "",
      "Text output: one line per problem, 'path:line:column: severity code message', then a"
          + " summary line. JSON output: {\"files\":[...],\"unreadable\":[...],"
          + "\"summary\":{...}}. File names are printed escaped (\\u001B for ESC).",
      "",
      "SARIF output (2.1.0, for code scanning in CI): one run, a rule for every code gcm can"
          + " report, one result per problem with file, line, column and JSON Pointer. JUnit"
          + " output (the XML of Ant and Surefire): a test suite per file, a test case per file"
          + " or per document of a collection, its errors in one failure.",
      "",
      "Partial acceptance (--accepted A --rejected R): every document, one per line, goes to"
          + " A in canonical form if it has no error, else to R as it was read: a JSON Lines"
          + " record byte for byte, any other document with its line breaks as spaces. Both"
          + " are written through temporary files, and only if every input was read.",
      ""
    },
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  no file has an error (warnings and infos allowed)",
      "  1  a file has an error",
      "  2  a usage or I/O error: a bad option, a missing or unreadable file",
      "     or directory (the other files are still validated)"
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to validate.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Options.ReportFormatConverter.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      defaultValue = "publication",
      converter = Options.ProfileNameConverter.class,
      description = "Rules to apply: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). Draft"
          + " lets unfinished work (blank texts, unresolved references) pass as infos or warnings.")
  ProfileName profile;

  @Option(
      names = "--strict",
      description = "Read strictly: a property the format does not know is an error, not a warning.")
  boolean strict;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      converter = Options.LanguageConverter.class,
      description = "Language of the messages: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Language language;

  @Option(
      names = "--accepted",
      paramLabel = "FILE",
      description = "Partial acceptance: write every document without error to FILE, in"
          + " canonical form, one per line (JSON Lines). Needs --rejected.")
  Path acceptedPath;

  @Option(
      names = "--rejected",
      paramLabel = "FILE",
      description = "Partial acceptance: write every document with an error to FILE, one per"
          + " line, as it was read (a JSON Lines record byte for byte; another document's bytes"
          + " with its line breaks as spaces). Needs --accepted.")
  Path rejectedPath;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ((acceptedPath == null) != (rejectedPath == null)) {
      err.println("gcm validate: --accepted and --rejected go together (every document goes to"
          + " one of them)");
      err.println("Try 'gcm validate --help' for more information.");
      return ExitCodes.USAGE;
    }
    InputFiles inputs = InputFiles.expand(paths);
    inputs.errors().forEach(e -> err.println("gcm validate: " + e));
    List<InputFiles.Failure> unreadable = new ArrayList<>(inputs.failures());
    List<FileResult> results = new ArrayList<>();
    Checker checker = inputs.files().isEmpty() && acceptedPath == null ? null
        : Checker.create(strict, profile, language.locale());
    Acceptance acceptance = null;
    if (acceptedPath != null) {
      try {
        acceptance = Acceptance.open(checker.json(), acceptedPath, rejectedPath, inputs.files());
      } catch (IOException e) {
        err.println("gcm validate: nothing written: " + (e instanceof Replacement.Refused
            ? e.getMessage() : InputFiles.reason(e)));
        return ExitCodes.USAGE;
      }
      for (Path directory : acceptance.directories()) {
        for (String leftover : TemporaryFiles.removeLeftovers(directory)) {
          err.println("gcm validate: removed " + leftover + ", left in "
              + InputFiles.display(directory.toString()) + " by an interrupted run");
        }
      }
    }
    try {
      return validate(checker, inputs, unreadable, results, acceptance, out, err);
    } finally {
      if (acceptance != null) {
        acceptance.abandon(); // a temporary file not renamed goes
      }
    }
  }

  private int validate(Checker checker, InputFiles inputs, List<InputFiles.Failure> unreadable,
      List<FileResult> results, Acceptance acceptance, PrintWriter out, PrintWriter err) {
    if (!inputs.files().isEmpty()) {
      for (InputFiles.Input input : inputs.files()) {
        FileResult result;
        try {
          result = acceptance == null ? checker.check(input)
              : checker.sort(input, acceptance,
                  w -> err.println("gcm validate: " + input.display() + ": " + w));
        } catch (DifferenceStream.WriteFailure e) {
          err.println("gcm validate: nothing written: cannot write: "
              + InputFiles.reason((Exception) e.getCause()));
          return ExitCodes.USAGE;
        } catch (IOException | UncheckedIOException | OutOfMemoryError e) {
          // One file that cannot be read, or needs more memory than there is, fails alone.
          InputFiles.Failure failure =
              new InputFiles.Failure(input.name(), "cannot read: " + InputFiles.reason(e));
          err.println("gcm validate: " + failure);
          unreadable.add(failure);
          continue;
        }
        results.add(result);
        if (format == ReportFormat.TEXT) {
          ValidationPrinter.problems(result, out); // as found: a long run shows its progress
          out.flush();
        }
      }
    }
    switch (format) {
      case JSON:
        ValidationPrinter.json(results, unreadable, out);
        break;
      case SARIF:
        SarifPrinter.print(results, unreadable, profile, language.locale(), out);
        break;
      case JUNIT:
        JUnitPrinter.print(results, unreadable, out);
        break;
      default:
        ValidationPrinter.summary(results, new CliMessages(language.locale()), out);
        break;
    }
    out.flush();
    if (acceptance != null) {
      if (!unreadable.isEmpty()) {
        err.println("gcm validate: nothing written to --accepted and --rejected: not every"
            + " input could be read, and they would not hold every document");
      } else {
        try {
          acceptance.commit();
        } catch (IOException e) {
          // the accepted file may be renamed already, the rejected one not: say which is which
          err.println("gcm validate: cannot write the outputs (" + InputFiles.display(
              acceptedPath.toString()) + (acceptance.isAcceptedWritten() ? " written, " : " and ")
              + InputFiles.display(rejectedPath.toString()) + " not written): "
              + (e instanceof Replacement.Refused ? e.getMessage() : InputFiles.reason(e)));
          return ExitCodes.USAGE;
        }
        err.println("gcm validate: " + acceptance.acceptedCount() + " accepted, written to "
            + InputFiles.display(acceptedPath.toString()) + "; " + acceptance.rejectedCount()
            + " rejected, written to " + InputFiles.display(rejectedPath.toString()));
      }
    }
    if (!unreadable.isEmpty()) {
      return ExitCodes.USAGE;
    }
    return results.stream().allMatch(FileResult::isValid) ? ExitCodes.OK : ExitCodes.PROBLEMS;
  }
}
