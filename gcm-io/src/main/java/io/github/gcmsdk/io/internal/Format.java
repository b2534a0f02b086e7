package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.catalog.Attendance;
import io.github.gcmsdk.catalog.Coded;
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
import io.github.gcmsdk.problem.Excerpt;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The gcm-sdk JSON format, version 2.0, described once: every object type with its properties in
 * canonical order, each with its JSON name, kind of value, whether it is required, the model
 * getter and the builder setter. The reader, the writer, the JSON Schema and the Jackson module
 * are all derived from this table; {@code FORMAT.md} documents it for people.
 *
 * <p>These names are a published contract: renaming one is a breaking change of the format.
 */
public final class Format {

  private Format() {}

  /** The format version this library writes. */
  public static final String VERSION = Property.FormatVersion.CURRENT;

  // --- Catalogue codes -----------------------------------------------------------------------

  /** An objective, by number. */
  public static final Codec<Objective> OBJECTIVE = Codecs.OBJECTIVE;

  /** A guiding principle, by code. */
  public static final Codec<GuidingPrinciple> PRINCIPLE = Codecs.code("GuidingPrinciple",
      "A guiding principle of the GCM (para 15), by its code.",
      GuidingPrinciple::fromCode, GuidingPrinciple::parse, () -> List.of(GuidingPrinciple.values()),
      false);

  /** A stakeholder group, by code. */
  public static final Codec<StakeholderGroup> GROUP = Codecs.openCode("StakeholderGroup",
      "A stakeholder group (GCM para 44 and others), by its code.",
      StakeholderGroup::of, StakeholderGroup::parse, () -> List.of(StakeholderGroup.values()));

  /** A sub-region, by code. */
  public static final Codec<SubRegion> SUB_REGION = Codecs.openCode("SubRegion",
      "A sub-region or regional organisation, by its code.",
      SubRegion::of, SubRegion::parse, () -> List.of(SubRegion.values()));

  /** A cross-cutting theme, by code. */
  public static final Codec<Theme> THEME = Codecs.openCode("Theme",
      "A cross-cutting theme of stakeholder input, by its code.",
      Theme::of, Theme::parse, () -> List.of(Theme.values()));

  /** A regional commission, by code. */
  public static final Codec<RegionalCommission> COMMISSION = Codecs.code("RegionalCommission",
      "A UN regional commission, by its code.",
      RegionalCommission::fromCode, RegionalCommission::parse,
      () -> List.of(RegionalCommission.values()), false);

  /** A catalogued regional review, by code. */
  public static final Codec<RegionalReview> REGIONAL_REVIEW = Codecs.code("RegionalReview",
      "A regional review of the GCM (para 50), by its code.",
      RegionalReview::fromCode, null, () -> List.of(RegionalReview.values()), false);

  /** A country, by ISO 3166-1 alpha-2 code. */
  public static final Codec<Country> COUNTRY = Codecs.code("Country",
      "A country, by its ISO 3166-1 alpha-2 code in upper case: an officially assigned code,"
          + " as listed by the Java runtime, or XK, the user-assigned code of Kosovo (other codes"
          + " such as UK, ZZ or XA are not accepted).",
      Country::of, Country::parse, Country::all, true);

  /** A review process, by code. */
  public static final Codec<ReviewProcess> PROCESS = Codecs.code("ReviewProcess",
      "A GCM follow-up and review process (GCM paras 48-54), by its code.",
      byCode(ReviewProcess.values()), null, () -> List.of(ReviewProcess.values()), false);

  /** A finding kind, by code. */
  public static final Codec<FindingKind> FINDING_KIND = Codecs.code("FindingKind",
      "What a finding records, by its code.",
      byCode(FindingKind.values()), null, () -> List.of(FindingKind.values()), false);

  /** A figure qualifier, by code. */
  public static final Codec<FigureQualifier> QUALIFIER = Codecs.code("FigureQualifier",
      "How a figure's value bounds the quantity, by its code.",
      byCode(FigureQualifier.values()), null, () -> List.of(FigureQualifier.values()), false);

  /** A reference kind, by code. */
  public static final Codec<ReferenceKind> REFERENCE_KIND = Codecs.openCode("ReferenceKind",
      "What kind of instrument or source a reference points to, by its code.",
      ReferenceKind::of, null, () -> List.of(ReferenceKind.values()));

  /** A document kind, by code. */
  public static final Codec<DocumentKind> DOCUMENT_KIND = Codecs.code("DocumentKind",
      "What kind of document this is, by its code.",
      byCode(DocumentKind.values()), null, () -> List.of(DocumentKind.values()), false);

  /** An adoption kind, by code. */
  public static final Codec<AdoptionKind> ADOPTION_KIND = Codecs.code("AdoptionKind",
      "What a body did with the document, by its code.",
      byCode(AdoptionKind.values()), null, () -> List.of(AdoptionKind.values()), false);

  /** A relation between reviews, by code. */
  public static final Codec<ReviewRelation> RELATION = Codecs.code("ReviewRelation",
      "How a review relates to another one, by its code.",
      byCode(ReviewRelation.values()), null, () -> List.of(ReviewRelation.values()), false);

  /** An event kind, by code. */
  public static final Codec<EventKind> EVENT_KIND = Codecs.code("EventKind",
      "What an event of a review is, by its code.",
      EventKind::fromCode, null, () -> List.of(EventKind.values()), false);

  /** An attendance, by code. */
  public static final Codec<Attendance> ATTENDANCE = Codecs.code("Attendance",
      "How participants attended an event: in person or virtually, by its code.",
      Attendance::fromCode, null, () -> List.of(Attendance.values()), false);

  /** An IMRF round table, by code. */
  public static final Codec<RoundTable> ROUND_TABLE = Codecs.code("RoundTable",
      "An interactive multi-stakeholder round table of the IMRF 2022, by its code.",
      RoundTable::fromCode, null, () -> List.of(RoundTable.values()), false);

  /** An International Migration Review Forum, by code. */
  public static final Codec<MigrationReviewForum> FORUM = Codecs.code("MigrationReviewForum",
      "An International Migration Review Forum (GCM para 49), by its code.",
      MigrationReviewForum::fromCode, null, () -> List.of(MigrationReviewForum.values()), false);

  // --- Object types, leaves first ------------------------------------------------------------

  /** A date range. */
  public static final TypeSpec<DateRange, DateRange.Builder> DATE_RANGE = TypeSpec
      .of("DateRange", DateRange.class,
          "A span of time from a start date to an optional end date, both included.",
          DateRange::builder, DateRange.Builder::build, DateRange.Builder::putExtension)
      .required("start", Codecs.PARTIAL_DATE, DateRange::getStart, (b, v) -> b.start(v),
          "The first date of the range.")
      .optional("end", Codecs.PARTIAL_DATE, DateRange::getEnd, (b, v) -> b.end(v),
          "The last date of the range, included; absent for a single date or an open range.")
      .build();

  /** An actor. */
  public static final TypeSpec<Actor, Actor.Builder> ACTOR = TypeSpec
      .of("Actor", Actor.class,
          "A stakeholder group, a named organisation, or both, and where they are.",
          Actor::builder, Actor.Builder::build, Actor.Builder::putExtension)
      .optional("group", GROUP, Actor::getGroup, (b, v) -> b.group(v),
          "The stakeholder group the actor belongs to.")
      .optional("name", Codecs.STRING, Actor::getName, (b, v) -> b.name(v),
          "The name of a named organisation or body (\"European Commission\").")
      .list("countries", COUNTRY, Actor::getCountries, (b, v) -> b.countries(v),
          "The countries the actor is in or acts for.")
      .list("subRegions", SUB_REGION, Actor::getSubRegions, (b, v) -> b.subRegions(v),
          "The sub-regions the actor is in or acts for.")
      .build();

  /** An event of a review. */
  public static final TypeSpec<Event, Event.Builder> EVENT = TypeSpec
      .of("Event", Event.class,
          "One event of a review: a consultation, a hearing, the intergovernmental meeting, a side"
              + " event, with its dates and a venue or \"virtual\".",
          Event::builder, Event.Builder::build, Event.Builder::putExtension)
      .required("kind", EVENT_KIND, Event::getKind, (b, v) -> b.kind(v), "What the event is.")
      .optional("title", Codecs.STRING, Event::getTitle, (b, v) -> b.title(v),
          "The event's title, as its organisers name it.")
      .optional("dates", Codecs.object(() -> Format.DATE_RANGE), Event::getDates,
          (b, v) -> b.dates(v), "When the event took place, a single day or several.")
      .optional("venue", Codecs.STRING, Event::getVenue, (b, v) -> b.venue(v),
          "Where the event took place.")
      .optional("attendance", ATTENDANCE, Event::getAttendance, (b, v) -> b.attendance(v),
          "How people attended: in person, or virtually.")
      .list("symbols", Codecs.STRING, Event::getSymbols, (b, v) -> b.symbols(v),
          "The document symbols of the event's documents.")
      .build();

  /** A related review. */
  public static final TypeSpec<RelatedReview, RelatedReview.Builder> RELATED_REVIEW = TypeSpec
      .of("RelatedReview", RelatedReview.class,
          "Another review a review relates to, and how: by the catalogue where it knows it,"
              + " otherwise by title and address.",
          RelatedReview::builder, RelatedReview.Builder::build, RelatedReview.Builder::putExtension)
      .required("relation", RELATION, RelatedReview::getRelation, (b, v) -> b.relation(v),
          "How the review relates to the other one.")
      .optional("regionalReview", REGIONAL_REVIEW, RelatedReview::getRegionalReview,
          (b, v) -> b.regionalReview(v), "The other review, if it is a catalogued regional review.")
      .optional("forum", FORUM, RelatedReview::getForum, (b, v) -> b.forum(v),
          "The other review, if it is a catalogued International Migration Review Forum.")
      .optional("title", Codecs.STRING, RelatedReview::getTitle, (b, v) -> b.title(v),
          "The other review's title.")
      .optional("url", Codecs.STRING, RelatedReview::getUrl, (b, v) -> b.url(v),
          "A web address of the other review.")
      .build();

  /** A paragraph. */
  public static final TypeSpec<Paragraph, Paragraph.Builder> PARAGRAPH = TypeSpec
      .of("Paragraph", Paragraph.class,
          "A paragraph of running text that is not an item: before the first section, or a"
              + " section's introduction.",
          Paragraph::builder, Paragraph.Builder::build, Paragraph.Builder::putExtension)
      .optional("id", Codecs.STRING, Paragraph::getId, (b, v) -> b.id(v),
          "The identifier, unique within the document.")
      .optional("label", Codecs.STRING, Paragraph::getLabel, (b, v) -> b.label(v),
          "The paragraph's number in the source (\"1\", \"12 (b)\").")
      .required("text", Codecs.STRING, Paragraph::getText, (b, v) -> b.text(v),
          "The paragraph as the source gives it.")
      .list("footnoteIds", Codecs.STRING, Paragraph::getFootnoteIds, (b, v) -> b.footnoteIds(v),
          "The ids of the footnotes the paragraph refers to.")
      .build();

  /** A footnote. */
  public static final TypeSpec<Footnote, Footnote.Builder> FOOTNOTE = TypeSpec
      .of("Footnote", Footnote.class, "A footnote of the document, which items cite by id.",
          Footnote::builder, Footnote.Builder::build, Footnote.Builder::putExtension)
      .required("id", Codecs.STRING, Footnote::getId, (b, v) -> b.id(v),
          "The identifier, unique within the document, that items cite.")
      .optional("label", Codecs.STRING, Footnote::getLabel, (b, v) -> b.label(v),
          "The footnote's mark in the source (\"1\", \"*\").")
      .required("text", Codecs.STRING, Footnote::getText, (b, v) -> b.text(v),
          "The footnote as the source gives it.")
      .build();

  /** A translation link. */
  public static final TypeSpec<Translation, Translation.Builder> TRANSLATION = TypeSpec
      .of("Translation", Translation.class,
          "Another language version of the same work, each version a document of its own.",
          Translation::builder, Translation.Builder::build, Translation.Builder::putExtension)
      .required("language", Codecs.STRING, Translation::getLanguage, (b, v) -> b.language(v),
          "The language of the other version, as a BCP 47 tag (\"fr\").")
      .optional("id", Codecs.STRING, Translation::getId, (b, v) -> b.id(v),
          "The id of the other version's document.")
      .optional("title", Codecs.STRING, Translation::getTitle, (b, v) -> b.title(v),
          "The title of the other version.")
      .optional("url", Codecs.STRING, Translation::getUrl, (b, v) -> b.url(v),
          "Where the other version can be found.")
      .build();

  /** An adoption. */
  public static final TypeSpec<Adoption, Adoption.Builder> ADOPTION = TypeSpec
      .of("Adoption", Adoption.class, "What a body did with the document, and when.",
          Adoption::builder, Adoption.Builder::build, Adoption.Builder::putExtension)
      .defaulted("kind", ADOPTION_KIND, Adoption::getKind, (b, v) -> b.kind(v),
          AdoptionKind.ADOPTED, "What the body did.")
      .required("body", Codecs.STRING, Adoption::getBody, (b, v) -> b.body(v),
          "The body (\"International Migration Review Forum\", \"General Assembly\").")
      .optional("date", Codecs.PARTIAL_DATE, Adoption::getDate, (b, v) -> b.date(v),
          "When it did.")
      .optional("symbol", Codecs.STRING, Adoption::getSymbol, (b, v) -> b.symbol(v),
          "The symbol of the act (\"A/RES/76/266\").")
      .build();

  /** A pledge. */
  public static final TypeSpec<Pledge, Pledge.Builder> PLEDGE = TypeSpec
      .of("Pledge", Pledge.class,
          "A pledge: who pledges what, for which objectives, and for how much.",
          Pledge::builder, Pledge.Builder::build, Pledge.Builder::putExtension)
      .required("id", Codecs.STRING, Pledge::getId, (b, v) -> b.id(v),
          "The identifier, unique within the document.")
      .optional("label", Codecs.STRING, Pledge::getLabel, (b, v) -> b.label(v),
          "The pledge's number in the source.")
      .required("text", Codecs.STRING, Pledge::getText, (b, v) -> b.text(v),
          "What is pledged, as the source states it.")
      .list("pledgers", Codecs.object(() -> Format.ACTOR), Pledge::getPledgers,
          (b, v) -> b.pledgers(v), "Who pledges.")
      .list("objectives", OBJECTIVE, Pledge::getObjectives, (b, v) -> b.objectives(v),
          "The objectives the pledge serves.")
      .defaulted("allObjectives", Codecs.BOOLEAN, Pledge::isAllObjectives,
          (b, v) -> b.allObjectives(v), Boolean.FALSE,
          "Whether the pledge serves all 23 objectives.")
      .optional("amount", Codecs.DECIMAL, Pledge::getAmount, (b, v) -> b.amount(v),
          "The amount pledged, for a pledge of money, kept exactly as written.")
      .optional("currency", Codecs.STRING, Pledge::getCurrency, (b, v) -> b.currency(v),
          "The currency of the amount, as an ISO 4217 code (\"USD\").")
      .list("footnoteIds", Codecs.STRING, Pledge::getFootnoteIds, (b, v) -> b.footnoteIds(v),
          "The ids of the footnotes the pledge refers to.")
      .build();

  /** A review. */
  public static final TypeSpec<Review, Review.Builder> REVIEW = TypeSpec
      .of("Review", Review.class,
          "The review a document feeds or records: the process, the regional commission and"
              + " region, the period, its events, organisers, chairs, symbols and related reviews.",
          Review::builder, Review.Builder::build, Review.Builder::putExtension)
      .required("process", PROCESS, Review::getProcess, (b, v) -> b.process(v),
          "The review process.")
      .optional("regionalReview", REGIONAL_REVIEW, Review::getRegionalReview,
          (b, v) -> b.regionalReview(v), "The catalogued regional review, if this is one.")
      .optional("forum", FORUM, Review::getForum, (b, v) -> b.forum(v),
          "The International Migration Review Forum, if this is one (since 2.0).")
      .optional("commission", COMMISSION, Review::getCommission, (b, v) -> b.commission(v),
          "The regional commission that convenes the review.")
      .optional("title", Codecs.STRING, Review::getTitle, (b, v) -> b.title(v),
          "The review's title, as its organisers name it.")
      .list("subRegions", SUB_REGION, Review::getSubRegions, (b, v) -> b.subRegions(v),
          "The sub-regions the review or input concentrates on.")
      .list("countries", COUNTRY, Review::getCountries, (b, v) -> b.countries(v),
          "The countries the review covers, where it covers fewer than a whole region.")
      .optional("period", Codecs.object(() -> Format.DATE_RANGE), Review::getPeriod,
          (b, v) -> b.period(v), "When the review took place.")
      .list("events", Codecs.object(() -> Format.EVENT), Review::getEvents,
          (b, v) -> b.events(v), "The review's events: consultations, hearings, meetings.")
      .list("hosts", Codecs.object(() -> Format.ACTOR), Review::getHosts, (b, v) -> b.hosts(v),
          "Who convened or hosted the review.")
      .list("coOrganisers", Codecs.object(() -> Format.ACTOR), Review::getCoOrganisers,
          (b, v) -> b.coOrganisers(v), "Who organised the review with the hosts.")
      .list("chairs", Codecs.object(() -> Format.ACTOR), Review::getChairs,
          (b, v) -> b.chairs(v), "Who chaired the review or its meeting.")
      .list("symbols", Codecs.STRING, Review::getSymbols, (b, v) -> b.symbols(v),
          "The document symbols of the review.")
      .list("relatedReviews", Codecs.object(() -> Format.RELATED_REVIEW),
          Review::getRelatedReviews, (b, v) -> b.relatedReviews(v),
          "The reviews this one follows, feeds or belongs to.")
      .build();

  /** A finding. */
  public static final TypeSpec<Finding, Finding.Builder> FINDING = TypeSpec
      .of("Finding", Finding.class,
          "A statement of the document: what stakeholders observed (an observation, a concern, a"
              + " reported violation, progress or a challenge), or what a declaration or outcome"
              + " states (a commitment, a reaffirmation, a request, ...).",
          Finding::builder, Finding.Builder::build, Finding.Builder::putExtension)
      .optional("id", Codecs.STRING, Finding::getId, (b, v) -> b.id(v),
          "The identifier, unique within the document.")
      .optional("label", Codecs.STRING, Finding::getLabel, (b, v) -> b.label(v),
          "The item's number in the source (\"12\", \"12 (b)\").")
      .defaulted("kind", FINDING_KIND, Finding::getKind, (b, v) -> b.kind(v),
          FindingKind.OBSERVATION, "What kind of finding this is.")
      .required("text", Codecs.STRING, Finding::getText, (b, v) -> b.text(v),
          "The finding as the source states it.")
      .list("objectives", OBJECTIVE, Finding::getObjectives, (b, v) -> b.objectives(v),
          "Objectives the finding concerns beyond those of its section.")
      .defaulted("allObjectives", Codecs.BOOLEAN, Finding::isAllObjectives,
          (b, v) -> b.allObjectives(v), Boolean.FALSE,
          "Whether the item concerns all 23 objectives (a cross-cutting item).")
      .list("themes", THEME, Finding::getThemes, (b, v) -> b.themes(v),
          "Themes the finding concerns beyond those of its section.")
      .list("principles", PRINCIPLE, Finding::getPrinciples, (b, v) -> b.principles(v),
          "The guiding principles the finding concerns.")
      .optional("attribution", Codecs.object(() -> Format.ACTOR), Finding::getAttribution,
          (b, v) -> b.attribution(v), "Who said it, for a finding that quotes someone.")
      .list("countries", COUNTRY, Finding::getCountries, (b, v) -> b.countries(v),
          "The countries the finding is about.")
      .list("subRegions", SUB_REGION, Finding::getSubRegions, (b, v) -> b.subRegions(v),
          "The sub-regions the finding is about.")
      .list("figureIds", Codecs.STRING, Finding::getFigureIds, (b, v) -> b.figureIds(v),
          "The ids of the figures that support the finding.")
      .list("referenceIds", Codecs.STRING, Finding::getReferenceIds, (b, v) -> b.referenceIds(v),
          "The ids of the references that support or are discussed by the finding.")
      .list("footnoteIds", Codecs.STRING, Finding::getFootnoteIds, (b, v) -> b.footnoteIds(v),
          "The ids of the footnotes the item refers to.")
      .build();

  /** A recommendation. */
  public static final TypeSpec<Recommendation, Recommendation.Builder> RECOMMENDATION = TypeSpec
      .of("Recommendation", Recommendation.class,
          "A recommendation: what should be done, by whom, for which objectives.",
          Recommendation::builder, Recommendation.Builder::build,
          Recommendation.Builder::putExtension)
      .required("id", Codecs.STRING, Recommendation::getId, (b, v) -> b.id(v),
          "The identifier, unique within the document.")
      .optional("label", Codecs.STRING, Recommendation::getLabel, (b, v) -> b.label(v),
          "The item's number in the source (\"12\", \"12 (b)\").")
      .required("text", Codecs.STRING, Recommendation::getText, (b, v) -> b.text(v),
          "The recommendation as the source states it.")
      .list("objectives", OBJECTIVE, Recommendation::getObjectives, (b, v) -> b.objectives(v),
          "The objectives the recommendation addresses, the primary one first.")
      .defaulted("allObjectives", Codecs.BOOLEAN, Recommendation::isAllObjectives,
          (b, v) -> b.allObjectives(v), Boolean.FALSE,
          "Whether the item concerns all 23 objectives (a cross-cutting item).")
      .list("relatedObjectives", OBJECTIVE, Recommendation::getRelatedObjectives,
          (b, v) -> b.relatedObjectives(v), "Further objectives the recommendation links to.")
      .list("addressees", Codecs.object(() -> Format.ACTOR), Recommendation::getAddressees,
          (b, v) -> b.addressees(v), "Who is asked to act.")
      .list("principles", PRINCIPLE, Recommendation::getPrinciples, (b, v) -> b.principles(v),
          "The guiding principles the recommendation invokes.")
      .list("themes", THEME, Recommendation::getThemes, (b, v) -> b.themes(v),
          "The cross-cutting themes of the recommendation.")
      .list("referenceIds", Codecs.STRING, Recommendation::getReferenceIds,
          (b, v) -> b.referenceIds(v), "The ids of the references the recommendation relies on.")
      .list("footnoteIds", Codecs.STRING, Recommendation::getFootnoteIds, (b, v) -> b.footnoteIds(v),
          "The ids of the footnotes the item refers to.")
      .build();

  /** A promising practice. */
  public static final TypeSpec<PromisingPractice, PromisingPractice.Builder> PRACTICE = TypeSpec
      .of("PromisingPractice", PromisingPractice.class,
          "A promising practice: something done, by whom, where and when, for which objectives,"
              + " and what came of it.",
          PromisingPractice::builder, PromisingPractice.Builder::build,
          PromisingPractice.Builder::putExtension)
      .required("id", Codecs.STRING, PromisingPractice::getId, (b, v) -> b.id(v),
          "The identifier, unique within the document.")
      .optional("label", Codecs.STRING, PromisingPractice::getLabel, (b, v) -> b.label(v),
          "The item's number in the source (\"12\", \"12 (b)\").")
      .required("title", Codecs.STRING, PromisingPractice::getTitle, (b, v) -> b.title(v),
          "A short name for the practice.")
      .required("description", Codecs.STRING, PromisingPractice::getDescription,
          (b, v) -> b.description(v), "What was done, as the source states it.")
      .list("actors", Codecs.object(() -> Format.ACTOR), PromisingPractice::getActors,
          (b, v) -> b.actors(v), "Who carried out the practice.")
      .list("countries", COUNTRY, PromisingPractice::getCountries, (b, v) -> b.countries(v),
          "The countries where it took place.")
      .list("cities", Codecs.STRING, PromisingPractice::getCities, (b, v) -> b.cities(v),
          "The cities or localities where it took place.")
      .optional("period", Codecs.object(() -> Format.DATE_RANGE), PromisingPractice::getPeriod,
          (b, v) -> b.period(v), "When it took place.")
      .list("objectives", OBJECTIVE, PromisingPractice::getObjectives, (b, v) -> b.objectives(v),
          "The objectives the practice serves.")
      .list("principles", PRINCIPLE, PromisingPractice::getPrinciples, (b, v) -> b.principles(v),
          "The guiding principles the practice puts into effect.")
      .list("themes", THEME, PromisingPractice::getThemes, (b, v) -> b.themes(v),
          "The cross-cutting themes of the practice.")
      .list("outcomes", Codecs.STRING, PromisingPractice::getOutcomes, (b, v) -> b.outcomes(v),
          "What came of the practice.")
      .list("figureIds", Codecs.STRING, PromisingPractice::getFigureIds,
          (b, v) -> b.figureIds(v), "The ids of the figures that describe the practice.")
      .list("referenceIds", Codecs.STRING, PromisingPractice::getReferenceIds,
          (b, v) -> b.referenceIds(v), "The ids of the references about the practice.")
      .list("footnoteIds", Codecs.STRING, PromisingPractice::getFootnoteIds, (b, v) -> b.footnoteIds(v),
          "The ids of the footnotes the item refers to.")
      .build();

  /** A figure. */
  public static final TypeSpec<Figure, Figure.Builder> FIGURE = TypeSpec
      .of("Figure", Figure.class, "A quantity the input states, with its unit and meaning.",
          Figure::builder, Figure.Builder::build, Figure.Builder::putExtension)
      .required("id", Codecs.STRING, Figure::getId, (b, v) -> b.id(v),
          "The identifier, unique within the document, that findings and practices cite.")
      .required("value", Codecs.DECIMAL, Figure::getValue, (b, v) -> b.value(v),
          "The number stated, kept exactly as written.")
      .optional("outOf", Codecs.DECIMAL, Figure::getOutOf, (b, v) -> b.outOf(v),
          "The whole the value is a part of, for a proportion stated as \"1 out of 3\".")
      .required("unit", Codecs.STRING, Figure::getUnit, (b, v) -> b.unit(v),
          "What is counted or measured (\"migrants\", \"months\").")
      .defaulted("qualifier", QUALIFIER, Figure::getQualifier, (b, v) -> b.qualifier(v),
          FigureQualifier.EXACT, "How the value bounds the quantity.")
      .required("description", Codecs.STRING, Figure::getDescription,
          (b, v) -> b.description(v), "What the figure means, in words.")
      .optional("statement", Codecs.STRING, Figure::getStatement, (b, v) -> b.statement(v),
          "The sentence of the source that states the figure, word for word.")
      .optional("referenceDate", Codecs.PARTIAL_DATE, Figure::getReferenceDate,
          (b, v) -> b.referenceDate(v), "The date the figure refers to (\"as of 2021\").")
      .optional("currency", Codecs.STRING, Figure::getCurrency, (b, v) -> b.currency(v),
          "The currency, as an ISO 4217 code (\"USD\"), for an amount of money.")
      .optional("source", Codecs.STRING, Figure::getSource, (b, v) -> b.source(v),
          "Where the figure comes from, as the document names it.")
      .list("objectives", OBJECTIVE, Figure::getObjectives, (b, v) -> b.objectives(v),
          "The objectives the figure bears on.")
      .build();

  /** A reference. */
  public static final TypeSpec<Reference, Reference.Builder> REFERENCE = TypeSpec
      .of("Reference", Reference.class,
          "A reference to an external instrument or source.",
          Reference::builder, Reference.Builder::build, Reference.Builder::putExtension)
      .required("id", Codecs.STRING, Reference::getId, (b, v) -> b.id(v),
          "The identifier, unique within the document, that other items cite.")
      .required("title", Codecs.STRING, Reference::getTitle, (b, v) -> b.title(v),
          "The full title of the instrument or source.")
      .optional("shortTitle", Codecs.STRING, Reference::getShortTitle, (b, v) -> b.shortTitle(v),
          "The short name the input uses for it, if different.")
      .defaulted("kind", REFERENCE_KIND, Reference::getKind, (b, v) -> b.kind(v),
          ReferenceKind.OTHER, "What kind of source this is.")
      .optional("issuer", Codecs.STRING, Reference::getIssuer, (b, v) -> b.issuer(v),
          "Who issued, adopted or publishes it.")
      .optional("date", Codecs.PARTIAL_DATE, Reference::getDate, (b, v) -> b.date(v),
          "When it was adopted, signed or published.")
      .optional("place", Codecs.STRING, Reference::getPlace, (b, v) -> b.place(v),
          "Where it was adopted or signed.")
      .optional("identifier", Codecs.STRING, Reference::getIdentifier,
          (b, v) -> b.identifier(v), "An official identifier or document symbol.")
      .optional("url", Codecs.STRING, Reference::getUrl, (b, v) -> b.url(v),
          "A web address for it.")
      .defaulted("forthcoming", Codecs.BOOLEAN, Reference::isForthcoming,
          (b, v) -> b.forthcoming(v), Boolean.FALSE,
          "Whether the source was announced but not yet published when the input was written.")
      .optional("note", Codecs.STRING, Reference::getNote, (b, v) -> b.note(v),
          "What the input says about the source.")
      .build();

  /** An open question. */
  public static final TypeSpec<OpenQuestion, OpenQuestion.Builder> OPEN_QUESTION = TypeSpec
      .of("OpenQuestion", OpenQuestion.class,
          "A question the input raises and leaves open for the review to take up.",
          OpenQuestion::builder, OpenQuestion.Builder::build, OpenQuestion.Builder::putExtension)
      .optional("id", Codecs.STRING, OpenQuestion::getId, (b, v) -> b.id(v),
          "The identifier, unique within the document.")
      .optional("label", Codecs.STRING, OpenQuestion::getLabel, (b, v) -> b.label(v),
          "The item's number in the source (\"12\", \"12 (b)\").")
      .required("text", Codecs.STRING, OpenQuestion::getText, (b, v) -> b.text(v),
          "The question as the source asks it.")
      .list("objectives", OBJECTIVE, OpenQuestion::getObjectives, (b, v) -> b.objectives(v),
          "The objectives the question concerns.")
      .list("themes", THEME, OpenQuestion::getThemes, (b, v) -> b.themes(v),
          "The themes the question concerns.")
      .build();

  /** A section; sections nest. */
  public static final TypeSpec<Section, Section.Builder> SECTION = TypeSpec
      .of("Section", Section.class,
          "A part of the input that addresses objectives and themes, with what stakeholders"
              + " found, recommend and report as promising practice there. Sections nest.",
          Section::builder, Section.Builder::build, Section.Builder::putExtension)
      .required("id", Codecs.STRING, Section::getId, (b, v) -> b.id(v),
          "The identifier, unique within the document.")
      .optional("label", Codecs.STRING, Section::getLabel, (b, v) -> b.label(v),
          "The section's number or letter in the source (\"II\").")
      .required("heading", Codecs.STRING, Section::getHeading, (b, v) -> b.heading(v),
          "The heading, as the source gives it.")
      .list("objectives", OBJECTIVE, Section::getObjectives, (b, v) -> b.objectives(v),
          "The objectives the section addresses.")
      .defaulted("allObjectives", Codecs.BOOLEAN, Section::isAllObjectives,
          (b, v) -> b.allObjectives(v), Boolean.FALSE,
          "Whether the section concerns all 23 objectives (a cross-cutting part).")
      .optional("roundTable", ROUND_TABLE, Section::getRoundTable, (b, v) -> b.roundTable(v),
          "The IMRF round table the section reports on.")
      .list("principles", PRINCIPLE, Section::getPrinciples, (b, v) -> b.principles(v),
          "The guiding principles the section addresses.")
      .list("themes", THEME, Section::getThemes, (b, v) -> b.themes(v),
          "The cross-cutting themes the section addresses.")
      .list("introduction", Codecs.object(() -> Format.PARAGRAPH), Section::getIntroduction,
          (b, v) -> b.introduction(v), "The section's introduction: paragraphs before its items.")
      .list("findings", Codecs.object(() -> Format.FINDING), Section::getFindings,
          (b, v) -> b.findings(v),
          "What stakeholders observed, or what the document states (commitments, requests, ...).")
      .list("recommendations", Codecs.object(() -> Format.RECOMMENDATION),
          Section::getRecommendations, (b, v) -> b.recommendations(v),
          "The recommendations made.")
      .list("practices", Codecs.object(() -> Format.PRACTICE), Section::getPractices,
          (b, v) -> b.practices(v), "The promising practices reported.")
      .list("pledges", Codecs.object(() -> Format.PLEDGE), Section::getPledges,
          (b, v) -> b.pledges(v), "The pledges made.")
      .list("figures", Codecs.object(() -> Format.FIGURE), Section::getFigures,
          (b, v) -> b.figures(v), "The figures stated in this section.")
      .list("references", Codecs.object(() -> Format.REFERENCE), Section::getReferences,
          (b, v) -> b.references(v), "The external sources this section refers to.")
      .list("openQuestions", Codecs.object(() -> Format.OPEN_QUESTION), Section::getOpenQuestions,
          (b, v) -> b.openQuestions(v), "The questions this section leaves open.")
      .list("sections", Codecs.object(() -> Format.SECTION), Section::getSections,
          (b, v) -> b.sections(v), "The nested sections.")
      .build();

  /** A stakeholder input document, the root of a file. */
  public static final TypeSpec<StakeholderInput, StakeholderInput.Builder> DOCUMENT = TypeSpec
      .of("StakeholderInput", StakeholderInput.class,
          "A document of a GCM review (stakeholder input, a review's outcome or summary, a"
              + " progress declaration, a voluntary national review): who contributed it, which"
              + " review it feeds, and its sections of findings, recommendations and promising"
              + " practices.",
          StakeholderInput::builder, StakeholderInput.Builder::build,
          StakeholderInput.Builder::putExtension)
      .formatVersion(StakeholderInput::getFormatVersion, (b, v) -> b.formatVersion(v),
          "The version of the gcm-sdk JSON format the file is written in: \"2.0\", or the 2.x"
          + " version of a file read and written back. Readers of 2.0 read any 2.x file, and"
          + " upgrade a 1.x file when they read it; they reject 3.0 and later.")
      .defaulted("kind", DOCUMENT_KIND, StakeholderInput::getKind, (b, v) -> b.kind(v),
          DocumentKind.STAKEHOLDER_INPUT, "What kind of document this is.")
      .required("id", Codecs.STRING, StakeholderInput::getId, (b, v) -> b.id(v),
          "The document's identifier, unique among the documents a tool handles.")
      .required("title", Codecs.STRING, StakeholderInput::getTitle, (b, v) -> b.title(v),
          "The document's title.")
      .required("language", Codecs.STRING, StakeholderInput::getLanguage,
          (b, v) -> b.language(v), "The language of the text, as a BCP 47 tag (\"en\").")
      .optional("date", Codecs.PARTIAL_DATE, StakeholderInput::getDate, (b, v) -> b.date(v),
          "When the document was issued.")
      .list("symbols", Codecs.STRING, StakeholderInput::getSymbols, (b, v) -> b.symbols(v),
          "The document's symbols (\"A/RES/76/266\").")
      .list("adoptions", Codecs.object(() -> Format.ADOPTION), StakeholderInput::getAdoptions,
          (b, v) -> b.adoptions(v), "Who adopted, endorsed or published the document, and when.")
      .optional("workId", Codecs.STRING, StakeholderInput::getWorkId, (b, v) -> b.workId(v),
          "The identifier of the work this document is one language version of, shared by all"
              + " its versions.")
      .list("translations", Codecs.object(() -> Format.TRANSLATION),
          StakeholderInput::getTranslations, (b, v) -> b.translations(v),
          "The other language versions of the same work.")
      .optional("url", Codecs.STRING, StakeholderInput::getUrl, (b, v) -> b.url(v),
          "Where the original document can be found.")
      .optional("review", Codecs.object(() -> Format.REVIEW), StakeholderInput::getReview,
          (b, v) -> b.review(v), "The review this input feeds.")
      .list("contributors", Codecs.object(() -> Format.ACTOR), StakeholderInput::getContributors,
          (b, v) -> b.contributors(v),
          "The stakeholder groups and organisations whose input the document gathers.")
      .list("paragraphs", Codecs.object(() -> Format.PARAGRAPH), StakeholderInput::getParagraphs,
          (b, v) -> b.paragraphs(v), "The paragraphs before the first section.")
      .list("sections", Codecs.object(() -> Format.SECTION), StakeholderInput::getSections,
          (b, v) -> b.sections(v), "The top-level sections.")
      .list("references", Codecs.object(() -> Format.REFERENCE), StakeholderInput::getReferences,
          (b, v) -> b.references(v), "The external sources the document as a whole refers to.")
      .list("figures", Codecs.object(() -> Format.FIGURE), StakeholderInput::getFigures,
          (b, v) -> b.figures(v), "The figures the document as a whole states.")
      .list("openQuestions", Codecs.object(() -> Format.OPEN_QUESTION),
          StakeholderInput::getOpenQuestions, (b, v) -> b.openQuestions(v),
          "The questions the document as a whole leaves open.")
      .list("footnotes", Codecs.object(() -> Format.FOOTNOTE), StakeholderInput::getFootnotes,
          (b, v) -> b.footnotes(v), "The document's footnotes, which items cite by id.")
      .build();

  /** The codec of a whole document. */
  public static final Codec<StakeholderInput> DOCUMENT_CODEC = Codecs.object(() -> DOCUMENT);

  /** Every object type, the document first. */
  public static final List<TypeSpec<?, ?>> TYPES = List.of(DOCUMENT, REVIEW, DATE_RANGE, ACTOR,
      SECTION, FINDING, RECOMMENDATION, PRACTICE, FIGURE, REFERENCE, OPEN_QUESTION, EVENT,
      RELATED_REVIEW, ADOPTION, TRANSLATION, PARAGRAPH, PLEDGE, FOOTNOTE);

  private static <E extends Enum<E> & Coded> Function<String, E> byCode(E[] values) {
    Map<String, E> map = new HashMap<>();
    for (E value : values) {
      map.put(value.getCode(), value);
    }
    String type = values[0].getDeclaringClass().getSimpleName();
    return code -> {
      E value = map.get(code);
      if (value == null) {
        throw new IllegalArgumentException("Unknown code for " + type + ": " + Excerpt.of(code));
      }
      return value;
    };
  }

  /**
   * Returns the model types of the format, each with its description.
   *
   * @return a list of every object type
   */
  public static List<TypeSpec<?, ?>> types() {
    return TYPES;
  }
}
