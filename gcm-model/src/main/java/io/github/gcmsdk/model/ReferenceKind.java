package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.OpenCoded;
import java.util.List;

/**
 * What kind of instrument or source a {@link Reference} points to.
 *
 * <p>The catalogue is open ({@link OpenCoded}): {@link #of(String)} also keeps a kind of a
 * partner's own ({@code "declaration"}, {@code "press-release"}), which {@link #isKnown()} tells
 * apart. This class was an enum before format 2.0; its constants, {@code values()}, {@code name()},
 * {@code fromCode} and ordering are kept.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReferenceKind extends OpenCoded<ReferenceKind> {
  /** A global compact or other UN framework (the Global Compact on Refugees). */
  public static final ReferenceKind GLOBAL_FRAMEWORK =
      new ReferenceKind("GLOBAL_FRAMEWORK", "global-framework");
  /** A resolution of a UN body. */
  public static final ReferenceKind RESOLUTION = new ReferenceKind("RESOLUTION", "resolution");
  /** A treaty, convention or intergovernmental agreement (ILO conventions, the Paris Agreement). */
  public static final ReferenceKind AGREEMENT = new ReferenceKind("AGREEMENT", "agreement");
  /** A policy package or proposal (the EU Pact on Migration and Asylum). */
  public static final ReferenceKind POLICY = new ReferenceKind("POLICY", "policy");
  /** A law or regulation. */
  public static final ReferenceKind LEGISLATION = new ReferenceKind("LEGISLATION", "legislation");
  /** Research or a study, published or forthcoming. */
  public static final ReferenceKind RESEARCH = new ReferenceKind("RESEARCH", "research");
  /** A report or other document. */
  public static final ReferenceKind REPORT = new ReferenceKind("REPORT", "report");
  /** A web page or data set. */
  public static final ReferenceKind WEBSITE = new ReferenceKind("WEBSITE", "website");
  /** Any other source. */
  public static final ReferenceKind OTHER = new ReferenceKind("OTHER", "other");

  private static final Entries<ReferenceKind> ENTRIES = new Entries<>("ReferenceKind",
      List.of(GLOBAL_FRAMEWORK, RESOLUTION, AGREEMENT, POLICY, LEGISLATION, RESEARCH, REPORT,
          WEBSITE, OTHER),
      code -> new ReferenceKind(null, code));

  private ReferenceKind(String name, String code) {
    super(code, name);
  }

  @Override
  protected Entries<ReferenceKind> entries() {
    return ENTRIES;
  }

  /**
   * Returns the known kinds, in catalogue order, as the enum's {@code values()} did.
   *
   * @return a new array of the known kinds, not null
   */
  public static ReferenceKind[] values() {
    return ENTRIES.known().toArray(new ReferenceKind[0]);
  }

  /**
   * Returns the known kind whose constant has the given name, as the enum's {@code valueOf} did.
   *
   * @param name the name of the constant, not null
   * @return the kind, not null
   * @throws IllegalArgumentException if no constant has that name
   * @throws NullPointerException if the name is null
   */
  public static ReferenceKind valueOf(String name) {
    return ENTRIES.valueOf(name);
  }

  /**
   * Obtains a kind from its code: the known kind for a known code ({@code "report"}), otherwise a
   * partner's own kind that keeps the code ({@link #isKnown()} false).
   *
   * @param code a well-formed code ({@link OpenCoded#isWellFormed(CharSequence)}), not null
   * @return the kind, not null
   * @throws io.github.gcmsdk.catalog.CatalogException if the code is not well formed
   * @throws NullPointerException if the code is null
   */
  public static ReferenceKind of(String code) {
    return ENTRIES.of(code);
  }

  /**
   * Returns the known entry with the given code.
   *
   * @param code the code, exactly as {@link #getCode()} gives it, not null
   * @return the entry
   * @throws io.github.gcmsdk.catalog.CatalogException if no known entry has that code
   */
  public static ReferenceKind fromCode(String code) {
    return ENTRIES.fromCode(code);
  }
}
