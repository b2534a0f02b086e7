package io.github.gcmsdk.examples;

import io.github.gcmsdk.catalog.CatalogException;
import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.GuidingPrinciple;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.RegionalCommission;
import io.github.gcmsdk.catalog.RegionalReview;
import io.github.gcmsdk.catalog.ReviewEvent;
import io.github.gcmsdk.catalog.RoundTable;
import io.github.gcmsdk.catalog.StakeholderGroup;
import io.github.gcmsdk.catalog.Verification;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Looks things up in the GCM's catalogues: objectives, guiding principles, stakeholder groups,
 * round tables, regional reviews and commissions, countries.
 *
 * <p>{@link #run()} returns what {@link #main(String[])} prints.
 */
public final class Catalogues {

  private Catalogues() {}

  /**
   * Prints what the catalogues answer.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /**
   * Looks up one entry of each catalogue and describes it.
   *
   * @return the lines {@link #main(String[])} prints
   */
  public static String run() {
    // START SNIPPET: catalogues
    Objective borders = Objective.of(11);      // "Manage borders in an integrated, secure and ..."
    Objective parsed = Objective.parse("objective 11 - borders"); // also "11", "O11", "obj-11"
    GuidingPrinciple principle = GuidingPrinciple.of('h');        // CHILD_SENSITIVE, para 15 (h)
    List<StakeholderGroup> groups = StakeholderGroup.paragraph44(); // the 13 groups of para 44
    RoundTable roundTable = RoundTable.of(borders);               // ROUND_TABLE_2 of the IMRF 2022
    LocalDate start = RegionalReview.ECE_2020.getStartDate();     // 2020-11-12
    Set<Country> members = RegionalCommission.ECE.getMembers();  // the 56 member States
    Country moldova = Country.of("MD");                           // ISO 3166-1 alpha-2
    Set<RegionalCommission> ofFrance =                            // ECE, ECLAC and ESCAP
        RegionalCommission.withMember(Country.of("FR"));
    ReviewEvent hearing = RegionalReview.ECA_2024.getEvents().get(1); // 2024-10-08, Addis Ababa
    Verification escap2025 = RegionalReview.ESCAP_2025.getVerification(); // PARTLY
    // END SNIPPET: catalogues

    StringBuilder out = new StringBuilder();
    out.append("Objective ").append(borders.getNumber()).append(": ").append(borders.getTitle())
        .append('\n');
    out.append("parsed: Objective ").append(parsed.getNumber()).append('\n');
    out.append("principle (h): ").append(principle.name()).append('\n');
    out.append("paragraph 44 groups: ").append(groups.size()).append('\n');
    out.append("round table for objective 11: ").append(roundTable.name()).append('\n');
    out.append("UNECE 2020 review starts ").append(start).append('\n');
    out.append("UNECE member States: ").append(members.size()).append('\n');
    out.append("MD: ").append(moldova.getCode()).append(", a UNECE member State: ")
        .append(members.contains(moldova) ? "yes" : "no").append('\n');
    out.append("France is a member of: ").append(ofFrance).append('\n');
    out.append("ECA 2024: ").append(hearing).append('\n');
    out.append("ESCAP 2025 review verified: ").append(escap2025.getCode()).append('\n');
    try {
      Objective.of(24);
    } catch (CatalogException e) {
      out.append("Objective.of(24): ").append(e.getMessage()).append('\n');
    }
    return out.toString();
  }
}
