package io.github.gcmsdk.validation.internal;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * A default Hibernate Validator {@link ValidatorFactory}, as an application builds one: the
 * reference {@link ModelConstraints} is compared with.
 *
 * <p>It is configured without any outside influence: XML configuration ({@code
 * META-INF/validation.xml}) is ignored, and messages are interpolated by a {@link
 * ParameterMessageInterpolator}, which resolves message keys and {@code {parameters}} but never
 * evaluates Expression Language: even if partner data reached a template, nothing would be
 * evaluated. The constraint validators come from {@code META-INF/services}, exactly as for a
 * default factory.
 */
final class HibernateValidation {

  private HibernateValidation() {}

  private static final class Holder {
    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
        .configure()
        .ignoreXmlConfiguration()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }

  /**
   * Returns a validator whose messages are in the given language.
   *
   * @param locale the bundle locale, as {@link Locales#supported(Locale)} returns it
   * @return a thread-safe validator
   */
  static Validator validator(Locale locale) {
    ValidatorFactory factory = Holder.FACTORY;
    MessageInterpolator fixed =
        new ModelConstraints.FixedLocale(factory.getMessageInterpolator(), locale);
    return factory.usingContext().messageInterpolator(fixed).getValidator();
  }
}
