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
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Rewriting a file in its own place, in the canonical form, as {@code gcm format} and {@code gcm
 * migrate} do: read streaming, written beside the file through a {@link Replacement} (temporary
 * file, forced to the disk, renamed over the file), compared with the old bytes on the way
 * ({@link DifferenceStream}), and left as it was on any reading error. What differs between the
 * commands is a {@link Job}.
 */
final class InPlaceRewrite {

  private InPlaceRewrite() {}

  /** What one command does with one file; a new one for each file. */
  interface Job {

    /** The command's name, for messages: {@code format}. */
    String command();

    /** What the command did, for the lines of a file it wrote: {@code formatted}. */
    String done();

    /** What the command did not do, for the lines of a file left as it was: {@code not formatted}. */
    String notDone();

    /**
     * Sees each document read without a reading error, before it is written.
     *
     * @param result the document's reading
     * @param prefix {@code "document N: "} in a collection, else empty
     */
    default void read(ReadResult<StakeholderInput> result, String prefix) {}

    /** A line saying why the file is left as it is although it was read, or empty to go on. */
    default Optional<String> leftAsItIs() {
      return Optional.empty();
    }

    /** Lines printed, indented, under the line of a file written. */
    default List<String> details() {
      return List.of();
    }
  }

  /**
   * Rewrites (or, with {@code check}, only compares) one file.
   *
   * @param check write nothing; print the file if it is not canonical
   * @param swept the directories already rid of what killed runs left there
   * @return the file's exit status
   */
  static int rewrite(GcmJson json, InputFiles.Input input, PrintWriter out, PrintWriter err,
      Set<Path> swept, Job job, boolean check) {
    String name = input.display();
    String failed = "gcm " + job.command() + ": " + name + ": ";
    Optional<Replacement> replacement = Optional.empty();
    try {
      if (!check) {
        replacement = Optional.of(Replacement.of(input.path()));
      }
      Optional<DifferenceStream.Sink> sink = replacement
          .filter(r -> r.refusal().isEmpty())
          .map(r -> () -> {
            sweep(job.command(), r.directory(), err, swept);
            return r.open();
          });
      boolean changed;
      try (Reading.Documents documents = Reading.open(json, input);
          DifferenceStream canonical = new DifferenceStream(input.path(), sink)) {
        ValidDocuments valid = new ValidDocuments(documents.results().iterator(), input, err,
            canonical, job, documents.layout() != Reading.Layout.DOCUMENT);
        write(json, documents.layout(), valid, canonical);
        if (valid.hasErrors()) {
          err.println(failed + job.notDone() + ": it has reading errors");
          return ExitCodes.PROBLEMS;
        }
        changed = canonical.finish();
        Optional<String> left = job.leftAsItIs();
        if (left.isPresent()) {
          out.println(name + ": " + left.get());
          return ExitCodes.OK;
        }
        if (changed && !check) {
          Optional<String> refusal = replacement.get().refusal().or(canonical::refusal);
          if (refusal.isPresent()) {
            err.println(failed + job.notDone() + ": " + refusal.get());
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
      out.println(name + ": " + job.done());
      job.details().forEach(line -> out.println("  " + line));
      return ExitCodes.OK;
    } catch (Replacement.Refused e) {
      err.println(failed + job.notDone() + ": " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (DifferenceStream.WriteFailure e) {
      err.println(failed + "cannot write: " + InputFiles.reason((Exception) e.getCause()));
      return ExitCodes.USAGE;
    } catch (IOException | OutOfMemoryError e) {
      // One file that cannot be read, or needs more memory than there is, fails alone; the
      // temporary file goes in the finally below.
      err.println(failed + "cannot read: " + InputFiles.reason(e));
      return ExitCodes.USAGE;
    } finally {
      replacement.ifPresent(Replacement::abandon); // a temporary file not renamed goes
    }
  }

  /** Removes, once per directory, what killed runs left there. */
  private static void sweep(String command, Path directory, PrintWriter err, Set<Path> swept) {
    if (swept.add(directory)) {
      for (String leftover : TemporaryFiles.removeLeftovers(directory)) {
        err.println("gcm " + command + ": removed " + leftover + ", left in " + directory
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
   * The documents of a file without reading errors, read as they are asked for and shown to the
   * job. The errors are printed as they are found; after the first, no document is given, but the
   * file is read to its end so that every error is printed, and the new content is discarded.
   */
  private static final class ValidDocuments
      implements Iterable<StakeholderInput>, Iterator<StakeholderInput> {
    private final Iterator<ReadResult<StakeholderInput>> results;
    private final InputFiles.Input input;
    private final PrintWriter err;
    private final DifferenceStream canonical;
    private final Job job;
    private final boolean collection;
    private Optional<StakeholderInput> next = Optional.empty();
    private boolean errors;
    private int index;

    ValidDocuments(Iterator<ReadResult<StakeholderInput>> results, InputFiles.Input input,
        PrintWriter err, DifferenceStream canonical, Job job, boolean collection) {
      this.results = results;
      this.input = input;
      this.err = err;
      this.canonical = canonical;
      this.job = job;
      this.collection = collection;
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
          if (!errors) {
            job.read(result, collection ? "document " + at + ": " : "");
            next = result.getDocument();
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
