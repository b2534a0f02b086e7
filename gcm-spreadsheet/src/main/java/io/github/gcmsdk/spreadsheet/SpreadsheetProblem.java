package io.github.gcmsdk.spreadsheet;

import io.github.gcmsdk.problem.Location;
import io.github.gcmsdk.problem.MessageLocales;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import io.github.gcmsdk.problem.internal.MessageTemplate;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Every problem that importing a spreadsheet can report besides those of the JSON reader (which
 * keep their {@code GCM-J} codes), each with a stable code.
 *
 * <p>Codes ({@code GCM-S001} ...) never change meaning once released; messages and hints are for
 * people, in English, French, Spanish or Russian, and may be reworded. Every problem is located by
 * its cell ({@link Location#getCell()}) and by the JSON Pointer of the value the cell maps to.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SpreadsheetProblem {

  /** The file is neither an XLSX workbook nor a zip of CSV files (fatal). */
  NOT_A_WORKBOOK("GCM-S001", Severity.ERROR),
  /** The workbook is protected by a password, so its content is encrypted (fatal). */
  ENCRYPTED("GCM-S002", Severity.ERROR),
  /** The file expands beyond the read limits, as a zip bomb does (fatal). */
  TOO_LARGE("GCM-S003", Severity.ERROR),
  /** The workbook's parts cannot be read: a damaged file (fatal). */
  DAMAGED("GCM-S004", Severity.ERROR),
  /** A sheet that the format does not have; it is not read. */
  UNKNOWN_SHEET("GCM-S010", Severity.WARNING),
  /** A hidden sheet of the format; it is read all the same. */
  HIDDEN_SHEET("GCM-S011", Severity.WARNING),
  /** A column whose header the sheet does not have; it is not read. */
  UNKNOWN_COLUMN("GCM-S012", Severity.WARNING),
  /** Two columns with the same header; the second is not read. */
  DUPLICATE_COLUMN("GCM-S013", Severity.ERROR),
  /** A sheet has more rows than the read limits allow; the rest is not read. */
  TOO_MANY_ROWS("GCM-S014", Severity.ERROR),
  /** A cell holds more text than the read limits allow; it is not read. */
  CELL_TOO_LONG("GCM-S015", Severity.ERROR),
  /** A cell holds a formula; its last computed value is read. */
  FORMULA("GCM-S020", Severity.WARNING),
  /** A cell holds a formula with no computed value, or an error value such as #DIV/0!. */
  NO_VALUE("GCM-S021", Severity.ERROR),
  /** Merged cells: only the first cell of the range holds the value. */
  MERGED_CELLS("GCM-S022", Severity.WARNING),
  /** A row belongs to a row key that no row has. */
  UNKNOWN_PARENT("GCM-S030", Severity.ERROR),
  /** A row belongs to a row of a sheet whose items cannot hold it, or to none where it must. */
  WRONG_PARENT("GCM-S031", Severity.ERROR),
  /** Two rows have the same row key. */
  DUPLICATE_KEY("GCM-S032", Severity.ERROR),
  /** A row that belongs, through its chain of owners, to itself, or nests too deep. */
  UNREACHABLE_ROW("GCM-S033", Severity.ERROR),
  /** The Document sheet has more than one row of data; only the first is read. */
  EXTRA_DOCUMENT_ROW("GCM-S034", Severity.ERROR),
  /** A CSV file is not UTF-8; it is read as Windows-1252. */
  CSV_ENCODING("GCM-S040", Severity.WARNING),
  /** A CSV file is not well formed, such as a quote that never closes. */
  CSV_SYNTAX("GCM-S041", Severity.ERROR);

  private static final String BUNDLE = "io.github.gcmsdk.spreadsheet.messages";

  private final String code;
  private final Severity severity;

  SpreadsheetProblem(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /**
   * Returns the stable code.
   *
   * @return the code, {@code GCM-S001} ...
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the severity the problem is reported with.
   *
   * @return the severity
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * Returns what the problem means: its message with the parameters left out.
   *
   * @param locale the language, not null; English for a language without translation
   * @return the explanation
   */
  public String getExplanation(Locale locale) {
    return text(locale, code + ".message").replaceAll("\\{[A-Za-z]+\\}", "...");
  }

  /**
   * Returns how problems of this kind are usually fixed.
   *
   * @param locale the language, not null; English for a language without translation
   * @return the hint
   */
  public String getHint(Locale locale) {
    return text(locale, code + ".hint");
  }

  /**
   * Makes a problem of this kind.
   *
   * @param cell the cell, {@code Findings!C7}, not null
   * @param pointer the JSON Pointer the cell maps to, not null
   * @param parameters the message's parameters, escaped excerpts of the input, not null
   * @param locale the language, not null
   * @return the problem
   */
  public Problem problem(String cell, String pointer, Map<String, String> parameters,
      Locale locale) {
    return Problem.builder()
        .code(code)
        .severity(severity)
        .location(Location.of(pointer).withCellOnly(cell))
        .message(MessageTemplate.format(text(locale, code + ".message"), parameters))
        .hint(getHint(locale))
        .build();
  }

  private static String text(Locale locale, String key) {
    Locale resolved = MessageLocales.resolve(locale);
    ResourceBundle found = ResourceBundle.getBundle(BUNDLE, resolved);
    // getBundle falls back to the default locale's bundle: English must be the base bundle
    if (!found.getLocale().getLanguage().equals(resolved.getLanguage())) {
      found = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    }
    return found.getString(key);
  }
}
