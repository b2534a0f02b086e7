package io.github.gcmsdk.io;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.gcmsdk.io.internal.JacksonSupport;
import io.github.gcmsdk.problem.Report;
import java.util.Objects;

/**
 * A Jackson module that lets any {@link com.fasterxml.jackson.databind.ObjectMapper} (the one
 * Spring Boot configures, for instance) read and write the gcm-sdk model in the gcm-sdk JSON
 * format, through the same reader and writer as {@link GcmJson}:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new GcmJacksonModule());
 * StakeholderInput document = mapper.readValue(file, StakeholderInput.class);
 * String json = mapper.writeValueAsString(document);
 * }</pre>
 *
 * <p>It covers every model type ({@code StakeholderInput}, {@code Section}, {@code Finding}, ...),
 * the catalogue types (an {@code Objective} as its number, the other catalogues as their codes,
 * a {@code Country} as its alpha-2 code), {@code PartialDate} as its ISO text and {@code JsonValue}.
 * Property order is the canonical one; layout (indentation) is the mapper's.
 *
 * <p>Reading reports problems as {@link GcmJson} does; the first {@linkplain
 * io.github.gcmsdk.problem.Severity#ERROR error} of a value becomes a {@link GcmMappingException}
 * carrying its location and message (and the whole {@link Report}); so does a syntax error met
 * inside a value of the model (a truncated file, a trailing comma). Warnings are not reported
 * through a mapper. Limits on strings, numbers, names and nesting are those of the {@link GcmJson}
 * given; the document size is governed by the mapper's own {@code StreamReadConstraints}. No
 * default typing is used.
 *
 * <p><b>Unknown properties</b> follow the mapper's {@link
 * com.fasterxml.jackson.databind.DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}, as for any
 * other type: with it enabled (Jackson's default), a property the format does not define fails
 * the read ({@code GCM-J013}); with it disabled (as Spring Boot configures its mapper), the
 * property is kept as an extension and written back, as {@link GcmJson#standard()} does, unless
 * the {@link GcmJson} given is {@linkplain GcmJson#strict() strict}. Extension data ({@code x-}
 * names) is always kept.
 *
 * <p>Writing writes what {@link GcmJson} would read back: a number no reader with the given
 * limits could read back equal is refused with an {@link IllegalArgumentException} (wrapped by
 * the mapper), and the document's {@code formatVersion} is written as it claims.
 *
 * <p>This class is immutable and thread-safe once registered.
 */
public final class GcmJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /**
   * Reads with the default limits and English messages; unknown properties as the mapper's
   * {@code FAIL_ON_UNKNOWN_PROPERTIES} says.
   */
  public GcmJacksonModule() {
    this(GcmJson.standard());
  }

  /**
   * Reads with the settings of a {@link GcmJson}: strictness (a strict one fails on unknown
   * properties whatever the mapper's features), limits and language.
   *
   * @param settings the settings, not null
   */
  public GcmJacksonModule(GcmJson settings) {
    super("gcm-io", Version.unknownVersion());
    Objects.requireNonNull(settings, "settings");
    JacksonSupport.register(this, settings.settings(),
        (parser, problems) -> new GcmMappingException(parser, problems.get(0),
            Report.of(problems)));
  }
}
