package io.github.gcmsdk.model.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The {@code toString} of every value type of the model and of the problem package, wired into
 * the generated classes by {@code GcmStyle} ({@code delegateToString}): the type's name and its
 * attributes in the order the type declares them, {@code Finding{id=f1, kind=CONCERN, text=..}},
 * leaving out empty lists, empty maps and absent Optionals, so that a printed document shows its
 * data rather than the model's shape. Every attribute Immutables implements is printed, so an
 * attribute added later needs nothing here.
 *
 * <p>Not part of the API; it may change without notice. Thread-safe.
 */
public final class ValueStrings {

  private ValueStrings() {}

  /** The attributes of each generated class, found once. */
  private static final ClassValue<List<Method>> ATTRIBUTES = new ClassValue<>() {
    @Override
    protected List<Method> computeValue(Class<?> implementation) {
      return attributes(implementation);
    }
  };

  /**
   * Returns the text of a value.
   *
   * @param value an instance of a class generated with {@code GcmStyle}, not null
   * @return {@code Name{attribute=value, ...}} without empty attributes
   */
  public static String toString(Object value) {
    Class<?> implementation = value.getClass();
    StringBuilder out = new StringBuilder(abstractType(implementation).getSimpleName()).append('{');
    boolean first = true;
    for (Method accessor : ATTRIBUTES.get(implementation)) {
      Object attribute = shown(get(accessor, value));
      if (attribute == null) {
        continue;
      }
      if (!first) {
        out.append(", ");
      }
      first = false;
      out.append(name(accessor)).append('=').append(attribute);
    }
    return out.append('}').toString();
  }

  /** Returns what to print of an attribute value, or null to leave it out. */
  private static Object shown(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.orElse(null);
    } else if (value instanceof OptionalInt optional) {
      return optional.isPresent() ? optional.getAsInt() : null;
    } else if (value instanceof OptionalLong optional) {
      return optional.isPresent() ? optional.getAsLong() : null;
    } else if (value instanceof OptionalDouble optional) {
      return optional.isPresent() ? optional.getAsDouble() : null;
    } else if (value instanceof Collection<?> collection) {
      return collection.isEmpty() ? null : collection;
    } else if (value instanceof Map<?, ?> map) {
      return map.isEmpty() ? null : map;
    }
    return value;
  }

  private static Object get(Method accessor, Object value) {
    try {
      return accessor.invoke(value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The type the generated class implements: {@code Finding} for {@code ImmutableFinding}. */
  private static Class<?> abstractType(Class<?> implementation) {
    Class<?> superclass = implementation.getSuperclass();
    return superclass != Object.class || implementation.getInterfaces().length == 0
        ? superclass : implementation.getInterfaces()[0];
  }

  /** {@code getText} gives {@code text}, {@code isForthcoming} gives {@code forthcoming}. */
  private static String name(Method accessor) {
    String name = accessor.getName();
    String bare = name.substring(name.startsWith("is") ? 2 : 3);
    return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
  }

  /**
   * The public getters of the abstract type that the generated class implements (Immutables
   * implements every attribute, and only attributes), in declaration order: the type's own, then
   * those it inherits (extensions).
   */
  private static List<Method> attributes(Class<?> implementation) {
    Class<?> type = abstractType(implementation);
    List<Method> own = new ArrayList<>();
    List<Method> inherited = new ArrayList<>();
    for (String name : attributeOrder(implementation)) {
      Method accessor = accessor(type, name);
      if (accessor != null) {
        (accessor.getDeclaringClass() == type ? own : inherited).add(accessor);
      }
    }
    own.addAll(inherited);
    return List.copyOf(own);
  }

  /**
   * The attribute names in declaration order. Reflection lists methods in no particular order,
   * but the constructor Immutables generates takes every attribute, in declaration order, and the
   * build compiles with {@code -parameters}, so its parameter names give the order. Without them,
   * alphabetical order.
   */
  private static List<String> attributeOrder(Class<?> implementation) {
    Constructor<?> widest = null;
    for (Constructor<?> constructor : implementation.getDeclaredConstructors()) {
      if (widest == null || constructor.getParameterCount() > widest.getParameterCount()) {
        widest = constructor;
      }
    }
    List<String> names = new ArrayList<>();
    if (widest != null && Arrays.stream(widest.getParameters()).allMatch(Parameter::isNamePresent)) {
      for (Parameter parameter : widest.getParameters()) {
        names.add(parameter.getName());
      }
      return names;
    }
    for (Method method : abstractType(implementation).getMethods()) {
      String name = method.getName();
      if (method.getParameterCount() == 0 && (name.length() > 3 && name.startsWith("get")
          || name.length() > 2 && name.startsWith("is"))) {
        names.add(Character.toLowerCase(name.charAt(name.startsWith("is") ? 2 : 3))
            + name.substring(name.startsWith("is") ? 3 : 4));
      }
    }
    names.sort(Comparator.naturalOrder());
    return names;
  }

  /** The public getter of an attribute: {@code getText} for {@code text}, or {@code isX}. */
  private static Method accessor(Class<?> type, String attribute) {
    String capitalized = Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
    for (String name : List.of("get" + capitalized, "is" + capitalized)) {
      try {
        Method method = type.getMethod(name);
        if (!Modifier.isStatic(method.getModifiers()) && method.getReturnType() != void.class) {
          return method;
        }
      } catch (NoSuchMethodException e) {
        // try the next form
      }
    }
    return null;
  }
}
