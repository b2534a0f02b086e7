package io.github.gcmsdk.testkit.internal;

import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.RegionalCommission;
import io.github.gcmsdk.catalog.RegionalReview;
import io.github.gcmsdk.catalog.SubRegion;
import io.github.gcmsdk.catalog.Theme;
import io.github.gcmsdk.model.DateRange;
import io.github.gcmsdk.model.Figure;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.PromisingPractice;
import io.github.gcmsdk.model.Reference;
import io.github.gcmsdk.model.Review;
import io.github.gcmsdk.model.ReviewProcess;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.testkit.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds one valid {@link StakeholderInput}: ids unique and kebab-case, every cited figure and
 * reference present, every recommendation with an objective, ranges in order, countries from the
 * region of the review (the UNECE members for {@code ece-2020}), language tags from
 * {@link Lang#TAGS}, {@code https} URLs.
 *
 * <p>It draws in two passes: first the sections' outline with their figures and references, then
 * the findings, recommendations and practices, which cite the figures and references of the whole
 * document.
 *
 * <p>Not part of the API; it may change without notice. Not thread-safe: one builder per document.
 */
public final class DocumentBuilder {

  private static final List<Objective> OBJECTIVES = List.of(Objective.values());
  private static final List<Theme> THEMES = List.of(Theme.values());
  private static final List<SubRegion> SUB_REGIONS = List.of(SubRegion.values());
  private static final List<RegionalReview> REVIEWS = List.of(RegionalReview.values());
  private static final List<String> EN_GENERAL_IDS = List.of(
      "intro", "implementation", "going-forward", "partnerships", "cooperation", "overview");

  private final Source s;
  private final int minSections;
  private final int maxSections;
  private final int minItems;
  private final int maxItems;
  private final int maxDepth;
  private final boolean extensions;

  private final IdRegistry ids = new IdRegistry();
  private final List<String> figureIds = new ArrayList<>();
  private final List<String> referenceIds = new ArrayList<>();
  private Composer composer;

  /** The outline of a section, drawn in the first pass. */
  private static final class Draft {
    String id;
    String label;
    String heading;
    List<Objective> objectives = List.of();
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
   * Creates a builder.
   *
   * @param s the source
   * @param minSections the fewest top-level sections
   * @param maxSections the most top-level sections
   * @param minItems the fewest items of each kind per section
   * @param maxItems the most items of each kind per section
   * @param maxDepth the most levels of sections, at least 1
   * @param extensions whether objects may carry extensions
   */
  public DocumentBuilder(Source s, int minSections, int maxSections, int minItems, int maxItems,
      int maxDepth, boolean extensions) {
    this.s = s;
    this.minSections = minSections;
    this.maxSections = maxSections;
    this.minItems = minItems;
    this.maxItems = maxItems;
    this.maxDepth = maxDepth;
    this.extensions = extensions;
  }

  /**
   * Builds the document.
   *
   * @return the valid document
   */
  public StakeholderInput build() {
    Review review = null;
    List<Country> pool = Composer.WORLD;
    boolean subRegions = false;
    String forum;
    String idBase;
    int kind = s.nextInt(20);
    if (kind < 16) {
      RegionalReview regional = s.chance(0.5) ? RegionalReview.ECE_2020 : s.pick(REVIEWS);
      RegionalCommission commission = regional.getCommission();
      pool = Composer.countriesOf(commission);
      subRegions = commission == RegionalCommission.ECE;
      Review.Builder b = Review.builder()
          .process(ReviewProcess.REGIONAL_REVIEW)
          .regionalReview(regional)
          .commission(commission)
          .period(DateRange.of(
              PartialDate.of(regional.getStartDate()), PartialDate.of(regional.getEndDate())));
      if (subRegions && s.chance(0.5)) {
        b.subRegions(distinct(SUB_REGIONS, 1, 3));
      }
      review = b.build();
      forum = (subRegions ? "UN" : "") + commission.getAcronym() + " regional review "
          + regional.getStartDate().getYear();
      idBase = regional.getCode() + "-stakeholder-input";
    } else if (kind < 18) {
      review = Review.builder()
          .process(ReviewProcess.IMRF)
          .title("International Migration Review Forum 2022")
          .period(DateRange.of(PartialDate.of(LocalDate.of(2022, 5, 17)),
              PartialDate.of(LocalDate.of(2022, 5, 20))))
          .build();
      forum = "International Migration Review Forum 2022";
      idBase = "imrf-2022-stakeholder-input";
    } else if (kind < 19) {
      Country country = s.pick(Composer.WORLD);
      pool = List.of(country);
      review = Review.builder()
          .process(ReviewProcess.NATIONAL_REVIEW)
          .addCountry(country)
          .period(Composer.dateRange(s, 2019, 2024))
          .build();
      forum = "national review of " + country.getDisplayName(Locale.ENGLISH);
      idBase = "national-review-" + country.getAlpha2().toLowerCase(Locale.ROOT);
    } else {
      forum = "GCM review";
      idBase = "stakeholder-input";
    }
    String docId = ids.claim(s.chance(0.5) ? idBase : idBase + "-" + s.between(2, 99));
    String tag = s.pick(Lang.TAGS);
    Lang lang = Lang.ofTag(tag);
    composer = new Composer(s, lang, pool, subRegions, ids, figureIds, referenceIds,
        extensions ? 0.15 : 0.0);
    if (review != null && extensions) {
      review = review.withExtensions(composer.maybeExtensions());
    }

    // First pass: document-level figures and references, and the outline of the sections.
    List<Figure> docFigures = new ArrayList<>();
    int n = s.chance(0.3) ? s.between(1, 2) : 0;
    for (int i = 1; i <= n; i++) {
      docFigures.add(composer.figure("", i));
    }
    List<Reference> docReferences = new ArrayList<>();
    n = s.chance(0.5) ? s.between(1, 3) : 0;
    for (int i = 0; i < n; i++) {
      docReferences.add(composer.reference());
    }
    boolean labelled = s.chance(0.5);
    List<Draft> drafts = new ArrayList<>();
    int sections = s.between(minSections, maxSections);
    for (int i = 0; i < sections; i++) {
      drafts.add(outline(1, labelled ? Vocabulary.roman(i) : null));
    }

    // Second pass: the items that cite, then the sections.
    StakeholderInput.Builder b = StakeholderInput.builder()
        .id(docId)
        .title(Vocabulary.documentTitle(lang, forum))
        .language(tag);
    if (review != null) {
      b.review(review);
      review.getPeriod().ifPresent(p -> b.date(
          PartialDate.ofMonth(p.getStart().getYear(), p.getStart().getEarliestDay().getMonthValue())));
    } else if (s.chance(0.5)) {
      b.date(Composer.partialDate(s, 2018, 2024));
    }
    if (s.chance(0.6)) {
      b.url(s.pick(KnownReferences.URL_BASES) + docId);
    }
    int contributors = s.between(1, 4);
    for (int i = 0; i < contributors; i++) {
      b.addContributor(composer.actor());
    }
    for (Draft draft : drafts) {
      b.addSection(complete(draft));
    }
    b.figures(docFigures).references(docReferences);
    n = s.chance(0.3) ? s.between(1, 2) : 0;
    for (int i = 1; i <= n; i++) {
      b.addOpenQuestion(composer.question("", i));
    }
    return b.extensions(composer.maybeExtensions()).build();
  }

  /**
   * Builds a section tree alone, as {@code sections(depth)} gives it: its items cite only the
   * figures and references in the tree.
   *
   * @return the section
   */
  public Section buildSection() {
    composer = new Composer(s, Vocabulary.anyLang(s), Composer.WORLD, true, ids, figureIds,
        referenceIds, extensions ? 0.15 : 0.0);
    return complete(outline(1, null));
  }

  /**
   * Returns a new top-level section that can host any invalidity: a finding with an id, a
   * recommendation and a practice with a period. Call after {@link #build()}.
   *
   * @return the section
   */
  public Section hostSection() {
    Lang lang = composer.lang();
    String id = ids.claim(lang == Lang.EN ? "going-forward" : "part-host");
    Finding finding = composer.finding(id, 1);
    if (finding.getId().isEmpty()) {
      finding = finding.withId(composer.itemId(id, "finding", 1));
    }
    PromisingPractice practice = composer.practice(id, 1, List.of());
    if (practice.getPeriod().isEmpty()) {
      practice = practice.withPeriod(Composer.dateRange(s, 2015, 2024));
    }
    return Section.builder()
        .id(id)
        .heading(Vocabulary.generalHeading(s, lang))
        .addFinding(finding)
        .addRecommendation(composer.recommendation(id, 1, List.of()))
        .addPractice(practice)
        .build();
  }

  private Draft outline(int level, String label) {
    Draft d = new Draft();
    d.label = label;
    Lang lang = composer.lang();
    int kind = s.nextInt(20);
    if (kind < 11) {
      Objective objective = s.pick(OBJECTIVES);
      List<Objective> objectives = new ArrayList<>();
      objectives.add(objective);
      if (s.chance(0.2)) {
        Objective other = s.pick(OBJECTIVES);
        if (other != objective) {
          objectives.add(other);
        }
      }
      d.objectives = List.copyOf(objectives);
      d.heading = Vocabulary.objectiveHeading(s, lang, objective);
      d.id = ids.claim("obj" + objective.getCode());
    } else if (kind < 16) {
      Theme theme = s.pick(THEMES);
      d.themes = List.of(theme);
      d.heading = Vocabulary.themeHeading(theme);
      d.id = ids.claim(theme.getCode());
    } else {
      d.heading = Vocabulary.generalHeading(s, lang);
      d.id = ids.claim(lang == Lang.EN ? s.pick(EN_GENERAL_IDS) : "part-" + level);
    }
    int figures = s.chance(0.4) ? s.between(minItems, maxItems) : minItems;
    for (int i = 1; i <= figures; i++) {
      d.figures.add(composer.figure(d.id, i));
    }
    int references = s.chance(0.4) ? s.between(minItems, maxItems) : minItems;
    for (int i = 0; i < references; i++) {
      d.references.add(composer.reference());
    }
    d.findings = s.between(minItems, maxItems);
    d.recommendations = s.between(minItems, maxItems);
    d.practices = s.chance(0.5) ? s.between(minItems, maxItems) : minItems;
    d.questions = s.chance(0.2) ? s.between(minItems, maxItems) : minItems;
    if (level < maxDepth && s.chance(level == 1 ? 0.4 : 0.25)) {
      int children = s.between(1, 2);
      for (int i = 0; i < children; i++) {
        d.children.add(outline(level + 1, null));
      }
    }
    return d;
  }

  private Section complete(Draft d) {
    Section.Builder b = Section.builder().id(d.id).heading(d.heading)
        .objectives(d.objectives).themes(d.themes);
    if (d.label != null) {
      b.label(d.label);
    }
    for (int i = 1; i <= d.findings; i++) {
      b.addFinding(composer.finding(d.id, i));
    }
    for (int i = 1; i <= d.recommendations; i++) {
      b.addRecommendation(composer.recommendation(d.id, i, d.objectives));
    }
    for (int i = 1; i <= d.practices; i++) {
      b.addPractice(composer.practice(d.id, i, d.objectives));
    }
    b.figures(d.figures).references(d.references);
    for (int i = 1; i <= d.questions; i++) {
      b.addOpenQuestion(composer.question(d.id, i));
    }
    for (Draft child : d.children) {
      b.addSection(complete(child));
    }
    return b.extensions(composer.maybeExtensions()).build();
  }

  private <T> List<T> distinct(List<T> pool, int min, int max) {
    return Composer.pickDistinct(s, pool, min, max);
  }
}
