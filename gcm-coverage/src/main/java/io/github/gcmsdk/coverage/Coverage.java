package io.github.gcmsdk.coverage;

import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.EventKind;
import io.github.gcmsdk.catalog.MigrationReviewForum;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.RegionalCommission;
import io.github.gcmsdk.catalog.RegionalReview;
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
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The coverage of a set of stakeholder input documents: per GCM objective, how many sections,
 * findings, recommendations, promising practices and pledges concern it; per stakeholder group,
 * how often it contributes, is addressed and acts; per country, how often it appears; per review
 * process, regional commission and regional review, how many documents feed it; per kind of
 * event, how many events the documents' reviews list.
 *
 * <p>The counting rules are those of {@link ObjectiveCount}, {@link StakeholderGroupCount} and
 * {@link CountryCount}. In short: an item concerns the objectives it lists and those of every
 * section enclosing it, and is counted once per objective; an item or section marked {@code
 * allObjectives} concerns all 23; a recommendation's related objectives are counted apart, in
 * {@link ObjectiveCount#getRelatedRecommendations()}, and pledges in {@link
 * ObjectiveCount#getPledges()}.
 *
 * <pre>{@code
 * Coverage coverage = Coverage.of(documents);
 * coverage.getObjectives().forEach((objective, count) ->
 *     System.out.println(objective.getNumber() + ": " + count.getRecommendations()));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Coverage {

  private static final Coverage EMPTY = builder().build();

  private final int documents;
  private final Map<Objective, ObjectiveCount> objectives;
  private final Map<StakeholderGroup, StakeholderGroupCount> stakeholderGroups;
  private final Map<Country, CountryCount> countries;
  private final Map<ReviewProcess, Integer> processes;
  private final Map<RegionalCommission, Integer> commissions;
  private final Map<RegionalReview, Integer> regionalReviews;
  private final Map<MigrationReviewForum, Integer> forums;
  private final Map<EventKind, Integer> events;

  private Coverage(
      int documents,
      Map<Objective, ObjectiveCount> objectives,
      Map<StakeholderGroup, StakeholderGroupCount> stakeholderGroups,
      Map<Country, CountryCount> countries,
      Map<ReviewProcess, Integer> processes,
      Map<RegionalCommission, Integer> commissions,
      Map<RegionalReview, Integer> regionalReviews,
      Map<MigrationReviewForum, Integer> forums,
      Map<EventKind, Integer> events) {
    this.documents = documents;
    this.objectives = Collections.unmodifiableMap(objectives);
    this.stakeholderGroups = Collections.unmodifiableMap(stakeholderGroups);
    this.countries = Collections.unmodifiableMap(countries);
    this.processes = Collections.unmodifiableMap(processes);
    this.commissions = Collections.unmodifiableMap(commissions);
    this.regionalReviews = Collections.unmodifiableMap(regionalReviews);
    this.forums = Collections.unmodifiableMap(forums);
    this.events = Collections.unmodifiableMap(events);
  }

  /**
   * Returns the coverage of no document.
   *
   * @return the empty coverage, not null
   */
  public static Coverage empty() {
    return EMPTY;
  }

  /**
   * Returns the coverage of the given documents.
   *
   * @param documents the documents, not null, with no null element
   * @return the coverage, not null
   */
  public static Coverage of(Iterable<? extends StakeholderInput> documents) {
    return builder().addAll(documents).build();
  }

  /**
   * Returns the coverage of the given documents.
   *
   * @param documents the documents, not null, none null
   * @return the coverage, not null
   */
  public static Coverage of(StakeholderInput... documents) {
    Objects.requireNonNull(documents, "documents");
    Builder builder = builder();
    for (StakeholderInput document : documents) {
      builder.add(document);
    }
    return builder.build();
  }

  /**
   * Returns a new builder, to count documents one at a time (for example while reading a large
   * collection lazily).
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns how many documents were counted.
   *
   * @return the number of documents, zero or more
   */
  public int getDocuments() {
    return documents;
  }

  /**
   * Returns the counts of the objectives that anything concerns, in objective number order.
   *
   * @return an unmodifiable map, without entries whose counts are all zero
   */
  public Map<Objective, ObjectiveCount> getObjectives() {
    return objectives;
  }

  /**
   * Returns the counts of one objective.
   *
   * @param objective the objective, not null
   * @return its counts, all zero if nothing concerns it; not null
   */
  public ObjectiveCount getObjective(Objective objective) {
    Objects.requireNonNull(objective, "objective");
    ObjectiveCount count = objectives.get(objective);
    return count != null ? count : new ObjectiveCount(objective, 0, 0, 0, 0, 0, 0);
  }

  /**
   * Returns the counts of the stakeholder groups that take any part, in catalogue order; a
   * partner's own groups ({@link StakeholderGroup#isKnown()} false) are counted too, after the
   * known ones, in code order.
   *
   * @return an unmodifiable map, without entries whose counts are all zero
   */
  public Map<StakeholderGroup, StakeholderGroupCount> getStakeholderGroups() {
    return stakeholderGroups;
  }

  /**
   * Returns the counts of one stakeholder group.
   *
   * @param group the group, not null
   * @return its counts, all zero if it takes no part; not null
   */
  public StakeholderGroupCount getStakeholderGroup(StakeholderGroup group) {
    Objects.requireNonNull(group, "group");
    StakeholderGroupCount count = stakeholderGroups.get(group);
    return count != null ? count : new StakeholderGroupCount(group, 0, 0, 0);
  }

  /**
   * Returns the counts of the countries that appear, in the order of their alpha-2 codes.
   *
   * @return an unmodifiable map, without countries that appear nowhere
   */
  public Map<Country, CountryCount> getCountries() {
    return countries;
  }

  /**
   * Returns the counts of one country.
   *
   * @param country the country, not null
   * @return its counts, all zero if it appears nowhere; not null
   */
  public CountryCount getCountry(Country country) {
    Objects.requireNonNull(country, "country");
    CountryCount count = countries.get(country);
    return count != null ? count : new CountryCount(country, 0, 0, 0, 0);
  }

  /**
   * Returns how many documents feed each review process (a regional review, the International
   * Migration Review Forum, a national review, ...), in catalogue order. A document without a
   * review is counted in none.
   *
   * @return an unmodifiable map, without processes no document names
   */
  public Map<ReviewProcess, Integer> getProcesses() {
    return processes;
  }

  /**
   * Returns how many documents feed the review of each regional commission, in catalogue order:
   * the commission the review names, else the one of its catalogued regional review.
   *
   * @return an unmodifiable map, without commissions no document's review concerns
   */
  public Map<RegionalCommission, Integer> getCommissions() {
    return commissions;
  }

  /**
   * Returns how many documents feed each catalogued regional review, in catalogue order.
   *
   * @return an unmodifiable map, without reviews no document names
   */
  public Map<RegionalReview, Integer> getRegionalReviews() {
    return regionalReviews;
  }

  /**
   * Returns how many documents feed each International Migration Review Forum (the forum a
   * document's review names), in catalogue order.
   *
   * @return an unmodifiable map, without forums no document names
   */
  public Map<MigrationReviewForum, Integer> getForums() {
    return forums;
  }

  /**
   * Returns how many events of each kind (consultation, hearing, intergovernmental meeting, ...)
   * the documents' reviews list, in catalogue order. An event listed by two documents is counted
   * twice: events have no identity to tell them apart.
   *
   * @return an unmodifiable map, without kinds of which no event is listed
   */
  public Map<EventKind, Integer> getEvents() {
    return events;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Coverage)) {
      return false;
    }
    Coverage other = (Coverage) obj;
    return documents == other.documents
        && objectives.equals(other.objectives)
        && stakeholderGroups.equals(other.stakeholderGroups)
        && countries.equals(other.countries)
        && processes.equals(other.processes)
        && commissions.equals(other.commissions)
        && regionalReviews.equals(other.regionalReviews)
        && forums.equals(other.forums)
        && events.equals(other.events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(documents, objectives, stakeholderGroups, countries, processes,
        commissions, regionalReviews, forums, events);
  }

  @Override
  public String toString() {
    return "Coverage{documents=" + documents
        + ", objectives=" + objectives.values()
        + ", stakeholderGroups=" + stakeholderGroups.values()
        + ", countries=" + countries.values()
        + ", processes=" + processes
        + ", commissions=" + commissions
        + ", regionalReviews=" + regionalReviews
        + ", forums=" + forums
        + ", events=" + events + "}";
  }

  /**
   * Counts documents into a {@link Coverage}. Not thread-safe; {@link #build()} may be called more
   * than once, and later additions do not change coverages already built.
   */
  public static final class Builder {

    private static final int SECTIONS = 0;
    private static final int FINDINGS = 1;
    private static final int RECOMMENDATIONS = 2;
    private static final int RELATED = 3;
    private static final int PRACTICES = 4;
    private static final int PLEDGES = 5;

    private static final int CONTRIBUTORS = 0;
    private static final int ADDRESSEES = 1;
    private static final int ACTORS = 2;

    private static final int C_DOCUMENTS = 0;
    private static final int C_FINDINGS = 1;
    private static final int C_RECOMMENDATIONS = 2;
    private static final int C_PRACTICES = 3;

    private int documents;
    private final Map<Objective, int[]> objectiveCounts = new EnumMap<>(Objective.class);
    private final Map<StakeholderGroup, int[]> groupCounts = new TreeMap<>();
    private final Map<Country, int[]> countryCounts = new TreeMap<>();
    private final Map<ReviewProcess, Integer> processCounts = new EnumMap<>(ReviewProcess.class);
    private final Map<RegionalCommission, Integer> commissionCounts =
        new EnumMap<>(RegionalCommission.class);
    private final Map<RegionalReview, Integer> reviewCounts = new EnumMap<>(RegionalReview.class);
    private final Map<MigrationReviewForum, Integer> forumCounts =
        new EnumMap<>(MigrationReviewForum.class);
    private final Map<EventKind, Integer> eventCounts = new EnumMap<>(EventKind.class);

    /** The countries the document being added mentions anywhere. */
    private final Set<Country> documentCountries = new TreeSet<>();

    private Builder() {}

    /**
     * Counts one document.
     *
     * @param document the document, not null
     * @return this builder
     */
    public Builder add(StakeholderInput document) {
      Objects.requireNonNull(document, "document");
      documents++;
      documentCountries.clear();
      document.getReview().ifPresent(review -> {
        documentCountries.addAll(review.getCountries());
        countReview(review);
      });
      Set<StakeholderGroup> contributing = new HashSet<>();
      for (Actor contributor : document.getContributors()) {
        contributor.getGroup().ifPresent(contributing::add);
        documentCountries.addAll(contributor.getCountries());
      }
      countGroups(contributing, CONTRIBUTORS);
      EnumSet<Objective> none = EnumSet.noneOf(Objective.class);
      for (Section section : document.getSections()) {
        addSection(section, none);
      }
      for (Country country : documentCountries) {
        country(country)[C_DOCUMENTS]++;
      }
      return this;
    }

    /**
     * Counts every document given.
     *
     * @param documents the documents, not null, none null
     * @return this builder
     */
    public Builder addAll(Iterable<? extends StakeholderInput> documents) {
      Objects.requireNonNull(documents, "documents");
      for (StakeholderInput document : documents) {
        add(document);
      }
      return this;
    }

    /**
     * Returns the coverage of the documents added so far.
     *
     * @return the coverage, not null
     */
    public Coverage build() {
      Map<Objective, ObjectiveCount> objectives = new LinkedHashMap<>();
      objectiveCounts.forEach((objective, n) -> {
        ObjectiveCount count = new ObjectiveCount(
            objective, n[SECTIONS], n[FINDINGS], n[RECOMMENDATIONS], n[RELATED], n[PRACTICES],
            n[PLEDGES]);
        if (!count.isEmpty()) {
          objectives.put(objective, count);
        }
      });
      Map<StakeholderGroup, StakeholderGroupCount> groups = new LinkedHashMap<>();
      groupCounts.forEach((group, n) -> {
        StakeholderGroupCount count =
            new StakeholderGroupCount(group, n[CONTRIBUTORS], n[ADDRESSEES], n[ACTORS]);
        if (!count.isEmpty()) {
          groups.put(group, count);
        }
      });
      Map<Country, CountryCount> countries = new LinkedHashMap<>();
      countryCounts.forEach((country, n) -> countries.put(
          country,
          new CountryCount(
              country, n[C_DOCUMENTS], n[C_FINDINGS], n[C_RECOMMENDATIONS], n[C_PRACTICES])));
      return new Coverage(documents, objectives, groups, countries, new EnumMap<>(processCounts),
          new EnumMap<>(commissionCounts), new EnumMap<>(reviewCounts),
          new EnumMap<>(forumCounts), new EnumMap<>(eventCounts));
    }

    private void countReview(Review review) {
      processCounts.merge(review.getProcess(), 1, Integer::sum);
      Optional<RegionalCommission> commission = review.getCommission()
          .or(() -> review.getRegionalReview().map(RegionalReview::getCommission));
      commission.ifPresent(c -> commissionCounts.merge(c, 1, Integer::sum));
      review.getRegionalReview().ifPresent(r -> reviewCounts.merge(r, 1, Integer::sum));
      review.getForum().ifPresent(f -> forumCounts.merge(f, 1, Integer::sum));
      for (Event event : review.getEvents()) {
        eventCounts.merge(event.getKind(), 1, Integer::sum);
      }
    }

    private void addSection(Section section, Set<Objective> enclosing) {
      EnumSet<Objective> here = with(enclosing, section.getObjectives(),
          section.isAllObjectives());
      countObjectives(here, SECTIONS);
      for (Finding finding : section.getFindings()) {
        countObjectives(with(here, finding.getObjectives(), finding.isAllObjectives()), FINDINGS);
        for (Country country : new TreeSet<>(finding.getCountries())) {
          country(country)[C_FINDINGS]++;
          documentCountries.add(country);
        }
      }
      for (Recommendation recommendation : section.getRecommendations()) {
        EnumSet<Objective> addressed = with(here, recommendation.getObjectives(),
            recommendation.isAllObjectives());
        countObjectives(addressed, RECOMMENDATIONS);
        EnumSet<Objective> related = with(Set.of(), recommendation.getRelatedObjectives(), false);
        related.removeAll(addressed);
        countObjectives(related, RELATED);
        Set<StakeholderGroup> addressees = new HashSet<>();
        Set<Country> countries = new TreeSet<>();
        for (Actor addressee : recommendation.getAddressees()) {
          addressee.getGroup().ifPresent(addressees::add);
          countries.addAll(addressee.getCountries());
        }
        countGroups(addressees, ADDRESSEES);
        for (Country country : countries) {
          country(country)[C_RECOMMENDATIONS]++;
          documentCountries.add(country);
        }
      }
      for (PromisingPractice practice : section.getPractices()) {
        countObjectives(with(here, practice.getObjectives(), false), PRACTICES);
        Set<StakeholderGroup> actors = new HashSet<>();
        Set<Country> countries = new TreeSet<>(practice.getCountries());
        for (Actor actor : practice.getActors()) {
          actor.getGroup().ifPresent(actors::add);
          countries.addAll(actor.getCountries());
        }
        countGroups(actors, ACTORS);
        for (Country country : countries) {
          country(country)[C_PRACTICES]++;
          documentCountries.add(country);
        }
      }
      for (Pledge pledge : section.getPledges()) {
        countObjectives(with(here, pledge.getObjectives(), pledge.isAllObjectives()), PLEDGES);
      }
      for (Section nested : section.getSections()) {
        addSection(nested, here);
      }
    }

    /** The objectives of {@code base} and {@code more}; every objective for allObjectives. */
    private static EnumSet<Objective> with(Set<Objective> base, Collection<Objective> more,
        boolean allObjectives) {
      if (allObjectives) {
        return EnumSet.allOf(Objective.class);
      }
      EnumSet<Objective> all = EnumSet.noneOf(Objective.class);
      all.addAll(base);
      all.addAll(more);
      return all;
    }

    private void countObjectives(Set<Objective> objectives, int what) {
      for (Objective objective : objectives) {
        objectiveCounts.computeIfAbsent(objective, o -> new int[6])[what]++;
      }
    }

    private void countGroups(Set<StakeholderGroup> groups, int what) {
      for (StakeholderGroup group : groups) {
        groupCounts.computeIfAbsent(group, g -> new int[3])[what]++;
      }
    }

    private int[] country(Country country) {
      return countryCounts.computeIfAbsent(country, c -> new int[4]);
    }
  }
}
