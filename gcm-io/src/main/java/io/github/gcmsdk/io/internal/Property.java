package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.io.ReadProblem;
import io.github.gcmsdk.model.json.JsonValue;
import io.github.gcmsdk.problem.Excerpt;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One property of a type of the format: its JSON name, what its value is, whether it is
 * required, and how it is read into a builder and written from a value.
 *
 * @param <T> the model type
 * @param <B> the model type's builder
 */
public abstract class Property<T, B> {

  private final String name;
  private final String description;
  private int index = -1;

  Property(String name, String description) {
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
  }

  /**
   * Returns the JSON name.
   *
   * @return the name
   */
  public final String name() {
    return name;
  }

  /**
   * Returns the description, for the schema.
   *
   * @return the description
   */
  public final String description() {
    return description;
  }

  /**
   * Returns the position of the property in its type.
   *
   * @return the index
   */
  final int index() {
    return index;
  }

  final void index(int value) {
    index = value;
  }

  /**
   * Tells whether a document must have the property.
   *
   * @return true if required
   */
  public abstract boolean required();

  /**
   * Reads the value at the parser's current token into the builder.
   *
   * @param binder the binder
   * @param builder the builder
   * @param depth the value's nesting depth
   * @return true if the value was read, false if it was reported and left out
   * @throws IOException if the input cannot be read or is not JSON
   */
  abstract boolean read(Binder binder, B builder, int depth) throws IOException;

  /**
   * Writes the property of a value, if it is to be written at all.
   *
   * @param sink the sink
   * @param value the value whose property it is
   * @throws IOException if writing fails
   */
  abstract void write(TokenSink sink, T value) throws IOException;

  /**
   * Returns the schema of the property's value.
   *
   * @param schema the schema being generated
   * @return the schema
   */
  abstract JsonValue schema(SchemaGenerator schema);

  /**
   * Reports the property missing from an object.
   *
   * @param binder the binder
   * @param pointer the pointer the property would have
   * @param objectPosition where the object starts
   * @param lookalike an unknown property of the object that looks like a misspelling of this one,
   *     or null
   * @return true if the object cannot be built without it
   */
  boolean missing(Binder binder, String pointer, long objectPosition, String lookalike) {
    if (lookalike != null) {
      binder.sink().report(ReadProblem.MISSING_PROPERTY, pointer, objectPosition,
          "msg.missingMaybe", Map.of("name", Excerpt.of(name), "lookalike", Excerpt.of(lookalike)));
    } else {
      binder.sink().report(ReadProblem.MISSING_PROPERTY, pointer, objectPosition, "msg.missing",
          Map.of("name", Excerpt.of(name)));
    }
    return true;
  }

  /** How a single value is held: required, optional, or with a default that is not written. */
  enum Mode { REQUIRED, OPTIONAL, DEFAULTED }

  static <T, B, V> Property<T, B> single(String name, String description, Mode mode,
      Codec<V> codec, Function<T, ?> getter, BiConsumer<B, V> setter, V defaultValue) {
    return new Single<>(name, description, mode, codec, getter, setter, defaultValue);
  }

  static <T, B, V> Property<T, B> list(String name, String description, Codec<V> codec,
      Function<T, List<V>> getter, BiConsumer<B, List<V>> setter) {
    return new ListOf<>(name, description, codec, getter, setter);
  }

  private static final class Single<T, B, V> extends Property<T, B> {
    private final Mode mode;
    private final Codec<V> codec;
    private final Function<T, ?> getter;
    private final BiConsumer<B, V> setter;
    private final V defaultValue;

    Single(String name, String description, Mode mode, Codec<V> codec, Function<T, ?> getter,
        BiConsumer<B, V> setter, V defaultValue) {
      super(name, description);
      this.mode = mode;
      this.codec = codec;
      this.getter = getter;
      this.setter = setter;
      this.defaultValue = defaultValue;
    }

    @Override
    public boolean required() {
      return mode == Mode.REQUIRED;
    }

    @Override
    boolean read(Binder binder, B builder, int depth) throws IOException {
      V value = binder.read(codec, depth, false);
      if (value == null) {
        return false;
      }
      setter.accept(builder, value);
      return true;
    }

    @Override
    @SuppressWarnings("unchecked") // the getter returns V, or Optional<V> for an optional property
    void write(TokenSink sink, T value) throws IOException {
      Object held = getter.apply(value);
      V written;
      if (mode == Mode.OPTIONAL) {
        Optional<?> optional = (Optional<?>) held;
        if (optional.isEmpty()) {
          return;
        }
        written = (V) optional.get();
      } else {
        written = (V) held;
        if (mode == Mode.DEFAULTED && written.equals(defaultValue)) {
          return;
        }
      }
      sink.name(name());
      codec.write(sink, written);
    }

    @Override
    JsonValue schema(SchemaGenerator schema) {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      members.put("description", JsonValue.of(description()));
      JsonValue.JsonObject value = (JsonValue.JsonObject) codec.schema(schema);
      members.putAll(value.members());
      if (mode == Mode.DEFAULTED) {
        members.put("default", SchemaGenerator.toJson(defaultValue));
      }
      return new JsonValue.JsonObject(members);
    }
  }

  private static final class ListOf<T, B, V> extends Property<T, B> {
    private final Codec<V> codec;
    private final Function<T, List<V>> getter;
    private final BiConsumer<B, List<V>> setter;

    ListOf(String name, String description, Codec<V> codec, Function<T, List<V>> getter,
        BiConsumer<B, List<V>> setter) {
      super(name, description);
      this.codec = codec;
      this.getter = getter;
      this.setter = setter;
    }

    @Override
    public boolean required() {
      return false;
    }

    @Override
    boolean read(Binder binder, B builder, int depth) throws IOException {
      List<V> values = binder.readList(codec, depth);
      if (values == null) {
        return false;
      }
      setter.accept(builder, values);
      return true;
    }

    @Override
    void write(TokenSink sink, T value) throws IOException {
      List<V> values = getter.apply(value);
      if (values.isEmpty()) {
        return;
      }
      sink.name(name());
      sink.startArray();
      for (V element : values) {
        codec.write(sink, element);
      }
      sink.endArray();
    }

    @Override
    JsonValue schema(SchemaGenerator schema) {
      return SchemaGenerator.object(
          "description", JsonValue.of(description()),
          "type", JsonValue.of("array"),
          "items", codec.schema(schema));
    }
  }

  /**
   * The document's {@code formatVersion}: checked when read, and kept, so that a document read
   * from a file of a later minor version is written back with the version it claims.
   */
  static final class FormatVersion<T, B> extends Property<T, B> {

    /** The version this library writes and fully understands. */
    static final String CURRENT = "2.0";

    /** The major version this library writes. */
    static final String MAJOR = "2";

    /** A version string, {@code MAJOR.MINOR}; one of major version 2 or 1 is read. */
    static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");

    private final Function<T, String> getter;
    private final BiConsumer<B, String> setter;

    FormatVersion(Function<T, String> getter, BiConsumer<B, String> setter, String description) {
      super("formatVersion", description);
      this.getter = getter;
      this.setter = setter;
    }

    @Override
    public boolean required() {
      return true;
    }

    @Override
    boolean read(Binder binder, B builder, int depth) throws IOException {
      String version = binder.readFormatVersion();
      if (version != null) {
        setter.accept(builder, version);
      }
      return true;
    }

    @Override
    boolean missing(Binder binder, String pointer, long objectPosition, String lookalike) {
      binder.sink().report(ReadProblem.MISSING_FORMAT_VERSION, pointer, objectPosition,
          lookalike == null ? "msg.version.missing" : "msg.version.missingMaybe",
          lookalike == null ? Map.of() : Map.of("lookalike", Excerpt.of(lookalike)));
      return false;
    }

    @Override
    void write(TokenSink sink, T value) throws IOException {
      String version = getter.apply(value);
      Matcher matcher = VERSION.matcher(version);
      if (!matcher.matches() || !matcher.group(1).equals(MAJOR)) {
        throw new IllegalArgumentException("The formatVersion \"" + Excerpt.of(version)
            + "\" is not a version of format 2 (\"2.0\", \"2.3\"), which this writer writes"
            + " (a file of format 1.x is upgraded to 2.0 when read)");
      }
      sink.name(name());
      sink.string(version);
    }

    @Override
    JsonValue schema(SchemaGenerator schema) {
      return SchemaGenerator.object(
          "description", JsonValue.of(description()),
          "type", JsonValue.of("string"),
          "pattern", JsonValue.of("^[12]\\.(0|[1-9][0-9]*)$"));
    }
  }

  /**
   * Returns the names of properties, for suggestions.
   *
   * @param <T> the model type
   * @param <B> the builder type
   * @param properties the properties
   * @return their names, in order
   */
  static <T, B> List<String> names(List<Property<T, B>> properties) {
    List<String> names = new ArrayList<>();
    for (Property<T, B> property : properties) {
      names.add(property.name());
    }
    return names;
  }
}
