package io.github.gcmsdk.cli;

import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.MigrationReport;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gcm migrate}: rewrites files of format 1.x as format 2.0, with the safety of {@code gcm
 * format} (its {@link Replacement}, {@link DifferenceStream} and {@link TemporaryFiles}), and
 * prints what moved where.
 */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Rewrite files of format 1.x as format 2.0, and print what moved where.",
      "",
      "Every value of a 1.x file is kept at its place; the upgrade changes formatVersion and"
          + " adds nothing the file did not say. Each move is printed as FROM -> TO: WHAT, JSON Pointers of the 1.x"
          + " file and of the 2.0 document. The file is written in the canonical form, as by"
          + " 'gcm format'.",
      "",
      "A file already of format 2.x is left as it was. A .jsonl file stays JSON Lines and a JSON"
          + " array stays an array. A file with a reading error is not rewritten; its errors are"
          + " printed. Directories are searched as by 'gcm validate'.",
      "",
      "A file is written beside itself (.gcm-format.PID.*.tmp), forced to the disk and renamed"
          + " over itself: never half a file. Symbolic links are followed and stay links; owner,"
          + " group and mode are kept. A read-only file, a file in a read-only directory, or a"
          + " file with other hard links is not rewritten (exit 2).",
      ""
    },
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  every file is of format 2.x (now)",
      "  1  a file has a reading error and was left as it was",
      "  2  a usage or I/O error: a bad option, a missing, unreadable",
      "     or unwritable file (read-only, hard-linked, owner not keepable)"
    })
final class MigrateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Files or directories to migrate.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputFiles inputs = InputFiles.expand(paths);
    inputs.errors().forEach(e -> err.println("gcm migrate: " + e));
    int status = inputs.errors().isEmpty() ? ExitCodes.OK : ExitCodes.USAGE;
    GcmJson json = GcmJson.standard();
    Set<Path> swept = new HashSet<>();
    for (InputFiles.Input input : inputs.files()) {
      int result = migrate(json, input, out, err, swept);
      out.flush(); // a long run shows its progress
      status = Math.max(status, result); // USAGE (2) wins over PROBLEMS (1)
    }
    return status;
  }

  /** Migrates one file; returns its exit status. */
  private int migrate(GcmJson json, InputFiles.Input input, PrintWriter out, PrintWriter err,
      Set<Path> swept) {
    String name = input.display();
    Replacement replacement = null;
    try {
      replacement = Replacement.of(input.path());
      Replacement target = replacement;
      Optional<DifferenceStream.Sink> sink = Optional.of(replacement)
          .filter(r -> r.refusal().isEmpty())
          .map(r -> () -> {
            sweep(r.directory(), err, swept);
            return r.open();
          });
      List<String> moves = new ArrayList<>();
      try (Reading.Documents documents = Reading.open(json, input);
          DifferenceStream canonical = new DifferenceStream(input.path(), sink)) {
        Migrated migrated = new Migrated(documents.results().iterator(), input, err, canonical,
            documents.layout() != Reading.Layout.DOCUMENT, moves);
        write(json, documents.layout(), migrated, canonical);
        if (migrated.hasErrors()) {
          err.println("gcm migrate: " + name + ": not migrated: it has reading errors");
          return ExitCodes.PROBLEMS;
        }
        boolean changed = canonical.finish();
        if (moves.isEmpty()) {
          out.println(name + ": already format " + GcmJson.FORMAT_VERSION + ", left as it was");
          return ExitCodes.OK;
        }
        if (changed) {
          Optional<String> refusal = target.refusal().or(canonical::refusal);
          if (refusal.isPresent()) {
            err.println("gcm migrate: " + name + ": not migrated: " + refusal.get());
            return ExitCodes.USAGE;
          }
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      try {
        replacement.commit();
      } catch (Replacement.Refused e) {
        throw e;
      } catch (IOException e) {
        throw new DifferenceStream.WriteFailure(e);
      }
      out.println(name + ": migrated to format " + GcmJson.FORMAT_VERSION);
      moves.forEach(move -> out.println("  " + move));
      return ExitCodes.OK;
    } catch (Replacement.Refused e) {
      err.println("gcm migrate: " + name + ": not migrated: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (DifferenceStream.WriteFailure e) {
      err.println("gcm migrate: " + name + ": cannot write: "
          + InputFiles.reason((Exception) e.getCause()));
      return ExitCodes.USAGE;
    } catch (IOException | OutOfMemoryError e) {
      err.println("gcm migrate: " + name + ": cannot read: " + InputFiles.reason(e));
      return ExitCodes.USAGE;
    } finally {
      if (replacement != null) {
        replacement.abandon(); // a temporary file not renamed goes
      }
    }
  }

  /** Removes, once per directory, what killed runs left there. */
  private static void sweep(Path directory, PrintWriter err, Set<Path> swept) {
    if (swept.add(directory)) {
      for (String leftover : TemporaryFiles.removeLeftovers(directory)) {
        err.println("gcm migrate: removed " + leftover + ", left in " + directory
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
   * The documents of a file without reading errors, upgraded as they are read, each one's moves
   * collected as lines (with the document's index in a collection). After the first error, no
   * document is given, but the file is read to its end so that every error is printed.
   */
  private static final class Migrated
      implements Iterable<StakeholderInput>, Iterator<StakeholderInput> {
    private final Iterator<ReadResult<StakeholderInput>> results;
    private final InputFiles.Input input;
    private final PrintWriter err;
    private final DifferenceStream canonical;
    private final boolean collection;
    private final List<String> moves;
    private Optional<StakeholderInput> next = Optional.empty();
    private boolean errors;
    private int index;

    Migrated(Iterator<ReadResult<StakeholderInput>> results, InputFiles.Input input,
        PrintWriter err, DifferenceStream canonical, boolean collection, List<String> moves) {
      this.results = results;
      this.input = input;
      this.err = err;
      this.canonical = canonical;
      this.collection = collection;
      this.moves = moves;
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
        int at = index++;
        if (result.isValid() && result.getDocument().isPresent()) {
          next = errors ? Optional.empty() : result.getDocument();
          Optional<MigrationReport> migration = result.getMigration();
          if (migration.isPresent() && !errors) {
            String prefix = collection ? "document " + at + ": " : "";
            migration.get().toLines().forEach(line -> moves.add(prefix + line));
          }
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
