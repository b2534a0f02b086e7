package io.github.gcmsdk.io.jackson3;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadLimits;
import io.github.gcmsdk.io.internal.Codec;
import io.github.gcmsdk.io.internal.MapperBinding;
import io.github.gcmsdk.io.internal.ReadSettings;
import io.github.gcmsdk.problem.Report;
import java.io.IOException;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 module that lets any {@link tools.jackson.databind.json.JsonMapper} (the one Spring
 * Boot 4 builds, for instance) read and write the gcm-sdk model in the gcm-sdk JSON format,
 * through the same binder and writer as {@link GcmJson}:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new GcmJackson3Module()).build();
 * StakeholderInput document = mapper.readValue(file, StakeholderInput.class);
 * String json = mapper.writeValueAsString(document);
 * }</pre>
 *
 * <p>It does on Jackson 3 what gcm-io's {@code GcmJacksonModule} does on Jackson 2, with the same
 * types and rules: every model type, the catalogues (an {@code Objective} as its number, the other
 * catalogues as their codes), {@code PartialDate} and {@code JsonValue}; property order is the
 * canonical one, layout the mapper's. The first {@linkplain io.github.gcmsdk.problem.Severity#ERROR
 * error} of a value, or a syntax error met inside it, becomes a {@link GcmDatabindException}
 * carrying its location and the whole {@link Report}; warnings are not reported through a mapper.
 * Unknown properties follow the mapper's {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}
 * unless the {@link GcmJson} given is {@linkplain GcmJson#strict() strict}; {@code x-} extension
 * data is always kept. Limits on strings, numbers, names and nesting are those of the {@link
 * GcmJson} given; the document size is governed by the mapper's own {@code
 * StreamReadConstraints}.
 *
 * <p>This class is immutable and thread-safe once registered.
 */
public final class GcmJackson3Module extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /**
   * Reads with the default limits and English messages; unknown properties as the mapper's
   * {@code FAIL_ON_UNKNOWN_PROPERTIES} says.
   */
  public GcmJackson3Module() {
    this(GcmJson.standard());
  }

  /**
   * Reads with the settings of a {@link GcmJson}: strictness (a strict one fails on unknown
   * properties whatever the mapper's features), limits and language.
   *
   * @param settings the settings, not null
   */
  public GcmJackson3Module(GcmJson settings) {
    super("gcm-io-jackson3", Version.unknownVersion());
    Objects.requireNonNull(settings, "settings");
    ReadLimits limits = settings.getLimits();
    ReadSettings read = ReadSettings.of(settings.isStrict(), limits.getMaxDocumentSize(),
        limits.getMaxNestingDepth(), limits.getMaxStringLength(), limits.getMaxNumberLength(),
        limits.getMaxNameLength(), limits.getMaxProblems(), settings.getLocale(),
        new Jackson3Engine.Provider());
    for (MapperBinding.Entry<?> entry : MapperBinding.entries()) {
      add(entry, read);
    }
  }

  private <V> void add(MapperBinding.Entry<V> entry, ReadSettings settings) {
    addSerializer(entry.type(), new CodecSerializer<>(entry.type(), entry.codec(), settings));
    addDeserializer(entry.type(),
        new CodecDeserializer<>(entry.type(), entry.codec(), settings));
  }

  /** Writes a value with its codec. */
  private static final class CodecSerializer<V> extends StdSerializer<V> {
    private final Codec<V> codec;
    private final int maxNumberLength;

    CodecSerializer(Class<V> type, Codec<V> codec, ReadSettings settings) {
      super(type);
      this.codec = codec;
      this.maxNumberLength = settings.maxNumberLength();
    }

    @Override
    public void serialize(V value, JsonGenerator generator, SerializationContext context) {
      try {
        codec.write(new Jackson3TokenSink(generator, maxNumberLength), value);
      } catch (IOException e) {
        throw unchecked(e);
      }
    }
  }

  /** Reads a value with its codec, and throws for the first error. */
  private static final class CodecDeserializer<V> extends StdDeserializer<V> {
    private final Codec<V> codec;
    private final ReadSettings settings;
    private final ReadSettings strict;

    CodecDeserializer(Class<V> type, Codec<V> codec, ReadSettings settings) {
      super(type);
      this.codec = codec;
      this.settings = settings;
      this.strict = settings.asStrict();
    }

    @Override
    public V deserialize(JsonParser parser, DeserializationContext context) {
      ReadSettings read = context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          ? strict : settings;
      MapperBinding.Result<V> result;
      try {
        result = MapperBinding.read(codec, new Jackson3Tokens(parser), read);
      } catch (IOException e) {
        throw unchecked(e);
      }
      if (result.hasErrors()) {
        throw new GcmDatabindException(parser, result.problems().get(0),
            Report.of(result.problems()));
      }
      return result.value();
    }
  }

  /** Jackson's own exception back as it was, a stream's wrapped as Jackson 3 wraps it. */
  private static JacksonException unchecked(IOException e) {
    if (e.getCause() instanceof JacksonException jackson) {
      return jackson;
    }
    return JacksonIOException.construct(e);
  }
}
