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
 * The annotated text must be fit to publish: not blank, free of control characters, and at most
 * {@link #max()} characters long.
 *
 * <ul>
 *   <li><b>Not blank:</b> at least one character that is not white space (Unicode white space and
 *       space separators, including the no-break space, count as white space).</li>
 *   <li><b>No control characters:</b> no character of Unicode category Cc and no unpaired
 *       surrogate. When {@link #multiline()} is {@code true} (the default), line feed, carriage
 *       return and tab are allowed; for one-line texts (titles, headings, names) they are not.
 *       Format characters such as the zero-width joiner or right-to-left marks are allowed: Arabic,
 *       Persian and Indic scripts need them.</li>
 *   <li><b>Length:</b> counted in Unicode code points, so that a character outside the Basic
 *       Multilingual Plane counts once.</li>
 * </ul>
 *
 * <p>Each failure has its own message key ({@code ...Text.blank}, {@code ...Text.control},
 * {@code ...Text.tooLong}) and its own problem code in gcm-validation, so that a draft profile can
 * accept empty texts while still rejecting control characters.
 *
 * <p>Supported types: {@link CharSequence}. {@code null} is considered valid.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Text.List.class)
public @interface Text {

  /** The default maximum length, in code points: room for a long paragraph. */
  int DEFAULT_MAX = 10_000;

  /** The maximum length used for one-line texts such as titles and headings, in code points. */
  int LINE_MAX = 500;

  /**
   * Returns the message template.
   *
   * @return the message template, by default the key of this constraint's message
   */
  String message() default "{io.github.gcmsdk.model.constraints.Text.message}";

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
   * @return the maximum number of code points, {@value #DEFAULT_MAX} unless set
   */
  int max() default DEFAULT_MAX;

  /**
   * Returns whether line breaks and tabs are allowed.
   *
   * @return {@code true} (the default) to allow line feed, carriage return and tab
   */
  boolean multiline() default true;

  /** Several {@link Text} constraints on the same element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * Returns the constraints.
     *
     * @return the constraints
     */
    Text[] value();
  }
}
