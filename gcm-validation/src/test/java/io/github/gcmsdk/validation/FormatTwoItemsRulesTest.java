package io.github.gcmsdk.validation;

import static io.github.gcmsdk.validation.Documents.document;
import static io.github.gcmsdk.validation.Documents.o;
import static io.github.gcmsdk.validation.Documents.section;
import static io.github.gcmsdk.validation.Documents.simpleSection;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.GuidingPrinciple;
import io.github.gcmsdk.catalog.RegionalReview;
import io.github.gcmsdk.catalog.StakeholderGroup;
import io.github.gcmsdk.model.Actor;
import io.github.gcmsdk.model.Event;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.Footnote;
import io.github.gcmsdk.model.Paragraph;
import io.github.gcmsdk.model.Pledge;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.Review;
import io.github.gcmsdk.model.ReviewProcess;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.model.Translation;
import io.github.gcmsdk.catalog.EventKind;
import io.github.gcmsdk.problem.Problem;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ValidationRule} on the items format 2.0 added: pledges, document paragraphs,
 * section introductions, footnotes, the review's events, hosts, co-organisers, chairs and related
 * reviews, translations, adoptions and a finding's attribution. Each test breaks one rule on
 * those items and expects it at the JSON Pointer a file would have.
 */
class FormatTwoItemsRulesTest {

  private static final GcmValidator VALIDATOR = GcmValidator.standard();

  private static List<String> pointers(StakeholderInput document, ValidationRule rule) {
    return VALIDATOR.validate(document).getProblems().stream()
        .filter(p -> p.getCode().equals(rule.getCode()))
        .map(p -> p.getLocation().getPointer()).collect(Collectors.toList());
  }

  private static Pledge.Builder pledge(String id, String text) {
    return Pledge.builder().id(id).text(text).addPledger(Actor.of(StakeholderGroup.GOVERNMENTS));
  }

  private static Review ece2020() {
    return Review.builder().process(ReviewProcess.REGIONAL_REVIEW)
        .regionalReview(RegionalReview.ECE_2020).build();
  }

  @Test
  void v009PledgesParagraphsAndFootnotesShareTheOneNamespaceButTranslationsDoNot() {
    StakeholderInput doc = document(section("s1", "Heading", 1)
        .addIntroduction(Paragraph.builder().id("para-1").text("Introduction").build())
        .addPledge(pledge("s1", "We pledge").addObjective(o(1)).build())
        .addFinding(Finding.of("t"))
        .build())
        .addParagraph(Paragraph.builder().id("para-1").text("Preamble").build())
        .addFootnote(Footnote.builder().id("para-1").text("A note").build())
        .addTranslation(Translation.builder().language("fr").id("s1").build())
        .build();
    assertEquals(List.of("/footnotes/0/id", "/sections/0/introduction/0/id",
        "/sections/0/pledges/0/id"), pointers(doc, ValidationRule.DUPLICATE_ID),
        "a translation's id names another document: not in the namespace");
    Problem footnote = VALIDATOR.validate(doc).getProblems().stream()
        .filter(p -> p.getLocation().getPointer().equals("/footnotes/0/id")).findFirst()
        .orElseThrow();
    assertEquals("the id \"para-1\" is already used at /paragraphs/0/id", footnote.getMessage());
  }

  @Test
  void v013RepeatedEntriesOfTheNewListsAreReported() {
    Actor pledger = Actor.builder().group(StakeholderGroup.GOVERNMENTS)
        .addCountries(Country.of("FR"), Country.of("FR")).build();
    StakeholderInput doc = document(section("s1", "Heading", 1)
        .addPrinciples(GuidingPrinciple.HUMAN_RIGHTS, GuidingPrinciple.HUMAN_RIGHTS)
        .addIntroduction(Paragraph.builder().text("i").addFootnoteIds("fn-1", "fn-1").build())
        .addFinding(Finding.builder().text("t")
            .addPrinciples(GuidingPrinciple.RULE_OF_LAW_AND_DUE_PROCESS,
                GuidingPrinciple.RULE_OF_LAW_AND_DUE_PROCESS)
            .addFootnoteIds("fn-1", "fn-1").build())
        .addPledge(Pledge.builder().id("p1").text("We pledge").addPledger(pledger)
            .addObjectives(o(1), o(1)).addFootnoteIds("fn-1", "fn-1").build())
        .build())
        .addFootnote(Footnote.builder().id("fn-1").text("A note").build())
        .build();
    assertEquals(List.of("/sections/0/findings/0/footnoteIds/1",
        "/sections/0/findings/0/principles/1", "/sections/0/introduction/0/footnoteIds/1",
        "/sections/0/pledges/0/footnoteIds/1", "/sections/0/pledges/0/objectives/1",
        "/sections/0/pledges/0/pledgers/0/countries/1", "/sections/0/principles/1"),
        pointers(doc, ValidationRule.DUPLICATE_LIST_ENTRY));
  }

  @Test
  void v015HostsChairsCoOrganisersPledgersAndAttributionsAreCheckedAgainstTheCommission() {
    Review review = Review.builder().from(ece2020())
        .addHost(Actor.builder().name("Host").addCountry(Country.of("BR")).build())
        .addCoOrganiser(Actor.builder().name("Co").addCountry(Country.of("FR")).build())
        .addCoOrganiser(Actor.builder().name("Co 2").addCountry(Country.of("JP")).build())
        .addChair(Actor.builder().name("Chair").addCountry(Country.of("KE")).build())
        .build();
    StakeholderInput doc = document(section("s1", "Heading", 1)
        .addFinding(Finding.builder().text("t").attribution(Actor.builder().name("Speaker")
            .addCountry(Country.of("SN")).build()).build())
        .addPledge(Pledge.builder().id("p1").text("We pledge").addObjective(o(1))
            .addPledger(Actor.builder().group(StakeholderGroup.GOVERNMENTS)
                .addCountry(Country.of("AR")).build()).build())
        .build())
        .review(review).build();
    assertEquals(List.of("/review/chairs/0/countries/0", "/review/coOrganisers/1/countries/0",
        "/review/hosts/0/countries/0", "/sections/0/findings/0/attribution/countries/0",
        "/sections/0/pledges/0/pledgers/0/countries/0"),
        pointers(doc, ValidationRule.COUNTRY_OUTSIDE_REGION));
  }

  @Test
  void v016MentionsInSectionIntroductionsAndPledgesAreReportedUnlessLinked() {
    StakeholderInput doc = document(section("s1", "Heading", 1)
        .addIntroduction(Paragraph.of("This part covers Objective 1 and Objective 7."))
        .addPledge(pledge("p1", "Towards Objective 9").addObjective(o(9)).build())
        .addPledge(pledge("p2", "Towards Objective 10").addObjective(o(9)).build())
        .addPledge(pledge("p3", "Towards Objective 3").allObjectives(true).build())
        .addFinding(Finding.builder().text("Objective 4 too").allObjectives(true).build())
        .addRecommendation(Recommendation.builder().id("r1").text("Objective 5 as well")
            .allObjectives(true).build())
        .build())
        .addParagraph(Paragraph.of("We reaffirm Objective 23."))
        .build();
    assertEquals(List.of("/sections/0/introduction/0/text", "/sections/0/pledges/1/text"),
        pointers(doc, ValidationRule.OBJECTIVE_MENTIONED_NOT_LINKED),
        "the section's objectives count for its introduction, allObjectives links every"
            + " objective, and a document paragraph has nothing to link to");
  }

  @Test
  void v017HostsChairsCoOrganisersPledgersAndAttributionsNeedAGroupOrAName() {
    Actor nobody = Actor.builder().addCountry(Country.of("FR")).build();
    Review review = Review.builder().from(ece2020())
        .addHost(nobody).addCoOrganiser(nobody).addChair(nobody).build();
    StakeholderInput doc = document(section("s1", "Heading", 1)
        .addFinding(Finding.builder().text("t").attribution(nobody).build())
        .addPledge(Pledge.builder().id("p1").text("We pledge").addObjective(o(1))
            .addPledger(nobody).build())
        .build())
        .review(review).build();
    assertEquals(List.of("/review/chairs/0", "/review/coOrganisers/0", "/review/hosts/0",
        "/sections/0/findings/0/attribution", "/sections/0/pledges/0/pledgers/0"),
        pointers(doc, ValidationRule.ACTOR_WITHOUT_IDENTITY));
  }

  @Test
  void v020ASectionWithOnlyPledgesOrOnlyAnIntroductionIsNotEmpty() {
    StakeholderInput doc = document(
        section("s1", "Pledges", 1).addPledge(pledge("p1", "We pledge").build()).build(),
        section("s2", "Introduction", 2).addIntroduction(Paragraph.of("Why")).build(),
        section("s3", "Empty", 3).build())
        .build();
    assertEquals(List.of("/sections/2"), pointers(doc, ValidationRule.EMPTY_SECTION));
  }

  @Test
  void textConstraintsApplyToTheNewItems() {
    Review review = Review.builder().from(ece2020())
        .addEvent(Event.builder().kind(EventKind.values()[0]).title("tab\there").build())
        .addHost(Actor.builder().name(" ").build())
        .build();
    StakeholderInput doc = document(section("s1", "Heading", 1)
        .addIntroduction(Paragraph.of("x".repeat(10_001)))
        .addPledge(pledge("p1", " ").addObjective(o(1)).build())
        .build())
        .addFootnote(Footnote.builder().id("fn-1").text("bell\u0007").build())
        .review(review).build();
    List<String> found = VALIDATOR.validate(doc).getProblems().stream()
        .filter(p -> p.getCode().compareTo("GCM-V004") < 0)
        .map(p -> p.getCode() + " " + p.getLocation().getPointer())
        .collect(Collectors.toList());
    assertEquals(List.of("GCM-V002 /footnotes/0/text", "GCM-V002 /review/events/0/title",
        "GCM-V001 /review/hosts/0/name", "GCM-V003 /sections/0/introduction/0/text",
        "GCM-V001 /sections/0/pledges/0/text"), found);
  }

  @Test
  void theValidExampleWithEveryNewItemHasNoProblem() {
    StakeholderInput doc = Documents.valid();
    StakeholderInput rich = doc
        .withParagraphs(Paragraph.builder().id("para-preamble").text("We, the stakeholders")
            .addFootnoteId("fn-1").build())
        .withFootnotes(Footnote.builder().id("fn-1").text("See the summary.").build())
        .withSections(doc.getSections().get(0)
            .withIntroduction(Paragraph.of("Borders and their governance."))
            .withPledges(pledge("pledge-1", "We pledge monitoring at borders.")
                .addObjective(o(11)).addFootnoteId("fn-1").build()),
            doc.getSections().get(1), doc.getSections().get(2), doc.getSections().get(3))
        .withReview(doc.getReview().orElseThrow()
            .withHosts(Actor.of(StakeholderGroup.GOVERNMENTS))
            .withChairs(Actor.builder().name("Chair").addCountry(Country.of("CH")).build()));
    assertEquals(List.of(), VALIDATOR.validate(rich).getProblems());
    assertEquals(List.of(), pointers(simpleDocument(), ValidationRule.DUPLICATE_ID));
  }

  private static StakeholderInput simpleDocument() {
    return document(simpleSection("s1", "t", 1)).build();
  }
}
