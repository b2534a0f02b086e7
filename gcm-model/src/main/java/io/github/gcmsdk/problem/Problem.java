package io.github.gcmsdk.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in a document: a stable code, a severity, where it is, a message a person
 * understands, and a hint how to fix it.
 *
 * <p>Reading (gcm-io) and validation (gcm-validation) report problems of this one shape, so one
 * {@link Report} holds both. Codes are stable across releases and safe to automate on; messages
 * and hints are for people, in the language asked for, and may change.
 *
 * <p>{@link #toLine(String)} prints a problem as {@code gcm validate} does, one line, for a log
 * or a terminal: {@code in.json:46:9: error GCM-J020 objective 24 does not exist ...}.
 */
@Value.Immutable
public interface Problem extends WithProblem {

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the stable problem code ({@code GCM-J004}, {@code GCM-V012}).
   *
   * @return the code
   */
  String getCode();

  /**
   * Returns how serious the problem is.
   *
   * @return the severity
   */
  Severity getSeverity();

  /**
   * Returns where the problem is.
   *
   * @return the location
   */
  Location getLocation();

  /**
   * Returns what is wrong, for a person to read.
   *
   * @return the message
   */
  String getMessage();

  /**
   * Returns how to fix it.
   *
   * @return the hint, if there is one
   */
  Optional<String> getHint();

  /**
   * Returns the problem as {@code gcm validate} prints it, for a file:
   * {@code path:line:column: severity code message}, or, without a line (a problem found in an
   * object graph, not in a file), {@code path: severity code message (at pointer)}, and for a
   * spreadsheet {@code path: severity code message (at Findings!C7 pointer)}. The severity
   * is in lower case English ({@code error}, {@code warning}, {@code info}) so that tools can
   * parse the line; the message is in the language it was made in, with line breaks replaced by
   * spaces; the pointer is escaped ({@link Excerpt#escape(CharSequence)}). The hint is not
   * printed.
   *
   * <p>The path is printed as given: a caller that shows file names it does not trust (uploaded
   * files, say) escapes them first.
   *
   * @param path the file the problem was found in, as it should be shown, not null
   * @return one line, without a line terminator
   */
  default String toLine(String path) {
    Objects.requireNonNull(path, "path");
    Location location = getLocation();
    StringBuilder line = new StringBuilder(path);
    if (location.getLine().isPresent()) {
      line.append(':').append(location.getLine().getAsInt())
          .append(':').append(location.getColumn().getAsInt());
    }
    return line.append(": ").append(lineBody()).toString();
  }

  /**
   * Returns the problem as {@link #toLine(String)} does, without the path:
   * {@code line:column: severity code message}, or {@code severity code message (at pointer)}
   * without a line.
   *
   * @return one line, without a line terminator
   */
  default String toLine() {
    Location location = getLocation();
    return location.getLine().isPresent()
        ? location.getLine().getAsInt() + ":" + location.getColumn().getAsInt() + ": " + lineBody()
        : lineBody();
  }

  /**
   * Returns the problem's members as gcm's JSON reports write them, in this order: {@code
   * severity}, {@code code}, {@code message}, {@code pointer}, then {@code cell}, {@code line} and
   * {@code column}, and {@code hint} when known. {@code gcm validate --format json} and the Spring
   * Boot starter's problem details write exactly these, so that a program reads one shape.
   *
   * @return an unmodifiable map, iterating in that order, of member names to strings and integers
   */
  default Map<String, Object> toJsonMembers() {
    Map<String, Object> members = new LinkedHashMap<>();
    Location location = getLocation();
    members.put("severity", getSeverity().name());
    members.put("code", getCode());
    members.put("message", getMessage());
    members.put("pointer", location.getPointer());
    location.getCell().ifPresent(cell -> members.put("cell", cell));
    if (location.getLine().isPresent()) {
      members.put("line", location.getLine().getAsInt());
      members.put("column", location.getColumn().getAsInt());
    }
    getHint().ifPresent(hint -> members.put("hint", hint));
    return Collections.unmodifiableMap(members);
  }

  /** {@code severity code message}, and {@code (at pointer)} when no line is known. */
  private String lineBody() {
    Location location = getLocation();
    StringBuilder line = new StringBuilder();
    line.append(getSeverity().name().toLowerCase(Locale.ROOT)).append(' ')
        .append(getCode()).append(' ')
        .append(getMessage().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
    if (location.getLine().isEmpty()) {
      line.append(" (at ");
      if (location.getCell().isPresent()) {
        // a cell alone where the problem is the cell's, not a value's (a formula, merged cells)
        line.append(Excerpt.escape(location.getCell().get()));
        if (!location.getPointer().isEmpty()) {
          line.append(' ').append(Excerpt.escape(location.getPointer()));
        }
      } else {
        line.append(location.getPointer().isEmpty() ? "/" : Excerpt.escape(location.getPointer()));
      }
      line.append(')');
    }
    return line.toString();
  }

  /** Builds {@link Problem} values; not thread-safe. */
  final class Builder extends ImmutableProblem.Builder {
    Builder() {}
  }
}
