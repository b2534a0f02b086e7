package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.Coded;

/** How a {@link Figure}'s value relates to the true quantity ("more than 2,000", "up to 10"). */
public enum FigureQualifier implements Coded {
  /** The value is the quantity. */
  EXACT("exact"),
  /** The value is an estimate ("about", "some"). */
  APPROXIMATELY("approximately"),
  /** The quantity is greater than the value. */
  MORE_THAN("more-than"),
  /** The quantity is the value or greater. */
  AT_LEAST("at-least"),
  /** The quantity is smaller than the value. */
  LESS_THAN("less-than"),
  /** The quantity is the value or smaller. */
  UP_TO("up-to");

  private final String code;

  FigureQualifier(String code) {
    this.code = code;
  }

  @Override
  public String getCode() {
    return code;
  }

  /**
   * Returns the entry with the given code.
   *
   * @param code the code, exactly as {@link #getCode()} gives it, not null
   * @return the entry
   * @throws io.github.gcmsdk.catalog.CatalogException if no entry has that code
   */
  public static FigureQualifier fromCode(String code) {
    return Coded.fromCode(FigureQualifier.class, code);
  }
}
