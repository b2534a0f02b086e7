package io.github.gcmsdk.cli;

import io.github.gcmsdk.cli.Options.Language;
import io.github.gcmsdk.cli.Options.ProfileName;
import io.github.gcmsdk.cli.Options.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
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
      "A directory is searched recursively for *.json and *.jsonl files (hidden ones skipped),"
          + " in name order. A .jsonl file holds one document per line; its problems carry the"
          + " file's line numbers.",
      "",
      "Text output: one line per problem, 'path:line:column: severity code message', then a"
          + " summary line. JSON output: {\"files\":[...],\"summary\":{...}}.",
      ""
    },
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  no file has an error (warnings and infos allowed)",
      "  1  a file has an error",
      "  2  a usage or I/O error: a bad option, a missing or unreadable file"
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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputFiles inputs = InputFiles.expand(paths);
    inputs.errors().forEach(e -> err.println("gcm validate: " + e));
    boolean ioError = !inputs.errors().isEmpty();
    List<FileResult> results = new ArrayList<>();
    CliMessages messages = new CliMessages(language.locale());
    if (!inputs.files().isEmpty()) {
      Checker checker = Checker.create(strict, profile, language.locale());
      for (InputFiles.Input input : inputs.files()) {
        try {
          FileResult result = checker.check(input);
          results.add(result);
          if (format == ReportFormat.TEXT) {
            // as found: a long run shows its progress
            ValidationPrinter.problems(result, messages, out);
            out.flush();
          }
        } catch (IOException e) {
          err.println("gcm validate: " + input.display() + ": cannot read: " + InputFiles.reason(e));
          ioError = true;
        }
      }
    }
    if (format == ReportFormat.JSON) {
      ValidationPrinter.json(results, out);
    } else {
      ValidationPrinter.summary(results, messages, out);
    }
    out.flush();
    if (ioError) {
      return ExitCodes.USAGE;
    }
    return results.stream().allMatch(FileResult::isValid) ? ExitCodes.OK : ExitCodes.PROBLEMS;
  }
}
