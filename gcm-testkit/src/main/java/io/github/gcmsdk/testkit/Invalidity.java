package io.github.gcmsdk.testkit;

/**
 * A content rule that a generated document can be made to break, for testing that a validator
 * reports it.
 *
 * <p>These are <b>content rules</b>, which gcm-validation reports (constraints such as
 * {@code @Text}, {@code @Identifier}, {@code @LanguageTag}, {@code @Url},
 * {@code @EndNotBeforeStart}, and the cross-reference rules of a document). The model itself does
 * not reject them: every broken document still builds, exactly as a reader builds what a file
 * holds. A document generated with an {@code Invalidity} breaks exactly that one rule, at exactly
 * one place, and is valid in every other respect; {@link GeneratedDocument#getPointer()} says
 * where, and {@link #getCode()} names the problem gcm-validation reports there.
 */
public enum Invalidity {

  /**
   * A text that must not be blank is empty or white space only ({@code ""}, spaces, no-break or
   * em spaces, but no control character): the document title, a section heading, a reference
   * title, or the text of a finding, recommendation, practice, figure or open question
   * ({@code @Text}).
   */
  BLANK_TEXT("GCM-V001"),

  /**
   * Two objects of the document have the same identifier: a section or item takes the id of
   * another. The object changed is never a figure or reference that is cited, so no citation is
   * left dangling. It comes after the other in document order (the order files are written in),
   * so the pointer is that of the second occurrence, the one a validator reports.
   */
  DUPLICATE_ID("GCM-V009"),

  /**
   * A finding, recommendation or practice cites a reference id (well formed) that no reference of
   * the document has.
   */
  DANGLING_REFERENCE_ID("GCM-V011"),

  /** A finding or practice cites a figure id (well formed) that no figure of the document has. */
  DANGLING_FIGURE_ID("GCM-V010"),

  /**
   * A recommendation is anchored on nothing: its lists of objectives, principles and themes are
   * empty and it is not marked {@code allObjectives}, and the sections that enclose it (whose
   * objectives its items inherit) have no objectives and are not marked {@code allObjectives}. Texts that name an
   * objective may then be reported as information ({@code GCM-V016}), never as an error.
   */
  RECOMMENDATION_WITHOUT_OBJECTIVE("GCM-V012"),

  /**
   * A date range ends before it starts, whatever the precision of its dates: the review's period
   * or a practice's period ({@code @EndNotBeforeStart}).
   */
  DATE_RANGE_REVERSED("GCM-V007"),

  /**
   * The document's language is not a valid BCP 47 tag with a known language ({@code "english"},
   * {@code "en_GB"}, {@code "und"}, {@code "x-klingon"}, {@code "zz"}; {@code @LanguageTag}).
   */
  BAD_LANGUAGE_TAG("GCM-V005"),

  /**
   * The document's or a reference's URL is not an absolute {@code http(s)} address with a host
   * ({@code "www.un.org/migration"}, {@code "ftp://..."}, {@code "https://"}; {@code @Url}).
   */
  BAD_URL("GCM-V006"),

  /**
   * A section's or item's own identifier is malformed: a space, a slash, a non-ASCII letter, a
   * leading hyphen, or more than 100 characters ({@code @Identifier}). The object changed is
   * never a cited figure or reference.
   */
  BAD_IDENTIFIER("GCM-V004"),

  /**
   * A text is longer than allowed: more than 10,000 code points for a paragraph (a finding,
   * recommendation, practice description, figure description or question), more than 500 for a
   * one-line text (the document title, a heading, a practice or reference title); made of
   * sentences and spaces only ({@code @Text(max)}).
   */
  TEXT_TOO_LONG("GCM-V003"),

  /**
   * The review names a catalogued regional review and a commission that is not the review's
   * ({@code "eca-2024"} with {@code "ece"}). A document without a regional review gets one, with
   * the regional-review process and no period, so that the commission is the one disagreement.
   * The member-State check (GCM-V015) is then not made, so no country is reported.
   */
  REVIEW_INCONSISTENT("GCM-V021"),

  /**
   * A finding, recommendation or practice cites a footnote id (well formed) that no footnote of
   * the document has.
   */
  DANGLING_FOOTNOTE_ID("GCM-V023");

  // GCM-V015 and GCM-V022 are warnings and information, not invalidities: a country outside the
  // region may be right, and Kosovo (XK) is no error at all. faultyDocuments() makes them fire.

  private final String code;

  Invalidity(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code of the problem that gcm-validation reports for this broken rule, at
   * the document's {@linkplain GeneratedDocument#getPointer() pointer}: {@code "GCM-V009"} for
   * {@link #DUPLICATE_ID}.
   *
   * @return the problem code
   */
  public String getCode() {
    return code;
  }
}
