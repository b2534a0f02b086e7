package io.github.gcmsdk.validation;

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

/** Test documents: a valid one after the UNECE 2020 stakeholder input, and pieces of it. */
final class Documents {

  private Documents() {}

  /** The objective of a number. */
  static Objective o(int number) {
    return Objective.of(number);
  }

  /** A section with one finding, so that it is not empty. */
  static Section.Builder section(String id, String heading, int... objectives) {
    Section.Builder b = Section.builder().id(id).heading(heading);
    for (int n : objectives) {
      b.addObjective(o(n));
    }
    return b;
  }

  /** A recommendation with objectives. */
  static Recommendation recommendation(String id, String text, int... objectives) {
    Recommendation.Builder b = Recommendation.builder().id(id).text(text);
    for (int n : objectives) {
      b.addObjective(o(n));
    }
    return b.build();
  }

  /** A minimal valid document around the given sections. */
  static StakeholderInput.Builder document(Section... sections) {
    return StakeholderInput.builder()
        .id("test-doc")
        .title("Test document")
        .language("en")
        .addSections(sections);
  }

  /** A minimal valid section holding the given finding text. */
  static Section simpleSection(String id, String text, int objective) {
    return section(id, "Objective " + objective, objective).addFinding(Finding.of(text)).build();
  }

  /**
   * Returns a valid document after the summary of stakeholder input to the UNECE regional review
   * of November 2020: no problem at all under {@link Profile#PUBLICATION}.
   */
  static StakeholderInput valid() {
    Reference pact = Reference.builder()
        .id("ref-eu-pact")
        .title("New Pact on Migration and Asylum")
        .kind(ReferenceKind.POLICY)
        .issuer("European Commission")
        .date(PartialDate.ofMonth(2020, 9))
        .identifier("COM(2020) 609 final")
        .url("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A52020DC0609")
        .build();
    Reference chisinau = Reference.builder()
        .id("ref-chisinau")
        .title("Agreement on cooperation of the States Parties of the Commonwealth of Independent"
            + " States in matters of the return of minors to the states of their permanent"
            + " residence")
        .shortTitle("Chisinau Agreement")
        .kind(ReferenceKind.AGREEMENT)
        .place("Chisinau")
        .date(PartialDate.of(LocalDate.of(2002, 10, 7)))
        .build();
    Figure detention = Figure.builder()
        .id("fig-detention-months")
        .value(BigDecimal.TEN)
        .unit("months")
        .qualifier(FigureQualifier.UP_TO)
        .description("How long children aged 12-18 could be detained under the proposed border"
            + " procedures")
        .statement("Children aged 12-18 and accompanied by their parents are included in the new"
            + " proposed border procedures and could be detained for up to 10 months.")
        .addObjective(o(13))
        .build();
    Figure youth = Figure.builder()
        .id("fig-youth")
        .value(BigDecimal.ONE)
        .outOf(BigDecimal.valueOf(3))
        .unit("migrants")
        .description("Share of migrants who are young people under the age of 30")
        .build();

    Section borders = section("s-obj11", "Objective 11 - borders", 11)
        .addFinding(Finding.builder()
            .id("f-violence")
            .kind(FindingKind.VIOLATION)
            .text("Across the broad UNECE region, stakeholders noted that there were multiple"
                + " violations of Objective 11. One word that summarizes this: violence.")
            .addSubRegion(SubRegion.CENTRAL_ASIA)
            .build())
        .addRecommendation(Recommendation.builder()
            .id("rec-obj11-1")
            .text("More transparent governance and independent monitoring at borders, including"
                + " by national human rights institutions.")
            .addAddressee(Actor.builder().group(StakeholderGroup.GOVERNMENTS).build())
            .build())
        .addRecommendation(Recommendation.builder()
            .id("rec-obj11-2")
            .text("Access to individual and fair procedures at the borders. This is also linked"
                + " to migrants in situations of vulnerability (Objective 7) and decisions about"
                + " return (Objective 21).")
            .addRelatedObjectives(o(7), o(21))
            .addPrinciple(GuidingPrinciple.HUMAN_RIGHTS)
            .build())
        .addSection(section("s-children", "Children")
            .addTheme(Theme.CHILDREN)
            .addFinding(Finding.builder()
                .text("Objective 21 (returns): a best interests procedure should be carried out.")
                .addObjective(o(21))
                .build())
            .addRecommendation(Recommendation.builder()
                .id("rec-children-2")
                .text("Multistakeholder cooperation on durable solutions for children in return"
                    + " procedures.")
                .addReferenceId("ref-chisinau")
                .build())
            .build())
        .build();
    Section detentionSection = section("s-obj13",
        "Objective 13 - Use migration detention only as a measure of last resort", 13)
        .addFinding(Finding.builder()
            .id("f-pact")
            .kind(FindingKind.CONCERN)
            .text("The new EU Pact on Migration and Asylum would make this situation worse.")
            .addReferenceId("ref-eu-pact")
            .addFigureId("fig-detention-months")
            .build())
        .addFigure(detention)
        .addReference(pact)
        .build();
    Section services = section("s-obj15", "Objective 15: Access to services", 15)
        .addPractice(PromisingPractice.builder()
            .id("pp-ireland-firewall")
            .title("Firewalls for undocumented migrants")
            .description("Ireland put in place firewalls for undocumented migrants to access"
                + " services and justice during the pandemic.")
            .addActor(Actor.builder().group(StakeholderGroup.GOVERNMENTS)
                .addCountry(Country.of("IE")).build())
            .addCountry(Country.of("IE"))
            .addCity("Dublin")
            .period(DateRange.of(PartialDate.ofYear(2020), PartialDate.ofYear(2021)))
            .addOutcome("Undocumented migrants could reach health care without fear.")
            .build())
        .build();
    Section partnerships = section("s-partnerships", "Multi-stakeholder partnerships")
        .addTheme(Theme.MULTI_STAKEHOLDER_PARTNERSHIPS)
        .addSection(section("s-youth", "Youth", 7, 18)
            .addFinding(Finding.builder()
                .text("Youth working on Objective 7 (vulnerable populations) and Objective 18"
                    + " (internships and skills).")
                .addFigureId("fig-youth")
                .build())
            .build())
        .addSection(section("s-remittances", "Objective 20: Remittances", 20)
            .addOpenQuestion(OpenQuestion.builder()
                .id("q-remittances")
                .text("How can the Remittance Community Task Force continue after the pandemic?")
                .build())
            .build())
        .build();
    return StakeholderInput.builder()
        .id("unece-2020-stakeholder-summary")
        .title("Summary of stakeholder input to the UNECE regional review")
        .language("en")
        .date(PartialDate.ofMonth(2020, 11))
        .url("https://migrationnetwork.un.org/unece-region")
        .review(Review.builder()
            .process(ReviewProcess.REGIONAL_REVIEW)
            .regionalReview(RegionalReview.ECE_2020)
            .title("Regional review of the Global Compact for Migration in the UNECE region")
            .period(DateRange.of(PartialDate.of(LocalDate.of(2020, 11, 12)),
                PartialDate.of(LocalDate.of(2020, 11, 13))))
            .addSubRegions(SubRegion.CENTRAL_ASIA, SubRegion.WESTERN_BALKANS)
            .build())
        .addContributor(Actor.of(StakeholderGroup.CIVIL_SOCIETY))
        .addContributor(Actor.builder().group(StakeholderGroup.TRADE_UNIONS)
            .addSubRegion(SubRegion.CENTRAL_ASIA).build())
        .addSections(borders, detentionSection, services, partnerships)
        .addReference(chisinau)
        .addFigure(youth)
        .addOpenQuestion(OpenQuestion.builder()
            .text("How can we improve equal participation in the multistakeholder input process?")
            .build())
        .build();
  }
}
