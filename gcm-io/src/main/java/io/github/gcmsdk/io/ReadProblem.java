package io.github.gcmsdk.io;

import io.github.gcmsdk.io.internal.Messages;
import io.github.gcmsdk.problem.Location;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every problem that reading a gcm-sdk JSON file can report, each with a stable code.
 *
 * <p>Codes ({@code GCM-J001} ...) never change meaning once released and are safe to automate on;
 * the messages of a {@link io.github.gcmsdk.problem.Problem} and the texts returned by {@link
 * #getExplanation(Locale)} and {@link #getHint(Locale)} are for people, in English, French, Spanish
 * or Russian, and may be reworded: a locale gives its language ({@code fr-CA} French), any other
 * language English ({@link io.github.gcmsdk.problem.MessageLocales#resolve(Locale)}). {@code
 * FORMAT.md} lists the codes with examples.
 *
 * <p>Problems marked fatal stop reading: a document is never built after them, but the problems
 * found before are kept.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ReadProblem {

  /** The file is not well-formed JSON (fatal). */
  SYNTAX_ERROR("GCM-J001", Severity.ERROR),
  /** The file holds nothing but white space (fatal). */
  EMPTY_INPUT("GCM-J002", Severity.ERROR),
  /** The file is in UTF-16 or UTF-32, not UTF-8 (fatal). */
  UNSUPPORTED_ENCODING("GCM-J003", Severity.ERROR),
  /** A byte sequence is not valid UTF-8 (fatal). */
  INVALID_UTF8("GCM-J004", Severity.ERROR),
  /** The file starts with a UTF-8 byte order mark, which is skipped and not written back. */
  BYTE_ORDER_MARK("GCM-J005", Severity.INFO),

  /** A value has the wrong JSON type, such as a string where a list is expected. */
  WRONG_TYPE("GCM-J010", Severity.ERROR),
  /** A property of the format, or a list element, is {@code null}. */
  NULL_VALUE("GCM-J011", Severity.ERROR),
  /** A required property is missing. */
  MISSING_PROPERTY("GCM-J012", Severity.ERROR),
  /**
   * A property the format does not know (and that does not start with {@code x-}): a
   * {@link Severity#WARNING} when reading leniently, an {@link Severity#ERROR} when reading
   * strictly. The property is kept either way.
   */
  UNKNOWN_PROPERTY("GCM-J013", Severity.WARNING),
  /** An object has the same key twice; the first value is kept. */
  DUPLICATE_KEY("GCM-J014", Severity.ERROR),

  /** A number that is not a GCM objective (1 to 23). */
  UNKNOWN_OBJECTIVE("GCM-J020", Severity.ERROR),
  /**
   * A code that is not in its closed catalogue (a guiding principle, country, regional review and
   * so on), or, in an open vocabulary, a text that is not a code at all ({@code "Labour rights"}).
   */
  UNKNOWN_CODE("GCM-J021", Severity.ERROR),
  /** A date that is not {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, or not a real date. */
  INVALID_DATE("GCM-J022", Severity.ERROR),
  /**
   * A well-formed code that an open vocabulary (themes, sub-regions and regional groupings,
   * stakeholder groups, reference kinds) does not know: the partner's own code, kept as written;
   * the message names the nearest known code.
   */
  PARTNER_CODE("GCM-J023", Severity.INFO),
  /**
   * A partner's own code in an open vocabulary that is so close to a known code that it is likely
   * a misspelling of it ("did you mean ..."); the code is kept as written.
   */
  PARTNER_CODE_LIKE_KNOWN("GCM-J024", Severity.WARNING),

  /** The document has no {@code formatVersion}; it is read as format 2.0. */
  MISSING_FORMAT_VERSION("GCM-J030", Severity.ERROR),
  /** The {@code formatVersion} is not a string of the form {@code "2.0"}. */
  INVALID_FORMAT_VERSION("GCM-J031", Severity.ERROR),
  /** The file was written for a newer minor version of the format; it is read on. */
  NEWER_FORMAT_VERSION("GCM-J032", Severity.WARNING),
  /** The file was written for another major version of the format; it is not read further. */
  UNSUPPORTED_FORMAT_VERSION("GCM-J033", Severity.ERROR),
  /**
   * The file was written for format 1.x; it is upgraded to format 2.0 as it is read ({@link
   * MigrationReport} says what moved where), and written back as 2.0.
   */
  FORMAT_UPGRADED("GCM-J034", Severity.INFO),

  /** The document is larger than {@link ReadLimits#getMaxDocumentSize()} (fatal). */
  DOCUMENT_TOO_LARGE("GCM-J040", Severity.ERROR),
  /** Objects and lists nest deeper than {@link ReadLimits#getMaxNestingDepth()}. */
  NESTING_TOO_DEEP("GCM-J041", Severity.ERROR),
  /** A string is longer than {@link ReadLimits#getMaxStringLength()}. */
  STRING_TOO_LONG("GCM-J042", Severity.ERROR),
  /** A number is longer than {@link ReadLimits#getMaxNumberLength()}. */
  NUMBER_TOO_LONG("GCM-J043", Severity.ERROR),
  /** A property name is longer than {@link ReadLimits#getMaxNameLength()}. */
  NAME_TOO_LONG("GCM-J044", Severity.ERROR),
  /**
   * The document has more problems than {@link ReadLimits#getMaxProblems()}: the problems past
   * the limit are left out of the report and counted, by code, in this one problem, located where
   * the first of them is. Reported with the highest severity of the problems left out.
   */
  PROBLEMS_LEFT_OUT("GCM-J045", Severity.ERROR);

  private static final ReadProblem[] ENUMS = values();

  private final String code;
  private final Severity defaultSeverity;

  ReadProblem(String code, Severity defaultSeverity) {
    this.code = code;
    this.defaultSeverity = defaultSeverity;
  }

  /**
   * Obtains the problem with the given code.
   *
   * @param code a code such as {@code "GCM-J013"}, not null
   * @return the problem, or empty if no reading problem has this code
   */
  public static Optional<ReadProblem> fromCode(String code) {
    Objects.requireNonNull(code, "code");
    for (ReadProblem problem : ENUMS) {
      if (problem.code.equals(code)) {
        return Optional.of(problem);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the stable code, {@code GCM-J} and three digits.
   *
   * @return the code
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the severity the problem is reported with; for {@link #UNKNOWN_PROPERTY} the one of
   * lenient reading.
   *
   * @return the default severity
   */
  public Severity getDefaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Returns what the problem means, in general terms.
   *
   * @param locale the language, not null; English for a language without translation
   * @return the explanation
   */
  public String getExplanation(Locale locale) {
    return Messages.of(locale).text(code + ".explanation");
  }

  /**
   * Returns how problems of this kind are usually fixed; a reported problem may carry a more
   * specific hint.
   *
   * @param locale the language, not null; English for a language without translation
   * @return the hint
   */
  public String getHint(Locale locale) {
    return Messages.of(locale).text(code + ".hint");
  }

  /**
   * Returns the one {@link #PROBLEMS_LEFT_OUT} problem that stands for the problems a report
   * left out past its limit ({@link ReadLimits#getMaxProblems()}): reading uses it, and so does
   * gcm-validation for rule problems, so that a file with a million faults gives a report of a
   * bounded size either way.
   *
   * @param countsByCode how many problems of each code were left out, not null, not empty
   * @param kept how many problems the report kept
   * @param severity the highest severity among those left out, not null
   * @param location where the first of them is, not null
   * @param locale the language of the message, not null
   * @return the problem, with counts listed most first ({@code GCM-J020: 999000, GCM-J010: 2})
   * @throws IllegalArgumentException if no count is given
   */
  public static Problem problemsLeftOut(Map<String, Long> countsByCode, int kept,
      Severity severity, Location location, Locale locale) {
    if (countsByCode.isEmpty()) {
      throw new IllegalArgumentException("no problem was left out");
    }
    List<Map.Entry<String, Long>> counts = new ArrayList<>(countsByCode.entrySet());
    counts.sort(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    StringBuilder listed = new StringBuilder();
    long total = 0;
    for (Map.Entry<String, Long> count : counts) {
      listed.append(listed.length() > 0 ? ", " : "").append(count.getKey()).append(": ")
          .append(count.getValue());
      total += count.getValue();
    }
    Messages messages = Messages.of(locale);
    return Problem.builder()
        .code(PROBLEMS_LEFT_OUT.getCode())
        .severity(severity)
        .location(location)
        .message(messages.text("msg.leftOut", Map.of("count", Long.toString(total),
            "codes", listed.toString(), "max", Integer.toString(kept))))
        .hint(messages.text(PROBLEMS_LEFT_OUT.getCode() + ".hint"))
        .build();
  }
}
