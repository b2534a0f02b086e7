package io.github.gcmsdk.coverage;

import io.github.gcmsdk.catalog.Objective;
import java.util.Objects;

/**
 * How many sections, findings, recommendations, promising practices and pledges concern one
 * objective.
 *
 * <p>An item concerns an objective when the item lists it or a section enclosing the item lists
 * it; a section concerns the objectives it lists and those of the sections enclosing it. A section
 * or item marked {@code allObjectives} (a cross-cutting one) concerns every objective, and so do
 * the items of such a section. Each item is counted once per objective, however many times that
 * objective is named around it. Pledges are counted apart from recommendations and commitments,
 * in {@link #getPledges()}: they say who gives what, not what should be done.
 * Recommendations are counted in {@link #getRecommendations()} for the objectives they address and
 * in {@link #getRelatedRecommendations()} for their {@linkplain
 * io.github.gcmsdk.model.Recommendation#getRelatedObjectives() related objectives} that they do not
 * also address.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ObjectiveCount {

  private final Objective objective;
  private final int sections;
  private final int findings;
  private final int recommendations;
  private final int relatedRecommendations;
  private final int practices;
  private final int pledges;

  ObjectiveCount(
      Objective objective,
      int sections,
      int findings,
      int recommendations,
      int relatedRecommendations,
      int practices,
      int pledges) {
    this.objective = Objects.requireNonNull(objective, "objective");
    this.sections = sections;
    this.findings = findings;
    this.recommendations = recommendations;
    this.relatedRecommendations = relatedRecommendations;
    this.practices = practices;
    this.pledges = pledges;
  }

  /**
   * Returns the objective counted.
   *
   * @return the objective, not null
   */
  public Objective getObjective() {
    return objective;
  }

  /**
   * Returns how many sections concern the objective, nested sections included.
   *
   * @return the count, zero or more
   */
  public int getSections() {
    return sections;
  }

  /**
   * Returns how many findings concern the objective.
   *
   * @return the count, zero or more
   */
  public int getFindings() {
    return findings;
  }

  /**
   * Returns how many recommendations address the objective.
   *
   * @return the count, zero or more
   */
  public int getRecommendations() {
    return recommendations;
  }

  /**
   * Returns how many recommendations link to the objective as a related objective without
   * addressing it.
   *
   * @return the count, zero or more
   */
  public int getRelatedRecommendations() {
    return relatedRecommendations;
  }

  /**
   * Returns how many promising practices serve the objective.
   *
   * @return the count, zero or more
   */
  public int getPractices() {
    return practices;
  }

  /**
   * Returns how many pledges are made for the objective (format 2.0).
   *
   * @return the count, zero or more
   */
  public int getPledges() {
    return pledges;
  }

  /**
   * Returns whether every count is zero.
   *
   * @return {@code true} if nothing concerns the objective
   */
  public boolean isEmpty() {
    return sections + findings + recommendations + relatedRecommendations + practices + pledges
        == 0;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof ObjectiveCount)) {
      return false;
    }
    ObjectiveCount other = (ObjectiveCount) obj;
    return objective == other.objective
        && sections == other.sections
        && findings == other.findings
        && recommendations == other.recommendations
        && relatedRecommendations == other.relatedRecommendations
        && practices == other.practices
        && pledges == other.pledges;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        objective, sections, findings, recommendations, relatedRecommendations, practices,
        pledges);
  }

  @Override
  public String toString() {
    return "ObjectiveCount{objective=" + objective.getNumber()
        + ", sections=" + sections
        + ", findings=" + findings
        + ", recommendations=" + recommendations
        + ", relatedRecommendations=" + relatedRecommendations
        + ", practices=" + practices
        + ", pledges=" + pledges + "}";
  }
}
