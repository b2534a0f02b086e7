package io.github.gcmsdk.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link io.github.gcmsdk.model.DateRange} must not end before it starts.
 *
 * <p>Both ends are {@link io.github.gcmsdk.model.PartialDate}s, known to a year, a month or a day,
 * so the check is as lenient as the precision: a range is rejected only if the latest day its end
 * can mean is before the earliest day its start can mean. "2020-11-12 to 2020-11" is accepted
 * (the end may be any day of November 2020); "2020-11 to 2020-10-31" is not. A range without an
 * end is valid.
 *
 * <p>It is declared on the {@code DateRange} type itself (a class-level constraint), so it applies
 * wherever a range is validated in cascade; the violation's property path ends with the node
 * {@code end}.
 *
 * <p>Supported types: {@link io.github.gcmsdk.model.DateRange}. {@code null} is considered valid.
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(EndNotBeforeStart.List.class)
public @interface EndNotBeforeStart {

  /**
   * Returns the message template.
   *
   * @return the message template, by default the key of this constraint's message
   */
  String message() default "{io.github.gcmsdk.model.constraints.EndNotBeforeStart.message}";

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

  /** Several {@link EndNotBeforeStart} constraints on the same element. */
  @Documented
  @Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * Returns the constraints.
     *
     * @return the constraints
     */
    EndNotBeforeStart[] value();
  }
}
