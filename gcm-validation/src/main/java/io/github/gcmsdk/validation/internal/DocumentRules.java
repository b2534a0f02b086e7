package io.github.gcmsdk.validation.internal;

import io.github.gcmsdk.catalog.Coded;
import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.MigrationReviewForum;
import io.github.gcmsdk.catalog.RegionalCommission;
import io.github.gcmsdk.catalog.RegionalReview;
import io.github.gcmsdk.catalog.ReviewEvent;
import io.github.gcmsdk.model.Actor;
import io.github.gcmsdk.model.DateRange;
import io.github.gcmsdk.model.Figure;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.Footnote;
import io.github.gcmsdk.model.OpenQuestion;
import io.github.gcmsdk.model.Paragraph;
import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.Pledge;
import io.github.gcmsdk.model.PromisingPractice;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.Reference;
import io.github.gcmsdk.model.Review;
import io.github.gcmsdk.model.ReviewProcess;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.JsonPointer;
import io.github.gcmsdk.validation.ValidationRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The document rules: what Bean Validation cannot express because it needs the whole document
 * ({@code GCM-V009} to {@code GCM-V023}).
 *
 * <p>Every rule reads the flat {@link DocumentTree} once and keeps hash sets or enum sets, so the
 * time is linear in the size of the document (texts are scanned once, for {@code GCM-V016}). The
 * rules are grouped in passes; a pass that throws is reported as {@code GCM-V000} naming its
 * rules, and the other passes still run. Stateless and thread-safe.
 */
public final class DocumentRules {

  /** Sections nested deeper than this are reported ({@code GCM-V018}). */
  public static final int MAX_SECTION_DEPTH = 16;

  /** Receives the problems found. */
  @FunctionalInterface
  public interface Sink {
    /**
     * Receives one problem.
     *
     * @param rule the rule, not null
     * @param at where, not null
     * @param parameters message parameters, already safe to show, not null
     */
    void report(ValidationRule rule, JsonPointer at, Map<String, String> parameters);
  }

  private DocumentRules() {}

  /**
   * Checks a document with the enabled document rules.
   *
   * @param document the document, not null
   * @param enabled the rules to check; others are skipped
   * @param sink receives the problems
   */
  public static void check(StakeholderInput document, Set<ValidationRule> enabled, Sink sink) {
    DocumentTree tree;
    try {
      tree = DocumentTree.of(document);
    } catch (RuntimeException | StackOverflowError e) {
      internalError(sink, "GCM-V009..GCM-V023", e);
      return;
    }
    run(tree, enabled, sink, DocumentRules::identifiers,
        ValidationRule.DUPLICATE_ID, ValidationRule.UNRESOLVED_FIGURE_ID,
        ValidationRule.UNRESOLVED_REFERENCE_ID, ValidationRule.UNRESOLVED_FOOTNOTE_ID);
    run(tree, enabled, sink, DocumentRules::objectives,
        ValidationRule.RECOMMENDATION_WITHOUT_OBJECTIVE,
        ValidationRule.OBJECTIVE_IN_SIBLING_SECTIONS,
        ValidationRule.OBJECTIVE_MENTIONED_NOT_LINKED);
    run(tree, enabled, sink, DocumentRules::lists, ValidationRule.DUPLICATE_LIST_ENTRY);
    run(tree, enabled, sink, DocumentRules::region, ValidationRule.COUNTRY_OUTSIDE_REGION,
        ValidationRule.COUNTRY_OUTSIDE_UN_MEMBERSHIP);
    run(tree, enabled, sink, DocumentRules::coherence, ValidationRule.REVIEW_INCONSISTENT);
    run(tree, enabled, sink, DocumentRules::structure,
        ValidationRule.ACTOR_WITHOUT_IDENTITY, ValidationRule.SECTIONS_TOO_DEEP,
        ValidationRule.NO_SECTIONS, ValidationRule.EMPTY_SECTION);
  }

  /** A pass over the tree that reports through a filtered sink. */
  @FunctionalInterface
  private interface Pass {
    void check(DocumentTree tree, Sink sink);
  }

  private static void run(DocumentTree tree, Set<ValidationRule> enabled, Sink sink, Pass pass,
      ValidationRule... rules) {
    List<ValidationRule> active = new ArrayList<>();
    for (ValidationRule rule : rules) {
      if (enabled.contains(rule)) {
        active.add(rule);
      }
    }
    if (active.isEmpty()) {
      return;
    }
    try {
      pass.check(tree, (rule, at, parameters) -> {
        if (enabled.contains(rule)) {
          sink.report(rule, at, parameters);
        }
      });
    } catch (RuntimeException | StackOverflowError e) {
      StringBuilder codes = new StringBuilder();
      for (ValidationRule rule : active) {
        codes.append(codes.length() == 0 ? "" : ", ").append(rule.getCode());
      }
      internalError(sink, codes.toString(), e);
    }
  }

  /**
   * Reports a check that failed unexpectedly, naming the exception type only (its message might
   * quote document data).
   *
   * @param sink the sink
   * @param rules what could not be checked
   * @param error what was thrown
   */
  public static void internalError(Sink sink, String rules, Throwable error) {
    sink.report(ValidationRule.INTERNAL_ERROR, JsonPointer.ROOT,
        Map.of("rule", rules, "error", error.getClass().getName()));
  }

  // ---------------------------------------------------------------------------------------------
  // GCM-V009, GCM-V010, GCM-V011, GCM-V023

  private static void identifiers(DocumentTree tree, Sink sink) {
    // One map for the four questions: which value declared an id first, and is it declared by a
    // figure, a reference, a footnote (a duplicate id may be several)
    Map<String, Declared> declared = new HashMap<>();
    for (DocumentTree.Item item : tree.items()) {
      Optional<String> id = idOf(item.value());
      if (id.isEmpty()) {
        continue;
      }
      Declared first = declared.get(id.get());
      if (first == null) {
        first = new Declared(item.at());
        declared.put(id.get(), first);
      } else {
        sink.report(ValidationRule.DUPLICATE_ID, item.at().child("id"),
            Map.of("id", InterpolationSafe.excerpt(id.get()),
                "first", first.at.child("id").toString()));
      }
      if (item.value() instanceof Figure) {
        first.figure = true;
      } else if (item.value() instanceof Reference) {
        first.reference = true;
      } else if (item.value() instanceof Footnote) {
        first.footnote = true;
      }
    }
    for (DocumentTree.Item item : tree.items()) {
      Object value = item.value();
      JsonPointer at = item.at();
      if (value instanceof Finding finding) {
        cited(finding.getFigureIds(), declared, at, "figureIds",
            ValidationRule.UNRESOLVED_FIGURE_ID, sink);
        cited(finding.getReferenceIds(), declared, at, "referenceIds",
            ValidationRule.UNRESOLVED_REFERENCE_ID, sink);
        cited(finding.getFootnoteIds(), declared, at, "footnoteIds",
            ValidationRule.UNRESOLVED_FOOTNOTE_ID, sink);
      } else if (value instanceof PromisingPractice practice) {
        cited(practice.getFigureIds(), declared, at, "figureIds",
            ValidationRule.UNRESOLVED_FIGURE_ID, sink);
        cited(practice.getReferenceIds(), declared, at, "referenceIds",
            ValidationRule.UNRESOLVED_REFERENCE_ID, sink);
        cited(practice.getFootnoteIds(), declared, at, "footnoteIds",
            ValidationRule.UNRESOLVED_FOOTNOTE_ID, sink);
      } else if (value instanceof Recommendation recommendation) {
        cited(recommendation.getReferenceIds(), declared, at, "referenceIds",
            ValidationRule.UNRESOLVED_REFERENCE_ID, sink);
        cited(recommendation.getFootnoteIds(), declared, at, "footnoteIds",
            ValidationRule.UNRESOLVED_FOOTNOTE_ID, sink);
      } else if (value instanceof Paragraph paragraph) {
        cited(paragraph.getFootnoteIds(), declared, at, "footnoteIds",
            ValidationRule.UNRESOLVED_FOOTNOTE_ID, sink);
      } else if (value instanceof Pledge pledge) {
        cited(pledge.getFootnoteIds(), declared, at, "footnoteIds",
            ValidationRule.UNRESOLVED_FOOTNOTE_ID, sink);
      }
    }
  }

  private static Optional<String> idOf(Object value) {
    if (value instanceof Section section) {
      return Optional.of(section.getId());
    } else if (value instanceof Recommendation recommendation) {
      return Optional.of(recommendation.getId());
    } else if (value instanceof PromisingPractice practice) {
      return Optional.of(practice.getId());
    } else if (value instanceof Figure figure) {
      return Optional.of(figure.getId());
    } else if (value instanceof Reference reference) {
      return Optional.of(reference.getId());
    } else if (value instanceof Finding finding) {
      return finding.getId();
    } else if (value instanceof OpenQuestion question) {
      return question.getId();
    } else if (value instanceof Pledge pledge) {
      return Optional.of(pledge.getId());
    } else if (value instanceof Paragraph paragraph) {
      return paragraph.getId();
    } else if (value instanceof Footnote footnote) {
      return Optional.of(footnote.getId());
    }
    // a translation's id names another document, not an object of this one
    return Optional.empty();
  }

  /** Where an id is declared first, and whether a figure, a reference or a footnote declares it. */
  private static final class Declared {
    final JsonPointer at;
    boolean figure;
    boolean reference;
    boolean footnote;

    Declared(JsonPointer at) {
      this.at = at;
    }
  }

  /**
   * Reports each id of the list {@code name} of {@code at} that no object of the kind the rule
   * cites (figure, reference or footnote) declares.
   */
  private static void cited(List<String> ids, Map<String, Declared> declared, JsonPointer at,
      String name, ValidationRule rule, Sink sink) {
    for (int i = 0; i < ids.size(); i++) {
      Declared by = declared.get(ids.get(i));
      boolean resolved = by != null && (rule == ValidationRule.UNRESOLVED_FIGURE_ID ? by.figure
          : rule == ValidationRule.UNRESOLVED_REFERENCE_ID ? by.reference : by.footnote);
      if (!resolved) {
        sink.report(rule, at.child(name).child(i),
            Map.of("id", InterpolationSafe.excerpt(ids.get(i))));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // GCM-V012, GCM-V014, GCM-V016

  private static void objectives(DocumentTree tree, Sink sink) {
    for (DocumentTree.Item item : tree.items()) {
      Object value = item.value();
      JsonPointer at = item.at();
      if (value instanceof StakeholderInput document) {
        siblings(document.getSections(), at.child("sections"), sink);
      } else if (value instanceof Section section) {
        siblings(section.getSections(), at.child("sections"), sink);
        EnumSet<Objective> linked = linked(item, section.getObjectives(),
            section.isAllObjectives());
        mentions(section.getHeading(), at, "heading", linked, sink);
        // an introduction is linked through its section; a document paragraph, which nothing
        // encloses and which has no objectives, is not checked: a mention there could not be linked
        List<Paragraph> introduction = section.getIntroduction();
        JsonPointer introductionAt = introduction.isEmpty() ? null : at.child("introduction");
        for (int i = 0; i < introduction.size(); i++) {
          mentions(introduction.get(i).getText(), introductionAt.child(i), "text", linked, sink);
        }
      } else if (value instanceof Recommendation recommendation) {
        // anchored on objectives (its own or a section's), principles, themes or all objectives
        if (recommendation.getObjectives().isEmpty() && item.inherited().isEmpty()
            && !recommendation.isAllObjectives() && recommendation.getPrinciples().isEmpty()
            && recommendation.getThemes().isEmpty()) {
          sink.report(ValidationRule.RECOMMENDATION_WITHOUT_OBJECTIVE, at.child("objectives"),
              Map.of());
        }
        EnumSet<Objective> linked = linked(item, recommendation.getObjectives(),
            recommendation.isAllObjectives());
        linked.addAll(recommendation.getRelatedObjectives());
        mentions(recommendation.getText(), at, "text", linked, sink);
      } else if (value instanceof Finding finding) {
        mentions(finding.getText(), at, "text",
            linked(item, finding.getObjectives(), finding.isAllObjectives()), sink);
      } else if (value instanceof Pledge pledge) {
        mentions(pledge.getText(), at, "text",
            linked(item, pledge.getObjectives(), pledge.isAllObjectives()), sink);
      } else if (value instanceof OpenQuestion question) {
        mentions(question.getText(), at, "text", linked(item, question.getObjectives()), sink);
      } else if (value instanceof PromisingPractice practice) {
        EnumSet<Objective> linked = linked(item, practice.getObjectives());
        mentions(practice.getTitle(), at, "title", linked, sink);
        mentions(practice.getDescription(), at, "description", linked, sink);
        List<String> outcomes = practice.getOutcomes();
        JsonPointer outcomesAt = outcomes.isEmpty() ? null : at.child("outcomes");
        for (int i = 0; i < outcomes.size(); i++) {
          mentions(outcomes.get(i), outcomesAt, Integer.toString(i), linked, sink);
        }
      } else if (value instanceof Figure figure) {
        EnumSet<Objective> linked = linked(item, figure.getObjectives());
        mentions(figure.getDescription(), at, "description", linked, sink);
        Optional<String> statement = figure.getStatement();
        if (statement.isPresent()) {
          mentions(statement.get(), at, "statement", linked, sink);
        }
      }
    }
  }

  private static EnumSet<Objective> linked(DocumentTree.Item item, List<Objective> own) {
    return linked(item, own, false);
  }

  /** The objectives an item links: its own and its sections'; all of them for allObjectives. */
  private static EnumSet<Objective> linked(DocumentTree.Item item, List<Objective> own,
      boolean all) {
    if (all) {
      return EnumSet.allOf(Objective.class);
    }
    EnumSet<Objective> linked = EnumSet.noneOf(Objective.class);
    linked.addAll(item.inherited());
    linked.addAll(own);
    return linked;
  }

  /** Reports each objective the text {@code name} of {@code at} names but does not link. */
  private static void mentions(String text, JsonPointer at, String name, Set<Objective> linked,
      Sink sink) {
    for (Objective objective : ObjectiveMentions.in(text)) {
      if (!linked.contains(objective)) {
        sink.report(ValidationRule.OBJECTIVE_MENTIONED_NOT_LINKED, at.child(name),
            Map.of("objective", objective.getCode()));
      }
    }
  }

  private static void siblings(List<Section> sections, JsonPointer list, Sink sink) {
    if (sections.size() < 2) {
      return; // no siblings
    }
    Map<Objective, Integer> owner = new EnumMap<>(Objective.class);
    for (int s = 0; s < sections.size(); s++) {
      List<Objective> objectives = sections.get(s).getObjectives();
      for (int k = 0; k < objectives.size(); k++) {
        Integer other = owner.putIfAbsent(objectives.get(k), s);
        if (other != null && other != s) {
          sink.report(ValidationRule.OBJECTIVE_IN_SIBLING_SECTIONS,
              list.child(s).child("objectives").child(k),
              Map.of("objective", objectives.get(k).getCode(),
                  "other", list.child(other).toString()));
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // GCM-V013

  private static void lists(DocumentTree tree, Sink sink) {
    for (DocumentTree.Item item : tree.items()) {
      Object value = item.value();
      JsonPointer at = item.at();
      if (value instanceof Review review) {
        distinct(review.getSubRegions(), at, "subRegions", sink);
        distinct(review.getCountries(), at, "countries", sink);
      } else if (value instanceof Actor actor) {
        distinct(actor.getCountries(), at, "countries", sink);
        distinct(actor.getSubRegions(), at, "subRegions", sink);
      } else if (value instanceof Section section) {
        distinct(section.getObjectives(), at, "objectives", sink);
        distinct(section.getPrinciples(), at, "principles", sink);
        distinct(section.getThemes(), at, "themes", sink);
      } else if (value instanceof Finding finding) {
        distinct(finding.getObjectives(), at, "objectives", sink);
        distinct(finding.getThemes(), at, "themes", sink);
        distinct(finding.getPrinciples(), at, "principles", sink);
        distinct(finding.getFootnoteIds(), at, "footnoteIds", sink);
        distinct(finding.getCountries(), at, "countries", sink);
        distinct(finding.getSubRegions(), at, "subRegions", sink);
        distinct(finding.getFigureIds(), at, "figureIds", sink);
        distinct(finding.getReferenceIds(), at, "referenceIds", sink);
      } else if (value instanceof Recommendation recommendation) {
        distinct(recommendation.getObjectives(), at, "objectives", sink);
        distinct(recommendation.getRelatedObjectives(), at, "relatedObjectives", sink);
        distinct(recommendation.getPrinciples(), at, "principles", sink);
        distinct(recommendation.getThemes(), at, "themes", sink);
        distinct(recommendation.getReferenceIds(), at, "referenceIds", sink);
        distinct(recommendation.getFootnoteIds(), at, "footnoteIds", sink);
        List<Objective> addressed = recommendation.getObjectives();
        List<Objective> related = recommendation.getRelatedObjectives();
        for (int i = 0; i < related.size(); i++) {
          int index = addressed.indexOf(related.get(i)); // at most 23 distinct: constant time
          if (index >= 0) {
            sink.report(ValidationRule.DUPLICATE_LIST_ENTRY,
                at.child("relatedObjectives").child(i),
                Map.of("entry", related.get(i).getCode(),
                    "first", at.child("objectives").child(index).toString()));
          }
        }
      } else if (value instanceof PromisingPractice practice) {
        distinct(practice.getCountries(), at, "countries", sink);
        distinct(practice.getCities(), at, "cities", sink);
        distinct(practice.getObjectives(), at, "objectives", sink);
        distinct(practice.getPrinciples(), at, "principles", sink);
        distinct(practice.getThemes(), at, "themes", sink);
        distinct(practice.getFigureIds(), at, "figureIds", sink);
        distinct(practice.getReferenceIds(), at, "referenceIds", sink);
        distinct(practice.getFootnoteIds(), at, "footnoteIds", sink);
      } else if (value instanceof Pledge pledge) {
        distinct(pledge.getObjectives(), at, "objectives", sink);
        distinct(pledge.getFootnoteIds(), at, "footnoteIds", sink);
      } else if (value instanceof Paragraph paragraph) {
        distinct(paragraph.getFootnoteIds(), at, "footnoteIds", sink);
      } else if (value instanceof Figure figure) {
        distinct(figure.getObjectives(), at, "objectives", sink);
      } else if (value instanceof OpenQuestion question) {
        distinct(question.getObjectives(), at, "objectives", sink);
        distinct(question.getThemes(), at, "themes", sink);
      }
    }
  }

  /** Longer lists are checked with a hash map; shorter ones by comparing pairs, without one. */
  private static final int SMALL_LIST = 16;

  /** Reports each entry of the list {@code name} of {@code at} that repeats an earlier one. */
  private static void distinct(List<?> values, JsonPointer at, String name, Sink sink) {
    int n = values.size();
    if (n < 2) {
      return;
    }
    Map<Object, Integer> first = n > SMALL_LIST ? new HashMap<>() : null;
    for (int i = 0; i < n; i++) {
      Object value = values.get(i);
      int previous = -1;
      if (first != null) {
        Integer earlier = first.putIfAbsent(value, i);
        previous = earlier != null ? earlier : -1;
      } else {
        for (int k = 0; k < i && previous < 0; k++) {
          if (values.get(k).equals(value)) {
            previous = k;
          }
        }
      }
      if (previous >= 0) {
        JsonPointer list = at.child(name);
        String entry = value instanceof Coded coded ? coded.getCode() : InterpolationSafe.excerpt(value.toString());
        sink.report(ValidationRule.DUPLICATE_LIST_ENTRY, list.child(i),
            Map.of("entry", entry, "first", list.child(previous).toString()));
      }
    }
  }


  // ---------------------------------------------------------------------------------------------
  // GCM-V015, GCM-V022

  private static void region(DocumentTree tree, Sink sink) {
    StakeholderInput document = (StakeholderInput) tree.items().get(0).value();
    Optional<RegionalCommission> commission = document.getReview().flatMap(DocumentRules::commission);
    if (commission.isEmpty()) {
      return;
    }
    for (DocumentTree.Item item : tree.items()) {
      Object value = item.value();
      JsonPointer at = item.at().child("countries");
      if (value instanceof Review review) {
        outside(review.getCountries(), commission.get(), at, sink);
      } else if (value instanceof Actor actor) {
        outside(actor.getCountries(), commission.get(), at, sink);
      } else if (value instanceof Finding finding) {
        outside(finding.getCountries(), commission.get(), at, sink);
      } else if (value instanceof PromisingPractice practice) {
        outside(practice.getCountries(), commission.get(), at, sink);
      }
    }
  }

  private static void outside(List<Country> countries, RegionalCommission commission,
      JsonPointer list, Sink sink) {
    for (int i = 0; i < countries.size(); i++) {
      Country country = countries.get(i);
      if (country.isUserAssigned()) {
        // Kosovo is in no UN member list: saying "not a member State" would be a statement about
        // its status, which the UN leaves to resolution 1244 (1999); say that instead.
        sink.report(ValidationRule.COUNTRY_OUTSIDE_UN_MEMBERSHIP, list.child(i),
            Map.of("country", country.getCode(), "commission", commission.getAcronym()));
      } else if (commission.getMembership(country).isEmpty()
          && !commission.getUnidentifiedMemberCandidates().contains(country)) {
        sink.report(ValidationRule.COUNTRY_OUTSIDE_REGION, list.child(i),
            Map.of("country", country.getCode(), "commission", commission.getAcronym()));
      }
    }
  }

  /**
   * Returns the commission of a review: the one given, else the one of the catalogued review;
   * none when the two disagree, which GCM-V021 reports (checking members against either would
   * report follow-on problems).
   *
   * @param review the review
   * @return the commission, if known
   */
  private static Optional<RegionalCommission> commission(Review review) {
    Optional<RegionalCommission> given = review.getCommission();
    Optional<RegionalCommission> catalogued =
        review.getRegionalReview().map(RegionalReview::getCommission);
    if (given.isPresent() && catalogued.isPresent() && given.get() != catalogued.get()) {
      return Optional.empty();
    }
    return given.isPresent() ? given : catalogued;
  }

  // ---------------------------------------------------------------------------------------------
  // GCM-V021

  private static void coherence(DocumentTree tree, Sink sink) {
    StakeholderInput document = (StakeholderInput) tree.items().get(0).value();
    Optional<Review> found = document.getReview();
    if (found.isEmpty()) {
      return;
    }
    Review review = found.get();
    JsonPointer at = JsonPointer.ROOT.child("review");
    if (review.getRegionalReview().isPresent()) {
      RegionalReview regional = review.getRegionalReview().get();
      Anchor anchor = new Anchor("regionalReview", regional.getCode());
      if (review.getProcess() != ReviewProcess.REGIONAL_REVIEW) {
        disagrees(sink, at, "process", review.getProcess().getCode(), anchor,
            ReviewProcess.REGIONAL_REVIEW.getCode());
      }
      Optional<RegionalCommission> commission = review.getCommission();
      if (commission.isPresent() && commission.get() != regional.getCommission()) {
        disagrees(sink, at, "commission", commission.get().getCode(), anchor,
            regional.getCommission().getCode());
      }
      periodWithin(sink, at, review, anchor,
          knownDates(regional.getStartDate(), regional.getEndDate(), regional.getEvents()));
    } else if (review.getForum().isPresent()) {
      MigrationReviewForum forum = review.getForum().get();
      Anchor anchor = new Anchor("forum", forum.getCode());
      if (review.getProcess() != ReviewProcess.IMRF) {
        disagrees(sink, at, "process", review.getProcess().getCode(), anchor,
            ReviewProcess.IMRF.getCode());
      }
      ReviewEvent meeting = forum.getForum();
      if (meeting.getStartDate().isPresent()) {
        LocalDate start = meeting.getStartDate().get();
        periodWithin(sink, at, review, anchor, knownDates(start,
            meeting.getEndDate().orElse(start), forum.getEvents()));
      }
    }
  }

  /** The catalogued review or forum a review names, which its other properties must agree with. */
  private record Anchor(String property, String code) {}

  /** Reports a period that has no day in common with the days the catalogue knows. */
  private static void periodWithin(Sink sink, JsonPointer at, Review review, Anchor anchor,
      LocalDate[] known) {
    Optional<DateRange> period = review.getPeriod();
    if (period.isEmpty()) {
      return;
    }
    PartialDate start = period.get().getStart();
    PartialDate end = period.get().getEnd().orElse(start);
    // at the precision given: "2020" covers every day of 2020
    if (start.getEarliestDay().isAfter(known[1]) || end.getLatestDay().isBefore(known[0])) {
      String value = start + (period.get().getEnd().isPresent() ? "/" + end : "");
      disagrees(sink, at, "period", value, anchor, known[0] + "/" + known[1]);
    }
  }

  private static void disagrees(Sink sink, JsonPointer review, String field, String value,
      Anchor anchor, String expected) {
    sink.report(ValidationRule.REVIEW_INCONSISTENT, review.child(field),
        Map.of("field", field, "value", value, "anchor", anchor.property(),
            "review", anchor.code(), "expected", expected));
  }

  /**
   * The first and last day the catalogue knows of a review or forum: of its main meeting and of
   * every dated event (consultations before it, hearings).
   */
  private static LocalDate[] knownDates(LocalDate meetingStart, LocalDate meetingEnd,
      List<ReviewEvent> events) {
    LocalDate first = meetingStart;
    LocalDate last = meetingEnd;
    for (ReviewEvent event : events) {
      Optional<LocalDate> start = event.getStartDate();
      if (start.isPresent() && start.get().isBefore(first)) {
        first = start.get();
      }
      LocalDate end = event.getEndDate().orElse(start.orElse(null));
      if (end != null && end.isAfter(last)) {
        last = end;
      }
    }
    return new LocalDate[] {first, last};
  }

  // ---------------------------------------------------------------------------------------------
  // GCM-V017, GCM-V018, GCM-V019, GCM-V020

  private static void structure(DocumentTree tree, Sink sink) {
    for (DocumentTree.Item item : tree.items()) {
      Object value = item.value();
      if (value instanceof StakeholderInput document) {
        if (document.getSections().isEmpty() && document.getParagraphs().isEmpty()) {
          sink.report(ValidationRule.NO_SECTIONS, item.at().child("sections"), Map.of());
        }
      } else if (value instanceof Actor actor) {
        if (actor.getGroup().isEmpty() && actor.getName().isEmpty()) {
          sink.report(ValidationRule.ACTOR_WITHOUT_IDENTITY, item.at(), Map.of());
        }
      } else if (value instanceof Section section) {
        if (item.depth() == MAX_SECTION_DEPTH) {
          // the first level too deep: report once, at the section that starts it
          sink.report(ValidationRule.SECTIONS_TOO_DEEP, item.at(),
              Map.of("depth", Integer.toString(item.depth() + 1),
                  "max", Integer.toString(MAX_SECTION_DEPTH)));
        }
        if (isEmpty(section)) {
          sink.report(ValidationRule.EMPTY_SECTION, item.at(), Map.of());
        }
      }
    }
  }

  private static boolean isEmpty(Section section) {
    return section.getIntroduction().isEmpty()
        && section.getFindings().isEmpty()
        && section.getRecommendations().isEmpty()
        && section.getPractices().isEmpty()
        && section.getPledges().isEmpty()
        && section.getFigures().isEmpty()
        && section.getReferences().isEmpty()
        && section.getOpenQuestions().isEmpty()
        && section.getSections().isEmpty();
  }
}
