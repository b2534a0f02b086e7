package io.github.gcmsdk.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be an identifier that documents can cite: 1 to {@link #max()}
 * characters from {@code A-Z a-z 0-9 . _ : -}, starting with a letter or a digit
 * ({@code "rec-obj11-1"}, {@code "fig.youth:2"}).
 *
 * <p>Identifiers are compared exactly (case matters). They contain no spaces, no slashes and no
 * {@code ~}, so an identifier is also a valid JSON Pointer token and URL path segment as it is.
 *
 * <p>Supported types: {@link CharSequence}. {@code null} is considered valid.
 *
 * <p>Validated by gcm-validation, whose {@code RULES.md} gives the problem code.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Identifier.List.class)
public @interface Identifier {

  /** The default maximum length, in characters. */
  int DEFAULT_MAX = 100;

  /**
   * Returns the message template.
   *
   * @return the message template, by default the key of this constraint's message
   */
  String message() default "{io.github.gcmsdk.model.constraints.Identifier.message}";

  /**
   * Returns the validation groups.
   *
   * @return the groups this constraint belongs to
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload, unused by gcm-sdk
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * Returns the maximum length.
   *
   * @return the maximum number of characters, {@value #DEFAULT_MAX} unless set
   */
  int max() default DEFAULT_MAX;

  /** Several {@link Identifier} constraints on the same element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * Returns the constraints.
     *
     * @return the constraints
     */
    Identifier[] value();
  }
}
