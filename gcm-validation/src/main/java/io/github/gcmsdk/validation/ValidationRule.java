package io.github.gcmsdk.validation;

import io.github.gcmsdk.problem.Excerpt;
import io.github.gcmsdk.problem.Severity;
import io.github.gcmsdk.validation.internal.RuleMessages;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every check gcm-validation makes, each with a stable problem code, a default severity per
 * {@link Profile}, an explanation and a fix hint. This enum is the one list of codes; {@code
 * RULES.md} in the module is generated from it, and a test keeps the two in step.
 *
 * <p>Codes ({@code GCM-V000} to {@code GCM-V023}) are stable across releases and safe to automate
 * on: a code is never reused for another check, and a check never changes its code. Rules
 * {@link #BLANK_TEXT} to {@link #CONSTRAINT_VIOLATED} report Jakarta Bean Validation constraint
 * violations, one code per constraint (by annotation type, and for {@code @Text} by failure);
 * the other rules are document rules that Bean Validation cannot express. {@link #INTERNAL_ERROR}
 * reports a check that failed unexpectedly: validation never throws on a document.
 *
 * <p>Reading problems reported by gcm-io have codes of their own ({@code GCM-J...}); they are not
 * listed here. Unknown country codes, for example, are reading problems: {@link
 * io.github.gcmsdk.catalog.Country} accepts only ISO 3166-1 codes, so no model object can hold one.
 *
 * <p>This enum is immutable and thread-safe. Do not use {@code ordinal()}: use {@link #getCode()}.
 */
public enum ValidationRule {

  /** {@code GCM-V000}: a check failed unexpectedly. */
  INTERNAL_ERROR("GCM-V000", Severity.ERROR, Severity.ERROR, false,
      "A check failed unexpectedly (a defect of gcm-sdk, not of the document); the checks it"
          + " covers were not made, so the document cannot be declared fit."),

  /** {@code GCM-V001}: a text is empty or only white space ({@code @Text}). */
  BLANK_TEXT("GCM-V001", Severity.INFO, Severity.ERROR, true,
      "A text (title, heading, finding, recommendation, description, ...) is empty or only white"
          + " space. Constraint @Text."),

  /** {@code GCM-V002}: a text holds a control character or an unpaired surrogate ({@code @Text}). */
  CONTROL_CHARACTER("GCM-V002", Severity.ERROR, Severity.ERROR, true,
      "A text holds a control character (Unicode Cc) or an unpaired surrogate; one-line texts"
          + " (titles, headings, names) also may not hold line breaks or tabs. Constraint @Text."),

  /** {@code GCM-V003}: a text is longer than allowed ({@code @Text}). */
  TEXT_TOO_LONG("GCM-V003", Severity.ERROR, Severity.ERROR, true,
      "A text is longer than its maximum: 500 code points for one-line texts, 10,000 for"
          + " paragraphs. Constraint @Text."),

  /** {@code GCM-V004}: an id or a cited id is not an identifier ({@code @Identifier}). */
  INVALID_IDENTIFIER("GCM-V004", Severity.ERROR, Severity.ERROR, true,
      "An id, or an id in figureIds or referenceIds, is not 1 to 100 characters from A-Z a-z 0-9"
          + " . _ : - starting with a letter or digit. Constraint @Identifier."),

  /** {@code GCM-V005}: the document's language is not a BCP 47 tag ({@code @LanguageTag}). */
  INVALID_LANGUAGE_TAG("GCM-V005", Severity.ERROR, Severity.ERROR, true,
      "The document's language is not a well-formed BCP 47 tag of a known language (\"en\","
          + " \"fr\", \"es-419\"). Constraint @LanguageTag."),

  /** {@code GCM-V006}: a URL is not an absolute web address ({@code @Url}). */
  INVALID_URL("GCM-V006", Severity.WARNING, Severity.ERROR, true,
      "A url is not an absolute http or https address with a host. Constraint @Url."),

  /** {@code GCM-V007}: a date range ends before it starts ({@code @EndNotBeforeStart}). */
  REVERSED_DATE_RANGE("GCM-V007", Severity.ERROR, Severity.ERROR, true,
      "A period (of the review or of a practice) ends before it starts, at the precision given."
          + " Constraint @EndNotBeforeStart on DateRange."),

  /** {@code GCM-V008}: any other Bean Validation constraint is violated. */
  CONSTRAINT_VIOLATED("GCM-V008", Severity.ERROR, Severity.ERROR, true,
      "A Bean Validation constraint other than the ones above is violated (a constraint added to"
          + " the model later, or by a subclass); the message names it."),

  /** {@code GCM-V009}: two objects of the document share an id. */
  DUPLICATE_ID("GCM-V009", Severity.ERROR, Severity.ERROR, false,
      "Two objects of the document share an id. Ids of sections, findings, recommendations,"
          + " practices, pledges, figures, references, open questions, paragraphs (of the"
          + " document and of section introductions) and footnotes form one namespace across the"
          + " whole document; the second and later uses are reported. A translation's id is not in"
          + " it: it names another document."),

  /** {@code GCM-V010}: a figure id cited does not name a figure of the document. */
  UNRESOLVED_FIGURE_ID("GCM-V010", Severity.WARNING, Severity.ERROR, false,
      "An id in figureIds does not name a figure of the document (figures may be declared at"
          + " document level or in any section)."),

  /** {@code GCM-V011}: a reference id cited does not name a reference of the document. */
  UNRESOLVED_REFERENCE_ID("GCM-V011", Severity.WARNING, Severity.ERROR, false,
      "An id in referenceIds does not name a reference of the document (references may be"
          + " declared at document level or in any section)."),

  /**
   * {@code GCM-V012}: a recommendation is anchored on no objective, guiding principle or theme.
   */
  RECOMMENDATION_WITHOUT_OBJECTIVE("GCM-V012", Severity.WARNING, Severity.ERROR, false,
      "A recommendation is anchored on nothing: it lists no objective, guiding principle or"
          + " theme, is not marked `allObjectives`, and no enclosing section has objectives or is"
          + " marked `allObjectives` (format 2.0: a cross-cutting recommendation tied to"
          + " principles or themes passes). Related objectives do not count: they are links, not"
          + " what the recommendation addresses."),

  /** {@code GCM-V013}: a list names the same entry twice. */
  DUPLICATE_LIST_ENTRY("GCM-V013", Severity.WARNING, Severity.ERROR, false,
      "A list names the same entry twice: an objective, theme, principle, country, sub-region,"
          + " figure id, reference id or footnote id (of sections, findings, recommendations,"
          + " practices, pledges, paragraphs, figures, open questions and actors); also an"
          + " objective listed both as addressed and as related by one recommendation."),

  /** {@code GCM-V014}: two sibling sections address the same objective. */
  OBJECTIVE_IN_SIBLING_SECTIONS("GCM-V014", Severity.INFO, Severity.WARNING, false,
      "Two sections at the same level under the same parent (or two top-level sections) list the"
          + " same objective, so the document treats it in two places."),

  /** {@code GCM-V015}: a country is outside the region of the review. */
  COUNTRY_OUTSIDE_REGION("GCM-V015", Severity.WARNING, Severity.WARNING, false,
      "A country named by the review, a finding, a practice or any actor (contributor,"
          + " addressee, practice actor, pledger, attribution, host, co-organiser, chair) is not a"
          + " member of the regional commission whose review the input feeds: not a member, a"
          + " non-regional member or an associate member, for any of the five commissions. ESCWA's"
          + " unidentified 21st member (Comoros or Djibouti) is not reported; Kosovo is GCM-V022."
          + " Not checked when the commission given and the regional review's disagree"
          + " (GCM-V021)."),

  /** {@code GCM-V016}: the text names an objective the item does not link. */
  OBJECTIVE_MENTIONED_NOT_LINKED("GCM-V016", Severity.INFO, Severity.INFO, false,
      "A text names an objective (\"Objective 7\", \"objectives 6 and 7\", \"objectif 7\","
          + " \"objetivo 7\", \"цель 7\") that is neither in the item's objectives (or related"
          + " objectives) nor in those of an enclosing section; an item or section marked"
          + " `allObjectives` links every objective. Texts checked: headings, findings,"
          + " recommendations, practices, pledges, figures, open questions and section"
          + " introductions; not document paragraphs (they have no objectives to link to) nor"
          + " footnotes. References to the Sustainable"
          + " Development Goals are not objectives (\"SDG 8\", \"objectif 8 de développement"
          + " durable\", \"objetivo 8 de desarrollo sostenible\", \"цель 8 в области"
          + " устойчивого развития\", \"objective 8 of the 2030 Agenda\", \"target 10.7\")."),

  /** {@code GCM-V017}: an actor has neither a stakeholder group nor a name. */
  ACTOR_WITHOUT_IDENTITY("GCM-V017", Severity.INFO, Severity.WARNING, false,
      "A contributor, addressee, practice actor, pledger, finding's attribution, or a review's"
          + " host, co-organiser or chair has neither a stakeholder group nor a name, so it says"
          + " where but not who."),

  /** {@code GCM-V018}: sections are nested too deeply. */
  SECTIONS_TOO_DEEP("GCM-V018", Severity.ERROR, Severity.ERROR, false,
      "Sections are nested more than 16 levels deep; real inputs use three or four."),

  /** {@code GCM-V019}: the document has neither sections nor paragraphs. */
  NO_SECTIONS("GCM-V019", Severity.INFO, Severity.ERROR, false,
      "The document has neither sections nor document-level paragraphs, so it holds no findings,"
          + " recommendations, practices or text."),

  /** {@code GCM-V020}: a section is empty. */
  EMPTY_SECTION("GCM-V020", Severity.INFO, Severity.WARNING, false,
      "A section has no introduction, findings, recommendations, practices, pledges, figures,"
          + " references, open questions or subsections."),

  /** {@code GCM-V021}: the review's process, regional review, commission and period disagree. */
  REVIEW_INCONSISTENT("GCM-V021", Severity.WARNING, Severity.ERROR, false,
      "The review names a catalogued regional review, and its process is not regional-review, its"
          + " commission is not the review's, or its period has no day in common with the review's"
          + " known dates (from its first to its last catalogued event); or it names an"
          + " International Migration Review Forum (forum, without regionalReview), and its process"
          + " is not imrf or its period has no day in common with the forum's known dates. Each"
          + " disagreement is reported at the property that disagrees."),

  /** {@code GCM-V022}: a country is outside every UN member list (Kosovo). */
  COUNTRY_OUTSIDE_UN_MEMBERSHIP("GCM-V022", Severity.INFO, Severity.INFO, false,
      "Where GCM-V015 checks countries, a country is Kosovo (XK), a user-assigned code outside"
          + " every United Nations member list: its membership is not checked (it is neither a"
          + " member nor an error), and UN texts refer to it in the context of Security Council"
          + " resolution 1244 (1999)."),

  /** {@code GCM-V023}: a footnote id cited does not name a footnote of the document. */
  UNRESOLVED_FOOTNOTE_ID("GCM-V023", Severity.WARNING, Severity.ERROR, false,
      "An id in footnoteIds (of a paragraph, finding, recommendation, practice or pledge) does"
          + " not name a footnote of the document (footnotes are declared at document level).");

  private static final Map<String, ValidationRule> BY_CODE = Stream.of(values())
      .collect(Collectors.toUnmodifiableMap(ValidationRule::getCode, Function.identity()));

  private final String code;
  private final Severity draft;
  private final Severity publication;
  private final boolean constraint;
  private final String explanation;

  ValidationRule(String code, Severity draft, Severity publication, boolean constraint,
      String explanation) {
    this.code = code;
    this.draft = draft;
    this.publication = publication;
    this.constraint = constraint;
    this.explanation = explanation;
  }

  /**
   * Obtains a rule from its code.
   *
   * @param code the code, such as {@code "GCM-V012"}, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if no rule has this code
   * @throws NullPointerException if the code is null
   */
  public static ValidationRule fromCode(String code) {
    Objects.requireNonNull(code, "code");
    ValidationRule rule = BY_CODE.get(code);
    if (rule == null) {
      throw new IllegalArgumentException("Unknown code for ValidationRule: \""
          + Excerpt.of(code)
          + "\" (known codes: GCM-V000 to GCM-V" + String.format(Locale.ROOT, "%03d",
              values().length - 1) + ")");
    }
    return rule;
  }

  /**
   * Returns the stable problem code, {@code GCM-V} and three digits.
   *
   * @return the code, not null
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the severity of this rule's problems under a profile, before any change a caller
   * makes.
   *
   * @param profile the profile, not null
   * @return the default severity, not null
   */
  public Severity getDefaultSeverity(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    return profile == Profile.DRAFT ? draft : publication;
  }

  /**
   * Tells whether this rule reports Bean Validation constraint violations (declared on the model)
   * rather than checking the document as a whole.
   *
   * @return true for {@code GCM-V001} to {@code GCM-V008}
   */
  public boolean isConstraintRule() {
    return constraint;
  }

  /**
   * Returns what the rule checks, in English, for documentation.
   *
   * @return the explanation, not null
   */
  public String getExplanation() {
    return explanation;
  }

  /**
   * Returns how to fix a problem of this rule, in English.
   *
   * @return the hint, not null
   */
  public String getHint() {
    return getHint(Locale.ROOT);
  }

  /**
   * Returns how to fix a problem of this rule, in the given language: English, French, Spanish
   * or Russian, and English for any other language.
   *
   * @param locale the language, not null
   * @return the hint, not null
   */
  public String getHint(Locale locale) {
    return RuleMessages.hint(this, locale);
  }
}
