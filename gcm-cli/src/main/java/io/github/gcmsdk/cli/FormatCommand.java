package io.github.gcmsdk.cli;

import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gcm format}: rewrites files in the canonical form of the format. */
@Command(
    name = "format",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Rewrite files in the canonical form of the format.",
      "",
      "Canonical: properties in the order of the format, extensions after them, defaults left"
          + " out, two-space indentation, UTF-8, a newline at the end. Nothing is lost: unknown"
          + " properties and x- extensions are kept.",
      "",
      "A .jsonl file stays JSON Lines and a JSON array stays an array. A file with a reading"
          + " error (a syntax error, a duplicate key, a bad value...) is not rewritten; its"
          + " errors are printed. Files already canonical are left untouched. Directories are"
          + " searched as by 'gcm validate'. Collections are formatted streaming, in bounded"
          + " memory.",
      "",
      "A file is written beside itself (.gcm-format.PID.*.tmp), forced to the disk and renamed"
          + " over itself: never half a file. Symbolic links are followed and stay links; owner,"
          + " group and mode are kept. A read-only file, a file in a read-only directory, or a"
          + " file with other hard links is not rewritten (exit 2). Interrupted, gcm format"
          + " deletes its temporary file; one left by a killed run is removed by the next run.",
      ""
    },
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  every file is canonical (now)",
      "  1  a file is not canonical (--check), or has a reading error",
      "     and was left as it was",
      "  2  a usage or I/O error: a bad option, a missing, unreadable",
      "     or unwritable file (read-only, hard-linked, owner not keepable)"
    })
final class FormatCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files or directories to format.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--check",
      description = "Write nothing; list the files that are not canonical, and exit with 1 if any.")
  boolean check;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputFiles inputs = InputFiles.expand(paths);
    inputs.errors().forEach(e -> err.println("gcm format: " + e));
    int status = inputs.errors().isEmpty() ? ExitCodes.OK : ExitCodes.USAGE;
    GcmJson json = GcmJson.standard();
    Set<Path> swept = new HashSet<>();
    for (InputFiles.Input input : inputs.files()) {
      int result = format(json, input, out, err, swept);
      out.flush(); // a long run shows its progress
      status = Math.max(status, result); // USAGE (2) wins over PROBLEMS (1)
    }
    return status;
  }

  /** Formats (or checks) one file; returns its exit status. */
  private int format(GcmJson json, InputFiles.Input input, PrintWriter out, PrintWriter err,
      Set<Path> swept) {
    String name = input.display();
    Optional<Replacement> replacement = Optional.empty();
    try {
      if (!check) {
        replacement = Optional.of(Replacement.of(input.path()));
      }
      Optional<DifferenceStream.Sink> sink = replacement
          .filter(r -> r.refusal().isEmpty())
          .map(r -> () -> {
            sweep(r.directory(), err, swept);
            return r.open();
          });
      boolean changed;
      try (Reading.Documents documents = Reading.open(json, input);
          DifferenceStream canonical = new DifferenceStream(input.path(), sink)) {
        ValidDocuments valid = new ValidDocuments(documents.results().iterator(), input, err,
            canonical);
        write(json, documents.layout(), valid, canonical);
        if (valid.hasErrors()) {
          err.println("gcm format: " + name + ": not formatted: it has reading errors");
          return ExitCodes.PROBLEMS;
        }
        changed = canonical.finish();
        if (changed && !check) {
          Optional<String> refusal = replacement.get().refusal().or(canonical::refusal);
          if (refusal.isPresent()) {
            err.println("gcm format: " + name + ": not formatted: " + refusal.get());
            return ExitCodes.USAGE;
          }
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      if (!changed) {
        return ExitCodes.OK;
      }
      if (check) {
        out.println(name + ": not canonical");
        return ExitCodes.PROBLEMS;
      }
      try {
        replacement.get().commit();
      } catch (Replacement.Refused e) {
        throw e;
      } catch (IOException e) {
        throw new DifferenceStream.WriteFailure(e);
      }
      out.println(name + ": formatted");
      return ExitCodes.OK;
    } catch (Replacement.Refused e) {
      err.println("gcm format: " + name + ": not formatted: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (DifferenceStream.WriteFailure e) {
      err.println("gcm format: " + name + ": cannot write: "
          + InputFiles.reason((Exception) e.getCause()));
      return ExitCodes.USAGE;
    } catch (IOException | OutOfMemoryError e) {
      // One file that cannot be read, or needs more memory than there is, fails alone; the
      // temporary file goes in the finally below.
      err.println("gcm format: " + name + ": cannot read: " + InputFiles.reason(e));
      return ExitCodes.USAGE;
    } finally {
      replacement.ifPresent(Replacement::abandon); // a temporary file not renamed goes
    }
  }

  /** Removes, once per directory, what killed runs left there. */
  private static void sweep(Path directory, PrintWriter err, Set<Path> swept) {
    if (swept.add(directory)) {
      for (String leftover : TemporaryFiles.removeLeftovers(directory)) {
        err.println("gcm format: removed " + leftover + ", left in " + directory
            + " by an interrupted run");
      }
    }
  }

  private static void write(GcmJson json, Reading.Layout layout,
      Iterable<StakeholderInput> documents, OutputStream out) throws IOException {
    switch (layout) {
      case JSON_LINES:
        json.writeCollection(documents, out, CollectionFormat.JSON_LINES);
        break;
      case JSON_ARRAY:
        json.writeCollection(documents, out, CollectionFormat.JSON_ARRAY);
        break;
      default:
        for (StakeholderInput document : documents) {
          out.write(json.toCanonicalBytes(document));
        }
        break;
    }
  }

  /**
   * The documents of a file without reading errors, read as they are asked for. The errors are
   * printed as they are found; after the first, no document is given, but the file is read to its
   * end so that every error is printed, and the new content is discarded.
   */
  private static final class ValidDocuments
      implements Iterable<StakeholderInput>, Iterator<StakeholderInput> {
    private final Iterator<ReadResult<StakeholderInput>> results;
    private final InputFiles.Input input;
    private final PrintWriter err;
    private final DifferenceStream canonical;
    private Optional<StakeholderInput> next = Optional.empty();
    private boolean errors;

    ValidDocuments(Iterator<ReadResult<StakeholderInput>> results, InputFiles.Input input,
        PrintWriter err, DifferenceStream canonical) {
      this.results = results;
      this.input = input;
      this.err = err;
      this.canonical = canonical;
    }

    boolean hasErrors() {
      return errors;
    }

    @Override
    public Iterator<StakeholderInput> iterator() {
      return this;
    }

    @Override
    public boolean hasNext() {
      while (next.isEmpty() && results.hasNext()) {
        ReadResult<StakeholderInput> result = results.next();
        if (result.isValid() && result.getDocument().isPresent()) {
          next = errors ? Optional.empty() : result.getDocument();
          continue;
        }
        for (Problem problem : result.getReport().getProblems()) {
          if (problem.getSeverity() == Severity.ERROR) {
            err.println(ValidationPrinter.line(input.display(), problem));
          }
        }
        errors = true;
        canonical.discard();
      }
      return next.isPresent();
    }

    @Override
    public StakeholderInput next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      StakeholderInput document = next.get();
      next = Optional.empty();
      return document;
    }
  }
}
