package io.github.gcmsdk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the PATH arguments of a command into the files to process: a file is taken as given,
 * whatever its name; a directory is searched recursively for {@code *.json} and {@code *.jsonl}
 * files, skipping hidden files and directories (names starting with a dot), and its files are
 * taken in name order, directory by directory, so that the result never depends on the file
 * system. A file named twice is taken once.
 */
final class InputFiles {

  /** One file to process. */
  static final class Input {
    private final Path path;
    private final String display;

    Input(Path path, String display) {
      this.path = path;
      this.display = display;
    }

    /** The file. */
    Path path() {
      return path;
    }

    /** The file as the user named it, or as found under a directory the user named. */
    String display() {
      return display;
    }

    /** Whether the file holds JSON Lines (one document per line), judged by its name. */
    boolean isJsonLines() {
      return display.toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }
  }

  private final List<Input> files;
  private final List<String> errors;

  private InputFiles(List<Input> files, List<String> errors) {
    this.files = files;
    this.errors = errors;
  }

  /** The files found, in the order described above. */
  List<Input> files() {
    return files;
  }

  /** One line per argument that names no usable file ({@code "x.json: no such file"}). */
  List<String> errors() {
    return errors;
  }

  static InputFiles expand(List<Path> arguments) {
    List<Input> files = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Set<Path> seen = new LinkedHashSet<>();
    for (Path argument : arguments) {
      String display = argument.toString();
      if (Files.isDirectory(argument)) {
        List<Path> found;
        try {
          found = find(argument);
        } catch (IOException | UncheckedIOException e) {
          errors.add(display + ": cannot read directory: " + reason(e));
          continue;
        }
        if (found.isEmpty()) {
          errors.add(display + ": no .json or .jsonl file in this directory");
        }
        for (Path file : found) {
          if (seen.add(file.toAbsolutePath().normalize())) {
            files.add(new Input(file, file.toString()));
          }
        }
      } else if (Files.isRegularFile(argument)) {
        if (!Files.isReadable(argument)) {
          errors.add(display + ": cannot read file: permission denied");
        } else if (seen.add(argument.toAbsolutePath().normalize())) {
          files.add(new Input(argument, display));
        }
      } else if (Files.exists(argument)) {
        errors.add(display + ": not a regular file or directory");
      } else {
        errors.add(display + ": no such file or directory");
      }
    }
    return new InputFiles(List.copyOf(files), List.copyOf(errors));
  }

  private static List<Path> find(Path directory) throws IOException {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk
          .filter(p -> !p.equals(directory))
          .filter(p -> !isHidden(directory.relativize(p)))
          .filter(Files::isRegularFile)
          .filter(InputFiles::isJsonName)
          .sorted(InputFiles::compareByName)
          .collect(Collectors.toList());
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path name : relative) {
      if (name.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJsonName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".jsonl");
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

  static String reason(Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    if (cause instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (cause instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String message = cause.getMessage();
    return message != null ? message : cause.getClass().getSimpleName();
  }
}
