package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.io.ReadLimits;
import java.util.Locale;
import java.util.Objects;

/**
 * The settings of one {@code GcmJson}: strictness, limits and language, and the JSON engine
 * (Jackson 2 or 3) configured from them. Immutable and thread-safe.
 *
 * @param strict whether unknown properties are errors
 * @param maxDocumentSize the most bytes (or characters, for text input) of one document
 * @param maxNestingDepth the deepest nesting of objects and lists
 * @param maxStringLength the longest string, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxNameLength the longest property name, in characters
 * @param maxProblems the most problems kept for one document
 * @param locale the language of messages
 * @param engine the JSON engine, with the backstop limits
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
    JsonEngine engine) {

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
   * @param engine the JSON engine
   */
  public ReadSettings {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(engine, "engine");
  }

  /**
   * Returns settings on the preferred engine ({@link JsonEngines#preferred()}), keeping the
   * default number of problems ({@link io.github.gcmsdk.io.ReadLimits#DEFAULT_MAX_PROBLEMS}).
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
   * Returns settings on the preferred engine ({@link JsonEngines#preferred()}).
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
    return of(strict, maxDocumentSize, maxNestingDepth, maxStringLength, maxNumberLength,
        maxNameLength, maxProblems, locale, JsonEngines.preferred());
  }

  /**
   * Creates settings on a given JSON engine.
   *
   * @param strict whether unknown properties are errors
   * @param maxDocumentSize the most bytes of one document
   * @param maxNestingDepth the deepest nesting
   * @param maxStringLength the longest string
   * @param maxNumberLength the longest number
   * @param maxNameLength the longest property name
   * @param maxProblems the most problems kept for one document
   * @param locale the language of messages
   * @param engines the provider of the engine
   * @return the settings
   */
  public static ReadSettings of(boolean strict, long maxDocumentSize, int maxNestingDepth,
      int maxStringLength, int maxNumberLength, int maxNameLength, int maxProblems,
      Locale locale, JsonEngine.Provider engines) {
    // gcm-io checks every limit itself and reports it as a located problem, then reads on where it
    // can; the engine's own limits are set beyond them, as a backstop against what cannot be
    // skipped (they stop reading, and are reported as the same problems).
    JsonEngine engine = engines.create(new JsonEngine.Backstops(
        Math.max(BACKSTOP_NESTING_DEPTH, maxNestingDepth + 1),
        Math.max(maxStringLength + 1, 20_000_000),
        Math.max(maxNumberLength + 1, 1000),
        Math.max(maxNameLength + 1, 50_000)));
    return new ReadSettings(strict, maxDocumentSize, maxNestingDepth, maxStringLength,
        maxNumberLength, maxNameLength, maxProblems, locale, engine);
  }

  /**
   * Returns these settings on another engine's (a databind module reads with its own Jackson's).
   *
   * @param engines the provider of the engine
   * @return settings with the same strictness, limits and language, this one if its engine is
   *     already of that major version
   */
  public ReadSettings on(JsonEngine.Provider engines) {
    return engine.majorVersion() == engines.majorVersion() ? this : of(strict, maxDocumentSize,
        maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxProblems, locale,
        engines);
  }

  /**
   * Returns these settings with unknown properties as errors.
   *
   * @return strict settings, this one if it is already
   */
  public ReadSettings asStrict() {
    return strict ? this : new ReadSettings(true, maxDocumentSize, maxNestingDepth,
        maxStringLength, maxNumberLength, maxNameLength, maxProblems, locale, engine);
  }

  /**
   * Returns the messages in the settings' language.
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
