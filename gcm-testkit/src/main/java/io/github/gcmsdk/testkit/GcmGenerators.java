package io.github.gcmsdk.testkit;

import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.GuidingPrinciple;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.RegionalReview;
import io.github.gcmsdk.catalog.StakeholderGroup;
import io.github.gcmsdk.catalog.SubRegion;
import io.github.gcmsdk.catalog.Theme;
import io.github.gcmsdk.model.Actor;
import io.github.gcmsdk.model.DateRange;
import io.github.gcmsdk.model.Figure;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.OpenQuestion;
import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.PromisingPractice;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.Reference;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.model.json.JsonValue;
import io.github.gcmsdk.testkit.internal.Composer;
import io.github.gcmsdk.testkit.internal.DocumentShrinker;
import io.github.gcmsdk.testkit.internal.ShrinkSupport;
import io.github.gcmsdk.testkit.internal.Vocabulary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Generators of realistic GCM test data: catalogue values, texts, identifiers, dates, every model
 * object and whole {@link StakeholderInput} documents, valid or breaking one chosen rule.
 *
 * <pre>{@code
 * Gen<StakeholderInput> documents = GcmGenerators.documents();
 * StakeholderInput doc = documents.sample(42);          // the same document on every run
 * Properties.forAll(documents, 1000, 42L, d -> assertFalse(d.getSections().isEmpty()));
 *
 * Gen<StakeholderInput> badUrls = GcmGenerators.documents(
 *     DocumentGenerator.Settings.defaults().withInvalidity(Invalidity.BAD_URL));
 * }</pre>
 *
 * <p>Each generator is immutable and thread-safe. Stand-alone model objects
 * ({@link #findings()}, {@link #recommendations()} and so on) are valid on their own; they cite no
 * figures or references, since only a document can hold what they cite. {@link #documents()}
 * generates citations that resolve.
 */
public final class GcmGenerators {

  private static final List<Country> ALL_COUNTRIES = List.copyOf(Country.all());

  private static final List<String> ID_WORDS = List.of(
      "obj11", "obj13", "obj15", "obj5", "rec", "finding", "practice", "fig", "ref", "q",
      "intro", "children", "youth", "borders", "labour-rights", "remittances", "ece", "2020",
      "going-forward", "cities", "detention");

  private GcmGenerators() {}

  /**
   * Returns a generator of the 23 GCM objectives, each equally likely; shrinks towards
   * Objective 1.
   *
   * @return the generator
   */
  public static Gen<Objective> objectives() {
    return Gen.elements(Objective.values());
  }

  /**
   * Returns a generator of the 10 guiding principles; shrinks towards (a).
   *
   * @return the generator
   */
  public static Gen<GuidingPrinciple> principles() {
    return Gen.elements(GuidingPrinciple.values());
  }

  /**
   * Returns a generator of stakeholder groups, those of paragraph 44 and the others.
   *
   * @return the generator
   */
  public static Gen<StakeholderGroup> stakeholderGroups() {
    return Gen.elements(StakeholderGroup.values());
  }

  /**
   * Returns a generator of cross-cutting themes.
   *
   * @return the generator
   */
  public static Gen<Theme> themes() {
    return Gen.elements(Theme.values());
  }

  /**
   * Returns a generator of partners' own theme codes: well-formed codes that the catalogue does
   * not know ({@link Theme#isKnown()} false), some of them one letter away from a known code (read
   * back with a {@code GCM-J024} warning), the others not ({@code GCM-J023} information).
   *
   * @return the generator
   */
  public static Gen<Theme> partnerThemes() {
    return source -> {
      if (source.chance(0.3)) {
        String known = source.pick(List.of(Theme.values())).getCode();
        return Theme.of(known.substring(0, known.length() - 1)); // "labour-right"
      }
      StringBuilder code = new StringBuilder("x");
      for (int i = source.between(1, 3); i > 0; i--) {
        code.append('-').append(source.pick(PARTNER_WORDS));
      }
      return Theme.of(code.toString());
    };
  }

  private static final List<String> PARTNER_WORDS =
      List.of("kafala", "health", "free-movement", "housing", "climate-mobility", "sahel", "2030");

  /**
   * Returns a generator of the known regional groupings: the UNECE sub-regions and the regional
   * organisations ({@link SubRegion#values()}).
   *
   * @return the generator
   */
  public static Gen<SubRegion> subRegions() {
    return Gen.elements(SubRegion.values());
  }

  /**
   * Returns a generator of catalogued regional reviews.
   *
   * @return the generator
   */
  public static Gen<RegionalReview> regionalReviews() {
    return Gen.elements(RegionalReview.values());
  }

  /**
   * Returns a generator of all countries the JDK knows ({@link Country#all()}).
   *
   * <p>The list comes from the running JDK, so the same seed gives the same countries on the
   * same JDK feature release only; {@link #uneceCountries()} and {@link #documents()} do not
   * depend on the JDK.
   *
   * @return the generator
   */
  public static Gen<Country> countries() {
    return Gen.elements(ALL_COUNTRIES);
  }

  /**
   * Returns a generator of the 56 UNECE member States.
   *
   * @return the generator
   */
  public static Gen<Country> uneceCountries() {
    return Gen.elements(Composer.ECE_MEMBERS);
  }

  /**
   * Returns a generator of dates from 2000 to 2030, known to the year, the month or the day.
   *
   * @return the generator
   */
  public static Gen<PartialDate> partialDates() {
    return source -> Composer.partialDate(source, 2000, 2030);
  }

  /**
   * Returns a generator of date ranges from 2000 to 2030 whose start is not after the end: the
   * start sorts first ({@link PartialDate#compareTo}) and the end's latest day is not before the
   * start's earliest day. A quarter have no end.
   *
   * @return the generator
   */
  public static Gen<DateRange> dateRanges() {
    return source -> Composer.dateRange(source, 2000, 2030);
  }

  /**
   * Returns a generator of plausible texts of one to three sentences, in English (with the
   * vocabulary of the UNECE 2020 stakeholder input), French, Spanish or Russian (Cyrillic), now
   * and then with an emoji or another character outside the Basic Multilingual Plane, with
   * typographic punctuation and no-break spaces, but never a control character and never blank.
   * Texts shrink to shorter, still non-blank texts.
   *
   * @return the generator
   */
  public static Gen<String> texts() {
    Gen<String> texts = Vocabulary::anyText;
    return texts.withShrinker(ShrinkSupport::shrinkText);
  }

  /**
   * Returns a generator of kebab-case identifiers ({@code obj11-rec-3}, {@code youth}): one to
   * four lower-case words or numbers joined by hyphens, at most 100 characters. They shrink to
   * fewer words.
   *
   * @return the generator
   */
  public static Gen<String> identifiers() {
    Gen<String> ids = source -> {
      int words = source.between(1, 3);
      StringBuilder id = new StringBuilder();
      for (int i = 0; i < words; i++) {
        if (i > 0) {
          id.append('-');
        }
        id.append(source.pick(ID_WORDS));
      }
      if (source.chance(0.5)) {
        id.append('-').append(source.between(1, 99));
      }
      return id.toString();
    };
    return ids.withShrinker(id -> {
      int cut = id.lastIndexOf('-');
      return cut <= 0 ? Stream.empty() : Stream.of(id.substring(0, cut));
    });
  }

  /**
   * Returns a generator of actors: a stakeholder group, a named organisation or both, sometimes
   * with countries and sub-regions.
   *
   * @return the generator
   */
  public static Gen<Actor> actors() {
    return source -> Composer.standalone(source, 1).actor();
  }

  /**
   * Returns a generator of findings, with or without an id, citing nothing.
   *
   * @return the generator
   */
  public static Gen<Finding> findings() {
    return source -> Composer.standalone(source, 1)
        .finding(prefix(source), source.between(1, 9), List.of());
  }

  /**
   * Returns a generator of recommendations, each with at least one objective, citing nothing.
   *
   * @return the generator
   */
  public static Gen<Recommendation> recommendations() {
    return source -> Composer.standalone(source, 1)
        .recommendation(prefix(source), source.between(1, 9), List.of());
  }

  /**
   * Returns a generator of promising practices, citing nothing.
   *
   * @return the generator
   */
  public static Gen<PromisingPractice> practices() {
    return source -> Composer.standalone(source, 1)
        .practice(prefix(source), source.between(1, 9), List.of());
  }

  /**
   * Returns a generator of references: known instruments (A/RES/73/195, the EU Pact on Migration
   * and Asylum, the CIS agreement on the return of minors, ...) and generated reports.
   *
   * @return the generator
   */
  public static Gen<Reference> references() {
    return source -> Composer.standalone(source, 1).reference();
  }

  /**
   * Returns a generator of figures: counts, proportions ("1 out of 3") and decimals, with units.
   *
   * @return the generator
   */
  public static Gen<Figure> figures() {
    return source -> Composer.standalone(source, 1).figure(prefix(source), source.between(1, 9));
  }

  /**
   * Returns a generator of open questions.
   *
   * @return the generator
   */
  public static Gen<OpenQuestion> openQuestions() {
    return source -> Composer.standalone(source, 1)
        .question(prefix(source), source.between(1, 9), List.of());
  }

  /**
   * Returns a generator of section trees at most {@code depth} levels deep, with 0 to 3 items of
   * each kind per section; items cite only figures and references of the same tree.
   *
   * @param depth the most levels, from 1 to 10
   * @return the generator
   * @throws IllegalArgumentException if the depth is out of range
   */
  public static Gen<Section> sections(int depth) {
    DocumentGenerator.Settings.defaults().withDepth(depth); // checks the depth
    return source -> Composer.standalone(source, depth).sectionTree();
  }

  /**
   * Returns a generator of extension maps: one to three members with distinct {@code x-} names
   * ({@code x-editorial-note}, {@code x-source-page}, ...), whose values are JSON trees nested at
   * most 3 deep. Maps shrink by losing members.
   *
   * @return the generator
   */
  public static Gen<Map<String, JsonValue>> extensions() {
    Gen<Map<String, JsonValue>> gen =
        source -> Composer.standalone(source, 1).extensionMembers();
    return gen.withShrinker(map -> {
      if (map.size() <= 1) {
        return Stream.empty();
      }
      List<String> keys = new ArrayList<>(map.keySet());
      return keys.stream().map(key -> {
        Map<String, JsonValue> fewer = new LinkedHashMap<>(map);
        fewer.remove(key);
        return Collections.unmodifiableMap(fewer);
      });
    });
  }

  /**
   * Returns a generator of JSON values whose arrays and objects nest at most {@code maxDepth}
   * deep: strings, numbers (some with a scale), booleans, {@code null}, arrays and objects.
   *
   * @param maxDepth the deepest nesting, from 0 (scalars only) to 10
   * @return the generator
   * @throws IllegalArgumentException if the depth is out of range
   */
  public static Gen<JsonValue> jsonValues(int maxDepth) {
    if (maxDepth < 0 || maxDepth > 10) {
      throw new IllegalArgumentException("Invalid value for maxDepth: " + maxDepth + " (0 to 10)");
    }
    return source -> Composer.standalone(source, 1).json(maxDepth);
  }

  /**
   * Returns a generator of valid documents with the {@linkplain DocumentGenerator.Settings#defaults()
   * default settings}.
   *
   * @return the generator
   */
  public static DocumentGenerator documents() {
    return new DocumentGenerator(DocumentGenerator.Settings.defaults());
  }

  /**
   * Returns a generator of documents with the given settings: size, extensions, and the rule
   * each document breaks, if any.
   *
   * @param settings the settings, not null
   * @return the generator
   */
  public static DocumentGenerator documents(DocumentGenerator.Settings settings) {
    return new DocumentGenerator(Objects.requireNonNull(settings, "settings"));
  }

  /**
   * Returns a generator of documents that each break one rule chosen at random, annotated with
   * the rule and the JSON Pointer of the fault; for testing that a validator reports each.
   *
   * @return the generator
   */
  public static Gen<GeneratedDocument> invalidDocuments() {
    return documents(DocumentGenerator.Settings.defaults().withAnyInvalidity()).annotated();
  }

  /**
   * Returns a generator of <em>any</em> document the model can hold, not realistic ones: every
   * attribute of every type (absent and present, defaults and not), sections nested up to three
   * levels, extensions of every JSON kind on every object with any member names (
   * {@code "x-source"}, {@code ""}, {@code "a/b~c"}, {@code "ключ"}, names of properties of other
   * types), texts from the whole of Unicode (scripts, right-to-left text, emoji, combining marks,
   * control characters, quotes and backslashes, line separators, lone surrogates, empty texts)
   * and numbers with odd scales ({@code 1E+19}, {@code 0.0000001}, {@code -0.000}, 100-bit
   * integers), and partners' own codes of the open vocabularies ({@code "kafala"}, {@code
   * "non-state-actors"}, {@code "sahel"}, {@code "declaration"}), which reading reports as
   * information ({@code GCM-J023}). Such documents break many content rules; they are meant for
   * testing that a reader and writer lose nothing. Values shrink like those of {@link
   * #documents()}.
   *
   * @param extensionDataOnly whether every extension member name starts with {@code x-}, so that
   *     a strict reader accepts the documents written
   * @return the generator
   */
  public static Gen<StakeholderInput> anyDocuments(boolean extensionDataOnly) {
    Gen<StakeholderInput> gen =
        source -> Composer.anyValues(source, extensionDataOnly).document();
    return gen.withShrinker(DocumentShrinker::candidates);
  }

  /**
   * Returns a generator of documents of format 1.0: like {@link #anyDocuments(boolean)
   * anyDocuments(true)}, any content, but only the properties and codes format 1.0 had, and
   * extension data only (an unknown property of a 1.0 file named like a property format 2.0
   * added to its object would be read as that property). Written with their {@code formatVersion}
   * set to {@code "1.0"}, they are the 1.0 files that migration tests upgrade.
   *
   * @return the generator
   */
  public static Gen<StakeholderInput> formatOneDocuments() {
    Gen<StakeholderInput> gen =
        source -> Composer.anyValues(source, true).formatOne().document();
    return gen.withShrinker(DocumentShrinker::candidates);
  }

  /**
   * Returns {@link #anyDocuments(boolean) anyDocuments(false)}: extensions with any names.
   *
   * @return the generator
   */
  public static Gen<StakeholderInput> anyDocuments() {
    return anyDocuments(false);
  }

  /**
   * Returns a generator of documents with <em>several</em> faults mixed in, for testing that a
   * validator stays total and that every rule fires somewhere: blank, overlong and control
   * character texts, malformed and duplicate ids, dangling citations, reversed periods, bad
   * language tags and URLs, repeated list entries, objectives shared by sibling sections,
   * countries outside the region, objectives named in text but not linked, anonymous actors,
   * missing, empty and deeply nested (20 to 100 levels) sections. Unlike
   * {@link #invalidDocuments()}, a document may break any number of rules, and nothing says
   * where. Values shrink like those of {@link #documents()}.
   *
   * @return the generator
   */
  public static Gen<StakeholderInput> faultyDocuments() {
    Gen<StakeholderInput> gen = source -> Composer.mixed(source, true).document();
    return gen.withShrinker(DocumentShrinker::candidates);
  }

  /**
   * Returns the fault-free counterpart of {@link #faultyDocuments()}: the same kind of documents
   * (several objectives per text, countries of the region, resolving citations) with no problem
   * at all, not even a warning or information, under gcm-validation's default profile.
   *
   * @return the generator
   */
  public static Gen<StakeholderInput> faultFreeDocuments() {
    Gen<StakeholderInput> gen = source -> Composer.mixed(source, false).document();
    return gen.withShrinker(DocumentShrinker::candidates);
  }

  private static String prefix(Source source) {
    return source.chance(0.7) ? "obj" + source.between(1, 23) : source.pick(ID_WORDS);
  }
}
