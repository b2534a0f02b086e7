package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.Coded;

/** What kind of instrument or source a {@link Reference} points to. */
public enum ReferenceKind implements Coded {
  /** A global compact or other UN framework (the Global Compact on Refugees). */
  GLOBAL_FRAMEWORK("global-framework"),
  /** A resolution of a UN body. */
  RESOLUTION("resolution"),
  /** A treaty, convention or intergovernmental agreement (ILO conventions, the Paris Agreement). */
  AGREEMENT("agreement"),
  /** A policy package or proposal (the EU Pact on Migration and Asylum). */
  POLICY("policy"),
  /** A law or regulation. */
  LEGISLATION("legislation"),
  /** Research or a study, published or forthcoming. */
  RESEARCH("research"),
  /** A report or other document. */
  REPORT("report"),
  /** A web page or data set. */
  WEBSITE("website"),
  /** Any other source. */
  OTHER("other");

  private final String code;

  ReferenceKind(String code) {
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
  public static ReferenceKind fromCode(String code) {
    return Coded.fromCode(ReferenceKind.class, code);
  }
}
