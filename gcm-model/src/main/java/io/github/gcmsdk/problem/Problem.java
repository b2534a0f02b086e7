package io.github.gcmsdk.problem;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in a document: a stable code, a severity, where it is, a message a person
 * understands, and a hint how to fix it.
 *
 * <p>Reading (gcm-io) and validation (gcm-validation) report problems of this one shape, so one
 * {@link Report} holds both. Codes are stable across releases and safe to automate on; messages
 * and hints are for people, in the language asked for, and may change.
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

  /** Builds {@link Problem} values; not thread-safe. */
  final class Builder extends ImmutableProblem.Builder {
    Builder() {}
  }
}
