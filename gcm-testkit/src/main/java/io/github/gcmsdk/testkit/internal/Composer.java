package io.github.gcmsdk.testkit.internal;

import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.GuidingPrinciple;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.RegionalCommission;
import io.github.gcmsdk.catalog.StakeholderGroup;
import io.github.gcmsdk.catalog.SubRegion;
import io.github.gcmsdk.catalog.Theme;
import io.github.gcmsdk.model.Actor;
import io.github.gcmsdk.model.DateRange;
import io.github.gcmsdk.model.Figure;
import io.github.gcmsdk.model.FigureQualifier;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.FindingKind;
import io.github.gcmsdk.model.OpenQuestion;
import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.PromisingPractice;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.Reference;
import io.github.gcmsdk.model.ReferenceKind;
import io.github.gcmsdk.model.json.JsonValue;
import io.github.gcmsdk.testkit.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Composes the model objects of one document (or of one stand-alone value): it knows the
 * document's language, the countries it may name, the identifiers already given out and the
 * figures and references that items may cite.
 *
 * <p>Not part of the API; it may change without notice. Not thread-safe: one composer per value
 * being generated, drawing from one {@link Source}.
 */
public final class Composer {

  private static final List<Objective> OBJECTIVES = List.of(Objective.values());
  private static final List<GuidingPrinciple> PRINCIPLES = List.of(GuidingPrinciple.values());
  private static final List<Theme> THEMES = List.of(Theme.values());
  private static final List<StakeholderGroup> GROUPS = List.of(StakeholderGroup.values());
  private static final List<SubRegion> SUB_REGIONS = List.of(SubRegion.values());
  private static final List<FindingKind> FINDING_KINDS = List.of(FindingKind.values());
  private static final List<FigureQualifier> QUALIFIERS = List.of(FigureQualifier.values());
  private static final List<ReferenceKind> GENERATED_REFERENCE_KINDS =
      List.of(ReferenceKind.REPORT, ReferenceKind.RESEARCH, ReferenceKind.WEBSITE);

  /** The 56 UNECE member States, in alpha-2 order. */
  public static final List<Country> ECE_MEMBERS =
      List.copyOf(RegionalCommission.ECE.getMemberStates().orElseThrow());

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

  private final Source s;
  private final Lang lang;
  private final List<Country> countries;
  private final boolean subRegions;
  private final IdRegistry ids;
  private final List<String> figureIds;
  private final List<String> referenceIds;
  private final double extensionRate;

  /**
   * Creates a composer.
   *
   * @param s the source
   * @param lang the language of texts
   * @param countries the countries items may name
   * @param subRegions whether items may name (UNECE) sub-regions
   * @param ids the identifiers given out so far
   * @param figureIds the figure ids items may cite (may grow while composing)
   * @param referenceIds the reference ids items may cite (may grow while composing)
   * @param extensionRate the probability that an object carries extensions
   */
  public Composer(Source s, Lang lang, List<Country> countries, boolean subRegions,
      IdRegistry ids, List<String> figureIds, List<String> referenceIds, double extensionRate) {
    this.s = s;
    this.lang = lang;
    this.countries = countries;
    this.subRegions = subRegions;
    this.ids = ids;
    this.figureIds = figureIds;
    this.referenceIds = referenceIds;
    this.extensionRate = extensionRate;
  }

  /**
   * Returns a composer for one stand-alone value: a random language, countries of every region,
   * nothing to cite, no extensions.
   *
   * @param s the source
   * @return the composer
   */
  public static Composer standalone(Source s) {
    return new Composer(s, Vocabulary.anyLang(s), WORLD, true, new IdRegistry(),
        new ArrayList<>(), new ArrayList<>(), 0.0);
  }

  /**
   * Returns the example countries of a commission's region (the members, for UNECE).
   *
   * @param commission the commission
   * @return the countries
   */
  public static List<Country> countriesOf(RegionalCommission commission) {
    return REGION_EXAMPLES.get(commission);
  }

  /**
   * Returns the language of texts.
   *
   * @return the language
   */
  public Lang lang() {
    return lang;
  }

  /**
   * Returns the source.
   *
   * @return the source
   */
  public Source source() {
    return s;
  }

  /**
   * Claims a unique identifier built from a prefix, a kind and a number.
   *
   * @param prefix the section id, or empty at document level
   * @param kind the kind ("finding", "rec")
   * @param n the number
   * @return the identifier, unique in the document
   */
  public String itemId(String prefix, String kind, int n) {
    return ids.claim(prefix.isEmpty() ? kind + "-" + n : prefix + "-" + kind + "-" + n);
  }

  /**
   * Claims a unique identifier.
   *
   * @param base the wanted identifier
   * @return it, or it with a numeric suffix
   */
  public String claim(String base) {
    return ids.claim(base);
  }

  // -------------------------------------------------------------------- items

  /**
   * Returns a finding.
   *
   * @param prefix the section id
   * @param n the finding's number in its section
   * @return the finding
   */
  public Finding finding(String prefix, int n) {
    Finding.Builder b = Finding.builder();
    if (s.chance(0.85)) {
      b.id(itemId(prefix, "finding", n));
    }
    b.kind(s.pick(FINDING_KINDS))
        .text(Vocabulary.finding(s, lang))
        .objectives(distinct(OBJECTIVES, 0, s.chance(0.3) ? 2 : 0))
        .themes(distinct(THEMES, 0, s.chance(0.3) ? 1 : 0))
        .countries(distinct(countries, 0, s.chance(0.3) ? 2 : 0));
    if (subRegions && s.chance(0.2)) {
      b.subRegions(distinct(SUB_REGIONS, 1, 2));
    }
    b.figureIds(cite(figureIds, 0.3)).referenceIds(cite(referenceIds, 0.3));
    return b.extensions(maybeExtensions()).build();
  }

  /**
   * Returns a recommendation with at least one objective.
   *
   * @param prefix the section id
   * @param n the recommendation's number in its section
   * @param sectionObjectives the objectives of the section, preferred
   * @return the recommendation
   */
  public Recommendation recommendation(String prefix, int n, List<Objective> sectionObjectives) {
    List<Objective> objectives = new ArrayList<>();
    if (!sectionObjectives.isEmpty() && s.chance(0.7)) {
      objectives.add(s.pick(sectionObjectives));
    } else {
      objectives.add(s.pick(OBJECTIVES));
    }
    if (s.chance(0.2)) {
      Objective more = s.pick(OBJECTIVES);
      if (!objectives.contains(more)) {
        objectives.add(more);
      }
    }
    List<Objective> related = new ArrayList<>(distinct(OBJECTIVES, 0, s.chance(0.25) ? 2 : 0));
    related.removeAll(objectives);
    Recommendation.Builder b = Recommendation.builder()
        .id(itemId(prefix, "rec", n))
        .text(Vocabulary.recommendation(s, lang))
        .objectives(objectives)
        .relatedObjectives(related);
    int addressees = s.chance(0.5) ? s.between(1, 2) : 0;
    for (int i = 0; i < addressees; i++) {
      b.addAddressee(actor());
    }
    b.principles(distinct(PRINCIPLES, 0, s.chance(0.3) ? 2 : 0))
        .themes(distinct(THEMES, 0, s.chance(0.3) ? 1 : 0))
        .referenceIds(cite(referenceIds, 0.25));
    return b.extensions(maybeExtensions()).build();
  }

  /**
   * Returns a promising practice.
   *
   * @param prefix the section id
   * @param n the practice's number in its section
   * @param sectionObjectives the objectives of the section, preferred
   * @return the practice
   */
  public PromisingPractice practice(String prefix, int n, List<Objective> sectionObjectives) {
    List<Country> where = distinct(countries, 0, s.chance(0.6) ? 2 : 0);
    List<String> cities = s.chance(0.3) ? List.of(Vocabulary.city(s)) : List.of();
    String place = !where.isEmpty() && s.chance(0.5)
        ? where.get(0).getDisplayName(Locale.ENGLISH)
        : cities.isEmpty() ? null : cities.get(0);
    PromisingPractice.Builder b = PromisingPractice.builder()
        .id(itemId(prefix, "practice", n))
        .title(Vocabulary.practiceTitle(s, lang, place))
        .description(Vocabulary.practiceDescription(s, lang, null));
    int actors = s.between(0, 2);
    for (int i = 0; i < actors; i++) {
      b.addActor(actor());
    }
    b.countries(where).cities(cities);
    if (s.chance(0.5)) {
      b.period(dateRange(s, 2015, 2024));
    }
    List<Objective> objectives = new ArrayList<>();
    if (!sectionObjectives.isEmpty() && s.chance(0.6)) {
      objectives.add(s.pick(sectionObjectives));
    } else if (s.chance(0.7)) {
      objectives.add(s.pick(OBJECTIVES));
    }
    b.objectives(objectives)
        .principles(distinct(PRINCIPLES, 0, s.chance(0.5) ? 2 : 0))
        .themes(distinct(THEMES, 0, s.chance(0.4) ? 2 : 0));
    int outcomes = s.chance(0.4) ? s.between(1, 2) : 0;
    for (int i = 0; i < outcomes; i++) {
      b.addOutcome(Vocabulary.outcome(s, lang));
    }
    b.figureIds(cite(figureIds, 0.3)).referenceIds(cite(referenceIds, 0.3));
    return b.extensions(maybeExtensions()).build();
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
    Figure.Builder b = Figure.builder().id(itemId(prefix, "fig", n)).unit(unit);
    int shape = s.nextInt(3);
    if (shape == 0) {
      int part = s.between(1, 4);
      b.value(BigDecimal.valueOf(part)).outOf(BigDecimal.valueOf(s.between(part + 1, 10)));
    } else if (shape == 1) {
      b.value(BigDecimal.valueOf(s.between(2, 100_000)));
    } else {
      b.value(BigDecimal.valueOf(s.between(1, 9_999), 1));
    }
    b.qualifier(s.pick(QUALIFIERS));
    String description = Vocabulary.figureDescription(s, lang, unit);
    b.description(description);
    if (s.chance(0.4)) {
      b.statement(description + ".");
    }
    b.objectives(distinct(OBJECTIVES, 0, s.chance(0.5) ? 1 : 0));
    Figure figure = b.extensions(maybeExtensions()).build();
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
    String url;
    if (s.chance(0.6)) {
      KnownReferences.Known known = s.pick(KnownReferences.ALL);
      b.id(claim("ref-" + known.slug)).title(known.title).kind(known.kind)
          .forthcoming(known.forthcoming);
      if (known.shortTitle != null) {
        b.shortTitle(known.shortTitle);
      }
      if (known.issuer != null) {
        b.issuer(known.issuer);
      }
      if (known.date != null) {
        b.date(known.date);
      }
      if (known.place != null) {
        b.place(known.place);
      }
      if (known.identifier != null) {
        b.identifier(known.identifier);
      }
      url = known.url;
    } else {
      String issuer = s.pick(KnownReferences.ISSUERS);
      String topic = s.pick(KnownReferences.TOPICS);
      int year = s.between(2015, 2024);
      String slug = slug(issuer) + "-" + slug(topic) + "-" + year;
      b.id(claim("ref-" + slug))
          .title(issuer + " report on " + topic + " (" + year + ")")
          .kind(s.pick(GENERATED_REFERENCE_KINDS))
          .issuer(issuer)
          .date(s.chance(0.5) ? PartialDate.ofYear(year) : PartialDate.ofMonth(year, s.between(1, 12)));
      url = s.chance(0.5) ? s.pick(KnownReferences.URL_BASES) + slug : null;
    }
    if (url != null) {
      b.url(url);
    }
    if (s.chance(0.3)) {
      b.note(Vocabulary.finding(s, lang));
    }
    Reference reference = b.extensions(maybeExtensions()).build();
    referenceIds.add(reference.getId());
    return reference;
  }

  /**
   * Returns an open question.
   *
   * @param prefix the section id, or empty at document level
   * @param n the question's number in its container
   * @return the question
   */
  public OpenQuestion question(String prefix, int n) {
    OpenQuestion.Builder b = OpenQuestion.builder();
    if (s.chance(0.7)) {
      b.id(itemId(prefix, "q", n));
    }
    return b.text(Vocabulary.question(s, lang))
        .objectives(distinct(OBJECTIVES, 0, s.chance(0.3) ? 1 : 0))
        .themes(distinct(THEMES, 0, s.chance(0.3) ? 1 : 0))
        .extensions(maybeExtensions())
        .build();
  }

  /**
   * Returns an actor: a stakeholder group, a named organisation or both, maybe with places.
   *
   * @return the actor
   */
  public Actor actor() {
    Actor.Builder b = Actor.builder();
    boolean group = s.chance(0.8);
    if (group) {
      b.group(s.pick(GROUPS));
    }
    if (!group || s.chance(0.15)) {
      b.name(Vocabulary.organisation(s));
    }
    b.countries(distinct(countries, 0, s.chance(0.25) ? 1 : 0));
    if (subRegions && s.chance(0.15)) {
      b.subRegions(distinct(SUB_REGIONS, 1, 1));
    }
    return b.extensions(maybeExtensions()).build();
  }

  /**
   * Returns extensions with probability {@code extensionRate}, otherwise none.
   *
   * @return the extensions, maybe empty
   */
  public Map<String, JsonValue> maybeExtensions() {
    if (extensionRate <= 0.0 || !s.chance(extensionRate)) {
      return Map.of();
    }
    return Json.extensions(s, 3);
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Returns {@code min} to {@code max} distinct elements of {@code pool}, in a random order.
   *
   * @param <T> the element type
   * @param pool the pool
   * @param min the fewest
   * @param max the most
   * @return the elements
   */
  public <T> List<T> distinct(List<T> pool, int min, int max) {
    return pickDistinct(s, pool, min, max);
  }

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


  private List<String> cite(List<String> citable, double p) {
    if (citable.isEmpty() || !s.chance(p)) {
      return List.of();
    }
    return distinct(citable, 1, 2);
  }

  /**
   * Returns a date from {@code minYear} to {@code maxYear}, known to the year, month or day.
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
    PartialDate start = partialDate(s, year, year);
    return DateRange.of(start, end);
  }

  /**
   * Returns a kebab-case form of an ASCII phrase: lower case, runs of other characters as one
   * hyphen.
   *
   * @param text the phrase
   * @return the slug
   */
  public static String slug(String text) {
    StringBuilder slug = new StringBuilder();
    boolean hyphen = false;
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && slug.length() > 0) {
          slug.append('-');
        }
        slug.append(c);
        hyphen = false;
      } else {
        hyphen = true;
      }
    }
    return slug.length() == 0 ? "x" : slug.toString();
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
