package io.github.gcmsdk.spring;

import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Turns a gcm-sdk {@link Report} into an RFC 9457 {@link ProblemDetail}: the located problems are
 * the extension member {@value #PROBLEMS}, each one in the shape of {@code gcm validate --format
 * json} ({@link Problem#toJsonMembers()}):
 *
 * <pre>{@code
 * {"severity": "ERROR", "code": "GCM-J012", "message": "...", "pointer": "/recommendations/0",
 *  "line": 31, "column": 9, "hint": "..."}
 * }</pre>
 *
 * <p>{@code cell} (spreadsheets), {@code line}, {@code column} and {@code hint} are left out
 * when the problem has none, as the command line leaves them out. The command line escapes
 * characters for terminals as it writes; here the JSON writer of the application does its own
 * escaping (partner text reaches messages only as {@link io.github.gcmsdk.problem.Excerpt}s).
 *
 * <p>Stateless and thread-safe.
 */
public final class GcmProblemDetails {

  /** The extension member holding the problems. */
  public static final String PROBLEMS = "problems";

  /** The extension member counting the errors. */
  public static final String ERRORS = "errors";

  /** The extension member counting the warnings. */
  public static final String WARNINGS = "warnings";

  private GcmProblemDetails() {}

  /**
   * Returns one problem in the shape of {@code gcm validate --format json}, its members in the
   * command line's order.
   *
   * @param problem the problem, not null
   * @return an unmodifiable map of member names to strings and integers
   */
  public static Map<String, Object> toMap(Problem problem) {
    return problem.toJsonMembers();
  }

  /**
   * Returns a problem detail for a rejected document: the title, a detail counting errors and
   * warnings, and the members {@value #PROBLEMS}, {@value #ERRORS} and {@value #WARNINGS}.
   *
   * @param status the HTTP status, not null
   * @param title a short summary a person understands, not null
   * @param report the problems, not null
   * @return a new problem detail
   */
  public static ProblemDetail toProblemDetail(HttpStatusCode status, String title, Report report) {
    List<Map<String, Object>> problems = new ArrayList<>();
    for (Problem problem : report.getProblems()) {
      problems.add(toMap(problem));
    }
    long errors = report.count(Severity.ERROR);
    long warnings = report.count(Severity.WARNING);
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(status,
        errors + (errors == 1 ? " error" : " errors") + ", "
            + warnings + (warnings == 1 ? " warning" : " warnings"));
    detail.setTitle(title);
    detail.setProperty(PROBLEMS, List.copyOf(problems));
    detail.setProperty(ERRORS, errors);
    detail.setProperty(WARNINGS, warnings);
    return detail;
  }
}
