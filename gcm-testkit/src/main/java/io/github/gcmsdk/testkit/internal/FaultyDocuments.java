package io.github.gcmsdk.testkit.internal;

import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.GuidingPrinciple;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.RegionalCommission;
import io.github.gcmsdk.catalog.RegionalReview;
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
import io.github.gcmsdk.model.Review;
import io.github.gcmsdk.model.ReviewProcess;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import io.github.gcmsdk.testkit.Source;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A generator of stakeholder inputs with many faults mixed, behind
 * {@code GcmGenerators.faultyDocuments()}.
 *
 * <p>A {@linkplain #clean() clean} document breaks no rule at all; a {@linkplain #broken()
 * broken} one mixes valid parts with every kind of fault the rules look for: blank and overlong
 * texts, control characters, malformed ids, duplicate ids, dangling figure and reference ids,
 * reversed date ranges, bad language tags and URLs, repeated objectives, countries outside the
 * region, objectives named in text but not linked, anonymous actors, empty and deeply nested
 * sections.
 *
 * <p>Not part of the API; it may change without notice. One instance per document; not
 * thread-safe.
 */
public final class FaultyDocuments {

  private static final Set<Country> ECE =
      RegionalCommission.ECE.getMemberStates().orElseThrow();
  private static final List<Country> ECE_LIST = List.copyOf(ECE);
  private static final List<Country> ALL = List.copyOf(Country.all());
  private static final String[] WORDS = {"migrants", "borders", "children", "return", "detention",
      "services", "the", "and", "of", "regular", "pathways", "remittances", "youth", "cities",
      "labour", "rights", "access", "health", "justice", "pandemic", "Objective", "objectif",
      "цель", "objetivo", "(", ")", ";", ",", "and", "et", "и", "№", "n°"};

  private final Source random;
  private final boolean broken;
  private int nextId;
  private final List<String> figureIds = new ArrayList<>();
  private final List<String> referenceIds = new ArrayList<>();
  private boolean ece;

  private FaultyDocuments(Source source, boolean broken) {
    this.random = source;
    this.broken = broken;
  }

  /**
   * Generates a document free of faults (it breaks no rule of gcm-validation).
   *
   * @param source the source
   * @return the document
   */
  public static StakeholderInput clean(Source source) {
    return new FaultyDocuments(source, false).document();
  }

  /**
   * Generates a document with faults mixed in.
   *
   * @param source the source
   * @return the document
   */
  public static StakeholderInput broken(Source source) {
    return new FaultyDocuments(source, true).document();
  }

  private boolean fault(int percent) {
    return broken && random.nextInt(100) < percent;
  }

  private StakeholderInput document() {
    // references and figures are made first, so that clean citations can resolve
    List<Reference> docReferences = new ArrayList<>();
    List<Figure> docFigures = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      docReferences.add(reference());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      docFigures.add(figure(EnumSet.noneOf(Objective.class)));
    }
    StakeholderInput.Builder b = StakeholderInput.builder()
        .id(id())
        .title(line())
        .language(fault(5) ? pick("en_US", "xx", "", "english", "x-klingon", "und") : pick("en",
            "fr", "es", "ru", "es-419"));
    if (random.chance(0.5)) {
      b.date(date());
    }
    if (random.chance(0.5)) {
      b.url(url());
    }
    if (random.nextInt(4) > 0) {
      b.review(review());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addContributor(actor());
    }
    int sections = fault(3) ? 0 : 1 + random.nextInt(4);
    EnumSet<Objective> used = EnumSet.noneOf(Objective.class);
    for (int i = 0; i < sections; i++) {
      b.addSection(section(0, EnumSet.noneOf(Objective.class), used));
    }
    if (fault(2)) {
      Section deep = Section.builder().id(id()).heading("deep").addFinding(Finding.of("x")).build();
      for (int i = 0; i < 20 + random.nextInt(80); i++) {
        deep = Section.builder().id(id()).heading("level").addSection(deep).build();
      }
      b.addSection(deep);
    }
    b.references(docReferences).figures(docFigures);
    for (int i = random.nextInt(2); i > 0; i--) {
      b.addOpenQuestion(OpenQuestion.of(text(EnumSet.noneOf(Objective.class))));
    }
    return b.build();
  }

  private Review review() {
    Review.Builder b = Review.builder().process(pick(ReviewProcess.values()));
    int kind = random.nextInt(3);
    if (kind == 0) {
      RegionalReview review = pick(RegionalReview.values());
      b.regionalReview(review);
      ece = review.getCommission() == RegionalCommission.ECE;
    } else if (kind == 1) {
      RegionalCommission commission = pick(RegionalCommission.values());
      b.commission(commission);
      ece = commission == RegionalCommission.ECE;
    }
    if (random.chance(0.5)) {
      b.title(line());
    }
    if (random.chance(0.5)) {
      b.period(range());
    }
    if (random.chance(0.5)) {
      b.addSubRegion(pick(SubRegion.values()));
    }
    for (int i = random.nextInt(2); i > 0; i--) {
      b.addCountry(country());
    }
    return b.build();
  }

  private Section section(int depth, EnumSet<Objective> inherited, EnumSet<Objective> siblings) {
    Section.Builder b = Section.builder().id(id()).heading(line());
    if (random.chance(0.5)) {
      b.label(pick("I", "II", "A", "1.2"));
    }
    EnumSet<Objective> own = EnumSet.noneOf(Objective.class);
    for (int i = random.nextInt(3); i > 0; i--) {
      Objective o = objective();
      if (fault(10) || (!own.contains(o) && !siblings.contains(o))) {
        own.add(o);
        siblings.add(o);
        b.addObjective(o);
      }
    }
    if (random.chance(0.5)) {
      b.addTheme(pick(Theme.values()));
    }
    EnumSet<Objective> scope = EnumSet.copyOf(inherited);
    scope.addAll(own);
    boolean empty = fault(5);
    if (!empty) {
      b.addFinding(finding(scope));
      for (int i = random.nextInt(3); i > 0; i--) {
        b.addFinding(finding(scope));
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        b.addRecommendation(recommendation(scope));
      }
      for (int i = random.nextInt(2); i > 0; i--) {
        b.addPractice(practice(scope));
      }
      if (random.nextInt(4) == 0) {
        b.addFigure(figure(scope));
      }
      if (random.nextInt(4) == 0) {
        b.addReference(reference());
      }
      if (random.nextInt(4) == 0) {
        b.addOpenQuestion(OpenQuestion.builder().id(optionalId()).text(text(scope)).build());
      }
      if (depth < 3 && random.nextInt(3) == 0) {
        EnumSet<Objective> children = EnumSet.noneOf(Objective.class);
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
          b.addSection(section(depth + 1, scope, children));
        }
      }
    }
    return b.build();
  }

  private Finding finding(EnumSet<Objective> scope) {
    Finding.Builder b = Finding.builder()
        .kind(pick(FindingKind.values()))
        .id(random.chance(0.5) ? Optional.of(id()) : Optional.empty());
    EnumSet<Objective> own = objectives(b::addObjective);
    EnumSet<Objective> linked = EnumSet.copyOf(scope);
    linked.addAll(own);
    b.text(text(linked));
    if (random.nextInt(3) == 0) {
      b.addCountry(country());
    }
    if (random.nextInt(4) == 0 && (!figureIds.isEmpty() || broken)) {
      b.addFigureId(cite(figureIds));
    }
    if (random.nextInt(4) == 0 && (!referenceIds.isEmpty() || broken)) {
      b.addReferenceId(cite(referenceIds));
    }
    return b.build();
  }

  private Recommendation recommendation(EnumSet<Objective> scope) {
    Recommendation.Builder b = Recommendation.builder().id(id());
    EnumSet<Objective> own = objectives(b::addObjective);
    if (own.isEmpty() && scope.isEmpty() && !fault(50)) {
      own.add(objective());
      b.addObjective(own.iterator().next());
    }
    EnumSet<Objective> linked = EnumSet.copyOf(scope);
    linked.addAll(own);
    if (random.nextInt(3) == 0) {
      Objective related = objective();
      if (fault(20) || !own.contains(related)) {
        b.addRelatedObjective(related);
        linked.add(related);
      }
    }
    b.text(text(linked));
    if (random.chance(0.5)) {
      b.addAddressee(actor());
    }
    if (random.chance(0.5)) {
      b.addPrinciple(pick(GuidingPrinciple.values()));
    }
    if (random.nextInt(4) == 0 && (!referenceIds.isEmpty() || broken)) {
      b.addReferenceId(cite(referenceIds));
    }
    return b.build();
  }

  private PromisingPractice practice(EnumSet<Objective> scope) {
    PromisingPractice.Builder b = PromisingPractice.builder().id(id());
    EnumSet<Objective> own = objectives(b::addObjective);
    EnumSet<Objective> linked = EnumSet.copyOf(scope);
    linked.addAll(own);
    b.title(line()).description(text(linked));
    if (random.chance(0.5)) {
      b.addActor(actor());
    }
    if (random.chance(0.5)) {
      b.addCountry(country());
    }
    if (random.nextInt(3) == 0) {
      b.addCity(fault(10) ? "Dub\nlin" : pick("Dublin", "Geneva", "Almaty", "Tbilisi"));
    }
    if (random.chance(0.5)) {
      b.period(range());
    }
    if (random.nextInt(3) == 0) {
      b.addOutcome(text(linked));
    }
    if (random.nextInt(4) == 0 && (!figureIds.isEmpty() || broken)) {
      b.addFigureId(cite(figureIds));
    }
    return b.build();
  }

  private Figure figure(EnumSet<Objective> scope) {
    String id = id();
    figureIds.add(id);
    Figure.Builder b = Figure.builder()
        .id(id)
        .value(BigDecimal.valueOf(random.nextInt(5000)))
        .unit(pick("migrants", "months", "stakeholders"))
        .qualifier(pick(FigureQualifier.values()));
    EnumSet<Objective> own = objectives(b::addObjective);
    EnumSet<Objective> linked = EnumSet.copyOf(scope);
    linked.addAll(own);
    b.description(text(linked));
    if (random.chance(0.5)) {
      b.statement(text(linked));
    }
    return b.build();
  }

  private Reference reference() {
    String id = id();
    referenceIds.add(id);
    Reference.Builder b = Reference.builder().id(id).title(line()).kind(pick(ReferenceKind.values()));
    if (random.chance(0.5)) {
      b.date(date());
    }
    if (random.chance(0.5)) {
      b.url(url());
    }
    if (random.nextInt(3) == 0) {
      b.note(text(EnumSet.allOf(Objective.class)));
    }
    if (random.nextInt(4) == 0) {
      b.forthcoming(true);
    }
    return b.build();
  }

  private Actor actor() {
    Actor.Builder b = Actor.builder();
    int kind = fault(10) ? 3 : random.nextInt(3);
    if (kind == 0 || kind == 2) {
      b.group(pick(StakeholderGroup.values()));
    }
    if (kind == 1 || kind == 2) {
      b.name(line());
    }
    if (random.nextInt(3) == 0) {
      b.addCountry(country());
    }
    return b.build();
  }

  private EnumSet<Objective> objectives(Consumer<Objective> add) {
    EnumSet<Objective> own = EnumSet.noneOf(Objective.class);
    for (int i = random.nextInt(3); i > 0; i--) {
      Objective o = objective();
      if (fault(10) || own.add(o)) {
        own.add(o);
        add.accept(o);
      }
    }
    return own;
  }

  private Objective objective() {
    return Objective.of(1 + random.nextInt(23));
  }

  private Country country() {
    if (!ece || fault(10)) {
      return ece ? pick(ALL) : pick(ECE_LIST);
    }
    return pick(ECE_LIST);
  }

  private String id() {
    if (fault(3)) {
      return pick("bad id", "", "-x", "é", "a/b", "x".repeat(101), "${1+1}");
    }
    if (fault(3) && nextId > 0) {
      return "id-" + random.nextInt(nextId); // a duplicate
    }
    return "id-" + nextId++;
  }

  private Optional<String> optionalId() {
    return random.chance(0.5) ? Optional.of(id()) : Optional.empty();
  }

  private String cite(List<String> declared) {
    if (declared.isEmpty() || fault(20)) {
      return fault(30) ? "bad id" : "missing-" + random.nextInt(5);
    }
    return pick(declared);
  }

  private String line() {
    if (fault(3)) {
      return pick("", "   ", "\u00A0", "tab\there", "line\nbreak", "x".repeat(501), "bell\u0007");
    }
    return words(1 + random.nextInt(6), null);
  }

  /** A text that names only objectives of {@code linked}, unless broken. */
  private String text(Set<Objective> linked) {
    if (fault(4)) {
      return pick("", " \n ", "nul\u0000", "lone \uD800 surrogate", "y".repeat(10_001),
          "Objective " + (1 + random.nextInt(23)), "objectives 6 (work); 7 and 21");
    }
    return words(3 + random.nextInt(20), linked);
  }

  private String words(int count, Set<Objective> linked) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.append(' ');
      }
      String word = pick(WORDS);
      if (word.equalsIgnoreCase("Objective") || word.equals("objectif") || word.equals("цель")
          || word.equals("objetivo")) {
        if (linked != null && !linked.isEmpty() && random.chance(0.5)) {
          List<Objective> choices = List.copyOf(linked);
          out.append(word).append(' ').append(pick(choices).getNumber());
        } else {
          out.append(word).append("s"); // no number follows
          i++;
          if (i < count) {
            out.append(" matter");
          }
        }
        continue;
      }
      out.append(word);
    }
    return out.toString();
  }

  private String url() {
    return fault(10) ? pick("not a url", "ftp://x.org", "https://", "javascript:alert(1)",
        "https://exa mple.org") : "https://example.org/" + random.nextInt(100);
  }

  private PartialDate date() {
    int year = 2000 + random.nextInt(30);
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofMonth(year, 1 + random.nextInt(12));
      default:
        return PartialDate.of(LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)));
    }
  }

  private DateRange range() {
    PartialDate start = date();
    if (random.chance(0.5)) {
      return DateRange.of(start);
    }
    PartialDate end = date();
    boolean reversed = end.getLatestDay().isBefore(start.getEarliestDay());
    return reversed && !fault(50) ? DateRange.of(end, start) : DateRange.of(start, end);
  }

  @SafeVarargs
  private <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
