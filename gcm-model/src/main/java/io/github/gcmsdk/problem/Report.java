package io.github.gcmsdk.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The problems found in one document, from reading and validation alike.
 *
 * <p>A report is a value, not an exception: {@link #isValid()} says whether the document is fit
 * for its purpose (no {@link Severity#ERROR}), and {@link #getProblems()} says everything that was
 * found, in the order found. {@link #toText(String)} prints it as {@code gcm validate} prints a
 * file.
 */
@Value.Immutable
public interface Report extends WithReport {

  /** A report with no problems. */
  Report EMPTY = of(List.of());

  /**
   * Returns a report of the given problems.
   *
   * @param problems the problems, not null
   * @return the report
   */
  static Report of(Iterable<? extends Problem> problems) {
    return ImmutableReport.builder().problems(problems).build();
  }

  /**
   * Returns the problems, in the order they were found.
   *
   * @return the problems
   */
  List<Problem> getProblems();

  /**
   * Returns whether no problem is an error.
   *
   * @return {@code true} if the document has no {@link Severity#ERROR}
   */
  default boolean isValid() {
    return count(Severity.ERROR) == 0;
  }

  /**
   * Returns how many problems have the given severity.
   *
   * @param severity the severity, not null
   * @return the count
   */
  default long count(Severity severity) {
    return getProblems().stream().filter(p -> p.getSeverity() == severity).count();
  }

  /**
   * Returns the problems of the given severity.
   *
   * @param severity the severity, not null
   * @return the matching problems, in order
   */
  default List<Problem> getProblems(Severity severity) {
    return getProblems().stream().filter(p -> p.getSeverity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns a report with this report's problems followed by {@code other}'s.
   *
   * @param other the report to append, not null
   * @return the combined report
   */
  default Report plus(Report other) {
    return ImmutableReport.builder().from(this).addAllProblems(other.getProblems()).build();
  }

  /**
   * Returns the report as {@code gcm validate} prints one file: one line per problem ({@link
   * Problem#toLine(String)}), in the report's order, then the summary line {@code 1 file, 0 valid,
   * 2 errors, 1 warning}. Each line ends with {@code \n}. The summary is in English, like the
   * severities, whatever the language of the messages.
   *
   * @param path the file the report is about, as it should be shown (printed as given), not null
   * @return the text, ending with a line break
   */
  default String toText(String path) {
    Objects.requireNonNull(path, "path");
    StringBuilder text = new StringBuilder();
    for (Problem problem : getProblems()) {
      text.append(problem.toLine(path)).append('\n');
    }
    return text.append(summary("file")).append('\n').toString();
  }

  /**
   * Returns the report as {@link #toText(String)} does, for a document that is not a file: lines
   * without a path ({@link Problem#toLine()}), then {@code 1 document, 0 valid, 2 errors, 1
   * warning}.
   *
   * @return the text, ending with a line break
   */
  default String toText() {
    StringBuilder text = new StringBuilder();
    for (Problem problem : getProblems()) {
      text.append(problem.toLine()).append('\n');
    }
    return text.append(summary("document")).append('\n').toString();
  }

  private String summary(String what) {
    long errors = count(Severity.ERROR);
    long warnings = count(Severity.WARNING);
    return "1 " + what + ", " + (errors == 0 ? 1 : 0) + " valid, "
        + errors + (errors == 1 ? " error, " : " errors, ")
        + warnings + (warnings == 1 ? " warning" : " warnings");
  }

  /**
   * Returns a report with the problems sorted by line, column and pointer, problems without a line
   * last; the sort is stable.
   *
   * @return the sorted report
   */
  default Report sortedByLocation() {
    Comparator<Problem> byLocation = Comparator
        .comparingInt((Problem p) -> p.getLocation().getLine().orElse(Integer.MAX_VALUE))
        .thenComparingInt(p -> p.getLocation().getColumn().orElse(Integer.MAX_VALUE))
        .thenComparing(p -> p.getLocation().getPointer());
    return of(getProblems().stream().sorted(byLocation).collect(Collectors.toList()));
  }
}
