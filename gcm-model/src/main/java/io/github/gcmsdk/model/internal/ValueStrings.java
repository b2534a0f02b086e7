package io.github.gcmsdk.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.IntConsumer;

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

  private static boolean isAccessorName(String name) {
    return name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))
        || name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2));
  }

  /**
   * The public getters of the abstract type that the generated class implements (Immutables
   * implements every attribute, and only attributes), in declaration order: the type's own,
   * then those of the types it extends.
   */
  private static List<Method> attributes(Class<?> implementation) {
    List<Method> attributes = new ArrayList<>();
    for (Class<?> type : hierarchy(abstractType(implementation))) {
      for (String name : declarationOrder(type)) {
        Method accessor = accessor(type, name);
        if (accessor != null && isImplemented(implementation, name)) {
          attributes.add(accessor);
        }
      }
    }
    return List.copyOf(attributes);
  }

  private static Method accessor(Class<?> type, String name) {
    try {
      Method method = type.getDeclaredMethod(name);
      int modifiers = method.getModifiers();
      return Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers)
          && method.getReturnType() != void.class ? method : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static boolean isImplemented(Class<?> implementation, String name) {
    try {
      Method method = implementation.getDeclaredMethod(name);
      return !method.isSynthetic() && !method.isBridge();
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** The type, then its supertypes breadth first, each once. */
  private static Set<Class<?>> hierarchy(Class<?> type) {
    Set<Class<?>> types = new LinkedHashSet<>();
    List<Class<?>> queue = new ArrayList<>(List.of(type));
    for (int i = 0; i < queue.size(); i++) {
      Class<?> next = queue.get(i);
      if (next != Object.class && types.add(next)) {
        if (next.getSuperclass() != null) {
          queue.add(next.getSuperclass());
        }
        queue.addAll(List.of(next.getInterfaces()));
      }
    }
    return types;
  }

  /**
   * The names of the getters a type declares, in the order of its source: reflection gives no
   * order, but javac writes methods to the class file as declared. If the class file cannot be
   * read, alphabetical order.
   */
  private static List<String> declarationOrder(Class<?> type) {
    String file = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
    try (InputStream in = type.getResourceAsStream(file)) {
      if (in != null) {
        return methodNames(ByteBuffer.wrap(in.readAllBytes()));
      }
    } catch (IOException | RuntimeException e) {
      // fall through to a stable order
    }
    List<String> names = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (isAccessorName(method.getName())) {
        names.add(method.getName());
      }
    }
    names.sort(Comparator.naturalOrder());
    return names;
  }

  /** Reads the names of the getters in a class file (JVMS 4.1), in order. */
  private static List<String> methodNames(ByteBuffer in) {
    in.position(8); // magic, minor and major version
    int constants = in.getShort() & 0xFFFF;
    String[] utf8 = new String[constants];
    for (int i = 1; i < constants; i++) {
      int tag = in.get();
      switch (tag) {
        case 1 -> {
          byte[] bytes = new byte[in.getShort() & 0xFFFF];
          in.get(bytes);
          utf8[i] = new String(bytes, StandardCharsets.UTF_8);
        }
        case 3, 4, 9, 10, 11, 12, 17, 18 -> skip(in, 4);
        case 5, 6 -> {
          skip(in, 8);
          i++; // a long or double takes two entries
        }
        case 7, 8, 16, 19, 20 -> skip(in, 2);
        case 15 -> skip(in, 3);
        default -> throw new BufferUnderflowException(); // not a class file we know
      }
    }
    skip(in, 6); // access flags, this class, super class
    skip(in, 2 * (in.getShort() & 0xFFFF)); // interfaces
    skipMembers(in, null); // fields
    List<String> names = new ArrayList<>();
    skipMembers(in, index -> {
      String name = utf8[index];
      if (name != null && isAccessorName(name)) {
        names.add(name);
      }
    });
    return names;
  }

  private static void skipMembers(ByteBuffer in, IntConsumer names) {
    int count = in.getShort() & 0xFFFF;
    for (int i = 0; i < count; i++) {
      skip(in, 2); // access flags
      int name = in.getShort() & 0xFFFF;
      if (names != null) {
        names.accept(name);
      }
      skip(in, 2); // descriptor
      int attributes = in.getShort() & 0xFFFF;
      for (int j = 0; j < attributes; j++) {
        skip(in, 2);
        skip(in, in.getInt());
      }
    }
  }

  private static void skip(ByteBuffer in, int bytes) {
    if (bytes < 0 || bytes > in.remaining()) {
      throw new BufferUnderflowException();
    }
    in.position(in.position() + bytes);
  }
}
