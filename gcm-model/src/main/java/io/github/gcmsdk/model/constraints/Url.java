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
 * The annotated text must be an absolute web address: a URI (RFC 3986, as {@link java.net.URI}
 * parses it) with one of the {@link #schemes()} and a host, at most {@value #MAX_LENGTH}
 * characters long, without spaces ({@code "https://migrationnetwork.un.org/hub"}).
 *
 * <p>Supported types: {@link CharSequence}. {@code null} is considered valid.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Url.List.class)
public @interface Url {

  /** The maximum length of a URL, in characters. */
  int MAX_LENGTH = 2000;

  /**
   * Returns the message template.
   *
   * @return the message template, by default the key of this constraint's message
   */
  String message() default "{io.github.gcmsdk.model.constraints.Url.message}";

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
   * Returns the accepted schemes, in lower case.
   *
   * @return the schemes, {@code https} and {@code http} unless set
   */
  String[] schemes() default {"https", "http"};

  /** Several {@link Url} constraints on the same element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * Returns the constraints.
     *
     * @return the constraints
     */
    Url[] value();
  }
}
