package io.github.gcmsdk.catalog;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The 23 objectives for safe, orderly and regular migration of the Global Compact for Migration
 * (A/RES/73/195, the list after paragraph 16), in order.
 *
 * <p>Constants are named after the short labels of the Migration Network Hub. Each objective has a
 * number ({@link #getNumber()}, 1 to 23), which is also its {@linkplain #getCode() code} in JSON
 * files, an official English {@linkplain #getTitle() title} and a Hub {@linkplain #getShortLabel()
 * short label}.
 *
 * <p>Use {@link #of(int)} for a number, {@link #fromCode(String)} for a code read from a file and
 * {@link #parse(CharSequence)} for the forms people write ("O11", "Objective 11 – Manage borders").
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Objective implements Coded {

  /** Objective 1: Collect and utilize accurate and disaggregated data (Hub label "Data"). */
  DATA(
      "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
      "Data"),
  /** Objective 2: Minimize the adverse drivers and structural factors (Hub label "Minimize adverse drivers"). */
  MINIMIZE_ADVERSE_DRIVERS(
      "Minimize the adverse drivers and structural factors that compel people to leave their"
          + " country of origin",
      "Minimize adverse drivers"),
  /** Objective 3: Provide accurate and timely information (Hub label "Information provision"). */
  INFORMATION_PROVISION(
      "Provide accurate and timely information at all stages of migration",
      "Information provision"),
  /** Objective 4: Proof of legal identity and adequate documentation (Hub label "Legal identity and documentation"). */
  LEGAL_IDENTITY_AND_DOCUMENTATION(
      "Ensure that all migrants have proof of legal identity and adequate documentation",
      "Legal identity and documentation"),
  /** Objective 5: Pathways for regular migration (Hub label "Regular pathways"). */
  REGULAR_PATHWAYS(
      "Enhance availability and flexibility of pathways for regular migration", "Regular pathways"),
  /** Objective 6: Fair and ethical recruitment and decent work (Hub label "Recruitment and decent work"). */
  RECRUITMENT_AND_DECENT_WORK(
      "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
      "Recruitment and decent work"),
  /** Objective 7: Address and reduce vulnerabilities in migration (Hub label "Reduce vulnerabilities"). */
  REDUCE_VULNERABILITIES(
      "Address and reduce vulnerabilities in migration", "Reduce vulnerabilities"),
  /** Objective 8: Save lives; missing migrants (Hub label "Save lives"). */
  SAVE_LIVES(
      "Save lives and establish coordinated international efforts on missing migrants",
      "Save lives"),
  /** Objective 9: Smuggling of migrants (Hub label "Counter smuggling"). */
  COUNTER_SMUGGLING(
      "Strengthen the transnational response to smuggling of migrants", "Counter smuggling"),
  /** Objective 10: Trafficking in persons (Hub label "Eradicate trafficking"). */
  ERADICATE_TRAFFICKING(
      "Prevent, combat and eradicate trafficking in persons in the context of international"
          + " migration",
      "Eradicate trafficking"),
  /** Objective 11: Manage borders (Hub label "Manage borders"). */
  MANAGE_BORDERS(
      "Manage borders in an integrated, secure and coordinated manner", "Manage borders"),
  /** Objective 12: Screening, assessment and referral (Hub label "Screening and referral"). */
  SCREENING_AND_REFERRAL(
      "Strengthen certainty and predictability in migration procedures for appropriate screening,"
          + " assessment and referral",
      "Screening and referral"),
  /** Objective 13: Migration detention only as a last resort (Hub label "Alternatives to detention"). */
  ALTERNATIVES_TO_DETENTION(
      "Use migration detention only as a measure of last resort and work towards alternatives",
      "Alternatives to detention"),
  /** Objective 14: Consular protection (Hub label "Consular protection"). */
  CONSULAR_PROTECTION(
      "Enhance consular protection, assistance and cooperation throughout the migration cycle",
      "Consular protection"),
  /** Objective 15: Access to basic services (Hub label "Access to basic services"). */
  ACCESS_TO_BASIC_SERVICES(
      "Provide access to basic services for migrants", "Access to basic services"),
  /** Objective 16: Inclusion and social cohesion (Hub label "Inclusion and social cohesion"). */
  INCLUSION_AND_SOCIAL_COHESION(
      "Empower migrants and societies to realize full inclusion and social cohesion",
      "Inclusion and social cohesion"),
  /** Objective 17: Eliminate discrimination (Hub label "Eliminate discrimination"). */
  ELIMINATE_DISCRIMINATION(
      "Eliminate all forms of discrimination and promote evidence-based public discourse to shape"
          + " perceptions of migration",
      "Eliminate discrimination"),
  /** Objective 18: Skills development and recognition (Hub label "Skills development and recognition"). */
  SKILLS_DEVELOPMENT_AND_RECOGNITION(
      "Invest in skills development and facilitate mutual recognition of skills, qualifications"
          + " and competences",
      "Skills development and recognition"),
  /** Objective 19: Migrant and diaspora contributions (Hub label "Migrant and diaspora contributions"). */
  MIGRANT_AND_DIASPORA_CONTRIBUTIONS(
      "Create conditions for migrants and diasporas to fully contribute to sustainable development"
          + " in all countries",
      "Migrant and diaspora contributions"),
  /** Objective 20: Remittances and financial inclusion (Hub label "Remittances"). */
  REMITTANCES(
      "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion"
          + " of migrants",
      "Remittances"),
  /** Objective 21: Return, readmission and reintegration (Hub label "Dignified return and reintegration"). */
  DIGNIFIED_RETURN_AND_REINTEGRATION(
      "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable"
          + " reintegration",
      "Dignified return and reintegration"),
  /** Objective 22: Portability of social security entitlements (Hub label "Social protection"). */
  SOCIAL_PROTECTION(
      "Establish mechanisms for the portability of social security entitlements and earned"
          + " benefits",
      "Social protection"),
  /** Objective 23: International cooperation and global partnerships (Hub label "International cooperation"). */
  INTERNATIONAL_COOPERATION(
      "Strengthen international cooperation and global partnerships for safe, orderly and regular"
          + " migration",
      "International cooperation");

  /** Private cache of all the constants, in number order. */
  private static final Objective[] ENUMS = Objective.values();

  private static final Map<String, Objective> BY_CODE = CatalogSupport.indexByCode(ENUMS);

  private static final String CATALOG = "Objective";
  private static final String RANGE_HINT = "the GCM has objectives 1 to 23";
  private static final String PARSE_HINT =
      "write the number, for example \"11\" or \"Objective 11\"";

  /** Numbers with more digits than this are out of range whatever their value. */
  private static final int MAX_DIGITS = 9;

  private final String title;
  private final String shortLabel;
  private final String code;

  Objective(String title, String shortLabel) {
    this.title = title;
    this.shortLabel = shortLabel;
    this.code = Integer.toString(ordinal() + 1);
  }

  /**
   * Obtains an objective from its number.
   *
   * @param number the objective number, from 1 to 23
   * @return the objective, not null
   * @throws CatalogException if the number is not between 1 and 23, with a message such as
   *     {@code Invalid value for Objective: 24 (the GCM has objectives 1 to 23)}
   */
  public static Objective of(int number) {
    if (number < 1 || number > ENUMS.length) {
      throw CatalogException.invalidValue(CATALOG, Integer.toString(number), RANGE_HINT);
    }
    return ENUMS[number - 1];
  }

  /**
   * Obtains an objective from its code, the decimal number exactly as {@link #getCode()} writes it:
   * {@code "1"} to {@code "23"}, without sign, leading zeros or spaces.
   *
   * @param code the code, not null
   * @return the objective, not null
   * @throws CatalogException if the code is not one of {@code "1"} to {@code "23"}
   * @throws NullPointerException if the code is null
   */
  public static Objective fromCode(String code) {
    Objects.requireNonNull(code, "code");
    Objective objective = BY_CODE.get(code);
    if (objective == null) {
      throw CatalogException.unknownCode(CATALOG, code, "known codes: 1 to 23");
    }
    return objective;
  }

  /**
   * Obtains an objective from the forms people write. Case is ignored, and so are spaces around
   * the text. The number (ASCII digits) may be written:
   *
   * <ul>
   *   <li>alone: {@code "11"};
   *   <li>after {@code "O"}, {@code "#"}, {@code "Obj"}, {@code "Obj."} or {@code "Objective"}, with
   *       or without spaces: {@code "O11"}, {@code "o 11"}, {@code "#11"}, {@code "obj. 11"},
   *       {@code "objective11"}; after {@code "Obj"} and {@code "Objective"} also with a hyphen,
   *       {@code "obj-11"} (but never {@code "O-1"}, which names a visa, not an objective);
   *   <li>followed by a label after a hyphen, en or em dash, colon, full stop or opening
   *       parenthesis: {@code "Objective 11 - borders"}, {@code "Objective 11 – Manage borders"},
   *       {@code "Objective 11: Access"}, {@code "Objective 11 (returns)"}. The label is free text
   *       and is not checked against the title, but it may not start with a digit, so that ranges
   *       and lists ({@code "11-12"}, {@code "Objective 11 12"}) are rejected rather than read as
   *       their first number.
   * </ul>
   *
   * <p>Words for numbers ({@code "eleven"}), plurals ({@code "Objectives 6 and 7"}) and numbers
   * glued to letters ({@code "11a"}) are rejected. The scanner reads the text once, left to right.
   *
   * @param text the text to parse, not null
   * @return the objective, not null
   * @throws CatalogException if the text is not one of these forms, with a message such as
   *     {@code Cannot parse Objective: "Objective eleven" (write the number, ...)}, or if the form
   *     is right but the number is not between 1 and 23 ({@code Invalid value for Objective: 24 in
   *     "Objective 24" (...)})
   * @throws NullPointerException if the text is null
   */
  public static Objective parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String digits = scanNumber(text);
    if (digits == null) {
      throw CatalogException.cannotParse(CATALOG, text, PARSE_HINT);
    }
    int number = digits.length() > MAX_DIGITS ? -1 : Integer.parseInt(digits);
    if (number < 1 || number > ENUMS.length) {
      throw CatalogException.invalidValueIn(CATALOG, digits, text, RANGE_HINT);
    }
    return ENUMS[number - 1];
  }

  /**
   * Obtains an objective from the forms people write, as {@link #parse(CharSequence)} does, but
   * returns an empty optional instead of throwing when the text is not understood.
   *
   * @param text the text to parse, not null
   * @return the objective, or empty if {@link #parse(CharSequence)} would throw a {@link
   *     CatalogException}
   * @throws NullPointerException if the text is null
   */
  public static Optional<Objective> tryParse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String digits = scanNumber(text);
    if (digits == null || digits.length() > MAX_DIGITS) {
      return Optional.empty();
    }
    int number = Integer.parseInt(digits);
    return number < 1 || number > ENUMS.length
        ? Optional.empty()
        : Optional.of(ENUMS[number - 1]);
  }

  /**
   * Scans one of the forms accepted by {@link #parse(CharSequence)}.
   *
   * @return the digits of the number, or null if the text is not such a form
   */
  private static String scanNumber(CharSequence raw) {
    String s = CatalogSupport.asciiLowerCase(CatalogSupport.strip(raw));
    int n = s.length();
    int i = 0;
    if (s.startsWith("objective")) {
      i = skipHyphen(s, skipSpaces(s, "objective".length()));
    } else if (s.startsWith("obj")) {
      i = "obj".length();
      if (i < n && s.charAt(i) == '.') {
        i++;
      }
      i = skipHyphen(s, skipSpaces(s, i));
    } else if (s.startsWith("o") || s.startsWith("#")) {
      i = skipSpaces(s, 1);
    }
    int start = i;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
    }
    if (i == start) {
      return null; // no number: "", "objective", "eleven", "O-1"
    }
    String digits = s.substring(start, i);
    if (i == n) {
      return digits;
    }
    if (Character.isLetterOrDigit(s.charAt(i))) {
      return null; // "11a"
    }
    i = skipSpaces(s, i);
    char separator = s.charAt(i); // the text is stripped, so something follows the spaces
    if ("-\u2013\u2014:.(".indexOf(separator) < 0) {
      return null; // "1 1", "Objective 11 12", "11/12"
    }
    i = skipSpaces(s, i + 1);
    if (i < n && isDigit(s.charAt(i))) {
      return null; // "11-12", "11. 5"
    }
    return digits;
  }

  private static int skipSpaces(String s, int from) {
    int i = from;
    while (i < s.length() && CatalogSupport.isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipHyphen(String s, int from) {
    return from < s.length() && s.charAt(from) == '-' ? skipSpaces(s, from + 1) : from;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Returns the objective number, from 1 to 23.
   *
   * <p><b>Do not use {@code ordinal()} to obtain the numeric representation of an objective. Use
   * {@code getNumber()} instead.</b>
   *
   * @return the objective number, from 1 to 23
   */
  public int getNumber() {
    return ordinal() + 1;
  }

  /**
   * Returns the official English title, word for word from A/RES/73/195, for example {@code
   * "Manage borders in an integrated, secure and coordinated manner"}. The title is display text,
   * not identity: files carry the {@linkplain #getCode() code}.
   *
   * @return the official title, not null
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the short label of the Migration Network Hub, without the number, for example {@code
   * "Manage borders"}.
   *
   * @return the short label, not null
   */
  public String getShortLabel() {
    return shortLabel;
  }

  /**
   * Returns the code of this objective: its number as a decimal string, {@code "1"} to {@code
   * "23"}.
   *
   * @return the code, not null
   */
  @Override
  public String getCode() {
    return code;
  }

  /**
   * Returns the IMRF 2022 round table that covered this objective.
   *
   * @return the round table, not null
   */
  public RoundTable getRoundTable() {
    return RoundTable.of(this);
  }
}
