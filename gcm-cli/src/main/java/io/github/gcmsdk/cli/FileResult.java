package io.github.gcmsdk.cli;

import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import java.util.List;
import java.util.OptionalInt;

/** The problems found in one file, as {@code validate} reports them. */
final class FileResult {

  /** A problem, and the position of its document in a collection file (counted from 0). */
  static final class Entry {
    private final Problem problem;
    private final OptionalInt index;

    Entry(Problem problem, OptionalInt index) {
      this.problem = problem;
      this.index = index;
    }

    Problem problem() {
      return problem;
    }

    OptionalInt index() {
      return index;
    }
  }

  private final InputFiles.Input input;
  private final List<Entry> entries;
  private final OptionalInt documents;

  /**
   * @param documents the number of documents of a collection file (a JSON array, JSON Lines);
   *     empty for a file of one document
   */
  FileResult(InputFiles.Input input, List<Entry> entries, OptionalInt documents) {
    this.input = input;
    this.entries = List.copyOf(entries);
    this.documents = documents;
  }

  /** The number of documents of a collection file; empty for a file of one document. */
  OptionalInt documents() {
    return documents;
  }

  /** The file. */
  InputFiles.Input input() {
    return input;
  }

  /** The file's name, escaped: safe to print. */
  String path() {
    return input.display();
  }

  /** The file's name, unescaped: for the JSON report, whose writer escapes it. */
  String name() {
    return input.name();
  }

  List<Entry> entries() {
    return entries;
  }

  boolean isValid() {
    return count(Severity.ERROR) == 0;
  }

  long count(Severity severity) {
    return entries.stream().filter(e -> e.problem().getSeverity() == severity).count();
  }
}
