package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.problem.Location;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import java.util.List;
import java.util.stream.Collectors;

/** Assertions on the problems of a read. */
final class Problems {

  private Problems() {}

  /** Returns the one problem of the result, failing if there is not exactly one. */
  static Problem single(ReadResult<?> result) {
    List<Problem> problems = result.getReport().getProblems();
    assertEquals(1, problems.size(), () -> "expected one problem, got " + describe(problems));
    return problems.get(0);
  }

  /** Returns the one problem with a code, failing if there is not exactly one. */
  static Problem only(ReadResult<?> result, ReadProblem kind) {
    List<Problem> matching = result.getReport().getProblems().stream()
        .filter(p -> p.getCode().equals(kind.getCode()))
        .collect(Collectors.toList());
    assertEquals(1, matching.size(),
        () -> "expected one " + kind + ", got " + describe(result.getReport().getProblems()));
    return matching.get(0);
  }

  /** Checks code, severity, pointer, line and column. */
  static void assertProblem(Problem problem, ReadProblem kind, Severity severity, String pointer,
      int line, int column) {
    String actual = describe(List.of(problem));
    assertEquals(kind.getCode(), problem.getCode(), actual);
    assertEquals(severity, problem.getSeverity(), actual);
    Location location = problem.getLocation();
    assertEquals(pointer, location.getPointer(), actual);
    assertTrue(location.getLine().isPresent(), actual);
    assertEquals(line, location.getLine().getAsInt(), () -> "line of " + actual);
    assertEquals(column, location.getColumn().getAsInt(), () -> "column of " + actual);
  }

  static String describe(List<Problem> problems) {
    return problems.stream()
        .map(p -> p.getCode() + " " + p.getSeverity() + " " + p.getLocation().describe() + " "
            + p.getMessage())
        .collect(Collectors.joining("\n  ", "\n  ", ""));
  }

  /** The column (from 1) at which {@code token} first appears on line {@code line} of a text. */
  static int column(String text, int line, String token) {
    String[] lines = text.split("\n", -1);
    int index = lines[line - 1].indexOf(token);
    assertTrue(index >= 0, token + " is not on line " + line);
    return index + 1;
  }
}
