package io.github.gcmsdk.testkit.internal;

import java.util.List;

/**
 * The languages the generators write text in, with the BCP 47 tags documents declare for them.
 *
 * <p>Not part of the API; it may change without notice.
 */
public enum Lang {
  /** English, from the vocabulary of the UNECE 2020 stakeholder input. */
  EN,
  /** French. */
  FR,
  /** Spanish. */
  ES,
  /** Russian, in Cyrillic script. */
  RU;

  /** The valid language tags documents declare, each mapped to a language by {@link #ofTag}. */
  public static final List<String> TAGS = List.of("en", "fr", "es", "ru", "en-GB");

  /**
   * Returns the language of one of {@link #TAGS}.
   *
   * @param tag the tag, not null
   * @return the language; English for tags it does not know
   */
  public static Lang ofTag(String tag) {
    switch (tag) {
      case "fr":
        return FR;
      case "es":
        return ES;
      case "ru":
        return RU;
      default:
        return EN;
    }
  }
}
