package io.github.gcmsdk.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gcmsdk.problem.Problem;
import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Plugs the format's codecs into a Jackson {@link SimpleModule}: one serializer and one
 * deserializer per type, each calling the same binder and writer as {@code GcmJson}.
 */
public final class JacksonSupport {

  private JacksonSupport() {}

  /**
   * Registers the format's types with a module.
   *
   * @param module the module
   * @param settings the reading settings
   * @param error makes the exception for the problems of a value, the first error first
   */
  public static void register(SimpleModule module, ReadSettings settings,
      BiFunction<JsonParser, List<Problem>, JsonMappingException> error) {
    ReadSettings jackson2 = settings.on(Jackson2Engine.PROVIDER);
    for (MapperBinding.Entry<?> entry : MapperBinding.entries()) {
      add(module, entry, jackson2, error);
    }
  }

  private static <V> void add(SimpleModule module, MapperBinding.Entry<V> entry,
      ReadSettings settings, BiFunction<JsonParser, List<Problem>, JsonMappingException> error) {
    module.addSerializer(entry.type(),
        new CodecSerializer<>(entry.type(), entry.codec(), settings));
    module.addDeserializer(entry.type(),
        new CodecDeserializer<>(entry.type(), entry.codec(), settings, error));
  }

  /** Writes a value with its codec. */
  private static final class CodecSerializer<V> extends StdSerializer<V> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<V> codec;
    private final transient ReadSettings settings;

    CodecSerializer(Class<V> type, Codec<V> codec, ReadSettings settings) {
      super(type);
      this.codec = codec;
      this.settings = settings;
    }

    @Override
    public void serialize(V value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      codec.write(new Jackson2TokenSink(generator, settings.maxNumberLength()), value);
    }
  }

  /**
   * Reads a value with its codec, and throws for the first error. Unknown properties are errors
   * when the settings are strict or the mapper has {@link
   * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} enabled (Jackson's default); a syntax
   * error met while reading the value is reported as the problem it is.
   */
  private static final class CodecDeserializer<V> extends StdDeserializer<V> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<V> codec;
    private final transient ReadSettings settings;
    private final transient ReadSettings strict;
    private final transient BiFunction<JsonParser, List<Problem>, JsonMappingException> error;

    CodecDeserializer(Class<V> type, Codec<V> codec, ReadSettings settings,
        BiFunction<JsonParser, List<Problem>, JsonMappingException> error) {
      super(type);
      this.codec = codec;
      this.settings = settings;
      this.strict = settings.asStrict();
      this.error = error;
    }

    @Override
    public V deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      ReadSettings read = context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          ? strict : settings;
      MapperBinding.Result<V> result =
          MapperBinding.read(codec, new Jackson2Tokens(parser), read);
      if (result.hasErrors()) {
        throw error.apply(parser, result.problems());
      }
      return result.value();
    }
  }
}
