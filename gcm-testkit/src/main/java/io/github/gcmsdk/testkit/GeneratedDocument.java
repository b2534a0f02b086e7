package io.github.gcmsdk.testkit;

import io.github.gcmsdk.model.StakeholderInput;
import java.util.Objects;
import java.util.Optional;

/**
 * A generated document together with what was done to it: which rule it breaks, if any, and
 * where.
 *
 * <p>Made by {@link DocumentGenerator#annotated()}. Immutable and thread-safe.
 */
public final class GeneratedDocument {

  private final StakeholderInput document;
  private final Invalidity invalidity;
  private final String pointer;

  private GeneratedDocument(StakeholderInput document, Invalidity invalidity, String pointer) {
    this.document = document;
    this.invalidity = invalidity;
    this.pointer = pointer;
  }

  /**
   * Returns a valid generated document.
   *
   * @param document the document, not null
   * @return the value
   */
  static GeneratedDocument valid(StakeholderInput document) {
    return new GeneratedDocument(Objects.requireNonNull(document, "document"), null, null);
  }

  /**
   * Returns a generated document that breaks one rule.
   *
   * @param document the document, not null
   * @param invalidity the rule broken, not null
   * @param pointer where, not null
   * @return the value
   */
  static GeneratedDocument invalid(
      StakeholderInput document, Invalidity invalidity, String pointer) {
    return new GeneratedDocument(
        Objects.requireNonNull(document, "document"),
        Objects.requireNonNull(invalidity, "invalidity"),
        Objects.requireNonNull(pointer, "pointer"));
  }

  /**
   * Returns the document.
   *
   * @return the document, not null
   */
  public StakeholderInput getDocument() {
    return document;
  }

  /**
   * Returns the rule the document breaks.
   *
   * @return the rule, or empty for a valid document
   */
  public Optional<Invalidity> getInvalidity() {
    return Optional.ofNullable(invalidity);
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of the value that breaks the rule, as gcm-io would write
   * the document: {@code /language}, {@code /sections/0/recommendations/1/objectives},
   * {@code /sections/2/sections/0/findings/0/referenceIds/1}.
   *
   * @return the pointer, or empty for a valid document
   */
  public Optional<String> getPointer() {
    return Optional.ofNullable(pointer);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof GeneratedDocument other
        && document.equals(other.document)
        && invalidity == other.invalidity
        && Objects.equals(pointer, other.pointer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, invalidity, pointer);
  }

  /**
   * Returns the rule and pointer, if any, and the document.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return invalidity == null
        ? "GeneratedDocument{valid, " + document + "}"
        : "GeneratedDocument{" + invalidity + " at " + pointer + ", " + document + "}";
  }
}
