package io.github.gcmsdk.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The ten cross-cutting and interdependent guiding principles of the Global Compact for Migration
 * (A/RES/73/195, paragraph 15 (a) to (j)), in order.
 *
 * <p>Each principle has a letter ({@link #getLetter()}, {@code 'a'} to {@code 'j'}), an official
 * English {@linkplain #getTitle() name} and a {@linkplain #getCode() code} for JSON files.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum GuidingPrinciple implements Coded {

  /** Paragraph 15 (a): People-centred. */
  PEOPLE_CENTRED("people-centred", "People-centred"),
  /** Paragraph 15 (b): International cooperation. */
  INTERNATIONAL_COOPERATION("international-cooperation", "International cooperation"),
  /** Paragraph 15 (c): National sovereignty. */
  NATIONAL_SOVEREIGNTY("national-sovereignty", "National sovereignty"),
  /** Paragraph 15 (d): Rule of law and due process. */
  RULE_OF_LAW_AND_DUE_PROCESS("rule-of-law-and-due-process", "Rule of law and due process"),
  /** Paragraph 15 (e): Sustainable development. */
  SUSTAINABLE_DEVELOPMENT("sustainable-development", "Sustainable development"),
  /** Paragraph 15 (f): Human rights. */
  HUMAN_RIGHTS("human-rights", "Human rights"),
  /** Paragraph 15 (g): Gender-responsive. */
  GENDER_RESPONSIVE("gender-responsive", "Gender-responsive"),
  /** Paragraph 15 (h): Child-sensitive. */
  CHILD_SENSITIVE("child-sensitive", "Child-sensitive"),
  /** Paragraph 15 (i): Whole-of-government approach. */
  WHOLE_OF_GOVERNMENT_APPROACH("whole-of-government-approach", "Whole-of-government approach"),
  /** Paragraph 15 (j): Whole-of-society approach. */
  WHOLE_OF_SOCIETY_APPROACH("whole-of-society-approach", "Whole-of-society approach");

  /** Private cache of all the constants, in letter order. */
  private static final GuidingPrinciple[] ENUMS = GuidingPrinciple.values();

  private static final Map<String, GuidingPrinciple> BY_CODE = CatalogSupport.indexByCode(ENUMS);

  private static final Map<String, GuidingPrinciple> BY_KEY = new HashMap<>();

  static {
    for (GuidingPrinciple principle : ENUMS) {
      CatalogSupport.addKey(BY_KEY, principle.code, principle);
      CatalogSupport.addKey(BY_KEY, principle.title, principle);
    }
  }

  private static final String CATALOG = "GuidingPrinciple";
  private static final String RANGE_HINT = "the GCM has guiding principles (a) to (j)";
  private static final String PARSE_HINT =
      "write the letter, code or name, for example \"a\", \"15(a)\", \"people-centred\" or"
          + " \"People-centred\"";

  private final String code;
  private final String title;

  GuidingPrinciple(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /**
   * Obtains a guiding principle from its letter in paragraph 15.
   *
   * @param letter the letter, {@code 'a'} to {@code 'j'} (lower case, as in the resolution)
   * @return the guiding principle, not null
   * @throws CatalogException if the letter is not one of {@code 'a'} to {@code 'j'}
   */
  public static GuidingPrinciple of(char letter) {
    if (letter < 'a' || letter >= 'a' + ENUMS.length) {
      throw CatalogException.invalidValue(CATALOG, letter, RANGE_HINT);
    }
    return ENUMS[letter - 'a'];
  }

  /**
   * Obtains a guiding principle from its code, such as {@code "people-centred"}, exactly as
   * {@link #getCode()} writes it.
   *
   * @param code the code, not null
   * @return the guiding principle, not null
   * @throws CatalogException if the code is unknown
   * @throws NullPointerException if the code is null
   */
  public static GuidingPrinciple fromCode(String code) {
    Objects.requireNonNull(code, "code");
    GuidingPrinciple principle = BY_CODE.get(code);
    if (principle == null) {
      throw CatalogException.unknownCode(CATALOG, code, CatalogSupport.knownCodes(ENUMS));
    }
    return principle;
  }

  /**
   * Obtains a guiding principle from the forms people write, ignoring case and surrounding spaces:
   *
   * <ul>
   *   <li>the letter, alone or in parentheses, optionally after the paragraph number or {@code
   *       "para"}/{@code "paragraph"} and the number: {@code "a"}, {@code "(a)"}, {@code "15(a)"},
   *       {@code "para 15 (a)"}, {@code "paragraph 15(a)"};
   *   <li>the code or the official name, where spaces and hyphens are interchangeable and the
   *       American spelling "centered" is accepted: {@code "people-centred"}, {@code "People
   *       centered"}, {@code "Whole of government approach"}.
   * </ul>
   *
   * @param text the text to parse, not null
   * @return the guiding principle, not null
   * @throws CatalogException if the text is not understood, or names a letter after {@code 'j'}
   * @throws NullPointerException if the text is null
   */
  public static GuidingPrinciple parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = CatalogSupport.asciiLowerCase(CatalogSupport.strip(text));
    int letter = scanLetter(s);
    if (letter >= 0) {
      if (letter >= 'a' + ENUMS.length) {
        throw CatalogException.invalidValueIn(
            CATALOG, "(" + (char) letter + ")", text, RANGE_HINT);
      }
      return ENUMS[letter - 'a'];
    }
    String key = CatalogSupport.key(s);
    GuidingPrinciple principle = key == null ? null : BY_KEY.get(key);
    if (principle == null) {
      throw CatalogException.cannotParse(CATALOG, text, PARSE_HINT);
    }
    return principle;
  }

  /** Scans "[para[graph][.]] [15] (x)" or "[15] x"; returns the letter, or -1. */
  private static int scanLetter(String s) {
    int n = s.length();
    int i = 0;
    boolean paragraphWord = false;
    if (s.startsWith("paragraph")) {
      i = "paragraph".length();
      paragraphWord = true;
    } else if (s.startsWith("para")) {
      i = "para".length();
      paragraphWord = true;
    }
    if (paragraphWord) {
      if (i < n && s.charAt(i) == '.') {
        i++;
      }
      i = skipSpaces(s, i);
    }
    if (s.startsWith("15", i)) {
      i = skipSpaces(s, i + 2);
    } else if (paragraphWord) {
      return -1; // "para (a)" names no paragraph
    }
    boolean parenthesis = i < n && s.charAt(i) == '(';
    if (parenthesis) {
      i = skipSpaces(s, i + 1);
    }
    if (i >= n || s.charAt(i) < 'a' || s.charAt(i) > 'z') {
      return -1;
    }
    char letter = s.charAt(i);
    i = skipSpaces(s, i + 1);
    if (parenthesis) {
      if (i >= n || s.charAt(i) != ')') {
        return -1;
      }
      i++;
    }
    return i == n ? letter : -1;
  }

  private static int skipSpaces(String s, int from) {
    int i = from;
    while (i < s.length() && CatalogSupport.isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Returns the letter of this principle in paragraph 15.
   *
   * <p><b>Do not use {@code ordinal()} to obtain the letter. Use {@code getLetter()} instead.</b>
   *
   * @return the letter, {@code 'a'} to {@code 'j'}
   */
  public char getLetter() {
    return (char) ('a' + ordinal());
  }

  /**
   * Returns the official English name of the principle, for example {@code "People-centred"} or
   * {@code "Whole-of-government approach"}. The name is display text, not identity.
   *
   * @return the official name, not null
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the code of the principle, for example {@code "people-centred"}.
   *
   * @return the code, not null
   */
  @Override
  public String getCode() {
    return code;
  }
}
