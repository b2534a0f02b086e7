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
import io.github.gcmsdk.model.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import io.github.gcmsdk.testkit.Source;
import java.util.function.Supplier;

/**
 * A seeded generator of stakeholder input documents for property tests: every attribute of every
 * type (absent and present, defaults and not), nested sections, extension data of every JSON kind
 * at every level, and text from the whole of Unicode (scripts, right-to-left text, emoji, combining
 * marks, control characters, quotes and backslashes, line separators, lone surrogates). The same
 * seed gives the same documents. Behind {@code GcmGenerators.anyDocuments()}.
 *
 * <p>Not part of the API; it may change without notice. One instance per document; not
 * thread-safe.
 */
public final class AnyDocuments {

  private static final List<Country> COUNTRIES = new ArrayList<>(Country.all());

  private static final String[] WORDS = {
    "migrants", "borders", "Objective", "régularisation", "défenseurs", "migración", "derechos",
    "мигранты", "права", "الهجرة", "移民", "難民", "שפה", "हिन्दी", "Ελλάδα", "Türkiye", "naïve",
    "e\u0301", "🙂", "👩🏽‍⚕️", "𝔊𝔠𝔪", "\"quoted\"", "back\\slash", "tab\there", "line\nbreak",
    "cr\rlf", "nul\u0000byte", "\u0001\u001f", "\u007f", "\u2028\u2029", "\u202eRTL", "</script>",
    "{\"json\":true}", "'single'", "100%", "{0}", "''", "~/", "\uFEFFbom", ""
  };


  // The property names of each type of the format (gcm-io FORMAT.md): extensions never take them.
  private static final Set<String> DOCUMENT = Set.of("formatVersion", "id", "title", "language",
      "date", "url", "review", "contributors", "sections", "references", "figures",
      "openQuestions");
  private static final Set<String> REVIEW = Set.of("process", "regionalReview", "commission",
      "title", "subRegions", "countries", "period");
  private static final Set<String> DATE_RANGE = Set.of("start", "end");
  private static final Set<String> ACTOR = Set.of("group", "name", "countries", "subRegions");
  private static final Set<String> SECTION = Set.of("id", "label", "heading", "objectives",
      "themes", "findings", "recommendations", "practices", "figures", "references",
      "openQuestions", "sections");
  private static final Set<String> FINDING = Set.of("id", "kind", "text", "objectives", "themes",
      "countries", "subRegions", "figureIds", "referenceIds");
  private static final Set<String> RECOMMENDATION = Set.of("id", "text", "objectives",
      "relatedObjectives", "addressees", "principles", "themes", "referenceIds");
  private static final Set<String> PRACTICE = Set.of("id", "title", "description", "actors",
      "countries", "cities", "period", "objectives", "principles", "themes", "outcomes",
      "figureIds", "referenceIds");
  private static final Set<String> FIGURE = Set.of("id", "value", "outOf", "unit", "qualifier",
      "description", "statement", "objectives");
  private static final Set<String> REFERENCE = Set.of("id", "title", "shortTitle", "kind",
      "issuer", "date", "place", "identifier", "url", "forthcoming", "note");
  private static final Set<String> OPEN_QUESTION = Set.of("id", "text", "objectives", "themes");

  private static final String[] EXTENSION_NAMES = {
    "x-source", "x-reviewed-by", "x-note", "x-", "titel", "Title", "notes", "objective",
    "legacyId", "", "a/b~c", "ключ", "🔥", "formatVersion", "id ", "x-ü"
  };

  private final Source random;
  private final Random bits;
  private final boolean extensionDataOnly;

  /**
   * Creates a generator.
   *
   * @param seed the seed
   * @param extensionDataOnly whether every extra property of a model object is named "x-...",
   *     so that the documents are valid when read strictly
   */
  public AnyDocuments(Source source, boolean extensionDataOnly) {
    this.random = source;
    this.bits = new Random(source.nextLong());
    this.extensionDataOnly = extensionDataOnly;
  }

  /**
   * Generates a document.
   *
   * @return the document
   */
  public StakeholderInput document() {
    StakeholderInput.Builder b = StakeholderInput.builder()
        .id(text())
        .title(text())
        .language(pick("en", "fr", "es", "ru", "ar", "zh", "en-GB", text()));
    if (chance(0.6)) {
      b.date(date());
    }
    if (chance(0.5)) {
      b.url("https://example.org/" + text());
    }
    if (chance(0.6)) {
      b.review(review());
    }
    b.contributors(list(this::actor));
    b.sections(list(() -> section(0)));
    b.references(list(this::reference));
    b.figures(list(this::figure));
    b.openQuestions(list(this::openQuestion));
    extensions(DOCUMENT, b::putExtension);
    return b.build();
  }

  private Review review() {
    Review.Builder b = Review.builder().process(pick(ReviewProcess.values()));
    if (chance(0.5)) {
      b.regionalReview(pick(RegionalReview.values()));
    }
    if (chance(0.5)) {
      b.commission(pick(RegionalCommission.values()));
    }
    if (chance(0.5)) {
      b.title(text());
    }
    b.subRegions(list(() -> pick(SubRegion.values())));
    b.countries(list(this::country));
    if (chance(0.5)) {
      b.period(range());
    }
    extensions(REVIEW, b::putExtension);
    return b.build();
  }

  private DateRange range() {
    DateRange.Builder b = DateRange.builder().start(date());
    if (chance(0.5)) {
      b.end(date());
    }
    extensions(DATE_RANGE, b::putExtension);
    return b.build();
  }

  private Actor actor() {
    Actor.Builder b = Actor.builder();
    if (chance(0.7)) {
      b.group(pick(StakeholderGroup.values()));
    }
    if (chance(0.5)) {
      b.name(text());
    }
    b.countries(list(this::country));
    b.subRegions(list(() -> pick(SubRegion.values())));
    extensions(ACTOR, b::putExtension);
    return b.build();
  }

  private Section section(int depth) {
    Section.Builder b = Section.builder().id(text()).heading(text());
    if (chance(0.5)) {
      b.label(text());
    }
    b.objectives(list(this::objective));
    b.themes(list(() -> pick(Theme.values())));
    b.findings(list(this::finding));
    b.recommendations(list(this::recommendation));
    b.practices(list(this::practice));
    b.figures(list(this::figure));
    b.references(list(this::reference));
    b.openQuestions(list(this::openQuestion));
    if (depth < 2 && chance(0.4)) {
      b.sections(list(() -> section(depth + 1)));
    }
    extensions(SECTION, b::putExtension);
    return b.build();
  }

  private Finding finding() {
    Finding.Builder b = Finding.builder().text(text());
    if (chance(0.5)) {
      b.id(text());
    }
    if (chance(0.7)) {
      b.kind(pick(FindingKind.values()));
    }
    b.objectives(list(this::objective));
    b.themes(list(() -> pick(Theme.values())));
    b.countries(list(this::country));
    b.subRegions(list(() -> pick(SubRegion.values())));
    b.figureIds(list(this::text));
    b.referenceIds(list(this::text));
    extensions(FINDING, b::putExtension);
    return b.build();
  }

  private Recommendation recommendation() {
    Recommendation.Builder b = Recommendation.builder().id(text()).text(text());
    b.objectives(list(this::objective));
    b.relatedObjectives(list(this::objective));
    b.addressees(list(this::actor));
    b.principles(list(() -> pick(GuidingPrinciple.values())));
    b.themes(list(() -> pick(Theme.values())));
    b.referenceIds(list(this::text));
    extensions(RECOMMENDATION, b::putExtension);
    return b.build();
  }

  private PromisingPractice practice() {
    PromisingPractice.Builder b = PromisingPractice.builder()
        .id(text()).title(text()).description(text());
    b.actors(list(this::actor));
    b.countries(list(this::country));
    b.cities(list(this::text));
    if (chance(0.5)) {
      b.period(range());
    }
    b.objectives(list(this::objective));
    b.principles(list(() -> pick(GuidingPrinciple.values())));
    b.themes(list(() -> pick(Theme.values())));
    b.outcomes(list(this::text));
    b.figureIds(list(this::text));
    b.referenceIds(list(this::text));
    extensions(PRACTICE, b::putExtension);
    return b.build();
  }

  private Figure figure() {
    Figure.Builder b = Figure.builder().id(text()).value(decimal()).unit(text())
        .description(text());
    if (chance(0.4)) {
      b.outOf(decimal());
    }
    if (chance(0.7)) {
      b.qualifier(pick(FigureQualifier.values()));
    }
    if (chance(0.5)) {
      b.statement(text());
    }
    b.objectives(list(this::objective));
    extensions(FIGURE, b::putExtension);
    return b.build();
  }

  private Reference reference() {
    Reference.Builder b = Reference.builder().id(text()).title(text());
    if (chance(0.5)) {
      b.shortTitle(text());
    }
    if (chance(0.7)) {
      b.kind(pick(ReferenceKind.values()));
    }
    if (chance(0.5)) {
      b.issuer(text());
    }
    if (chance(0.5)) {
      b.date(date());
    }
    if (chance(0.3)) {
      b.place(text());
    }
    if (chance(0.3)) {
      b.identifier(text());
    }
    if (chance(0.3)) {
      b.url(text());
    }
    if (chance(0.5)) {
      b.forthcoming(random.chance(0.5));
    }
    if (chance(0.3)) {
      b.note(text());
    }
    extensions(REFERENCE, b::putExtension);
    return b.build();
  }

  private OpenQuestion openQuestion() {
    OpenQuestion.Builder b = OpenQuestion.builder().text(text());
    if (chance(0.5)) {
      b.id(text());
    }
    b.objectives(list(this::objective));
    b.themes(list(() -> pick(Theme.values())));
    extensions(OPEN_QUESTION, b::putExtension);
    return b.build();
  }

  // --- Values ---------------------------------------------------------------------------------

  private interface Putter {
    Object put(String name, JsonValue value);
  }

  private void extensions(Set<String> names, Putter putter) {
    if (!chance(0.3)) {
      return;
    }
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      String name = chance(0.2) ? name() : pick(EXTENSION_NAMES);
      if (extensionDataOnly && !name.startsWith("x-")) {
        name = "x-" + name;
      }
      if (!names.contains(name)) {
        putter.put(name, json(0));
      }
    }
  }

  private JsonValue json(int depth) {
    int kind = random.nextInt(depth < 3 ? 7 : 5);
    switch (kind) {
      case 0:
        return JsonValue.of(text());
      case 1:
        return JsonValue.of(decimal());
      case 2:
        return JsonValue.of(random.chance(0.5));
      case 3:
        return JsonValue.JsonNull.INSTANCE;
      case 4:
        return JsonValue.of(random.nextInt(1000) - 500);
      case 5: {
        List<JsonValue> elements = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          elements.add(json(depth + 1));
        }
        return new JsonValue.JsonArray(elements);
      }
      default: {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          members.put(chance(0.5) ? name() : pick(EXTENSION_NAMES), json(depth + 1));
        }
        return new JsonValue.JsonObject(members);
      }
    }
  }

  /** A member name: any text without lone surrogates, which JSON readers reject in names. */
  private String name() {
    String name = text();
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

  private String text() {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return "";
    }
    if (kind == 1) {
      StringBuilder s = new StringBuilder();
      int n = 1 + random.nextInt(12);
      for (int i = 0; i < n; i++) {
        s.appendCodePoint(codePoint());
      }
      return s.toString();
    }
    StringBuilder s = new StringBuilder();
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        s.append(' ');
      }
      s.append(pick(WORDS));
    }
    return s.toString();
  }

  /** Any code point, lone surrogates included now and then. */
  private int codePoint() {
    int kind = random.nextInt(8);
    switch (kind) {
      case 0:
        return random.nextInt(0x20);
      case 1:
        return 0x20 + random.nextInt(0x5F);
      case 2:
        return 0x80 + random.nextInt(0x780);
      case 3:
        return 0x800 + random.nextInt(0xD800 - 0x800);
      case 4:
        return 0xE000 + random.nextInt(0x10000 - 0xE000);
      case 5:
        return 0x10000 + random.nextInt(0x10FFFF - 0x10000);
      case 6:
        return 0xD800 + random.nextInt(0x800); // a lone surrogate
      default:
        String punctuation = "\"\\/{}[]:,";
        return punctuation.charAt(random.nextInt(punctuation.length()));
    }
  }

  private BigDecimal decimal() {
    switch (random.nextInt(6)) {
      case 0:
        return BigDecimal.valueOf(random.nextInt(100_000));
      case 1:
        return BigDecimal.valueOf(random.nextLong() % 1_000_000_000L, random.nextInt(8));
      case 2:
        return new BigDecimal(new BigInteger(60 + random.nextInt(40), bits),
            random.nextInt(30) - 15);
      case 3:
        return BigDecimal.valueOf(random.nextInt(2000) - 1000, -random.nextInt(20));
      case 4:
        return new BigDecimal("0." + "0".repeat(random.nextInt(10)) + (1 + random.nextInt(9)));
      default:
        return BigDecimal.valueOf(random.nextInt(10), 1 + random.nextInt(3)).negate();
    }
  }

  private PartialDate date() {
    int year = 1 + random.nextInt(9999);
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofMonth(year, 1 + random.nextInt(12));
      default:
        return PartialDate.of(LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)));
    }
  }

  private Objective objective() {
    return Objective.of(1 + random.nextInt(23));
  }

  private Country country() {
    return COUNTRIES.get(random.nextInt(COUNTRIES.size()));
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private <T> List<T> list(Supplier<T> element) {
    int n = random.nextDouble() < 0.45 ? 0 : 1 + random.nextInt(random.nextInt(3) + 1);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      values.add(element.get());
    }
    return values;
  }

  @SafeVarargs
  private <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }
}
