package io.github.gcmsdk.coverage;

import io.github.gcmsdk.catalog.StakeholderGroup;
import java.util.Objects;

/**
 * How often one stakeholder group takes part: as a contributor of documents, an addressee of
 * recommendations, and an actor of promising practices.
 *
 * <p>An actor counts for a group when its {@linkplain io.github.gcmsdk.model.Actor#getGroup()
 * group} is that group; an actor given only by name counts for no group. Each document,
 * recommendation or practice is counted once per group, however many of its actors belong to it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StakeholderGroupCount {

  private final StakeholderGroup group;
  private final int contributors;
  private final int addressees;
  private final int actors;

  StakeholderGroupCount(StakeholderGroup group, int contributors, int addressees, int actors) {
    this.group = Objects.requireNonNull(group, "group");
    this.contributors = contributors;
    this.addressees = addressees;
    this.actors = actors;
  }

  /**
   * Returns the group counted.
   *
   * @return the group, not null
   */
  public StakeholderGroup getGroup() {
    return group;
  }

  /**
   * Returns how many documents the group contributed to.
   *
   * @return the count, zero or more
   */
  public int getContributors() {
    return contributors;
  }

  /**
   * Returns how many recommendations address the group.
   *
   * @return the count, zero or more
   */
  public int getAddressees() {
    return addressees;
  }

  /**
   * Returns how many promising practices the group carried out.
   *
   * @return the count, zero or more
   */
  public int getActors() {
    return actors;
  }

  /**
   * Returns whether every count is zero.
   *
   * @return {@code true} if the group takes no part
   */
  public boolean isEmpty() {
    return contributors + addressees + actors == 0;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof StakeholderGroupCount)) {
      return false;
    }
    StakeholderGroupCount other = (StakeholderGroupCount) obj;
    return group == other.group
        && contributors == other.contributors
        && addressees == other.addressees
        && actors == other.actors;
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, contributors, addressees, actors);
  }

  @Override
  public String toString() {
    return "StakeholderGroupCount{group=" + group.getCode()
        + ", contributors=" + contributors
        + ", addressees=" + addressees
        + ", actors=" + actors + "}";
  }
}
