package io.github.gcmsdk.validation.internal;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.JsonPointer;
import io.github.gcmsdk.validation.ValidationRule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The model's Jakarta Bean Validation constraints, checked by Hibernate Validator: one factory for
 * the model's types, built the first time a document's constraints are checked, and one validator
 * per message language.
 *
 * <p>The factory is configured for safety: {@code META-INF/validation.xml} is ignored, and
 * messages are filled in by a {@link ParameterMessageInterpolator}, which resolves message keys
 * and {@code {parameters}} and never evaluates Expression Language (none is on gcm-validation's runtime classpath). The class-level
 * {@code @PassesDocumentRules} of {@link StakeholderInput} is left out: {@code GcmValidator} runs
 * the document rules itself, with its profile and severities.
 */
public final class ModelConstraints {

  /** Receives each violation of a check. */
  @FunctionalInterface
  public interface Sink {

    /**
     * Receives a violation.
     *
     * @param rule the rule it is reported under
     * @param pointer the JSON Pointer of the value that breaks the constraint
     * @param message the message, in the locale asked for
     */
    void violation(ValidationRule rule, JsonPointer pointer, String message);
  }

  private ModelConstraints() {}

  /** Built on first use (class initialisation is lazy and thread-safe). */
  private static final class Holder {
    static final ValidatorFactory FACTORY = factory();
    static final Map<Locale, Validator> VALIDATORS = validators(FACTORY);
  }

  /**
   * Checks a document's constraints and its cascaded values', in document order. Recursive in the
   * nesting of sections: keep the document within the stack (see {@link Pruning}).
   *
   * @param document the document, not null
   * @param locale the bundle locale of the messages, as {@link Locales#supported(Locale)} gives it
   * @param sink receives the violations, by pointer in document order, then by code and message
   */
  public static void check(StakeholderInput document, Locale locale, Sink sink) {
    Validator validator = Holder.VALIDATORS.getOrDefault(locale, Holder.VALIDATORS.get(Locale.ROOT));
    Set<ConstraintViolation<StakeholderInput>> violations = validator.validate(document);
    if (violations.isEmpty()) {
      return;
    }
    record Found(ValidationRule rule, JsonPointer pointer, String message) {}
    List<Found> found = new ArrayList<>(violations.size());
    for (ConstraintViolation<StakeholderInput> violation : violations) {
      found.add(new Found(ConstraintRules.ruleOf(
          violation.getConstraintDescriptor().getAnnotation().annotationType(),
          violation.getMessageTemplate()), pointerOf(violation.getPropertyPath()),
          violation.getMessage()));
    }
    // a set has no order: sort, so that the problems kept under a limit are always the same
    found.sort(Comparator.comparing(Found::pointer)
        .thenComparing(f -> f.rule().getCode()).thenComparing(Found::message));
    for (Found f : found) {
      sink.violation(f.rule(), f.pointer(), f.message());
    }
  }

  /**
   * Returns the JSON Pointer of a Bean Validation property path (see {@code
   * ConstraintViolations.pointerOf}).
   *
   * @param path the property path, not null
   * @return the JSON Pointer, {@link JsonPointer#ROOT} for the root object
   */
  public static JsonPointer pointerOf(Path path) {
    JsonPointer pointer = JsonPointer.ROOT;
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          pointer = pointer.child(node.getIndex());
        } else if (node.getKey() != null) {
          pointer = pointer.child(String.valueOf(node.getKey()));
        }
      }
      jakarta.validation.ElementKind kind = node.getKind();
      if ((kind == jakarta.validation.ElementKind.PROPERTY
          || kind == jakarta.validation.ElementKind.BEAN) && node.getName() != null) {
        pointer = pointer.child(node.getName());
      }
    }
    return pointer;
  }

  private static ValidatorFactory factory() {
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class).configure();
    ConstraintMapping mapping = configuration.createConstraintMapping();
    // class-level constraints only: the getters' constraints of StakeholderInput stay
    mapping.type(StakeholderInput.class).ignoreAnnotations(true);
    return configuration
        .ignoreXmlConfiguration()
        .addMapping(mapping)
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }

  private static Map<Locale, Validator> validators(ValidatorFactory factory) {
    MessageInterpolator interpolator = factory.getMessageInterpolator();
    Map<Locale, Validator> validators = new HashMap<>();
    for (Locale locale : List.of(Locale.ROOT, Locale.FRENCH, Locale.forLanguageTag("es"),
        Locale.forLanguageTag("ru"))) {
      validators.put(locale, factory.usingContext()
          .messageInterpolator(new FixedLocale(interpolator, locale)).getValidator());
    }
    return Map.copyOf(validators);
  }

  /**
   * Interpolates every message in one locale, whatever the JVM's default locale (the tests'
   * reference factory uses it too).
   */
  static final class FixedLocale implements MessageInterpolator {
    private final MessageInterpolator delegate;
    private final Locale locale;

    FixedLocale(MessageInterpolator delegate, Locale locale) {
      this.delegate = delegate;
      this.locale = locale;
    }

    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
      return delegate.interpolate(template, context, locale);
    }
  }
}
