package io.github.gcmsdk.cli;

import io.github.gcmsdk.problem.Excerpt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the PATH arguments of a command into the files to process: a file is taken as given,
 * whatever its name; a directory is searched recursively for {@code *.json}, {@code *.jsonl} and
 * {@code *.ndjson} files, skipping hidden files and directories (names starting with a dot), and
 * its files are taken in name order, directory by directory, so that the result never depends on
 * the file system. A file named twice is taken once. A subdirectory or file that cannot be read is
 * one error, and the search goes on.
 *
 * <p>File names are partner data: every name this class hands out for printing is escaped as
 * {@link Excerpt#escape(CharSequence)} escapes (so an ESC, a CR or a bidirectional override in a
 * name reaches no terminal, and a LF forges no line).
 */
final class InputFiles {

  /** The endings of JSON Lines files, in lower case (as gcm-io's {@code readCollection(Path)}). */
  private static final List<String> JSON_LINES_ENDINGS = List.of(".jsonl", ".ndjson");

  /**
   * One file to process: a file on disk, or the bytes of one held in memory (a file uploaded to
   * {@code gcm serve}, which writes nothing to disk).
   */
  static final class Input {
    private final Path path;
    private final String name;
    private final byte[] bytes;

    Input(Path path, String name) {
      this.path = path;
      this.name = name;
      this.bytes = null;
    }

    private Input(String name, byte[] bytes) {
      this.path = Path.of("");
      this.name = name;
      this.bytes = bytes;
    }

    /**
     * A file held in memory, named {@code name} (its ending tells JSON Lines, as for a file);
     * the array is not copied, and must not change.
     */
    static Input inMemory(String name, byte[] bytes) {
      return new Input(name, bytes);
    }

    /** The file; the empty path for a file held in memory. */
    Path path() {
      return path;
    }

    /** The bytes of a file held in memory; empty for a file on disk. */
    Optional<byte[]> bytes() {
      return Optional.ofNullable(bytes);
    }

    /** Opens the file's bytes, from the start. */
    InputStream open() throws IOException {
      return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(path);
    }

    /**
     * The file as the user named it, or as found under a directory the user named, unescaped:
     * for JSON reports, whose writer escapes it.
     */
    String name() {
      return name;
    }

    /** The name, escaped: safe to print. */
    String display() {
      return InputFiles.display(name);
    }

    /** Whether the file holds JSON Lines (one document per line), judged by its name. */
    boolean isJsonLines() {
      return isJsonLinesName(name);
    }
  }

  /** A file or directory that cannot be used, and why. */
  static final class Failure {
    private final String name;
    private final String reason;

    Failure(String name, String reason) {
      this.name = name;
      this.reason = reason;
    }

    /** The file as named, unescaped (for JSON reports). */
    String name() {
      return name;
    }

    /** Why, safe to print ({@code "no such file or directory"}). */
    String reason() {
      return reason;
    }

    /** {@code name: reason}, safe to print. */
    @Override
    public String toString() {
      return display(name) + ": " + reason;
    }
  }

  private final List<Input> files;
  private final List<Failure> failures;

  private InputFiles(List<Input> files, List<Failure> failures) {
    this.files = files;
    this.failures = failures;
  }

  /** The files found, in the order described above. */
  List<Input> files() {
    return files;
  }

  /** The arguments, directories and files that could not be used. */
  List<Failure> failures() {
    return failures;
  }

  /** One line per failure ({@code "x.json: no such file or directory"}), safe to print. */
  List<String> errors() {
    List<String> lines = new ArrayList<>();
    failures.forEach(f -> lines.add(f.toString()));
    return lines;
  }

  /** A file name made safe to print. */
  static String display(String name) {
    return Excerpt.escape(name);
  }

  static InputFiles expand(List<Path> arguments) {
    List<Input> files = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    Set<Path> seen = new LinkedHashSet<>();
    for (Path argument : arguments) {
      String name = argument.toString();
      if (Files.isDirectory(argument)) {
        List<Path> found = new ArrayList<>();
        List<Failure> walkFailures = new ArrayList<>();
        search(argument, found, walkFailures);
        if (found.isEmpty() && walkFailures.isEmpty()) {
          failures.add(new Failure(name, "no .json, .jsonl or .ndjson file in this directory"));
        }
        failures.addAll(walkFailures);
        for (Path file : found) {
          if (seen.add(file.toAbsolutePath().normalize())) {
            files.add(new Input(file, file.toString()));
          }
        }
      } else if (Files.isRegularFile(argument)) {
        if (!Files.isReadable(argument)) {
          failures.add(new Failure(name, "cannot read file: permission denied"));
        } else if (seen.add(argument.toAbsolutePath().normalize())) {
          files.add(new Input(argument, name));
        }
      } else if (Files.exists(argument)) {
        failures.add(new Failure(name, "not a regular file or directory"));
      } else {
        failures.add(new Failure(name, "no such file or directory"));
      }
    }
    return new InputFiles(List.copyOf(files), List.copyOf(failures));
  }

  /**
   * Finds the JSON files under a directory, in name order; what cannot be read is a failure, in
   * name order too, and the search goes on. Symbolic links to files are followed, those to
   * directories are not (so no loop of directories is possible).
   */
  private static void search(Path directory, List<Path> found, List<Failure> failures) {
    List<Path> failed = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    try {
      Files.walkFileTree(directory, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          return dir.equals(directory) || !isHidden(dir) ? FileVisitResult.CONTINUE
              : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (isHidden(file) || !isJsonName(file)) {
            return FileVisitResult.CONTINUE;
          }
          if (attributes.isSymbolicLink()) {
            try {
              attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
              failed.add(file);
              reasons.add("cannot read: " + reason(e));
              return FileVisitResult.CONTINUE;
            }
          }
          if (attributes.isRegularFile()) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          // A hidden directory is skipped whether or not it can be read.
          if (!isHidden(file)) {
            boolean isDirectory = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
            if (isDirectory || isJsonName(file)) {
              failed.add(file);
              reasons.add((isDirectory ? "cannot read directory: " : "cannot read: ") + reason(e));
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
          if (e != null) {
            failed.add(dir);
            reasons.add("cannot read directory: " + reason(e));
          }
          return FileVisitResult.CONTINUE;
        }

        private boolean isHidden(Path path) {
          for (Path name : directory.relativize(path)) {
            if (name.toString().startsWith(".")) {
              return true;
            }
          }
          return false;
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // The visitor never stops the walk; a failure here is the directory itself.
      failed.add(directory);
      reasons.add("cannot read directory: " + reason(e));
    }
    found.sort(InputFiles::compareByName);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < failed.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(failed::get, InputFiles::compareByName));
    for (int i : order) {
      failures.add(new Failure(failed.get(i).toString(), reasons.get(i)));
    }
  }

  private static boolean isJsonName(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || isJsonLinesName(name);
  }

  private static boolean isJsonLinesName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return JSON_LINES_ENDINGS.stream().anyMatch(lower::endsWith);
  }

  /** Name by name, so that {@code a/x.json} comes before {@code a-b/x.json}. */
  private static int compareByName(Path a, Path b) {
    Iterator<Path> i = a.iterator();
    Iterator<Path> j = b.iterator();
    while (i.hasNext() && j.hasNext()) {
      int c = i.next().toString().compareTo(j.next().toString());
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(i.hasNext(), j.hasNext());
  }

  /**
   * Why a file could not be read, without its name (which the caller prints escaped), safe to
   * print.
   */
  static String reason(Throwable e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    if (cause instanceof OutOfMemoryError) {
      return outOfMemory();
    }
    if (cause instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (cause instanceof FileSystemLoopException) {
      return "a loop of symbolic links";
    }
    if (cause instanceof FileSystemException && ((FileSystemException) cause).getReason() != null) {
      return Excerpt.escape(((FileSystemException) cause).getReason());
    }
    String message = cause.getMessage();
    return Excerpt.escape(message != null ? message : cause.getClass().getSimpleName());
  }

  /**
   * Running out of memory, and what to do: no file of any size needs more than a document's
   * worth (gcm-io reads up to a size limit, collections a document at a time), so a larger heap
   * helps only for a document near that limit.
   */
  static String outOfMemory() {
    long mib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return "out of memory (the JVM's maximum heap is " + mib + " MiB; a larger one can be given"
        + " with -Xmx, through GCM_JAVA_OPTS for the gcm launcher)";
  }
}
