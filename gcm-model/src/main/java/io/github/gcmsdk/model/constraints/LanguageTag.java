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
 * The annotated text must be a well-formed BCP 47 language tag (RFC 5646) naming a language:
 * {@code "en"}, {@code "fr"}, {@code "ru"}, {@code "es-419"}, {@code "zh-Hant-TW"}.
 *
 * <p>The tag must be well formed as {@link java.util.Locale.Builder#setLanguageTag(String)}
 * checks it (with {@code _} as separator rejected), and must start with a primary language
 * subtag: a two-letter subtag must be an ISO 639-1 code that the JDK knows ({@link
 * java.util.Locale#getISOLanguages()}); a three-letter subtag is accepted as written. Tags made of a
 * private use part only ({@code "x-klingon"}) and {@code "und"} (undetermined) are rejected: a
 * document's language must be known. Case is not significant ({@code "EN"} is accepted).
 *
 * <p>Supported types: {@link CharSequence}. {@code null} is considered valid.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(LanguageTag.List.class)
public @interface LanguageTag {

  /**
   * Returns the message template.
   *
   * @return the message template, by default the key of this constraint's message
   */
  String message() default "{io.github.gcmsdk.model.constraints.LanguageTag.message}";

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

  /** Several {@link LanguageTag} constraints on the same element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * Returns the constraints.
     *
     * @return the constraints
     */
    LanguageTag[] value();
  }
}
