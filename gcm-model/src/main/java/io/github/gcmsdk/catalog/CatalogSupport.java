package io.github.gcmsdk.catalog;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Shared, package-private helpers of the catalogues: code indexes, lookup keys, whitespace. */
final class CatalogSupport {

  /** The syntax every {@link Coded#getCode()} follows. */
  static final Pattern CODE_SYNTAX = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private CatalogSupport() {}

  /**
   * Indexes entries by their code, checking that every code is well formed and unique.
   *
   * @throws IllegalStateException if the catalogue is inconsistent (a bug, caught by the tests)
   */
  static <E extends Coded> Map<String, E> indexByCode(E[] entries) {
    Map<String, E> index = new HashMap<>();
    for (E entry : entries) {
      String code = entry.getCode();
      if (!CODE_SYNTAX.matcher(code).matches()) {
        throw new IllegalStateException("Malformed code: " + code);
      }
      if (index.put(code, entry) != null) {
        throw new IllegalStateException("Duplicate code: " + code);
      }
    }
    return Collections.unmodifiableMap(index);
  }

  /**
   * Reads a space-separated list of alpha-2 codes into an unmodifiable set in alpha-2 order.
   * Kept here, not in a catalogue, so that catalogues can share it without initialising each other.
   *
   * @throws IllegalStateException if a code is listed twice
   */
  static Set<Country> countries(String alpha2Codes) {
    Set<Country> set = new TreeSet<>();
    for (String alpha2 : alpha2Codes.split(" ")) {
      if (!set.add(Country.of(alpha2))) {
        throw new IllegalStateException("Duplicate country: " + alpha2);
      }
    }
    return Collections.unmodifiableSet(set);
  }

  /** Lists the codes, for "known codes: a, b, c" hints. */
  static String knownCodes(Coded[] entries) {
    StringJoiner joiner = new StringJoiner(", ", "known codes: ", "");
    for (Coded entry : entries) {
      joiner.add(entry.getCode());
    }
    return joiner.toString();
  }

  /**
   * Adds a lookup key for a human form (code, title, alias) of an entry.
   *
   * @throws IllegalStateException if the key already names another entry
   */
  static <E> void addKey(Map<String, E> keys, CharSequence form, E entry) {
    String key = key(form);
    if (key == null || key.isEmpty()) {
      throw new IllegalStateException("Form without a key: " + form);
    }
    E previous = keys.put(key, entry);
    if (previous != null && previous != entry) {
      throw new IllegalStateException("Ambiguous form: " + form + " (" + previous + ", " + entry + ")");
    }
  }

  /**
   * Reduces a human form to a lookup key: letters and digits lower-cased, separators (whitespace,
   * hyphens, dashes, underscores, apostrophes) dropped, and British and American spellings
   * merged. Returns null if the text holds any other character, so that punctuation never matches
   * by accident.
   */
  static String key(CharSequence text) {
    StringBuilder key = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int codePoint = Character.codePointAt(text, i);
      i += Character.charCount(codePoint);
      if (Character.isLetterOrDigit(codePoint)) {
        key.appendCodePoint(Character.toLowerCase(codePoint));
      } else if (!isSeparator(codePoint)) {
        return null;
      }
    }
    return key.toString()
        .replace("isation", "ization")
        .replace("labor", "labour")
        .replace("centered", "centred");
  }

  private static boolean isSeparator(int codePoint) {
    return isSpace(codePoint)
        || codePoint == '-'
        || codePoint == '_'
        || codePoint == '\''
        || codePoint == '\u2010' // hyphen
        || codePoint == '\u2011' // non-breaking hyphen
        || codePoint == '\u2013' // en dash
        || codePoint == '\u2014' // em dash
        || codePoint == '\u2019'; // right single quotation mark, the typographic apostrophe
  }

  /** Whitespace in the wide sense: Java whitespace and Unicode space separators (no-break space). */
  static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  /** Removes leading and trailing {@linkplain #isSpace(int) spaces}. */
  static String strip(CharSequence text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.subSequence(start, end).toString();
  }

  /** Lower-cases ASCII letters only, so that no locale-specific case mapping applies. */
  static String asciiLowerCase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return out.toString();
  }

  /** Upper-cases ASCII letters only. */
  static String asciiUpperCase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c);
    }
    return out.toString();
  }
}
