package io.github.gcmsdk.cli;

import io.github.gcmsdk.cli.Options.SummaryFormat;
import io.github.gcmsdk.coverage.Coverage;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gcm summary}: the coverage of objectives, stakeholder groups and countries, and the
 * documents per review and events per kind.
 */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Count what concerns each objective, stakeholder group, country, review and kind of"
          + " event.",
      "",
      "Per objective: sections, findings, recommendations, practices and pledges. An item counts"
          + " for the objectives it lists and those of every section enclosing it, once per"
          + " objective; one marked allObjectives (or in a section so marked) counts for all 23."
          + " A recommendation's related objectives are counted apart, as 'related'.",
      "Per stakeholder group: documents it contributed to, recommendations addressed to it,"
          + " practices it carried out. Per country: documents, findings, recommendations"
          + " (addressees) and practices that name it.",
      "Per review process, commission and regional review: the documents that feed it (the"
          + " commission named, else the regional review's). Per kind of event: the events the"
          + " documents' reviews list.",
      "",
      "Only documents read without error are counted; the others are named on standard error"
          + " (run 'gcm validate' on them). Directories are searched as by 'gcm validate'.",
      ""
    },
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  every document was read and counted",
      "  1  a document could not be read without error and was left out",
      "  2  a usage or I/O error: a bad option, a missing or unreadable file",
      "     or directory (the other files are still counted)"
    })
final class SummaryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to count.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Options.SummaryFormatConverter.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  SummaryFormat format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputFiles inputs = InputFiles.expand(paths);
    inputs.errors().forEach(e -> err.println("gcm summary: " + e));
    // what the counts leave out, also in --format json, so that a program reading it knows
    List<CoveragePrinter.NotCounted> left = new ArrayList<>();
    inputs.failures().forEach(f -> left.add(new CoveragePrinter.NotCounted(f.name(), null,
        f.reason())));
    boolean ioError = !inputs.errors().isEmpty();
    boolean skipped = false;
    Coverage.Builder coverage = Coverage.builder();
    GcmJson json = GcmJson.standard();
    for (InputFiles.Input input : inputs.files()) {
      List<String> notCounted = new ArrayList<>();
      try {
        Reading.each(json, input, result -> count(coverage, input, result).ifPresent(n -> {
          String where = result.getIndex().isPresent()
              ? "document " + (result.getIndex().getAsInt() + 1) + " (line " + result.getLine()
                  + ")"
              : "the document";
          notCounted.add(input.display() + ": " + where + " not counted: " + n.reason()
              + " (run gcm validate on it)");
          left.add(n);
        }));
      } catch (IOException | UncheckedIOException | OutOfMemoryError e) {
        // One file that cannot be read, or needs more memory than there is, fails alone.
        err.println("gcm summary: " + input.display() + ": cannot read: " + InputFiles.reason(e));
        left.add(new CoveragePrinter.NotCounted(input.name(), null,
            "cannot read: " + InputFiles.reason(e)));
        ioError = true;
        continue;
      }
      notCounted.forEach(line -> err.println("gcm summary: " + line));
      skipped |= !notCounted.isEmpty();
    }
    Coverage result = coverage.build();
    switch (format) {
      case JSON:
        CoveragePrinter.json(result, left, out);
        break;
      case MARKDOWN:
        CoveragePrinter.markdown(result, out);
        break;
      default:
        CoveragePrinter.text(result, out);
        break;
    }
    out.flush();
    if (ioError) {
      return ExitCodes.USAGE;
    }
    return skipped ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }

  /**
   * Counts a document into {@code coverage} if it was read without error (rule problems do not
   * keep it out: the counts describe what the file says); otherwise says why it is not counted.
   */
  static Optional<CoveragePrinter.NotCounted> count(Coverage.Builder coverage,
      InputFiles.Input input, ReadResult<StakeholderInput> result) {
    if (result.isValid() && result.getDocument().isPresent()) {
      coverage.add(result.getDocument().get());
      return Optional.empty();
    }
    long errors = result.getReport().count(Severity.ERROR);
    return Optional.of(new CoveragePrinter.NotCounted(input.name(),
        result.getIndex().isPresent() ? result.getIndex().getAsInt() + 1 : null,
        errors + (errors == 1 ? " reading error" : " reading errors")));
  }
}
