package io.github.gcmsdk.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.EventKind;
import io.github.gcmsdk.catalog.MigrationReviewForum;
import io.github.gcmsdk.catalog.RegionalCommission;
import io.github.gcmsdk.catalog.RegionalReview;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.StakeholderGroup;
import io.github.gcmsdk.model.Actor;
import io.github.gcmsdk.model.Event;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.Pledge;
import io.github.gcmsdk.model.PromisingPractice;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.Review;
import io.github.gcmsdk.model.ReviewProcess;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageTest {

  private static final Objective O5 = Objective.of(5);
  private static final Objective O7 = Objective.of(7);
  private static final Objective O11 = Objective.of(11);
  private static final Objective O21 = Objective.of(21);

  private static StakeholderInput document(String id, Section... sections) {
    return StakeholderInput.builder()
        .id(id)
        .title("Test " + id)
        .language("en")
        .addContributors(Actor.of(StakeholderGroup.CIVIL_SOCIETY))
        .addContributors(Actor.builder()
            .group(StakeholderGroup.CIVIL_SOCIETY)
            .addCountries(Country.of("IT"))
            .build())
        .addContributors(Actor.builder().name("A named body").build())
        .addSections(sections)
        .build();
  }

  /** Objective 11 section with a nested section on children, as in the UNECE 2020 input. */
  private static Section borders() {
    return Section.builder()
        .id("obj11")
        .heading("Objective 11 - borders")
        .addObjectives(O11)
        .addFindings(Finding.of("Violence at borders."))
        .addFindings(Finding.builder()
            .text("Returns without a best interests procedure.")
            .addObjectives(O21, O11) // 11 again: still counted once
            .addCountries(Country.of("GR"), Country.of("GR"))
            .build())
        .addRecommendations(Recommendation.builder()
            .id("obj11-rec-1")
            .text("Fair procedures at borders.")
            .addRelatedObjectives(O7, O21, O11) // 11 is addressed through the section
            .addAddressees(Actor.builder()
                .group(StakeholderGroup.GOVERNMENTS)
                .addCountries(Country.of("GR"))
                .build())
            .addAddressees(Actor.of(StakeholderGroup.GOVERNMENTS))
            .build())
        .addSections(Section.builder()
            .id("children")
            .heading("Children")
            .addFindings(Finding.of("Children are detained."))
            .addPractices(PromisingPractice.builder()
                .id("p1")
                .title("Guardianship")
                .description("A guardian for every child.")
                .addObjectives(O7)
                .addActors(Actor.builder()
                    .group(StakeholderGroup.CIVIL_SOCIETY)
                    .addCountries(Country.of("IT"))
                    .build())
                .addCountries(Country.of("IT"))
                .build())
            .build())
        .build();
  }

  @Test
  void countsItemsForTheObjectivesOfTheirSectionsAndTheirOwn() {
    Coverage coverage = Coverage.of(List.of(document("a", borders())));

    assertEquals(1, coverage.getDocuments());
    assertEquals(List.of(O7, O11, O21), List.copyOf(coverage.getObjectives().keySet()));

    ObjectiveCount o11 = coverage.getObjective(O11);
    assertEquals(2, o11.getSections(), "the section and its nested section");
    assertEquals(3, o11.getFindings(), "two findings of the section, one of the nested section");
    assertEquals(1, o11.getRecommendations());
    assertEquals(0, o11.getRelatedRecommendations(), "addressed, so not counted as related");
    assertEquals(1, o11.getPractices());

    ObjectiveCount o21 = coverage.getObjective(O21);
    assertEquals(0, o21.getSections());
    assertEquals(1, o21.getFindings());
    assertEquals(0, o21.getRecommendations());
    assertEquals(1, o21.getRelatedRecommendations());

    ObjectiveCount o7 = coverage.getObjective(O7);
    assertEquals(1, o7.getRelatedRecommendations());
    assertEquals(1, o7.getPractices());
    assertEquals(0, o7.getFindings());
  }

  @Test
  void itemsAndSectionsMarkedAllObjectivesCountForEveryObjective() {
    Section crossCutting = Section.builder().id("cc").heading("Cross-cutting")
        .allObjectives(true)
        .addFindings(Finding.of("Everything is linked."))
        .build();
    Section plain = Section.builder().id("plain").heading("Plain")
        .addFindings(Finding.builder().text("All of them.").allObjectives(true).build())
        .addRecommendations(Recommendation.builder().id("r").text("Do all.")
            .allObjectives(true).addRelatedObjectives(O7).build())
        .build();
    Coverage coverage = Coverage.of(document("a", crossCutting, plain));
    assertEquals(23, coverage.getObjectives().size());
    for (Objective objective : Objective.values()) {
      ObjectiveCount count = coverage.getObjective(objective);
      assertEquals(1, count.getSections(), objective.getCode());
      assertEquals(2, count.getFindings(), objective.getCode());
      assertEquals(1, count.getRecommendations(), objective.getCode());
      assertEquals(0, count.getRelatedRecommendations(), "addressed, so not related");
    }
  }

  @Test
  void pledgesAreCountedApartForTheirObjectivesAndTheirSections() {
    Section pledges = Section.builder().id("pledges").heading("Pledges").addObjectives(O11)
        .addPledges(Pledge.builder().id("p1").text("We pledge").addObjectives(O5)
            .addPledgers(Actor.of(StakeholderGroup.GOVERNMENTS)).build())
        .addPledges(Pledge.builder().id("p2").text("We pledge all").allObjectives(true)
            .addPledgers(Actor.of(StakeholderGroup.GOVERNMENTS)).build())
        .build();
    Coverage coverage = Coverage.of(document("a", pledges));
    assertEquals(2, coverage.getObjective(O11).getPledges(), "the section's objective");
    assertEquals(2, coverage.getObjective(O5).getPledges());
    assertEquals(1, coverage.getObjective(O21).getPledges(), "all objectives");
    assertEquals(0, coverage.getObjective(O5).getRecommendations(), "not recommendations");
    assertEquals(23, coverage.getObjectives().size());
  }

  @Test
  void countsDocumentsPerProcessCommissionAndRegionalReviewAndEventsPerKind() {
    Review ece = Review.builder().process(ReviewProcess.REGIONAL_REVIEW)
        .regionalReview(RegionalReview.ECE_2020)
        .addEvents(Event.builder().kind(EventKind.CONSULTATION).build(),
            Event.builder().kind(EventKind.INTERGOVERNMENTAL_MEETING).build(),
            Event.builder().kind(EventKind.CONSULTATION).build())
        .build();
    Review escap = Review.builder().process(ReviewProcess.REGIONAL_REVIEW)
        .commission(RegionalCommission.ESCAP).build();
    Review imrf = Review.builder().process(ReviewProcess.IMRF)
        .forum(MigrationReviewForum.IMRF_2022)
        .addEvents(Event.builder().kind(EventKind.HEARING).build()).build();
    Coverage coverage = Coverage.of(document("a").withReview(ece),
        document("b").withReview(ece), document("c").withReview(escap),
        document("d").withReview(imrf), document("e"));
    assertEquals(Map.of(ReviewProcess.REGIONAL_REVIEW, 3, ReviewProcess.IMRF, 1),
        coverage.getProcesses());
    assertEquals(List.of(RegionalCommission.ECE, RegionalCommission.ESCAP),
        List.copyOf(coverage.getCommissions().keySet()), "catalogue order");
    assertEquals(Map.of(RegionalCommission.ECE, 2, RegionalCommission.ESCAP, 1),
        coverage.getCommissions(), "the commission named, else the regional review's");
    assertEquals(Map.of(RegionalReview.ECE_2020, 2), coverage.getRegionalReviews());
    assertEquals(Map.of(MigrationReviewForum.IMRF_2022, 1), coverage.getForums());
    assertEquals(Map.of(EventKind.CONSULTATION, 4, EventKind.INTERGOVERNMENTAL_MEETING, 2,
        EventKind.HEARING, 1), coverage.getEvents());
    assertThrows(UnsupportedOperationException.class, () -> coverage.getEvents().clear());
    assertEquals(Map.of(), Coverage.empty().getCommissions());
  }

  @Test
  void objectivesThatNothingConcernsAreLeftOutButCanBeAskedFor() {
    Coverage coverage = Coverage.of(document("a", borders()));
    assertTrue(!coverage.getObjectives().containsKey(O5));
    ObjectiveCount o5 = coverage.getObjective(O5);
    assertTrue(o5.isEmpty());
    assertEquals(O5, o5.getObjective());
  }

  @Test
  void countsStakeholderGroupsOncePerDocumentRecommendationOrPractice() {
    Coverage coverage = Coverage.of(document("a", borders()), document("b"));

    StakeholderGroupCount civilSociety = coverage.getStakeholderGroup(StakeholderGroup.CIVIL_SOCIETY);
    assertEquals(2, civilSociety.getContributors(), "two actors of the group, counted per document");
    assertEquals(0, civilSociety.getAddressees());
    assertEquals(1, civilSociety.getActors());

    StakeholderGroupCount governments = coverage.getStakeholderGroup(StakeholderGroup.GOVERNMENTS);
    assertEquals(0, governments.getContributors());
    assertEquals(1, governments.getAddressees(), "two addressees of the group, one recommendation");
    assertEquals(
        List.of(StakeholderGroup.CIVIL_SOCIETY, StakeholderGroup.GOVERNMENTS),
        List.copyOf(coverage.getStakeholderGroups().keySet()),
        "catalogue order");
    assertTrue(coverage.getStakeholderGroup(StakeholderGroup.MEDIA).isEmpty());
  }

  @Test
  void countsAPartnersOwnStakeholderGroupAfterTheKnownOnes() {
    StakeholderGroup nonState = StakeholderGroup.of("non-state-actors");
    StakeholderGroup diaspora = StakeholderGroup.of("diaspora-networks");
    StakeholderInput document = StakeholderInput.builder().id("p").title("T").language("en")
        .addContributors(Actor.of(diaspora), Actor.of(nonState), Actor.of(nonState),
            Actor.of(StakeholderGroup.YOUTH), Actor.of(StakeholderGroup.MIGRANTS))
        .addSection(Section.builder().id("s").heading("H").addObjective(O7)
            .addRecommendation(Recommendation.builder().id("r").text("t")
                .addAddressees(Actor.of(nonState)).build())
            .build())
        .build();
    Coverage coverage = Coverage.of(document);
    assertEquals(List.of(StakeholderGroup.MIGRANTS, StakeholderGroup.YOUTH, diaspora, nonState),
        List.copyOf(coverage.getStakeholderGroups().keySet()),
        "known groups in catalogue order, then partners' groups by code");
    assertEquals(1, coverage.getStakeholderGroup(nonState).getContributors());
    assertEquals(1, coverage.getStakeholderGroup(StakeholderGroup.of("non-state-actors"))
        .getAddressees());
  }

  @Test
  void countsCountries() {
    Coverage coverage = Coverage.of(document("a", borders()), document("b"));

    assertEquals(List.of(Country.of("GR"), Country.of("IT")),
        List.copyOf(coverage.getCountries().keySet()));
    CountryCount greece = coverage.getCountry(Country.of("GR"));
    assertEquals(1, greece.getDocuments());
    assertEquals(1, greece.getFindings(), "listed twice in one finding");
    assertEquals(1, greece.getRecommendations());
    assertEquals(0, greece.getPractices());
    CountryCount italy = coverage.getCountry(Country.of("IT"));
    assertEquals(2, italy.getDocuments(), "a contributor of both documents is in Italy");
    assertEquals(1, italy.getPractices(), "listed by the practice and its actor: once");
    assertEquals(0, coverage.getCountry(Country.of("FR")).getDocuments());
  }

  @Test
  void aBuilderCountsDocumentsOneAtATime() {
    Coverage.Builder builder = Coverage.builder();
    Coverage none = builder.build();
    builder.add(document("a", borders()));
    Coverage one = builder.build();
    builder.add(document("b", borders()));
    Coverage two = builder.build();

    assertEquals(Coverage.empty(), none);
    assertEquals(0, none.getDocuments());
    assertTrue(none.getObjectives().isEmpty());
    assertEquals(1, one.getObjective(O11).getRecommendations(), "unaffected by later additions");
    assertEquals(2, two.getObjective(O11).getRecommendations());
    assertEquals(two, Coverage.of(List.of(document("a", borders()), document("b", borders()))));
    assertEquals(two.hashCode(),
        Coverage.of(document("a", borders()), document("b", borders())).hashCode());
  }

  @Test
  void mapsAreUnmodifiable() {
    Coverage coverage = Coverage.of(document("a", borders()));
    assertThrows(UnsupportedOperationException.class, () -> coverage.getObjectives().clear());
    assertThrows(UnsupportedOperationException.class, () -> coverage.getCountries().clear());
    assertThrows(UnsupportedOperationException.class,
        () -> coverage.getStakeholderGroups().clear());
  }

  @Test
  void nullArgumentsThrow() {
    assertThrows(NullPointerException.class, () -> Coverage.of((Iterable<StakeholderInput>) null));
    assertThrows(NullPointerException.class, () -> Coverage.of((StakeholderInput[]) null));
    assertThrows(NullPointerException.class, () -> Coverage.builder().add(null));
    assertThrows(NullPointerException.class, () -> Coverage.builder().addAll(null));
    assertThrows(NullPointerException.class, () -> Coverage.empty().getObjective(null));
    assertThrows(NullPointerException.class, () -> Coverage.empty().getStakeholderGroup(null));
    assertThrows(NullPointerException.class, () -> Coverage.empty().getCountry(null));
  }
}
