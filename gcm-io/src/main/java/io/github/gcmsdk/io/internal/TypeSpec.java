package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.model.Extensible;
import io.github.gcmsdk.model.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One object type of the format: its name, the model type and builder it maps to, and its
 * properties in canonical order. Immutable and thread-safe once built.
 *
 * @param <T> the model type
 * @param <B> the model type's builder
 */
public final class TypeSpec<T extends Extensible, B> {

  /** Puts an extension member into a builder. */
  @FunctionalInterface
  public interface ExtensionSetter<B> {
    /**
     * Puts a member.
     *
     * @param builder the builder
     * @param name the member name
     * @param value the member value
     */
    void put(B builder, String name, JsonValue value);
  }

  private final String name;
  private final Class<T> type;
  private final String description;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final ExtensionSetter<B> putExtension;
  private final List<Property<T, B>> properties;
  private final Map<String, Property<T, B>> byName;
  private final List<String> names;
  private final long requiredMask;
  // The properties by index and their names, for the look-up by expected index.
  private final Property<T, B>[] byIndex;
  private final String[] indexNames;
  // The names as a parser matches them in its input (TokenSource.nextMember).
  private final MemberNames memberNames;

  private TypeSpec(Builder<T, B> builder) {
    this.name = builder.name;
    this.type = builder.type;
    this.description = builder.description;
    this.newBuilder = builder.newBuilder;
    this.build = builder.build;
    this.putExtension = builder.putExtension;
    this.properties = Collections.unmodifiableList(new ArrayList<>(builder.properties));
    if (properties.size() > Long.SIZE) {
      // The binder tracks which properties an object has in the bits of a long.
      throw new IllegalStateException("More than 64 properties in " + name);
    }
    Map<String, Property<T, B>> map = new HashMap<>();
    long required = 0;
    for (int i = 0; i < properties.size(); i++) {
      Property<T, B> property = properties.get(i);
      property.index(i);
      if (property.required()) {
        required |= 1L << i;
      }
      if (map.put(property.name(), property) != null) {
        throw new IllegalStateException("Duplicate property " + property.name() + " in " + name);
      }
    }
    this.byName = map;
    this.names = Collections.unmodifiableList(Property.names(properties));
    this.requiredMask = required;
    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of the properties of this type only
    Property<T, B>[] ordered = properties.toArray(new Property[0]);
    this.byIndex = ordered;
    this.indexNames = names.toArray(new String[0]);
    this.memberNames = new MemberNames(indexNames);
  }

  /**
   * Returns the required properties as bits: bit {@code i} for the property of index {@code i}.
   *
   * @return the bits
   */
  long requiredMask() {
    return requiredMask;
  }

  /**
   * Starts describing a type.
   *
   * @param <T> the model type
   * @param <B> the builder type
   * @param name the name, as in the schema's {@code $defs}
   * @param type the model type
   * @param description the schema description
   * @param newBuilder makes a builder
   * @param build builds a value
   * @param putExtension puts an extension member
   * @return the description's builder
   */
  public static <T extends Extensible, B> Builder<T, B> of(String name, Class<T> type,
      String description, Supplier<B> newBuilder, Function<B, T> build,
      ExtensionSetter<B> putExtension) {
    return new Builder<>(name, type, description, newBuilder, build, putExtension);
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the model type.
   *
   * @return the class
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns the schema description.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the properties, in canonical order.
   *
   * @return the properties
   */
  public List<Property<T, B>> properties() {
    return properties;
  }

  /**
   * Returns the property names, in canonical order.
   *
   * @return the names
   */
  public List<String> names() {
    return names;
  }

  /**
   * Returns a property by JSON name.
   *
   * @param jsonName the name
   * @return the property, if the type has it
   */
  public Optional<Property<T, B>> property(String jsonName) {
    return Optional.ofNullable(byName.get(jsonName));
  }

  Property<T, B> propertyOrNull(String jsonName) {
    return byName.get(jsonName);
  }

  /**
   * Returns a property by JSON name, trying first the property of an expected index: members
   * mostly come in canonical order, and the parser gives the names interned, as the names of the
   * properties are, so that one comparison of references mostly finds the property.
   *
   * @param jsonName the name
   * @param expected the index of the property expected, any number
   * @return the property, or null if the type has none of that name
   */
  Property<T, B> propertyOrNull(String jsonName, int expected) {
    if (expected < indexNames.length && indexNames[expected] == jsonName) {
      return byIndex[expected];
    }
    return propertyOrNull(jsonName);
  }

  /**
   * Returns the names of the properties by index, as a parser matches them, to let it compare the
   * next member name with the expected one in its buffer: when they match, the parser neither
   * looks the name up in its symbol table nor makes a string, and gives the property's own name
   * string.
   *
   * @return the names
   */
  MemberNames memberNames() {
    return memberNames;
  }

  /**
   * Returns the index of the property to expect after a property: the next one in canonical
   * order, the order gcm writes.
   *
   * @param previous the index of the previous property of the object, -1 at its start
   * @return the index of the property expected (the number of properties: none)
   */
  int expectedAfter(int previous) {
    return Math.min(previous + 1, byIndex.length);
  }

  B newBuilder() {
    return newBuilder.get();
  }

  T build(B builder) {
    return build.apply(builder);
  }

  void putExtension(B builder, String member, JsonValue value) {
    putExtension.put(builder, member, value);
  }

  /**
   * Builds a {@link TypeSpec}.
   *
   * @param <T> the model type
   * @param <B> the builder type
   */
  public static final class Builder<T extends Extensible, B> {
    private final String name;
    private final Class<T> type;
    private final String description;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final ExtensionSetter<B> putExtension;
    private final List<Property<T, B>> properties = new ArrayList<>();

    private Builder(String name, Class<T> type, String description, Supplier<B> newBuilder,
        Function<B, T> build, ExtensionSetter<B> putExtension) {
      this.name = name;
      this.type = type;
      this.description = description;
      this.newBuilder = newBuilder;
      this.build = build;
      this.putExtension = putExtension;
    }

    /**
     * Adds the document's {@code formatVersion}.
     *
     * @param getter the model getter of the version the document claims
     * @param setter the builder setter
     * @param description the schema description
     * @return this builder
     */
    public Builder<T, B> formatVersion(Function<T, String> getter, BiConsumer<B, String> setter,
        String description) {
      properties.add(new Property.FormatVersion<>(getter, setter, description));
      return this;
    }

    /**
     * Adds a required property.
     *
     * @param <V> the value type
     * @param jsonName the JSON name
     * @param codec the codec
     * @param getter the model getter
     * @param setter the builder setter
     * @param doc the schema description
     * @return this builder
     */
    public <V> Builder<T, B> required(String jsonName, Codec<V> codec, Function<T, V> getter,
        BiConsumer<B, V> setter, String doc) {
      properties.add(Property.single(jsonName, doc, Property.Mode.REQUIRED, codec, getter, setter,
          null));
      return this;
    }

    /**
     * Adds an optional property.
     *
     * @param <V> the value type
     * @param jsonName the JSON name
     * @param codec the codec
     * @param getter the model getter
     * @param setter the builder setter
     * @param doc the schema description
     * @return this builder
     */
    public <V> Builder<T, B> optional(String jsonName, Codec<V> codec,
        Function<T, Optional<V>> getter, BiConsumer<B, V> setter, String doc) {
      properties.add(Property.single(jsonName, doc, Property.Mode.OPTIONAL, codec, getter, setter,
          null));
      return this;
    }

    /**
     * Adds a property with a default value, which is not written.
     *
     * @param <V> the value type
     * @param jsonName the JSON name
     * @param codec the codec
     * @param getter the model getter
     * @param setter the builder setter
     * @param defaultValue the default
     * @param doc the schema description
     * @return this builder
     */
    public <V> Builder<T, B> defaulted(String jsonName, Codec<V> codec, Function<T, V> getter,
        BiConsumer<B, V> setter, V defaultValue, String doc) {
      properties.add(Property.single(jsonName, doc, Property.Mode.DEFAULTED, codec, getter, setter,
          defaultValue));
      return this;
    }

    /**
     * Adds a list property.
     *
     * @param <V> the element type
     * @param jsonName the JSON name
     * @param codec the element codec
     * @param getter the model getter
     * @param setter the builder setter; it must copy the elements, for the list it is given is
     *     reused by the reader (the model's builders copy them)
     * @param doc the schema description
     * @return this builder
     */
    public <V> Builder<T, B> list(String jsonName, Codec<V> codec, Function<T, List<V>> getter,
        BiConsumer<B, List<V>> setter, String doc) {
      properties.add(Property.list(jsonName, doc, codec, getter, setter));
      return this;
    }

    /**
     * Builds the description.
     *
     * @return the type description
     */
    public TypeSpec<T, B> build() {
      return new TypeSpec<>(this);
    }
  }
}
