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
 * carrying its location and message (and the whole {@link Report}); warnings, such as unknown
 * properties when reading leniently, are not reported through a mapper. Limits on strings,
 * numbers, names and nesting are those of the {@link GcmJson} given; the document size is
 * governed by the mapper's own {@code StreamReadConstraints}. No default typing is used.
 *
 * <p>This class is immutable and thread-safe once registered.
 */
public final class GcmJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Reads leniently with the default limits and English messages. */
  public GcmJacksonModule() {
    this(GcmJson.standard());
  }

  /**
   * Reads with the settings of a {@link GcmJson}: strictness, limits and language.
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
