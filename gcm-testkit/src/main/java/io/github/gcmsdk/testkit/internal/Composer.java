package io.github.gcmsdk.testkit.internal;

import io.github.gcmsdk.catalog.Attendance;
import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.EventKind;
import io.github.gcmsdk.catalog.GuidingPrinciple;
import io.github.gcmsdk.catalog.MigrationReviewForum;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.RegionalCommission;
import io.github.gcmsdk.catalog.RegionalReview;
import io.github.gcmsdk.catalog.RoundTable;
import io.github.gcmsdk.catalog.StakeholderGroup;
import io.github.gcmsdk.catalog.SubRegion;
import io.github.gcmsdk.catalog.Theme;
import io.github.gcmsdk.model.Actor;
import io.github.gcmsdk.model.Adoption;
import io.github.gcmsdk.model.AdoptionKind;
import io.github.gcmsdk.model.DateRange;
import io.github.gcmsdk.model.DocumentKind;
import io.github.gcmsdk.model.Event;
import io.github.gcmsdk.model.Figure;
import io.github.gcmsdk.model.FigureQualifier;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.FindingKind;
import io.github.gcmsdk.model.Footnote;
import io.github.gcmsdk.model.OpenQuestion;
import io.github.gcmsdk.model.Paragraph;
import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.Pledge;
import io.github.gcmsdk.model.PromisingPractice;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.Reference;
import io.github.gcmsdk.model.ReferenceKind;
import io.github.gcmsdk.model.RelatedReview;
import io.github.gcmsdk.model.Review;
import io.github.gcmsdk.model.ReviewProcess;
import io.github.gcmsdk.model.ReviewRelation;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.model.Translation;
import io.github.gcmsdk.model.json.JsonValue;
import io.github.gcmsdk.testkit.Source;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one composer of gcm-testkit: it builds documents, sections, items and JSON values, drawing
 * each leaf value through a <b>value policy</b> and a <b>fault policy</b>.
 *
 * <ul>
 *   <li>Values {@link Values#REALISTIC}: texts of {@link Vocabulary} in the document's language,
 *       kebab-case ids unique in the document, citations that resolve, ordered date ranges from
 *       2000 to 2030, countries of the review's region, sibling sections with distinct
 *       objectives, no empty section, texts naming only linked objectives: a document with no
 *       problem at all under gcm-validation's default profile.</li>
 *   <li>Values {@link Values#ANY}: every optional attribute absent or present, texts and ids from
 *       the whole of Unicode ({@link Vocabulary#hostileText}), any years, odd decimals, any
 *       countries, extensions with any member names on every object.</li>
 *   <li>Faults {@code mixed}: realistic values, each with a small chance of being replaced by a
 *       faulty one (see {@code faults.txt}), so that every rule of gcm-validation fires somewhere.
 *       One named {@code Invalidity} is not broken here but by {@link Breaker}, on a realistic
 *       document, where the pointer is known.</li>
 * </ul>
 *
 * <p>Not part of the API; it may change without notice. Not thread-safe: one composer per value
 * being generated, drawing from one {@link Source}.
 */
public final class Composer {

  /** How leaf values are drawn. */
  public enum Values {
    /** Plausible GCM data that breaks no rule. */
    REALISTIC,
    /** Anything the model can hold, from the whole of Unicode. */
    ANY
  }

  private static final List<Objective> OBJECTIVES = List.of(Objective.values());
  private static final List<GuidingPrinciple> PRINCIPLES = List.of(GuidingPrinciple.values());
  private static final List<Theme> THEMES = List.of(Theme.values());
  private static final List<StakeholderGroup> GROUPS = List.of(StakeholderGroup.values());
  /** The UNECE sub-regions, for the UNECE reviews that name sub-regions. */
  private static final List<SubRegion> SUB_REGIONS = List.of(SubRegion.CENTRAL_ASIA,
      SubRegion.SOUTH_CAUCASUS, SubRegion.WESTERN_BALKANS, SubRegion.NORTH_AMERICA,
      SubRegion.EUROPEAN_UNION);
  // Any values also take partners' own codes of the open vocabularies, and every grouping.
  private static final List<Theme> ANY_THEMES = with(THEMES,
      Theme.of("kafala"), Theme.of("free-movement"), Theme.of("health"));
  private static final List<StakeholderGroup> ANY_GROUPS = with(GROUPS,
      StakeholderGroup.of("non-state-actors"), StakeholderGroup.of("diaspora-networks"));
  private static final List<SubRegion> ANY_SUB_REGIONS = with(List.of(SubRegion.values()),
      SubRegion.of("sahel"), SubRegion.of("horn-of-africa"));
  private static final List<RegionalReview> REVIEWS = List.of(RegionalReview.values());
  private static final List<FindingKind> FINDING_KINDS = List.of(FindingKind.values());
  /** The finding kinds format 1.0 had. */
  private static final List<FindingKind> FINDING_KINDS_1_0 = List.of(FindingKind.OBSERVATION,
      FindingKind.CONCERN, FindingKind.VIOLATION, FindingKind.PROGRESS, FindingKind.CHALLENGE);
  private static final List<FigureQualifier> QUALIFIERS = List.of(FigureQualifier.values());
  private static final List<ReferenceKind> REFERENCE_KINDS = with(
      List.of(ReferenceKind.values()), ReferenceKind.of("declaration"));
  private static final List<ReferenceKind> GENERATED_REFERENCE_KINDS =
      List.of(ReferenceKind.REPORT, ReferenceKind.RESEARCH, ReferenceKind.WEBSITE);
  private static final List<Country> ALL_COUNTRIES = List.copyOf(Country.all());
  private static final Country KOSOVO = Country.of("XK");

  /** The 56 UNECE member States, in alpha-2 order. */
  public static final List<Country> ECE_MEMBERS =
      List.copyOf(RegionalCommission.ECE.getMembers());

  /**
   * Countries of the other regions, for documents of their reviews: plausible examples in each
   * region, fixed here so that the data do not depend on the JDK's list of countries. They are
   * not lists of commission members.
   */
  private static final Map<RegionalCommission, List<Country>> REGION_EXAMPLES = Map.of(
      RegionalCommission.ECA, countries("MA ET KE NG SN GH ZA EG TN ML NE"),
      RegionalCommission.ESCWA, countries("JO LB EG MA TN IQ SA AE QA OM"),
      RegionalCommission.ESCAP, countries("TH PH ID BD NP LK VN KH MY IN"),
      RegionalCommission.ECLAC, countries("MX GT HN SV CO EC PE CL AR BR"),
      RegionalCommission.ECE, ECE_MEMBERS);

  /** The countries of all regions: UNECE members, then the other regions' examples. */
  public static final List<Country> WORLD = world();

  /** The property names of the format's types: an any-Unicode extension never takes one. */
  private static final Set<String> PROPERTY_NAMES = Set.of("formatVersion", "id", "title",
      "language", "date", "url", "review", "contributors", "sections", "references", "figures",
      "openQuestions", "process", "regionalReview", "commission", "subRegions", "countries",
      "period", "start", "end", "group", "name", "label", "heading", "objectives", "themes",
      "findings", "recommendations", "practices", "kind", "text", "figureIds", "referenceIds",
      "relatedObjectives", "addressees", "principles", "description", "actors", "cities",
      "outcomes", "value", "outOf", "unit", "qualifier", "statement", "shortTitle", "issuer",
      "place", "identifier", "forthcoming", "note");

  private static final List<String> EN_GENERAL_IDS = List.of(
      "intro", "implementation", "going-forward", "partnerships", "cooperation", "overview");

  private final Source s;
  private final boolean any;
  private final boolean faults;
  private final boolean xNamesOnly;
  private final double extensionRate;
  private final int minSections;
  private final int maxSections;
  private final int minItems;
  private final int maxItems;
  private final int maxDepth;

  private Lang lang;
  private List<Country> pool = WORLD;
  private boolean subRegions = true;
  private boolean regionalPool;
  private final Set<String> taken = new HashSet<>(); // only queried: its order never leaks
  private final List<String> given = new ArrayList<>();
  private final List<String> figureIds = new ArrayList<>();
  private final List<String> referenceIds = new ArrayList<>();
  private final List<String> footnoteIds = new ArrayList<>();
  // whether to draw only what format 1.0 could carry (for migration tests)
  private boolean formatOne;

  private Composer(Source s, Values values, boolean faults, boolean xNamesOnly,
      double extensionRate, int minSections, int maxSections, int minItems, int maxItems,
      int maxDepth) {
    this.s = s;
    this.any = values == Values.ANY;
    this.faults = faults;
    this.xNamesOnly = xNamesOnly;
    this.extensionRate = extensionRate;
    this.minSections = minSections;
    this.maxSections = maxSections;
    this.minItems = minItems;
    this.maxItems = maxItems;
    this.maxDepth = maxDepth;
    this.lang = Lang.EN;
  }

  /**
   * Returns a composer of realistic values without faults.
   *
   * @param s the source
   * @param minSections the fewest top-level sections
   * @param maxSections the most top-level sections
   * @param minItems the fewest items of each kind per section
   * @param maxItems the most items of each kind per section
   * @param maxDepth the most levels of sections, at least 1
   * @param extensions whether objects may carry extensions
   * @return the composer
   */
  public static Composer realistic(Source s, int minSections, int maxSections, int minItems,
      int maxItems, int maxDepth, boolean extensions) {
    return new Composer(s, Values.REALISTIC, false, true, extensions ? 0.15 : 0.0,
        minSections, maxSections, minItems, maxItems, maxDepth);
  }

  /**
   * Returns a composer of realistic values with faults mixed in, or of fault-free ones of the
   * same kind.
   *
   * @param s the source
   * @param faults whether to mix faults in
   * @return the composer
   */
  public static Composer mixed(Source s, boolean faults) {
    return new Composer(s, Values.REALISTIC, faults, true, 0.0, 1, 4, 0, 2, 4);
  }

  /**
   * Returns a composer of any values, from the whole of Unicode.
   *
   * @param s the source
   * @param xNamesOnly whether every extension member name starts with {@code x-}
   * @return the composer
   */
  public static Composer anyValues(Source s, boolean xNamesOnly) {
    return new Composer(s, Values.ANY, false, xNamesOnly, 0.3, 0, 3, 0, 3, 3);
  }

  /**
   * Returns a composer for one stand-alone value: a random language, countries of every region,
   * nothing to cite, no extensions.
   *
   * @param s the source
   * @param maxDepth the most levels of sections
   * @return the composer
   */
  public static Composer standalone(Source s, int maxDepth) {
    Composer composer = realistic(s, 1, 1, 0, 3, maxDepth, false);
    composer.lang = Vocabulary.anyLang(s);
    return composer;
  }

  /**
   * Makes this composer draw only what format 1.0 could carry: none of the properties and codes
   * format 2.0 added.
   *
   * @return this composer
   */
  public Composer formatOne() {
    formatOne = true;
    return this;
  }

  // ================================================================ document

  /** The outline of a section, drawn in the first pass. */
  private static final class Draft {
    String id;
    String label;
    String heading;
    List<Objective> objectives = List.of();
    List<Objective> scope = List.of();
    List<Theme> themes = List.of();
    final List<Figure> figures = new ArrayList<>();
    final List<Reference> references = new ArrayList<>();
    int findings;
    int recommendations;
    int practices;
    int questions;
    final List<Draft> children = new ArrayList<>();
  }

  /**
   * Builds a document. Its figures and references are drawn first (with the sections' outline),
   * so that the items drawn afterwards can cite those of the whole document.
   *
   * @return the document
   */
  public StakeholderInput document() {
    Review review = null;
    String forum = "GCM review";
    String idBase = "stakeholder-input";
    int kind = s.nextInt(20);
    if (kind < 16) {
      RegionalReview regional = s.chance(0.5) ? RegionalReview.ECE_2020 : s.pick(REVIEWS);
      RegionalCommission commission = regional.getCommission();
      pool = REGION_EXAMPLES.get(commission);
      subRegions = commission == RegionalCommission.ECE;
      regionalPool = true;
      // with faults, now and then a commission that is not the review's (GCM-V021)
      RegionalCommission given = fault(3) ? s.pick(List.of(RegionalCommission.values()).stream()
          .filter(c -> c != commission).collect(Collectors.toList())) : commission;
      Review.Builder b = Review.builder().process(ReviewProcess.REGIONAL_REVIEW)
          .regionalReview(regional).commission(given).period(any ? range(2000, 2030)
              : DateRange.of(PartialDate.of(regional.getStartDate()),
                  PartialDate.of(regional.getEndDate())));
      if (subRegions && maybe(0.5)) {
        b.subRegions(some(any ? ANY_SUB_REGIONS : SUB_REGIONS, 1, 3));
      }
      review = b.countries(any || fault(10) ? countries(1, 2) : List.of()).build();
      forum = (subRegions ? "UN" : "") + commission.getAcronym() + " regional review "
          + regional.getStartDate().getYear();
      idBase = regional.getCode() + "-stakeholder-input";
    } else if (kind < 18) {
      Review.Builder b = Review.builder().process(ReviewProcess.IMRF)
          .title(line(() -> "International Migration Review Forum 2022"))
          .period(any ? range(2000, 2030) : DateRange.of(PartialDate.of(LocalDate.of(2022, 5, 17)),
              PartialDate.of(LocalDate.of(2022, 5, 20))));
      if (!formatOne) {
        b.forum(MigrationReviewForum.IMRF_2022);
      }
      review = b.build();
      forum = "International Migration Review Forum 2022";
      idBase = "imrf-2022-stakeholder-input";
    } else if (kind < 19) {
      Country country = s.pick(WORLD);
      pool = List.of(country);
      review = Review.builder().process(ReviewProcess.NATIONAL_REVIEW).addCountry(country)
          .period(range(2019, 2024)).build();
      forum = "national review of " + country.getDisplayName(Locale.ENGLISH);
      idBase = "national-review-" + country.getAlpha2().toLowerCase(Locale.ROOT);
    }
    String docId = id(s.chance(0.5) ? idBase : idBase + "-" + s.between(2, 99));
    String tag = language();
    lang = any ? Vocabulary.anyLang(s) : Lang.ofTag(tag);
    if (review != null) {
      review = review.withExtensions(extensions());
      if (!formatOne) {
        review = reviewOf20(review);
      }
    }
    List<Footnote> footnotes = new ArrayList<>();
    for (int i = 1, n = !formatOne && maybe(0.2) ? count(1, 3) : 0; i <= n; i++) {
      footnotes.add(footnote(i));
    }

    // First pass: document-level figures and references, and the outline of the sections.
    List<Figure> docFigures = new ArrayList<>();
    for (int i = 1, n = maybe(0.3) ? count(1, 2) : 0; i <= n; i++) {
      docFigures.add(figure("", i));
    }
    List<Reference> docReferences = new ArrayList<>();
    for (int i = 0, n = maybe(0.5) ? count(1, 3) : 0; i < n; i++) {
      docReferences.add(reference());
    }
    boolean labelled = s.chance(0.5);
    List<Draft> drafts = new ArrayList<>();
    Set<Objective> siblings = EnumSet.noneOf(Objective.class);
    for (int i = 0, n = fault(3) ? 0 : count(minSections, maxSections); i < n; i++) {
      drafts.add(outline(1, labelled ? Vocabulary.roman(i) : null, List.of(), siblings));
    }

    // Second pass: the items that cite, then the sections.
    String about = forum;
    StakeholderInput.Builder b = StakeholderInput.builder().id(docId)
        .title(line(() -> Vocabulary.documentTitle(lang, about))).language(tag);
    if (review != null) {
      b.review(review);
      if (!any) {
        PartialDate start = review.getPeriod().orElseThrow().getStart();
        b.date(PartialDate.ofMonth(start.getYear(), start.getEarliestDay().getMonthValue()));
      }
    }
    if ((review == null || any) && maybe(0.5)) {
      b.date(date(2018, 2024));
    }
    if (maybe(0.6)) {
      b.url(url(s.pick(Vocabulary.list("url-bases")) + docId));
    }
    for (int i = any ? count(0, 3) : s.between(1, 4); i > 0; i--) {
      b.addContributor(actor());
    }
    if (!formatOne) {
      documentOf20(b);
    }
    for (Draft draft : drafts) {
      b.addSection(complete(draft));
    }
    if (fault(2)) {
      b.addSection(deepChain());
    }
    b.figures(docFigures).references(docReferences);
    for (int i = 1, n = maybe(0.3) ? count(1, 2) : 0; i <= n; i++) {
      b.addOpenQuestion(question("", i, List.of()));
    }
    b.footnotes(footnotes);
    return b.extensions(extensions()).build();
  }

  /**
   * Builds a section tree alone: its items cite only the figures and references in the tree.
   *
   * @return the section
   */
  public Section sectionTree() {
    return complete(outline(1, null, List.of(), EnumSet.noneOf(Objective.class)));
  }

  /**
   * Returns a new top-level section that can host any invalidity: a finding with an id, a
   * recommendation and a practice with a period. Call after {@link #document()}.
   *
   * @return the section
   */
  public Section hostSection() {
    String id = id(lang == Lang.EN ? "going-forward" : "part-host");
    Finding finding = finding(id, 1, List.of());
    if (finding.getId().isEmpty()) {
      finding = finding.withId(itemId(id, "finding", 1));
    }
    PromisingPractice practice = practice(id, 1, List.of());
    if (practice.getPeriod().isEmpty()) {
      practice = practice.withPeriod(range(2015, 2024));
    }
    return Section.builder().id(id).heading(Vocabulary.generalHeading(s, lang))
        .addFinding(finding).addRecommendation(recommendation(id, 1, List.of()))
        .addPractice(practice).build();
  }

  private Draft outline(int level, String label, List<Objective> scope, Set<Objective> siblings) {
    Draft d = new Draft();
    d.label = label != null ? label : any && s.chance(0.5) ? Vocabulary.hostileText(s) : null;
    int kind = s.nextInt(20);
    if (kind < 11) {
      // sibling sections treat distinct objectives (GCM-V014), unless a fault is wanted
      List<Objective> free = new ArrayList<>(OBJECTIVES);
      if (!fault(10)) {
        free.removeAll(siblings);
      }
      Objective objective = s.pick(free.isEmpty() ? OBJECTIVES : free);
      List<Objective> objectives = new ArrayList<>(List.of(objective));
      if (s.chance(0.2)) {
        Objective other = s.pick(free.isEmpty() ? OBJECTIVES : free);
        if (other != objective) {
          objectives.add(other);
        }
      }
      siblings.addAll(objectives);
      d.objectives = List.copyOf(objectives);
      d.heading = line(() -> Vocabulary.objectiveHeading(s, lang, objective));
      d.id = id("obj" + objective.getCode());
    } else if (kind < 16) {
      Theme theme = s.pick(any ? ANY_THEMES : THEMES);
      d.themes = List.of(theme);
      d.heading = line(theme::getTitle);
      d.id = id(theme.getCode());
    } else {
      d.heading = line(() -> Vocabulary.generalHeading(s, lang));
      d.id = id(lang == Lang.EN ? s.pick(EN_GENERAL_IDS) : "part-" + level);
    }
    List<Objective> inner = new ArrayList<>(scope);
    inner.addAll(d.objectives);
    d.scope = List.copyOf(inner);
    for (int i = 1, n = maybe(0.4) ? count(minItems, maxItems) : minItems; i <= n; i++) {
      d.figures.add(figure(d.id, i));
    }
    for (int i = 0, n = maybe(0.4) ? count(minItems, maxItems) : minItems; i < n; i++) {
      d.references.add(reference());
    }
    d.findings = count(minItems, maxItems);
    d.recommendations = count(minItems, maxItems);
    d.practices = maybe(0.5) ? count(minItems, maxItems) : minItems;
    d.questions = maybe(0.2) ? count(minItems, maxItems) : minItems;
    if (level < maxDepth && s.chance(level == 1 ? 0.4 : 0.25)) {
      Set<Objective> children = EnumSet.noneOf(Objective.class);
      for (int i = s.between(1, 2); i > 0; i--) {
        d.children.add(outline(level + 1, null, d.scope, children));
      }
    }
    boolean empty = d.figures.isEmpty() && d.references.isEmpty() && d.findings == 0
        && d.recommendations == 0 && d.practices == 0 && d.questions == 0
        && d.children.isEmpty();
    if (empty && !any && maxItems > 0 && !fault(30)) {
      d.findings = 1; // an empty section is worth a remark (GCM-V020)
    }
    return d;
  }

  private Section complete(Draft d) {
    Section.Builder b = Section.builder().id(d.id).heading(d.heading)
        .objectives(d.objectives).themes(d.themes);
    if (d.label != null) {
      b.label(d.label);
    }
    if (!formatOne) {
      if (maybe(0.05)) {
        b.allObjectives(true);
      }
      if (maybe(0.15)) {
        b.roundTable(s.pick(List.of(RoundTable.values())));
      }
      b.principles(some(PRINCIPLES, 0, s.chance(0.15) ? 1 : 0));
      for (int i = 1, n = maybe(0.2) ? count(1, 2) : 0; i <= n; i++) {
        b.addIntroduction(paragraph(d.id + "-intro", i));
      }
      for (int i = 1, n = maybe(0.15) ? count(1, 2) : 0; i <= n; i++) {
        b.addPledge(pledge(d.id, i, d.scope));
      }
    }
    for (int i = 1; i <= d.findings; i++) {
      b.addFinding(finding(d.id, i, d.scope));
    }
    for (int i = 1; i <= d.recommendations; i++) {
      b.addRecommendation(recommendation(d.id, i, d.scope));
    }
    for (int i = 1; i <= d.practices; i++) {
      b.addPractice(practice(d.id, i, d.scope));
    }
    b.figures(d.figures).references(d.references);
    for (int i = 1; i <= d.questions; i++) {
      b.addOpenQuestion(question(d.id, i, d.scope));
    }
    for (Draft child : d.children) {
      b.addSection(complete(child));
    }
    return b.extensions(extensions()).build();
  }

  /**
   * Sections nested 20 to 100 deep, more than a validator allows (GCM-V018), with no other fault:
   * below that depth, validators need not agree on what else they report.
   */
  private Section deepChain() {
    Section deep = Section.builder().id(claim("deep")).heading("deep")
        .addFinding(Finding.of("x")).build();
    for (int i = s.between(20, 100); i > 0; i--) {
      deep = Section.builder().id(claim("level")).heading("level").addSection(deep).build();
    }
    return deep;
  }

  // =================================================================== items

  /**
   * Returns a finding.
   *
   * @param prefix the section id
   * @param n the finding's number in its section
   * @param scope the objectives of the enclosing sections
   * @return the finding
   */
  public Finding finding(String prefix, int n, List<Objective> scope) {
    Finding.Builder b = Finding.builder();
    if (maybe(0.85)) {
      b.id(itemId(prefix, "finding", n));
    }
    if (maybe(1.0)) {
      b.kind(s.pick(formatOne ? FINDING_KINDS_1_0 : FINDING_KINDS));
    }
    List<Objective> objectives = some(OBJECTIVES, 0, s.chance(0.3) ? 2 : 0);
    b.text(paragraph(() -> Vocabulary.finding(s, lang, linked(scope, objectives))))
        .objectives(objectives)
        .themes(some(any ? ANY_THEMES : THEMES, 0, s.chance(0.3) ? 1 : 0))
        .countries(countries(0, s.chance(0.3) ? 2 : 0));
    if (subRegions && maybe(0.2)) {
      b.subRegions(some(any ? ANY_SUB_REGIONS : SUB_REGIONS, 1, 2));
    }
    b.figureIds(cite(figureIds, 0.3)).referenceIds(cite(referenceIds, 0.3));
    if (!formatOne) {
      label(b::label);
      if (maybe(0.03)) {
        b.allObjectives(true);
      }
      b.principles(some(PRINCIPLES, 0, s.chance(0.15) ? 1 : 0));
      if (maybe(0.1)) {
        b.attribution(actor());
      }
      b.footnoteIds(cite(footnoteIds, 0.2));
    }
    return b.extensions(extensions()).build();
  }

  /**
   * Returns a recommendation with at least one objective (unless a fault is wanted).
   *
   * @param prefix the section id
   * @param n the recommendation's number in its section
   * @param scope the objectives of the enclosing sections, preferred
   * @return the recommendation
   */
  public Recommendation recommendation(String prefix, int n, List<Objective> scope) {
    List<Objective> objectives = new ArrayList<>();
    if (any) {
      objectives.addAll(some(OBJECTIVES, 0, 3));
    } else if (!fault(20)) {
      objectives.add(!scope.isEmpty() && s.chance(0.7) ? s.pick(scope) : s.pick(OBJECTIVES));
      Objective more = s.chance(0.2) ? s.pick(OBJECTIVES) : null;
      if (more != null && !objectives.contains(more)) {
        objectives.add(more);
      }
    }
    List<Objective> related = new ArrayList<>(some(OBJECTIVES, 0, s.chance(0.25) ? 2 : 0));
    if (!any && !fault(10)) {
      related.removeAll(objectives); // addressed and related at once (GCM-V013)
    }
    Recommendation.Builder b = Recommendation.builder()
        .id(itemId(prefix, "rec", n))
        .text(paragraph(() -> Vocabulary.recommendation(s, lang)))
        .objectives(objectives)
        .relatedObjectives(related);
    for (int i = maybe(0.5) ? count(1, 2) : 0; i > 0; i--) {
      b.addAddressee(actor());
    }
    b.principles(some(PRINCIPLES, 0, s.chance(0.3) ? 2 : 0))
        .themes(some(any ? ANY_THEMES : THEMES, 0, s.chance(0.3) ? 1 : 0))
        .referenceIds(cite(referenceIds, 0.25));
    if (!formatOne) {
      label(b::label);
      if (maybe(0.03)) {
        b.allObjectives(true);
      }
      b.footnoteIds(cite(footnoteIds, 0.2));
    }
    return b.extensions(extensions()).build();
  }

  /**
   * Returns a promising practice.
   *
   * @param prefix the section id
   * @param n the practice's number in its section
   * @param scope the objectives of the enclosing sections, preferred
   * @return the practice
   */
  public PromisingPractice practice(String prefix, int n, List<Objective> scope) {
    List<Country> where = countries(0, s.chance(0.6) ? 2 : 0);
    List<String> cities = maybe(0.3) ? List.of(line(() -> s.pick(Vocabulary.list("cities"))))
        : List.of();
    String place = !where.isEmpty() && s.chance(0.5)
        ? where.get(0).getDisplayName(Locale.ENGLISH)
        : cities.isEmpty() ? null : cities.get(0);
    PromisingPractice.Builder b = PromisingPractice.builder()
        .id(itemId(prefix, "practice", n))
        .title(line(() -> Vocabulary.practiceTitle(s, lang, place)))
        .description(paragraph(() -> Vocabulary.practiceDescription(s, lang)));
    for (int i = count(0, 2); i > 0; i--) {
      b.addActor(actor());
    }
    b.countries(where).cities(cities);
    if (maybe(0.5)) {
      b.period(range(2015, 2024));
    }
    List<Objective> objectives = new ArrayList<>();
    if (!scope.isEmpty() && s.chance(0.6)) {
      objectives.add(s.pick(scope));
    } else if (s.chance(0.7)) {
      objectives.add(s.pick(OBJECTIVES));
    }
    b.objectives(any ? some(OBJECTIVES, 0, 3) : objectives)
        .principles(some(PRINCIPLES, 0, s.chance(0.5) ? 2 : 0))
        .themes(some(any ? ANY_THEMES : THEMES, 0, s.chance(0.4) ? 2 : 0));
    for (int i = maybe(0.4) ? count(1, 2) : 0; i > 0; i--) {
      b.addOutcome(paragraph(() -> Vocabulary.outcome(s, lang)));
    }
    b.figureIds(cite(figureIds, 0.3)).referenceIds(cite(referenceIds, 0.3));
    if (!formatOne) {
      label(b::label);
      b.footnoteIds(cite(footnoteIds, 0.2));
    }
    return b.extensions(extensions()).build();
  }

  /**
   * Returns a figure and makes its id citable.
   *
   * @param prefix the section id, or empty at document level
   * @param n the figure's number in its container
   * @return the figure
   */
  public Figure figure(String prefix, int n) {
    String unit = Vocabulary.unit(s, lang);
    Figure.Builder b = Figure.builder().id(itemId(prefix, "fig", n)).unit(line(() -> unit));
    int shape = s.nextInt(3);
    if (any) {
      b.value(decimal());
      if (maybe(0.4)) {
        b.outOf(decimal());
      }
    } else if (shape == 0) {
      int part = s.between(1, 4);
      b.value(BigDecimal.valueOf(part)).outOf(BigDecimal.valueOf(s.between(part + 1, 10)));
    } else {
      b.value(shape == 1 ? BigDecimal.valueOf(s.between(2, 100_000))
          : BigDecimal.valueOf(s.between(1, 9_999), 1));
    }
    if (maybe(1.0)) {
      b.qualifier(s.pick(QUALIFIERS));
    }
    String description = paragraph(() -> Vocabulary.figureDescription(s, lang, unit));
    b.description(description);
    if (maybe(0.4)) {
      b.statement(any ? Vocabulary.hostileText(s) : description + ".");
    }
    b.objectives(some(OBJECTIVES, 0, s.chance(0.5) ? 1 : 0));
    if (!formatOne) {
      if (maybe(0.2)) {
        b.referenceDate(date(2015, 2024));
      }
      if (maybe(0.1)) {
        b.currency(line(() -> s.pick(List.of("USD", "EUR", "CHF"))));
      }
      if (maybe(0.2)) {
        b.source(line(() -> s.pick(Vocabulary.list("issuers"))));
      }
    }
    Figure figure = b.extensions(extensions()).build();
    figureIds.add(figure.getId());
    return figure;
  }

  /**
   * Returns a reference, known or generated, and makes its id citable.
   *
   * @return the reference
   */
  public Reference reference() {
    Reference.Builder b = Reference.builder();
    if (s.chance(0.6)) {
      // slug | title | short title | kind | issuer | date | place | identifier | url | forthcoming
      String[] known = s.pick(Vocabulary.list("known-references")).split(" \\| ");
      b.id(id("ref-" + known[0])).title(line(() -> known[1]));
      optional(known[2], v -> b.shortTitle(line(() -> v)));
      optional(known[3], v -> b.kind(ReferenceKind.valueOf(v)));
      optional(known[4], v -> b.issuer(line(() -> v)));
      optional(known[5], v -> b.date(PartialDate.parse(v)));
      optional(known[6], v -> b.place(line(() -> v)));
      optional(known[7], v -> b.identifier(line(() -> v)));
      optional(known[8], v -> b.url(url(v)));
      boolean forthcoming = Boolean.parseBoolean(known[9]);
      if (forthcoming || any) {
        b.forthcoming(forthcoming || s.chance(0.5));
      }
    } else {
      String issuer = s.pick(Vocabulary.list("issuers"));
      String topic = s.pick(Vocabulary.list("topics"));
      int year = s.between(2015, 2024);
      String slug = slug(issuer) + "-" + slug(topic) + "-" + year;
      b.id(id("ref-" + slug))
          .title(line(() -> issuer + " report on " + topic + " (" + year + ")"))
          .kind(s.pick(any ? REFERENCE_KINDS : GENERATED_REFERENCE_KINDS))
          .issuer(line(() -> issuer))
          .date(any ? date(1, 9999) : s.chance(0.5) ? PartialDate.ofYear(year)
              : PartialDate.ofMonth(year, s.between(1, 12)));
      if (maybe(0.5)) {
        b.url(url(s.pick(Vocabulary.list("url-bases")) + slug));
      }
    }
    if (maybe(0.3)) {
      b.note(paragraph(() -> Vocabulary.finding(s, lang, List.of())));
    }
    Reference reference = b.extensions(extensions()).build();
    referenceIds.add(reference.getId());
    return reference;
  }

  /**
   * Returns an open question.
   *
   * @param prefix the section id, or empty at document level
   * @param n the question's number in its container
   * @param scope the objectives of the enclosing sections
   * @return the question
   */
  public OpenQuestion question(String prefix, int n, List<Objective> scope) {
    OpenQuestion.Builder b = OpenQuestion.builder();
    if (maybe(0.7)) {
      b.id(itemId(prefix, "q", n));
    }
    if (!formatOne) {
      label(b::label);
    }
    return b.text(paragraph(() -> Vocabulary.question(s, lang)))
        .objectives(some(OBJECTIVES, 0, s.chance(0.3) ? 1 : 0))
        .themes(some(any ? ANY_THEMES : THEMES, 0, s.chance(0.3) ? 1 : 0))
        .extensions(extensions())
        .build();
  }

  // ======================================================= format 2.0 parts

  /** Adds to a review what format 2.0 can say of it: events, organisers, symbols, relations. */
  private Review reviewOf20(Review review) {
    Review.Builder b = Review.builder().from(review);
    for (int i = maybe(0.4) ? count(1, 3) : 0; i > 0; i--) {
      Event.Builder event = Event.builder().kind(s.pick(List.of(EventKind.values())));
      if (maybe(0.3)) {
        event.title(line(() -> s.pick(Vocabulary.list("topics"))));
      }
      if (maybe(0.7)) {
        event.dates(range(2019, 2026));
      }
      if (maybe(0.4)) {
        event.venue(line(() -> s.pick(Vocabulary.list("cities"))));
      }
      if (maybe(0.5)) {
        event.attendance(s.pick(List.of(Attendance.values())));
      }
      b.addEvent(event.symbols(symbols()).extensions(extensions()).build());
    }
    for (int i = maybe(0.2) ? 1 : 0; i > 0; i--) {
      b.addHost(actor());
    }
    for (int i = maybe(0.1) ? count(1, 2) : 0; i > 0; i--) {
      b.addCoOrganiser(actor());
    }
    for (int i = maybe(0.1) ? 1 : 0; i > 0; i--) {
      b.addChair(actor());
    }
    b.symbols(symbols());
    for (int i = maybe(0.15) ? count(1, 2) : 0; i > 0; i--) {
      RelatedReview.Builder related = RelatedReview.builder()
          .relation(s.pick(List.of(ReviewRelation.values())));
      if (s.chance(0.5)) {
        related.regionalReview(s.pick(REVIEWS));
      } else if (s.chance(0.5)) {
        related.forum(s.pick(List.of(MigrationReviewForum.values())));
      } else {
        related.title(line(() -> s.pick(Vocabulary.list("topics"))));
      }
      b.addRelatedReview(related.extensions(extensions()).build());
    }
    return b.build();
  }

  /** Adds to a document what format 2.0 can say of it: kind, adoption, languages, preamble. */
  private void documentOf20(StakeholderInput.Builder b) {
    if (maybe(0.4)) {
      b.kind(s.pick(List.of(DocumentKind.values())));
    }
    b.symbols(symbols());
    for (int i = maybe(0.15) ? count(1, 2) : 0; i > 0; i--) {
      Adoption.Builder adoption = Adoption.builder()
          .body(line(() -> s.pick(Vocabulary.list("issuers"))));
      if (maybe(0.7)) {
        adoption.kind(s.pick(List.of(AdoptionKind.values())));
      }
      if (maybe(0.7)) {
        adoption.date(date(2018, 2026));
      }
      if (maybe(0.3)) {
        adoption.symbol(line(() -> "A/RES/76/" + s.between(1, 300)));
      }
      b.addAdoption(adoption.extensions(extensions()).build());
    }
    if (maybe(0.15)) {
      b.workId(id("work"));
      for (int i = count(1, 2); i > 0; i--) {
        Translation.Builder translation = Translation.builder().language(language());
        if (maybe(0.5)) {
          translation.id(id("translation"));
        }
        if (maybe(0.3)) {
          translation.url(url(s.pick(Vocabulary.list("url-bases")) + "translation"));
        }
        b.addTranslation(translation.extensions(extensions()).build());
      }
    }
    for (int i = 1, n = maybe(0.2) ? count(1, 2) : 0; i <= n; i++) {
      b.addParagraph(paragraph("preamble", i));
    }
  }

  /** Returns a paragraph of running text, numbered now and then. */
  private Paragraph paragraph(String prefix, int n) {
    Paragraph.Builder b = Paragraph.builder();
    if (maybe(0.3)) {
      b.id(itemId(prefix, "para", n));
    }
    label(b::label);
    return b.text(paragraph(() -> Vocabulary.finding(s, lang, List.of())))
        .footnoteIds(cite(footnoteIds, 0.2)).extensions(extensions()).build();
  }

  /** Returns a footnote and makes its id citable. */
  private Footnote footnote(int n) {
    Footnote.Builder b = Footnote.builder().id(itemId("", "fn", n));
    if (maybe(0.6)) {
      b.label(line(() -> Integer.toString(n)));
    }
    Footnote footnote = b.text(paragraph(() -> Vocabulary.finding(s, lang, List.of())))
        .extensions(extensions()).build();
    footnoteIds.add(footnote.getId());
    return footnote;
  }

  /** Returns a pledge: who pledges what, for which objectives, maybe for how much. */
  private Pledge pledge(String prefix, int n, List<Objective> scope) {
    Pledge.Builder b = Pledge.builder().id(itemId(prefix, "pledge", n));
    label(b::label);
    b.text(paragraph(() -> Vocabulary.recommendation(s, lang)));
    for (int i = count(1, 2); i > 0; i--) {
      b.addPledger(actor());
    }
    if (maybe(0.1)) {
      b.allObjectives(true);
    } else {
      b.objectives(any ? some(OBJECTIVES, 0, 3)
          : List.of(!scope.isEmpty() && s.chance(0.6) ? s.pick(scope) : s.pick(OBJECTIVES)));
    }
    if (maybe(0.4)) {
      b.amount(any ? decimal() : BigDecimal.valueOf(s.between(1, 1000) * 10_000L))
          .currency(line(() -> s.pick(List.of("USD", "EUR", "CHF"))));
    }
    return b.footnoteIds(cite(footnoteIds, 0.2)).extensions(extensions()).build();
  }

  /** Document symbols, now and then. */
  private List<String> symbols() {
    List<String> symbols = new ArrayList<>();
    for (int i = maybe(0.15) ? count(1, 2) : 0; i > 0; i--) {
      symbols.add(line(() -> "ECE/AC.31/2020/" + s.between(1, 9)));
    }
    return symbols;
  }

  /** Sets a numbered-paragraph label ("12", "12 (b)") now and then. */
  private void label(Consumer<String> set) {
    if (maybe(0.25)) {
      int number = s.between(1, 120);
      set.accept(line(() -> s.chance(0.7) ? Integer.toString(number)
          : number + " (" + (char) ('a' + s.nextInt(6)) + ")"));
    }
  }

  /**
   * Returns an actor: a stakeholder group, a named organisation or both, maybe with places; with
   * faults, now and then neither (GCM-V017).
   *
   * @return the actor
   */
  public Actor actor() {
    Actor.Builder b = Actor.builder();
    boolean anonymous = fault(10);
    boolean group = !anonymous && s.chance(any ? 0.7 : 0.8);
    if (group) {
      b.group(s.pick(any ? ANY_GROUPS : GROUPS));
    }
    if (!anonymous && (any ? s.chance(0.5) : !group || s.chance(0.15))) {
      b.name(line(() -> s.pick(Vocabulary.list("organisations"))));
    }
    b.countries(countries(0, s.chance(0.25) ? 1 : 0));
    if (subRegions && maybe(0.15)) {
      b.subRegions(some(any ? ANY_SUB_REGIONS : SUB_REGIONS, 1, 1));
    }
    return b.extensions(extensions()).build();
  }

  // ============================================================ leaf values

  private boolean fault(int percent) {
    return faults && s.nextInt(100) < percent;
  }

  /** Whether an optional part is present: with probability {@code p}, or one half for any. */
  private boolean maybe(double p) {
    return s.chance(any ? 0.5 : p);
  }

  /** How many: {@code min} to {@code max}; for any values, none about half the time. */
  private int count(int min, int max) {
    if (any) {
      return s.chance(0.45) ? 0 : 1 + s.nextInt(s.nextInt(3) + 1);
    }
    return s.between(min, max);
  }

  /** Sets a known value ("-" for unknown), or for any values, one time in two. */
  private void optional(String value, Consumer<String> set) {
    if (!value.equals("-") && (!any || s.chance(0.5))) {
      set.accept(value);
    }
  }

  /** A one-line text (title, heading, name). */
  private String line(Supplier<String> realistic) {
    if (any) {
      return Vocabulary.hostileText(s);
    }
    if (fault(3)) {
      int kind = s.nextInt(3);
      return kind == 0 ? s.pick(Vocabulary.list("blank"))
          : kind == 1 ? s.pick(Vocabulary.list("control-line")) : "x".repeat(501);
    }
    return realistic.get();
  }

  /** A paragraph (finding, recommendation, description, question). */
  private String paragraph(Supplier<String> realistic) {
    if (any) {
      return Vocabulary.hostileText(s);
    }
    if (fault(4)) {
      int kind = s.nextInt(4);
      return kind == 0 ? s.pick(Vocabulary.list("blank"))
          : kind == 1 ? s.pick(Vocabulary.list("control-paragraph"))
          : kind == 2 ? "y".repeat(10_001)
          : s.pick(Vocabulary.list("unlinked-mention"))
              .replace("{n}", Integer.toString(s.between(1, 23)));
    }
    return realistic.get();
  }

  private static List<Objective> linked(List<Objective> scope, List<Objective> own) {
    List<Objective> linked = new ArrayList<>(scope);
    linked.addAll(own);
    return linked;
  }

  /** Claims a unique identifier: {@code base} if free, else {@code base-2}, {@code base-3}. */
  private String id(String base) {
    if (any) {
      return Vocabulary.hostileText(s);
    }
    if (fault(3)) {
      return s.pick(Vocabulary.list("bad-identifier"));
    }
    if (fault(3) && !given.isEmpty()) {
      return s.pick(given); // a duplicate (GCM-V009)
    }
    return claim(base);
  }

  private String claim(String base) {
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    given.add(id);
    return id;
  }

  private String itemId(String prefix, String kind, int n) {
    return id(prefix.isEmpty() ? kind + "-" + n : prefix + "-" + kind + "-" + n);
  }

  /** Ids of figures or references that an item cites; dangling or malformed with faults. */
  private List<String> cite(List<String> citable, double p) {
    if (any) {
      List<String> ids = new ArrayList<>();
      for (int i = count(0, 3); i > 0; i--) {
        ids.add(Vocabulary.hostileText(s));
      }
      return ids;
    }
    if (fault(8)) {
      return List.of(s.chance(0.3) ? "bad id" : "missing-" + s.nextInt(5));
    }
    if (citable.isEmpty() || !s.chance(p)) {
      return List.of();
    }
    return some(citable, 1, 2);
  }

  private String language() {
    if (any) {
      return s.chance(0.8) ? s.pick(Vocabulary.list("any-language-tag"))
          : Vocabulary.hostileText(s);
    }
    return fault(5) ? s.pick(Vocabulary.list("bad-language-tag")) : s.pick(Lang.TAGS);
  }

  private String url(String realistic) {
    if (any) {
      return "https://example.org/" + Vocabulary.hostileText(s);
    }
    return fault(10) ? s.pick(Vocabulary.list("bad-url")) : realistic;
  }

  private PartialDate date(int minYear, int maxYear) {
    return any ? partialDate(s, 1, 9999) : partialDate(s, minYear, maxYear);
  }

  private DateRange range(int minYear, int maxYear) {
    if (any) {
      DateRange.Builder b = DateRange.builder().start(date(1, 9999));
      if (maybe(0.5)) {
        b.end(date(1, 9999));
      }
      return b.extensions(extensions()).build();
    }
    return fault(10) ? reversedDateRange(s) : dateRange(s, minYear, maxYear);
  }

  /** Countries of the review's region; with faults, now and then one outside it (GCM-V015). */
  private List<Country> countries(int min, int max) {
    if (any) {
      return some(ALL_COUNTRIES, 0, 3);
    }
    List<Country> countries = new ArrayList<>(some(pool, min, max));
    if (fault(10)) {
      countries.add(s.pick(pool == ECE_MEMBERS ? REGION_EXAMPLES.get(RegionalCommission.ECA)
          : ECE_MEMBERS));
    }
    if (regionalPool && fault(3)) {
      countries.add(KOSOVO); // outside every UN member list (GCM-V022)
    }
    return countries;
  }

  /**
   * Returns {@code min} to {@code max} distinct elements of {@code pool} in a random order; for
   * any values, 0 to 3 elements with repeats; with faults, now and then a repeat (GCM-V013).
   */
  private <T> List<T> some(List<T> pool, int min, int max) {
    if (any) {
      List<T> values = new ArrayList<>();
      for (int i = count(min, max); i > 0; i--) {
        values.add(s.pick(pool));
      }
      return values;
    }
    List<T> values = pickDistinct(s, pool, min, max);
    if (!values.isEmpty() && fault(5)) {
      List<T> repeated = new ArrayList<>(values);
      repeated.add(values.get(0));
      return repeated;
    }
    return values;
  }

  private BigDecimal decimal() {
    switch (s.nextInt(6)) {
      case 0:
        return BigDecimal.valueOf(s.nextInt(100_000));
      case 1:
        return BigDecimal.valueOf(s.nextLong() % 1_000_000_000L, s.nextInt(8));
      case 2:
        return new BigDecimal(new BigInteger(60 + s.nextInt(40), new java.util.Random(s.nextLong())),
            s.nextInt(30) - 15);
      case 3:
        return BigDecimal.valueOf(s.nextInt(2000) - 1000, -s.nextInt(20));
      case 4:
        return new BigDecimal("0." + "0".repeat(s.nextInt(10)) + (1 + s.nextInt(9)));
      default:
        return BigDecimal.valueOf(s.nextInt(10), 1 + s.nextInt(3)).negate();
    }
  }

  // ============================================================== extensions

  /**
   * Returns extensions with the composer's probability, otherwise none: realistic ones have
   * distinct {@code x-} names; any ones have any names, but never a property name of the format.
   *
   * @return the extensions, maybe empty; unmodifiable
   */
  public Map<String, JsonValue> extensions() {
    if (extensionRate <= 0.0 || !s.chance(extensionRate)) {
      return Map.of();
    }
    return extensionMembers();
  }

  /**
   * Returns one to three extension members, as {@link #extensions()} describes.
   *
   * @return the extensions, unmodifiable
   */
  public Map<String, JsonValue> extensionMembers() {
    Map<String, JsonValue> map = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(Vocabulary.list("extension-names"));
    for (int i = s.between(1, 3); i > 0; i--) {
      if (!any) {
        map.put(keys.remove(s.nextInt(keys.size())), json(3));
        continue;
      }
      String name = s.chance(0.2) ? memberName() : s.pick(Vocabulary.list("hostile-names"));
      name = xNamesOnly && !name.startsWith("x-") ? "x-" + name : name;
      if (!PROPERTY_NAMES.contains(name)) {
        map.put(name, json(0));
      }
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns a JSON value whose arrays and objects nest at most {@code depth} deep (for any values,
   * at most 3 deep, counting from {@code depth}).
   *
   * @param depth the deepest nesting allowed; 0 gives a scalar (for realistic values)
   * @return the value
   */
  public JsonValue json(int depth) {
    int kind = s.nextInt(10);
    boolean nest = any ? depth < 3 && kind >= 7 : depth > 0 && kind >= 8;
    int next = any ? depth + 1 : depth - 1;
    if (nest && kind % 2 == 0) {
      List<JsonValue> elements = new ArrayList<>();
      for (int i = s.between(0, 3); i > 0; i--) {
        elements.add(json(next));
      }
      return new JsonValue.JsonArray(elements);
    }
    if (nest) {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      List<String> keys = new ArrayList<>(Vocabulary.list("member-names"));
      for (int i = s.between(0, 3); i > 0; i--) {
        members.put(any ? memberName() : keys.remove(s.nextInt(keys.size())), json(next));
      }
      return new JsonValue.JsonObject(members);
    }
    switch (s.nextInt(6)) {
      case 0:
      case 1:
        return JsonValue.of(any ? Vocabulary.hostileText(s) : Vocabulary.anyText(s));
      case 2:
        return JsonValue.of(s.between(-1_000_000, 1_000_000));
      case 3:
        return JsonValue.of(any ? decimal()
            : BigDecimal.valueOf(s.between(-999_999, 999_999), s.between(1, 3)));
      case 4:
        return JsonValue.of(s.chance(0.5));
      default:
        return JsonValue.JsonNull.INSTANCE;
    }
  }

  /** A member name: any text without lone surrogates, which JSON readers reject in names. */
  private String memberName() {
    String name = Vocabulary.hostileText(s);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < name.length()
          && Character.isLowSurrogate(name.charAt(i + 1))) {
        out.append(c).append(name.charAt(++i));
      } else if (!Character.isSurrogate(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  // ================================================================= helpers

  /**
   * Returns {@code min} to {@code max} distinct elements of {@code pool}, in a random order.
   *
   * @param <T> the element type
   * @param s the source
   * @param pool the pool
   * @param min the fewest
   * @param max the most
   * @return the elements
   */
  public static <T> List<T> pickDistinct(Source s, List<T> pool, int min, int max) {
    int count = Math.min(pool.size(), s.between(min, Math.max(min, max)));
    if (count == 0) {
      return List.of();
    }
    if (count * 2 > pool.size()) {
      List<T> copy = new ArrayList<>(pool);
      for (int i = 0; i < count; i++) {
        Collections.swap(copy, i, i + s.nextInt(copy.size() - i));
      }
      return List.copyOf(copy.subList(0, count));
    }
    // Few out of many: draw again on a repeat, without copying the pool.
    List<T> picked = new ArrayList<>(count);
    while (picked.size() < count) {
      T value = pool.get(s.nextInt(pool.size()));
      if (!picked.contains(value)) {
        picked.add(value);
      }
    }
    return List.copyOf(picked);
  }

  /**
   * Returns a date from {@code minYear} to {@code maxYear}, known to the year, month or day: the
   * one date generator of gcm-testkit.
   *
   * @param s the source
   * @param minYear the first year
   * @param maxYear the last year
   * @return the date
   */
  public static PartialDate partialDate(Source s, int minYear, int maxYear) {
    int year = s.between(minYear, maxYear);
    int precision = s.nextInt(10);
    if (precision < 3) {
      return PartialDate.ofYear(year);
    }
    int month = s.between(1, 12);
    if (precision < 6) {
      return PartialDate.ofMonth(year, month);
    }
    return PartialDate.of(LocalDate.of(year, month, 1).plusDays(s.nextInt(28)));
  }

  /**
   * Returns a range whose start is not after its end, in both senses: {@code start.compareTo(end)
   * <= 0}, and the end's latest day is not before the start's earliest day. A quarter of the
   * ranges have no end.
   *
   * @param s the source
   * @param minYear the first year
   * @param maxYear the last year
   * @return the range
   */
  public static DateRange dateRange(Source s, int minYear, int maxYear) {
    PartialDate a = partialDate(s, minYear, maxYear);
    if (s.chance(0.25)) {
      return DateRange.of(a);
    }
    PartialDate b = partialDate(s, minYear, maxYear);
    return a.compareTo(b) <= 0 ? DateRange.of(a, b) : DateRange.of(b, a);
  }

  /**
   * Returns a range that ends before it starts: the end's latest day is before the start's
   * earliest day, whatever the precisions.
   *
   * @param s the source
   * @return the reversed range
   */
  public static DateRange reversedDateRange(Source s) {
    PartialDate end = partialDate(s, 2015, 2022);
    int year = end.getLatestDay().getYear() + s.between(1, 3);
    return DateRange.of(partialDate(s, year, year), end);
  }

  private static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  @SafeVarargs
  private static <T> List<T> with(List<T> known, T... partners) {
    List<T> all = new ArrayList<>(known);
    all.addAll(List.of(partners));
    return List.copyOf(all);
  }

  private static List<Country> countries(String alpha2Codes) {
    List<Country> list = new ArrayList<>();
    for (String code : alpha2Codes.split(" ")) {
      list.add(Country.of(code));
    }
    return List.copyOf(list);
  }

  private static List<Country> world() {
    Set<Country> all = new LinkedHashSet<>(ECE_MEMBERS);
    for (RegionalCommission commission : RegionalCommission.values()) {
      all.addAll(REGION_EXAMPLES.get(commission));
    }
    return List.copyOf(all);
  }
}
