package io.github.gcmsdk.examples;

import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.RegionalReview;
import io.github.gcmsdk.catalog.StakeholderGroup;
import io.github.gcmsdk.catalog.Theme;
import io.github.gcmsdk.model.Actor;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.FindingKind;
import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.PromisingPractice;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.Review;
import io.github.gcmsdk.model.ReviewProcess;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;

/**
 * Builds a stakeholder input document in code: an excerpt of the input to the UNECE regional
 * review of 2020, with one section on Objective 11, a finding, a recommendation and a promising
 * practice.
 *
 * <p>{@link #run()} returns what {@link #main(String[])} prints.
 */
public final class BuildDocument {

  private BuildDocument() {}

  /**
   * Prints a short account of the document built.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /**
   * Builds the document and describes it.
   *
   * @return the lines {@link #main(String[])} prints
   */
  public static String run() {
    StakeholderInput document = build();
    Section section = document.getSections().get(0);
    StringBuilder out = new StringBuilder();
    out.append(document.getId()).append(": ").append(document.getTitle()).append('\n');
    out.append("section ").append(section.getId()).append(" (").append(section.getHeading())
        .append(") addresses");
    for (Objective objective : section.getObjectives()) {
      out.append(" Objective ").append(objective.getNumber()).append(" - ")
          .append(objective.getShortLabel());
    }
    out.append('\n');
    out.append(section.getFindings().size()).append(" finding, ")
        .append(section.getRecommendations().size()).append(" recommendation, ")
        .append(section.getPractices().size()).append(" practice\n");
    Recommendation recommendation = section.getRecommendations().get(0);
    out.append(recommendation.getId()).append(" links to objectives");
    for (Objective objective : recommendation.getRelatedObjectives()) {
      out.append(' ').append(objective.getNumber());
    }
    out.append('\n');
    return out.toString();
  }

  /**
   * Builds the document.
   *
   * @return the document, not null
   */
  public static StakeholderInput build() {
    // START SNIPPET: build-document
    Section borders = Section.builder()
        .id("obj11")
        .heading("Objective 11 - borders")
        .addObjectives(Objective.of(11))
        .addThemes(Theme.BORDER_GOVERNANCE)
        .addFindings(Finding.builder()
            .id("obj11-finding-1")
            .kind(FindingKind.VIOLATION)
            .text("Across the broad UNECE region, stakeholders noted that there were multiple"
                + " violations of Objective 11.")
            .build())
        .addRecommendations(Recommendation.builder()
            .id("obj11-rec-1")
            .text("Fair and efficient procedures at borders, with a best interests assessment"
                + " for every child.")
            .addRelatedObjectives(Objective.of(7), Objective.of(21))
            .addAddressees(Actor.of(StakeholderGroup.GOVERNMENTS))
            .build())
        .addPractices(PromisingPractice.builder()
            .id("practice-firewall")
            .title("Firewall for undocumented migrants")
            .description("Undocumented migrants can report crimes and use services without"
                + " their data being passed to immigration enforcement.")
            .addCountries(Country.of("IE"))
            .addObjectives(Objective.of(15))
            .build())
        .build();

    StakeholderInput document = StakeholderInput.builder()
        .id("unece-2020-excerpt")
        .title("Stakeholder input to the UNECE regional review (excerpt)")
        .language("en")
        .date(PartialDate.ofMonth(2020, 11))
        .review(Review.builder()
            .process(ReviewProcess.REGIONAL_REVIEW)
            .regionalReview(RegionalReview.ECE_2020)
            .build())
        .addContributors(Actor.of(StakeholderGroup.CIVIL_SOCIETY))
        .addSections(borders)
        .build();
    // END SNIPPET: build-document
    return document;
  }
}
