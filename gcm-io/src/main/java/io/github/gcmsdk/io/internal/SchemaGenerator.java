package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.catalog.Coded;
import io.github.gcmsdk.io.ReadLimits;
import io.github.gcmsdk.model.Extensible;
import io.github.gcmsdk.model.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Generates the JSON Schema (draft 2020-12) of the format from {@link Format}. The schema shipped
 * as {@code io/github/gcmsdk/io/gcm-stakeholder-input.schema.json} is this output; a test fails if
 * they differ.
 *
 * <p>The schema describes the strict form of the format: unknown properties are not allowed, except
 * extension data (names starting with {@code x-}).
 */
public final class SchemaGenerator {

  /** The schema's identifier. */
  public static final String ID =
      "https://gcm-sdk.github.io/schema/" + Format.VERSION + "/gcm-stakeholder-input.schema.json";

  private final Map<String, JsonValue> definitions = new LinkedHashMap<>();

  private SchemaGenerator() {}

  /**
   * Returns the schema as canonical JSON text.
   *
   * @return the schema
   */
  public static String render() {
    SchemaGenerator generator = new SchemaGenerator();
    JsonValue schema = generator.generate();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new CanonicalWriter(ReadSettings.of(false, 1, 1, 1,
          ReadLimits.DEFAULT_MAX_NUMBER_LENGTH, 1, Locale.ROOT))
          .writeFile(Codecs.JSON, schema, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private JsonValue generate() {
    JsonValue root = Format.DOCUMENT_CODEC.schema(this);
    Map<String, JsonValue> schema = new LinkedHashMap<>();
    schema.put("$schema", JsonValue.of("https://json-schema.org/draft/2020-12/schema"));
    schema.put("$id", JsonValue.of(ID));
    schema.put("title", JsonValue.of("gcm-sdk stakeholder input, format " + Format.VERSION));
    schema.put("description", JsonValue.of("A stakeholder input document to a review of the"
        + " Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195), in the gcm-sdk"
        + " JSON format. Generated from the format table of gcm-io; see FORMAT.md. This schema"
        + " is the strict form of the format: names starting with x- are extension data, any"
        + " other unknown name is rejected."));
    schema.putAll(((JsonValue.JsonObject) root).members());
    schema.put("$defs", new JsonValue.JsonObject(definitions));
    return new JsonValue.JsonObject(schema);
  }

  /**
   * Defines a shared schema once, under {@code $defs}, and refers to it.
   *
   * @param name the definition's name
   * @param body makes the definition, called once
   * @return a {@code $ref} to the definition
   */
  JsonValue define(String name, Supplier<JsonValue> body) {
    if (!definitions.containsKey(name)) {
      definitions.put(name, JsonValue.JsonNull.INSTANCE); // placeholder: types refer to themselves
      definitions.put(name, body.get());
    }
    return object("$ref", JsonValue.of("#/$defs/" + name));
  }

  /**
   * Returns the schema of an object type.
   *
   * @param <T> the model type
   * @param type the type
   * @return the schema
   */
  <T extends Extensible> JsonValue typeSchema(TypeSpec<T, ?> type) {
    Map<String, JsonValue> properties = new LinkedHashMap<>();
    List<JsonValue> required = new ArrayList<>();
    for (Property<T, ?> property : type.properties()) {
      properties.put(property.name(), property.schema(this));
      if (property.required()) {
        required.add(JsonValue.of(property.name()));
      }
    }
    Map<String, JsonValue> schema = new LinkedHashMap<>();
    schema.put("description", JsonValue.of(type.description()));
    schema.put("type", JsonValue.of("object"));
    if (!required.isEmpty()) {
      schema.put("required", new JsonValue.JsonArray(required));
    }
    schema.put("properties", new JsonValue.JsonObject(properties));
    schema.put("patternProperties", object("^x-", JsonValue.JsonBoolean.TRUE));
    schema.put("additionalProperties", JsonValue.JsonBoolean.FALSE);
    return new JsonValue.JsonObject(schema);
  }

  /**
   * Returns a JSON object of names and values given in turn.
   *
   * @param namesAndValues a name, a {@link JsonValue}, a name, ...
   * @return the object
   */
  static JsonValue.JsonObject object(Object... namesAndValues) {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      members.put((String) namesAndValues[i], (JsonValue) namesAndValues[i + 1]);
    }
    return new JsonValue.JsonObject(members);
  }

  /**
   * Returns the JSON form of a default value.
   *
   * @param value a code or a boolean
   * @return the JSON value
   */
  static JsonValue toJson(Object value) {
    if (value instanceof Coded coded) {
      return JsonValue.of(coded.getCode());
    }
    if (value instanceof Boolean bool) {
      return JsonValue.of(bool);
    }
    throw new IllegalArgumentException("No JSON form for a default of " + value.getClass());
  }
}
