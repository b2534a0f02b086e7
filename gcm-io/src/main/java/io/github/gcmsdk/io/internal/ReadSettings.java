package io.github.gcmsdk.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.gcmsdk.io.ReadLimits;
import java.util.Locale;
import java.util.Objects;

/**
 * The settings of one {@code GcmJson}: strictness, limits and language, and the Jackson factory
 * configured from them. Immutable and thread-safe.
 *
 * @param strict whether unknown properties are errors
 * @param maxDocumentSize the most bytes (or characters, for text input) of one document
 * @param maxNestingDepth the deepest nesting of objects and lists
 * @param maxStringLength the longest string, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxNameLength the longest property name, in characters
 * @param maxProblems the most problems kept for one document
 * @param locale the language of messages
 * @param factory the Jackson factory, with the backstop constraints
 */
public record ReadSettings(
    boolean strict,
    long maxDocumentSize,
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength,
    int maxProblems,
    Locale locale,
    JsonFactory factory) {

  /** The deepest nesting Jackson itself lets through while gcm-io skips what is too deep. */
  static final int BACKSTOP_NESTING_DEPTH = 2000;

  /**
   * Checks the record.
   *
   * @param strict whether unknown properties are errors
   * @param maxDocumentSize the most bytes of one document
   * @param maxNestingDepth the deepest nesting
   * @param maxStringLength the longest string
   * @param maxNumberLength the longest number
   * @param maxNameLength the longest name
   * @param maxProblems the most problems kept for one document
   * @param locale the locale
   * @param factory the factory
   */
  public ReadSettings {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(factory, "factory");
  }

  /**
   * Returns settings with a Jackson factory made for them, keeping the default number of
   * problems ({@link io.github.gcmsdk.io.ReadLimits#DEFAULT_MAX_PROBLEMS}).
   *
   * @param strict whether unknown properties are errors
   * @param maxDocumentSize the most bytes of one document
   * @param maxNestingDepth the deepest nesting
   * @param maxStringLength the longest string
   * @param maxNumberLength the longest number
   * @param maxNameLength the longest name
   * @param locale the locale
   * @return the settings
   */
  public static ReadSettings of(boolean strict, long maxDocumentSize, int maxNestingDepth,
      int maxStringLength, int maxNumberLength, int maxNameLength, Locale locale) {
    return of(strict, maxDocumentSize, maxNestingDepth, maxStringLength, maxNumberLength,
        maxNameLength, ReadLimits.DEFAULT_MAX_PROBLEMS, locale);
  }

  /**
   * Returns settings with a Jackson factory made for them.
   *
   * @param strict whether unknown properties are errors
   * @param maxDocumentSize the most bytes of one document
   * @param maxNestingDepth the deepest nesting
   * @param maxStringLength the longest string
   * @param maxNumberLength the longest number
   * @param maxNameLength the longest name
   * @param maxProblems the most problems kept for one document
   * @param locale the locale
   * @return the settings
   */
  public static ReadSettings of(boolean strict, long maxDocumentSize, int maxNestingDepth,
      int maxStringLength, int maxNumberLength, int maxNameLength, int maxProblems,
      Locale locale) {
    // gcm-io checks every limit itself and reports it as a located problem, then reads on where it
    // can; Jackson's own constraints are set beyond them, as a backstop against what cannot be
    // skipped (they stop reading, and are reported as the same problems).
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(Math.max(BACKSTOP_NESTING_DEPTH, maxNestingDepth + 1))
        .maxStringLength(Math.max(maxStringLength + 1, 20_000_000))
        .maxNumberLength(Math.max(maxNumberLength + 1, 1000))
        .maxNameLength(Math.max(maxNameLength + 1, 50_000))
        .maxDocumentLength(-1L)
        .build();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
        // The canonical form, set explicitly so that it does not move with Jackson's defaults:
        // characters outside the BMP written as themselves, escapes in upper-case hex, "/" as is.
        // (JsonWriteFeature is Jackson's public API for these; the JsonGenerator.Feature twins are
        // deprecated since 2.10.)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .build();
    return new ReadSettings(strict, maxDocumentSize, maxNestingDepth, maxStringLength,
        maxNumberLength, maxNameLength, maxProblems, locale, factory);
  }

  /**
   * Returns the messages in this settings' language.
   *
   * @return the messages
   */
  public Messages messages() {
    return Messages.of(locale);
  }

  /**
   * Returns a new problem sink for one document, with this settings' messages and problem limit.
   *
   * @param lineOffset the number of lines before line 1 of the parsed text
   * @return the sink
   */
  public ProblemSink newSink(int lineOffset) {
    return new ProblemSink(messages(), lineOffset, maxProblems);
  }
}
