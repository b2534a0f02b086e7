package io.github.gcmsdk.validation.internal;

import io.github.gcmsdk.model.constraints.PassesDocumentRules;
import io.github.gcmsdk.validation.ValidationRule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The Jakarta Bean Validation constraints declared on a model type, read once from its annotations
 * and checked without a Bean Validation engine: the same constraints, judged by the same validator
 * classes (each an {@link ExplainingValidator}, found through {@code META-INF/services} as
 * Hibernate Validator finds them), on the same values, with the same messages and pointers as
 * Hibernate Validator gives, in one walk over the getters. A test compares the two on thousands
 * of generated documents.
 *
 * <p>Why not Hibernate Validator itself: it builds a path node for every value, calls each getter
 * through its own reflection layer and cascades through value extractors, which made it about
 * half the time of a whole validation; and its start-up (the validator factory and the metadata of
 * every model type) was most of the command line's start-up time. Hibernate Validator stays what
 * an application's own {@code jakarta.validation.Validator} uses on the model.
 *
 * <p>What it reads, as Bean Validation does: constraint annotations (and their repeatable
 * containers) of the {@link Default} group on the type, on its getters ({@code getX()}, {@code
 * isX()}) and on the element type of a getter returning {@link Optional} or {@link List}, and
 * {@link Valid} there, which cascades into the value. A shape it does not know (a constraint
 * without a registered {@code ExplainingValidator}, a constraint on a list itself, a map) makes
 * {@link #of(Class)} fail, so that nothing is ever left unchecked without a word.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ConstraintPlan {

  /** Receives each failure of a check. */
  @FunctionalInterface
  public interface Sink {

    /**
     * Receives a failure.
     *
     * @param rule the rule the failure is reported under
     * @param at the value that fails
     * @param message the message, in the locale asked for
     */
    void failure(ValidationRule rule, Pointer at, String message);
  }

  /** The base name of the message bundles of the constraints. */
  static final String BUNDLE = "ContributorValidationMessages";

  private static final Object[] NO_ARGUMENTS = {};

  private final BeanPlan root;

  private ConstraintPlan(BeanPlan root) {
    this.root = root;
  }

  /**
   * Reads the constraints of a type and of everything it cascades into.
   *
   * @param type the root type, such as {@code StakeholderInput.class}
   * @return the plan
   * @throws IllegalStateException if a constraint or a shape of value is not supported
   */
  public static ConstraintPlan of(Class<?> type) {
    return new ConstraintPlan(new Builder().plan(type));
  }

  /**
   * Checks a value and every value it cascades into. Recursive in the nesting of the value: keep
   * it within the stack (see {@link Pruning}).
   *
   * @param value the value of the plan's type, not null
   * @param locale the bundle locale of the messages, as {@link Locales#supported(Locale)} gives it
   * @param sink receives the failures, in document order
   * @throws RuntimeException what a getter or validator throws
   */
  public void check(Object value, Locale locale, Sink sink) {
    root.check(value, Pointer.ROOT, new Context(locale, sink));
  }

  /** One check's locale and sink. */
  private record Context(Locale locale, Sink sink) {}

  /** The checks of one model type. */
  private static final class BeanPlan {
    // arrays, not lists: a for-each over an immutable list allocates an iterator on every call
    ConstraintCheck[] typeChecks = {};
    PropertyPlan[] properties = {};

    void check(Object bean, Pointer at, Context context) {
      for (ConstraintCheck check : typeChecks) {
        check.check(bean, at, context);
      }
      for (PropertyPlan property : properties) {
        property.check(bean, at, context);
      }
    }
  }

  /** How a getter holds its values. */
  private enum Container { NONE, OPTIONAL, LIST }

  /** The checks of one getter: on its value, or on each element of its optional or list. */
  private static final class PropertyPlan {
    final String name;
    final Method getter;
    final Container container;
    final ConstraintCheck[] checks;
    BeanPlan cascade; // set after construction: a type may cascade into itself

    PropertyPlan(String name, Method getter, Container container, ConstraintCheck[] checks) {
      this.name = name;
      this.getter = getter;
      try {
        getter.setAccessible(true); // a public method still: this only skips the access check
      } catch (RuntimeException keepChecking) {
        // a security manager or module that refuses it: the check stays, nothing else changes
      }
      this.container = container;
      this.checks = checks;
    }

    void check(Object bean, Pointer at, Context context) {
      Object value = get(bean);
      switch (container) {
        case NONE:
          element(value, at, null, -1, context);
          break;
        case OPTIONAL:
          Optional<?> optional = (Optional<?>) value;
          if (optional.isPresent()) {
            element(optional.get(), at, null, -1, context);
          }
          break;
        case LIST:
          List<?> list = (List<?>) value;
          int n = list.size();
          // the elements' parent pointer, made once when every element needs one (a cascade)
          Pointer listAt = cascade != null && n > 0 ? at.child(name) : null;
          for (int i = 0; i < n; i++) {
            element(list.get(i), at, listAt, i, context);
          }
          break;
        default:
          throw new AssertionError(container);
      }
    }

    /**
     * Checks one value: the property's, or element {@code index} of it ({@code listAt} is the
     * property's pointer, or null when not made yet). Pointers are made only when needed.
     */
    private void element(Object value, Pointer parent, Pointer listAt, int index,
        Context context) {
      if (value == null) {
        return; // null is valid for every constraint, as in Bean Validation
      }
      Pointer at = null;
      for (ConstraintCheck check : checks) {
        Optional<ConstraintFailure> failure = check.validator.check(value);
        if (failure.isPresent()) {
          if (at == null) {
            at = pointer(parent, listAt, index);
          }
          check.report(failure.get(), at, context);
        }
      }
      if (cascade != null) {
        cascade.check(value, at != null ? at : pointer(parent, listAt, index), context);
      }
    }

    private Pointer pointer(Pointer parent, Pointer listAt, int index) {
      Pointer property = listAt != null ? listAt : parent.child(name);
      return index < 0 ? property : property.child(index);
    }

    private Object get(Object bean) {
      try {
        return getter.invoke(bean, NO_ARGUMENTS);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot call " + getter, e);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw new IllegalStateException(getter + " failed", cause);
      }
    }
  }

  /** One constraint annotation and its initialised validator. */
  private static final class ConstraintCheck {
    final Class<? extends Annotation> type;
    final ExplainingValidator<?, Object> validator;
    final String defaultTemplate;
    final Map<String, String> attributes;

    ConstraintCheck(Annotation annotation, ExplainingValidator<?, Object> validator) {
      this.type = annotation.annotationType();
      this.validator = validator;
      Map<String, String> values = attributes(annotation);
      this.defaultTemplate = values.remove("message");
      this.attributes = Map.copyOf(values);
    }

    void check(Object value, Pointer at, Context context) {
      Optional<ConstraintFailure> failure = validator.check(value);
      if (failure.isPresent()) {
        report(failure.get(), at, context);
      }
    }

    void report(ConstraintFailure failure, Pointer value, Context context) {
      String template = failure.template().orElse(defaultTemplate);
      ValidationRule rule = ConstraintRules.ruleOf(type, template);
      Pointer at = failure.propertyNode().map(value::child).orElse(value);
      Map<String, String> parameters = new HashMap<>(attributes);
      failure.parameters().forEach((name, v) -> parameters.put(name, String.valueOf(v)));
      context.sink().failure(rule, at, ConstraintMessages.message(template, context.locale(),
          parameters));
    }

    /** The annotation's attributes as message parameters, as Bean Validation offers them. */
    private static Map<String, String> attributes(Annotation annotation) {
      Map<String, String> values = new TreeMap<>();
      for (Method attribute : annotation.annotationType().getDeclaredMethods()) {
        if (attribute.getParameterCount() != 0 || Modifier.isStatic(attribute.getModifiers())) {
          continue;
        }
        Object value = invoke(attribute, annotation);
        values.put(attribute.getName(), value instanceof Object[]
            ? Arrays.toString((Object[]) value) : String.valueOf(value));
      }
      values.remove("groups");
      values.remove("payload");
      return values;
    }
  }

  /** Reads the annotations of the model; used once per plan. */
  private static final class Builder {
    private final Map<Class<?>, BeanPlan> plans = new HashMap<>();
    private final Map<Class<? extends Annotation>, Class<?>> validators = registeredValidators();

    BeanPlan plan(Class<?> type) {
      BeanPlan known = plans.get(type);
      if (known != null) {
        return known;
      }
      BeanPlan plan = new BeanPlan();
      plans.put(type, plan);
      plan.typeChecks = checks(type.getAnnotations(), type).toArray(new ConstraintCheck[0]);
      Map<String, Method> getters = new LinkedHashMap<>();
      Method[] methods = type.getMethods();
      Arrays.sort(methods, (a, b) -> a.getName().compareTo(b.getName()));
      for (Method method : methods) {
        String property = propertyName(method);
        if (property != null) {
          getters.putIfAbsent(property, method);
        }
      }
      List<PropertyPlan> properties = new ArrayList<>();
      for (Map.Entry<String, Method> getter : getters.entrySet()) {
        PropertyPlan property = property(getter.getKey(), getter.getValue());
        if (property != null) {
          properties.add(property);
        }
      }
      plan.properties = properties.toArray(new PropertyPlan[0]);
      return plan;
    }

    /** The plan of a getter, or null if it has nothing to check. */
    private PropertyPlan property(String name, Method getter) {
      Container container = containerOf(getter.getReturnType());
      List<ConstraintCheck> checks = new ArrayList<>();
      boolean cascade = getter.isAnnotationPresent(Valid.class);
      Class<?> valueType = getter.getReturnType();
      List<ConstraintCheck> onGetter = checks(getter.getAnnotations(), getter.getReturnType());
      if (container != Container.NONE) {
        if (!onGetter.isEmpty() || cascade) {
          throw unsupported(getter, "a constraint or @Valid on the container itself");
        }
        AnnotatedType element = elementType(getter);
        valueType = rawClass(((ParameterizedType) getter.getGenericReturnType())
            .getActualTypeArguments()[0], getter);
        checks.addAll(checks(element.getAnnotations(), valueType));
        cascade = element.isAnnotationPresent(Valid.class);
        if (element instanceof AnnotatedParameterizedType) {
          for (AnnotatedType nested
              : ((AnnotatedParameterizedType) element).getAnnotatedActualTypeArguments()) {
            if (nested.getAnnotations().length > 0) {
              throw unsupported(getter, "annotations on nested type arguments");
            }
          }
        }
      } else {
        checks.addAll(onGetter);
        if (Map.class.isAssignableFrom(valueType)) {
          if (hasAnnotations(getter.getAnnotatedReturnType())) {
            throw unsupported(getter, "constraints on a map");
          }
          return null; // extensions: nothing to check
        }
      }
      if (checks.isEmpty() && !cascade) {
        return null;
      }
      PropertyPlan property =
          new PropertyPlan(name, getter, container, checks.toArray(new ConstraintCheck[0]));
      if (cascade) {
        property.cascade = plan(valueType);
      }
      return property;
    }

    private static boolean hasAnnotations(AnnotatedType type) {
      if (type.getAnnotations().length > 0) {
        return true;
      }
      if (type instanceof AnnotatedParameterizedType) {
        for (AnnotatedType argument
            : ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()) {
          if (hasAnnotations(argument)) {
            return true;
          }
        }
      }
      return false;
    }

    private static AnnotatedType elementType(Method getter) {
      AnnotatedType type = getter.getAnnotatedReturnType();
      if (!(type instanceof AnnotatedParameterizedType)) {
        throw unsupported(getter, "a raw container type");
      }
      return ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()[0];
    }

    private static Class<?> rawClass(Type type, Method getter) {
      if (type instanceof Class) {
        return (Class<?>) type;
      }
      if (type instanceof ParameterizedType) {
        return (Class<?>) ((ParameterizedType) type).getRawType();
      }
      throw unsupported(getter, "the element type " + type);
    }

    private static Container containerOf(Class<?> type) {
      if (type == Optional.class) {
        return Container.OPTIONAL;
      }
      if (List.class.isAssignableFrom(type)) {
        return Container.LIST;
      }
      return Container.NONE;
    }

    /** The constraints among annotations, with repeatable containers unwrapped. */
    private List<ConstraintCheck> checks(Annotation[] annotations, Class<?> valueType) {
      List<ConstraintCheck> checks = new ArrayList<>();
      for (Annotation annotation : annotations) {
        Class<? extends Annotation> type = annotation.annotationType();
        if (type == PassesDocumentRules.class) {
          continue; // GcmValidator runs the document rules itself, with its profile and severities
        }
        // The registry and @Valid first: reading an annotation type's own annotations makes a
        // proxy class for each of them, which a command-line run would pay for at start-up.
        if (validators.containsKey(type) || type.isAnnotationPresent(Constraint.class)) {
          addCheck(checks, annotation, valueType);
        } else if (type != Valid.class) {
          for (Annotation repeated : repeated(annotation)) {
            addCheck(checks, repeated, valueType);
          }
        }
      }
      return checks;
    }

    private void addCheck(List<ConstraintCheck> checks, Annotation annotation, Class<?> valueType) {
      Class<?>[] groups = (Class<?>[]) invoke(attribute(annotation, "groups"), annotation);
      if (groups.length > 0 && !Arrays.asList(groups).contains(Default.class)) {
        return; // not checked by a validation of the default group
      }
      Class<?> validatorClass = validators.get(annotation.annotationType());
      if (validatorClass == null) {
        throw new IllegalStateException("no ExplainingValidator is registered in"
            + " META-INF/services/jakarta.validation.ConstraintValidator for @"
            + annotation.annotationType().getName() + " (on " + valueType.getName() + ")");
      }
      checks.add(new ConstraintCheck(annotation, initialised(validatorClass, annotation)));
    }

    @SuppressWarnings("unchecked")
    private static ExplainingValidator<?, Object> initialised(Class<?> type, Annotation annotation) {
      try {
        ConstraintValidator<Annotation, Object> validator =
            (ConstraintValidator<Annotation, Object>) type.getConstructor().newInstance();
        validator.initialize(annotation);
        return (ExplainingValidator<?, Object>) validator;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot create " + type.getName(), e);
      }
    }

    /** The constraints held by a repeatable container annotation's {@code value()}, if any. */
    private static List<Annotation> repeated(Annotation annotation) {
      Method value = attribute(annotation, "value");
      if (value == null || !value.getReturnType().isArray()
          || !value.getReturnType().getComponentType().isAnnotation()
          || !value.getReturnType().getComponentType().isAnnotationPresent(Constraint.class)) {
        return List.of();
      }
      return Arrays.asList((Annotation[]) invoke(value, annotation));
    }

    private static Method attribute(Annotation annotation, String name) {
      try {
        return annotation.annotationType().getMethod(name);
      } catch (NoSuchMethodException e) {
        return null;
      }
    }

    /**
     * The validators of {@code META-INF/services/jakarta.validation.ConstraintValidator} that
     * explain their failures, by the constraint they validate. Others (of other libraries) are
     * left to the Bean Validation provider; entries that cannot be loaded are skipped, as they
     * concern no constraint of ours.
     */
    private static Map<Class<? extends Annotation>, Class<?>> registeredValidators() {
      Map<Class<? extends Annotation>, Class<?>> byConstraint = new HashMap<>();
      var providers = ServiceLoader.load(ConstraintValidator.class,
          ConstraintPlan.class.getClassLoader()).stream().iterator();
      while (true) {
        Class<?> type;
        try {
          if (!providers.hasNext()) {
            break;
          }
          type = providers.next().type();
        } catch (ServiceConfigurationError notOurs) {
          continue;
        }
        if (ExplainingValidator.class.isAssignableFrom(type)) {
          byConstraint.put(constraintOf(type), type);
        }
      }
      return byConstraint;
    }

    /** The {@code A} of a class implementing {@code ExplainingValidator<A, T>}. */
    @SuppressWarnings("unchecked")
    private static Class<? extends Annotation> constraintOf(Class<?> validator) {
      for (Type implemented : validator.getGenericInterfaces()) {
        if (implemented instanceof ParameterizedType
            && ((ParameterizedType) implemented).getRawType() == ExplainingValidator.class) {
          return (Class<? extends Annotation>)
              ((ParameterizedType) implemented).getActualTypeArguments()[0];
        }
      }
      throw new IllegalStateException(validator.getName()
          + " must implement ExplainingValidator<A, T> directly, with A a constraint annotation");
    }

    /**
     * The property a getter reads, as Bean Validation names it ({@code getText} gives {@code
     * text}, {@code isDraft} gives {@code draft}), or null for any other method.
     */
    private static String propertyName(Method method) {
      if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0
          || method.getReturnType() == void.class || method.getDeclaringClass() == Object.class) {
        return null;
      }
      String name = method.getName();
      String rest;
      if (name.startsWith("get") && name.length() > 3) {
        rest = name.substring(3);
      } else if (name.startsWith("is") && name.length() > 2
          && method.getReturnType() == boolean.class) {
        rest = name.substring(2);
      } else {
        return null;
      }
      if (rest.length() > 1 && Character.isUpperCase(rest.charAt(0))
          && Character.isUpperCase(rest.charAt(1))) {
        return rest; // "getURL" is the property "URL", as java.beans.Introspector says
      }
      return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    private static IllegalStateException unsupported(Method getter, String what) {
      return new IllegalStateException("gcm-validation cannot check " + what + ": " + getter);
    }
  }

  private static Object invoke(Method attribute, Annotation annotation) {
    try {
      return attribute.invoke(annotation);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + attribute, e);
    }
  }
}
