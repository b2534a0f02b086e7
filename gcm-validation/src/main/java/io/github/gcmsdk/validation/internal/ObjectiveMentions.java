package io.github.gcmsdk.validation.internal;

import io.github.gcmsdk.catalog.Objective;
import java.util.Arrays;
import java.util.EnumSet;

/**
 * Finds the objectives a text names: "Objective 7", "objective 21", "Objectives 6 (decent work);
 * 7", "objectives 6, 7 and 15", and the same in French ("objectif 7"), Spanish ("objetivo 7") and
 * Russian ("цель 7", "цели 6 и 7").
 *
 * <p>A mention is a word that starts with {@code objective}, {@code objectif}, {@code objetivo}
 * or {@code цел} (at most three letters more: plurals and Russian cases), then optional spaces and
 * an optional number sign ({@code #}, {@code №}, {@code n°}, {@code no.}), then a number of one or
 * two digits from 1 to 23 that no digit or letter follows (nor a full stop and a digit, as in
 * {@code 1.5}). After a number, a list may go on: an
 * optional parenthesised label of at most {@value #MAX_LABEL} characters, then {@code ,}, {@code
 * ;}, {@code &}, {@code /} or a word meaning "and"/"or" ({@code and or et ou y o и или}), then
 * the next number. Words for numbers ("objective eleven") are not read.
 *
 * <p>References to the Sustainable Development Goals are not GCM objectives, and are skipped: a
 * list that a qualifier follows ("objectif 8 de développement durable", "objetivo 8 de desarrollo
 * sostenible", "objective 8 of the SDGs", "цель 8 в области устойчивого развития", "of the 2030
 * Agenda"), whose last number a parenthesised SDG label follows ("objective 8 (SDG 8)"), or that an
 * SDG acronym or "sustainable development" precedes ("SDG objective 8"). "SDG 8", "ODD 8", "ЦУР
 * 8", "Goal 8" and "target 10.7" have no objective word and are never read. A qualifier must follow
 * at once: "objective 7 and SDG 8" still names objective 7, and "objectif 8 du Pacte mondial"
 * objective 8.
 *
 * <p>The scan reads the text once, left to right; look-ahead is bounded by a constant, so the
 * time is linear in the length of the text.
 */
final class ObjectiveMentions {

  /** The longest parenthesised label skipped inside a list of numbers. */
  static final int MAX_LABEL = 80;

  private static final String[] STEMS = {"objective", "objectif", "objetivo", "цел"};
  /** How {@link #STEMS} start. */
  private static final Starts STEM_STARTS = new Starts(STEMS);
  private static final int MAX_SUFFIX = 3;
  private static final int NOT_SEARCHED = -2;
  private static final String[] CONJUNCTIONS = {"and", "or", "et", "ou", "y", "o", "и", "или"};

  /**
   * What follows a number of a Sustainable Development Goal, lower case, one space between words,
   * {@code '} for apostrophes; each must end at a word boundary.
   */
  private static final String[] SDG_QUALIFIERS = {
      "of the sustainable development goals", "of the sdgs", "of the sdg", "of the 2030 agenda",
      "of agenda 2030", "of the agenda 2030",
      "de développement durable", "du développement durable", "des objectifs de développement",
      "des odd", "de l'odd", "de l'agenda 2030", "du programme 2030",
      "du programme de développement durable",
      "de desarrollo sostenible", "del desarrollo sostenible", "de los ods",
      "de los objetivos de desarrollo sostenible", "de la agenda 2030",
      "в области устойчивого развития", "цур", "повестки дня на период до 2030",
      "повестки дня 2030"};
  /** Acronyms of the Sustainable Development Goals, lower case (English, French, Spanish, Russian). */
  private static final String[] SDG_ACRONYMS = {"sdg", "sdgs", "odd", "ods", "цур"};
  private static final String SUSTAINABLE_DEVELOPMENT = "sustainable development";
  /** The longest qualifier, so that look-ahead is bounded. */
  private static final int MAX_QUALIFIER = 48;

  private ObjectiveMentions() {}

  /**
   * Returns the objectives a text names.
   *
   * @param text the text, not null
   * @return the objectives, in number order; empty if none
   */
  static EnumSet<Objective> in(String text) {
    EnumSet<Objective> found = EnumSet.noneOf(Objective.class);
    int n = text.length();
    // Candidates are found with String.indexOf, which scans many characters an instruction, one
    // first letter at a time; next[k] is the next place of the k-th letter at or after i, -1 when
    // there is none, and NOT_SEARCHED before the first search.
    char[] letters = STEM_STARTS.firstLetters;
    int[] next = new int[letters.length];
    Arrays.fill(next, NOT_SEARCHED);
    int i = 0;
    while (i < n) {
      int candidate = -1;
      for (int k = 0; k < letters.length; k++) {
        if (next[k] != -1 && next[k] < i) {
          next[k] = text.indexOf(letters[k], i);
        }
        if (next[k] >= 0 && (candidate < 0 || next[k] < candidate)) {
          candidate = next[k];
        }
      }
      if (candidate < 0) {
        break;
      }
      i = candidate;
      if (i + 1 >= n || !STEM_STARTS.isSecond(text.charAt(i + 1))
          || (i > 0 && isLetter(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && isLetter(text.charAt(end))) {
        end++;
      }
      if (!isObjectiveWord(text, i, end)) {
        i = end;
        continue;
      }
      EnumSet<Objective> listed = EnumSet.noneOf(Objective.class);
      int after = readList(text, end, listed);
      if (!followsSdgWord(text, i) && !precedesSdgQualifier(text, after)) {
        found.addAll(listed);
      }
      i = after;
    }
    return found;
  }

  /** {@link Character#isLetter(char)}, without the table look-up for ASCII. */
  private static boolean isLetter(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetter(c);
  }



  /**
   * How the words start: their first letters, and a table of their second letters indexed by
   * character (the stems' letters are all below U+0500); both in either case.
   */
  private static final class Starts {
    /** The first letters, in either case. */
    final char[] firstLetters;
    private final boolean[] second;

    Starts(String[] words) {
      StringBuilder first = new StringBuilder();
      for (String word : words) {
        for (char c : new char[] {word.charAt(0), Character.toUpperCase(word.charAt(0))}) {
          if (first.indexOf(String.valueOf(c)) < 0) {
            first.append(c);
          }
        }
      }
      firstLetters = first.toString().toCharArray();
      second = table(words, 1);
    }

    /** Whether {@code c} may be the second letter of one of the words. */
    boolean isSecond(char c) {
      return c < second.length && second[c];
    }

    private static boolean[] table(String[] words, int at) {
      int size = 0;
      for (String word : words) {
        size = Math.max(size, Character.toUpperCase(word.charAt(at)) + 1);
        size = Math.max(size, word.charAt(at) + 1);
      }
      boolean[] letters = new boolean[size];
      for (String word : words) {
        letters[word.charAt(at)] = true;
        letters[Character.toUpperCase(word.charAt(at))] = true;
      }
      return letters;
    }
  }

  /** Whether an SDG acronym or "sustainable development" stands right before {@code start}. */
  private static boolean followsSdgWord(CharSequence text, int start) {
    int end = start;
    while (end > 0 && isSpace(text.charAt(end - 1))) {
      end--;
    }
    int begin = end;
    while (begin > 0 && end - begin <= 4 && isLetter(text.charAt(begin - 1))) {
      begin--;
    }
    if (begin == 0 || !isLetter(text.charAt(begin - 1))) {
      for (String acronym : SDG_ACRONYMS) {
        if (acronym.length() == end - begin && startsWithIgnoreCase(text, begin, acronym)) {
          return true;
        }
      }
    }
    String before = normalized(text, Math.max(0, end - SUSTAINABLE_DEVELOPMENT.length() - 8), end);
    return before.endsWith(SUSTAINABLE_DEVELOPMENT);
  }

  /**
   * Whether an SDG qualifier, or a parenthesised SDG label, follows a list of numbers that ends
   * at {@code at}.
   */
  private static boolean precedesSdgQualifier(CharSequence text, int at) {
    int p = skipSpaces(text, at);
    if (p < text.length() && text.charAt(p) == '(') {
      int label = skipSpaces(text, p + 1);
      for (String acronym : SDG_ACRONYMS) {
        int end = label + acronym.length();
        if (startsWithIgnoreCase(text, label, acronym)
            && (end == text.length() || !isLetter(text.charAt(end)))) {
          return true;
        }
      }
      p = skipSpaces(text, skipLabel(text, p));
    }
    String after = normalized(text, p, Math.min(text.length(), p + MAX_QUALIFIER + 16));
    for (String qualifier : SDG_QUALIFIERS) {
      if (after.startsWith(qualifier) && (after.length() == qualifier.length()
          || !isLetter(after.charAt(qualifier.length())))) {
        return true;
      }
    }
    return false;
  }

  /** The text between {@code from} and {@code to}, lower case, spaces collapsed, {@code '} quotes. */
  private static String normalized(CharSequence text, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isObjectiveWord(CharSequence text, int start, int end) {
    for (String stem : STEMS) {
      int length = end - start;
      if (length >= stem.length() && length <= stem.length() + MAX_SUFFIX
          && startsWithIgnoreCase(text, start, stem)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithIgnoreCase(CharSequence text, int at, String lowerWord) {
    if (at + lowerWord.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < lowerWord.length(); k++) {
      if (Character.toLowerCase(text.charAt(at + k)) != lowerWord.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Reads "N", "N, N and N", ... after an objective word; returns where scanning resumes. */
  private static int readList(CharSequence text, int from, EnumSet<Objective> found) {
    int p = skipNumberSign(text, skipSpaces(text, from));
    int end = readNumber(text, p, found);
    if (end < 0) {
      return from;
    }
    int last = end;
    while (true) {
      p = skipSpaces(text, last);
      p = skipLabel(text, p);
      p = skipSpaces(text, p);
      int afterSeparator = skipSeparator(text, p);
      if (afterSeparator == p) {
        return last;
      }
      p = skipNumberSign(text, skipSpaces(text, afterSeparator));
      end = readNumber(text, p, found);
      if (end < 0) {
        return last;
      }
      last = end;
    }
  }

  private static int skipSpaces(CharSequence text, int from) {
    int i = from;
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
      i++;
    }
    return i;
  }

  private static int skipNumberSign(CharSequence text, int at) {
    int n = text.length();
    if (at < n && (text.charAt(at) == '#' || text.charAt(at) == '\u2116')) {
      return skipSpaces(text, at + 1);
    }
    if (at + 1 < n && Character.toLowerCase(text.charAt(at)) == 'n') {
      char next = text.charAt(at + 1);
      if (next == '\u00B0' || next == '\u00BA') {
        return skipSpaces(text, at + 2);
      }
      if (next == 'o' && at + 2 < n && text.charAt(at + 2) == '.') {
        return skipSpaces(text, at + 3);
      }
    }
    return at;
  }

  /** Reads a number of one or two digits at {@code at}; returns the end, or -1 if there is none. */
  private static int readNumber(CharSequence text, int at, EnumSet<Objective> found) {
    int n = text.length();
    int i = at;
    int value = 0;
    while (i < n && i - at < 3 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      value = value * 10 + (text.charAt(i) - '0');
      i++;
    }
    int digits = i - at;
    if (digits == 0 || digits > 2 || (i < n && Character.isLetterOrDigit(text.charAt(i)))) {
      return -1;
    }
    if (i + 1 < n && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
      return -1; // "1.5": a decimal or a sub-item, not an objective
    }
    if (value >= 1 && value <= Objective.values().length) {
      found.add(Objective.of(value));
    }
    return i;
  }

  private static int skipLabel(CharSequence text, int at) {
    if (at >= text.length() || text.charAt(at) != '(') {
      return at;
    }
    int limit = Math.min(text.length(), at + 1 + MAX_LABEL);
    for (int i = at + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (c == ')') {
        return i + 1;
      }
      if (c == '(') {
        return at;
      }
    }
    return at;
  }

  private static int skipSeparator(CharSequence text, int at) {
    if (at >= text.length()) {
      return at;
    }
    char c = text.charAt(at);
    if (c == ',' || c == ';' || c == '&' || c == '/') {
      int next = skipSpaces(text, at + 1);
      int afterWord = skipConjunction(text, next);
      return afterWord > next ? afterWord : at + 1;
    }
    return skipConjunction(text, at);
  }

  private static int skipConjunction(CharSequence text, int at) {
    int n = text.length();
    int end = at;
    while (end < n && Character.isLetter(text.charAt(end))) {
      end++;
    }
    if (end == at || end - at > 3) {
      return at;
    }
    for (String word : CONJUNCTIONS) {
      if (word.length() == end - at && startsWithIgnoreCase(text, at, word)) {
        return end;
      }
    }
    return at;
  }
}
