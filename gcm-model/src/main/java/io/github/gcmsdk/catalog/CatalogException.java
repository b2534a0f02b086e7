package io.github.gcmsdk.catalog;

import io.github.gcmsdk.problem.Excerpt;

import java.util.Objects;

/**
 * Thrown when a value, code or text does not name an entry of a catalogue.
 *
 * <p>The message names the catalogue and the rejected input, in the style of {@code java.time}:
 *
 * <pre>
 * Invalid value for Objective: 24 (the GCM has objectives 1 to 23)
 * Cannot parse Objective: "Objective eleven" (write the number, for example "11" or "Objective 11")
 * Unknown code for GuidingPrinciple: "xyz" (known codes: people-centred, ...)
 * </pre>
 *
 * <p>Input is never echoed raw. {@link #getInput()} and the message hold at most the first
 * {@value #MAX_INPUT_LENGTH} code points of the input (followed by {@code "..."} when it was longer),
 * escaped as {@link io.github.gcmsdk.problem.Excerpt} escapes all partner data in messages.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CatalogException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The number of input code points kept by {@link #getInput()}. */
  public static final int MAX_INPUT_LENGTH = 64;

  /** The catalogue name, for example {@code "Objective"}. */
  private final String catalog;

  /** The rejected input, truncated and escaped. */
  private final String input;

  private CatalogException(String catalog, String input, String message) {
    super(message);
    this.catalog = catalog;
    this.input = input;
  }

  /**
   * Returns the name of the catalogue that rejected the input.
   *
   * @return the simple name of the catalogue type, for example {@code "Objective"}, not null
   */
  public String getCatalog() {
    return catalog;
  }

  /**
   * Returns the rejected input, truncated to its first {@value #MAX_INPUT_LENGTH} code points and
   * escaped as described in the class documentation.
   *
   * @return the rejected input, safe to print, not null
   */
  public String getInput() {
    return input;
  }

  // ---------------------------------------------------------------------------------------------
  // Factories used by the catalogues of this package.

  /** {@code Invalid value for Objective: 24 (hint)}; the value is shown without quotes. */
  static CatalogException invalidValue(String catalog, String value, String hint) {
    String shown = escape(value);
    return new CatalogException(
        catalog, shown, "Invalid value for " + catalog + ": " + shown + " (" + hint + ")");
  }

  /** {@code Invalid value for GuidingPrinciple: 'k' (hint)}. */
  static CatalogException invalidValue(String catalog, char value, String hint) {
    String shown = escape(String.valueOf(value));
    return new CatalogException(
        catalog, shown, "Invalid value for " + catalog + ": '" + shown + "' (" + hint + ")");
  }

  /** {@code Invalid value for Objective: 24 in "Objective 24" (hint)}. */
  static CatalogException invalidValueIn(
      String catalog, String value, CharSequence text, String hint) {
    String shown = escape(text);
    return new CatalogException(
        catalog,
        shown,
        "Invalid value for "
            + catalog
            + ": "
            + escape(value)
            + " in \""
            + shown
            + "\" ("
            + hint
            + ")");
  }

  /** {@code Cannot parse Objective: "Objective eleven" (hint)}. */
  static CatalogException cannotParse(String catalog, CharSequence text, String hint) {
    String shown = escape(text);
    return new CatalogException(
        catalog, shown, "Cannot parse " + catalog + ": \"" + shown + "\" (" + hint + ")");
  }

  /** {@code Unknown code for GuidingPrinciple: "xyz" (hint)}. */
  static CatalogException unknownCode(String catalog, CharSequence code, String hint) {
    String shown = escape(code);
    return new CatalogException(
        catalog, shown, "Unknown code for " + catalog + ": \"" + shown + "\" (" + hint + ")");
  }

  /** {@code Malformed code for Theme: "Free movement" (hint)}. */
  static CatalogException malformedCode(String catalog, CharSequence code, String hint) {
    String shown = escape(code);
    return new CatalogException(
        catalog, shown, "Malformed code for " + catalog + ": \"" + shown + "\" (" + hint + ")");
  }

  /** Truncates and escapes untrusted input so that it can be printed (see {@link Excerpt}). */
  static String escape(CharSequence text) {
    return Excerpt.of(text, MAX_INPUT_LENGTH);
  }
}
