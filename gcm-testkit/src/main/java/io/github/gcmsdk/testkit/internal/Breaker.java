package io.github.gcmsdk.testkit.internal;

import io.github.gcmsdk.catalog.RegionalCommission;
import io.github.gcmsdk.catalog.RegionalReview;
import io.github.gcmsdk.model.DateRange;
import io.github.gcmsdk.model.Figure;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.Footnote;
import io.github.gcmsdk.model.OpenQuestion;
import io.github.gcmsdk.model.PromisingPractice;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.Reference;
import io.github.gcmsdk.model.Review;
import io.github.gcmsdk.model.ReviewProcess;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.JsonPointer;
import io.github.gcmsdk.testkit.Invalidity;
import io.github.gcmsdk.testkit.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Breaks exactly one content rule of a valid document, at one place chosen at random.
 *
 * <p>Not part of the API; it may change without notice. Stateless and thread-safe; each call
 * draws from the source it is given.
 */
public final class Breaker {

  private Breaker() {}

  /**
   * The result: the broken document and the pointer to what breaks the rule.
   *
   * @param document the broken document
   * @param pointer where it breaks the rule
   */
  public record Broken(StakeholderInput document, JsonPointer pointer) {}

  /** A place where the rule can be broken, and how. */
  private static final class Target {
    final JsonPointer pointer;
    final UnaryOperator<StakeholderInput> change;

    Target(JsonPointer pointer, UnaryOperator<StakeholderInput> change) {
      this.pointer = pointer;
      this.change = change;
    }
  }

  /**
   * Breaks {@code rule} in {@code doc}. If the document has no place for it (no recommendation,
   * say), a section that has one is added first.
   *
   * @param rule the rule to break
   * @param doc the valid document
   * @param host makes the section to add when there is no place
   * @param s the source
   * @return the broken document
   */
  public static Broken breakRule(
      Invalidity rule, StakeholderInput doc, Function<StakeholderInput, Section> host, Source s) {
    List<Target> targets = targets(rule, doc, s);
    StakeholderInput subject = doc;
    if (targets.isEmpty()) {
      List<Section> sections = new ArrayList<>(doc.getSections());
      sections.add(host.apply(doc));
      subject = doc.withSections(sections);
      targets = targets(rule, subject, s);
      if (targets.isEmpty()) {
        throw new IllegalStateException("No place to break " + rule + " in " + subject.getId());
      }
    }
    Target target = s.pick(targets);
    return new Broken(target.change.apply(subject), target.pointer);
  }

  private static List<Target> targets(Invalidity rule, StakeholderInput doc, Source s) {
    switch (rule) {
      case BLANK_TEXT:
        return texts(doc, s.pick(Vocabulary.list("blank")), s.pick(Vocabulary.list("blank")));
      case TEXT_TOO_LONG: {
        Lang lang = Lang.ofTag(doc.getLanguage());
        return texts(doc, Vocabulary.longText(s, lang, 500), Vocabulary.longText(s, lang, 10_000));
      }
      case DUPLICATE_ID:
        return duplicateIds(doc, s);
      case BAD_IDENTIFIER: {
        String bad = s.pick(Vocabulary.list("bad-identifier"));
        List<Target> targets = new ArrayList<>();
        for (IdSlot slot : idSlots(doc, true)) {
          targets.add(new Target(slot.pointer, d -> slot.set.apply(d, bad)));
        }
        return targets;
      }
      case DANGLING_REFERENCE_ID:
        return danglingReferences(doc, missingId(doc, "ref-missing-", s));
      case DANGLING_FIGURE_ID:
        return danglingFigures(doc, missingId(doc, "fig-missing-", s));
      case DANGLING_FOOTNOTE_ID:
        return danglingFootnotes(doc, missingId(doc, "fn-missing-", s));
      case RECOMMENDATION_WITHOUT_OBJECTIVE: {
        List<Target> targets = new ArrayList<>();
        for (Docs.ItemRef<Recommendation> ref : Docs.all(doc, Docs.RECOMMENDATIONS)) {
          // gcm-validation counts the objectives of enclosing sections too, and the
          // recommendation's principles, themes and allObjectives (RULES.md, GCM-V012): they are
          // cleared as well; the other items keep their own objectives.
          int[] path = ref.sectionPath();
          targets.add(new Target(ref.pointer().child("objectives"), d -> {
            StakeholderInput changed = ref.update(d, r -> r.withObjectives(List.of())
                .withPrinciples(List.of()).withThemes(List.of()).withAllObjectives(false));
            for (int depth = 1; depth <= path.length; depth++) {
              changed = Docs.updateSection(changed, Arrays.copyOf(path, depth),
                  section -> section.withObjectives(List.of()).withAllObjectives(false));
            }
            return changed;
          }));
        }
        return targets;
      }
      case DATE_RANGE_REVERSED: {
        List<Target> targets = new ArrayList<>();
        DateRange reversed = Composer.reversedDateRange(s);
        // a validator locates the fault at the end, the date that is too early
        JsonPointer end = JsonPointer.ROOT.child("review").child("period").child("end");
        doc.getReview().ifPresent(review -> targets.add(new Target(end,
            d -> d.withReview(review.withPeriod(reversed)))));
        for (Docs.ItemRef<PromisingPractice> ref : Docs.all(doc, Docs.PRACTICES)) {
          targets.add(new Target(ref.pointer().child("period").child("end"),
              d -> ref.update(d, p -> p.withPeriod(reversed))));
        }
        return targets;
      }
      case BAD_LANGUAGE_TAG: {
        String bad = s.pick(Vocabulary.list("bad-language-tag"));
        return List.of(new Target(JsonPointer.ROOT.child("language"), d -> d.withLanguage(bad)));
      }
      case BAD_URL: {
        String bad = s.pick(Vocabulary.list("bad-url"));
        List<Target> targets = new ArrayList<>();
        targets.add(new Target(JsonPointer.ROOT.child("url"), d -> d.withUrl(bad)));
        each(targets, doc, Docs.REFERENCES, "url", r -> r.withUrl(bad));
        return targets;
      }
      case REVIEW_INCONSISTENT:
        return List.of(new Target(JsonPointer.ROOT.child("review").child("commission"),
            d -> d.withReview(inconsistentReview(d, s))));
      default:
        throw new IllegalArgumentException("Unknown invalidity: " + rule);
    }
  }

  /**
   * The document's review with a commission that is not its regional review's; a review with a
   * regional review and nothing else to disagree when the document has none.
   */
  private static Review inconsistentReview(StakeholderInput doc, Source s) {
    Optional<Review> review = doc.getReview().filter(r -> r.getRegionalReview().isPresent());
    Review base = review.orElseGet(() -> Review.builder().process(ReviewProcess.REGIONAL_REVIEW)
        .regionalReview(s.pick(List.of(RegionalReview.values()))).build());
    RegionalCommission own = base.getRegionalReview().orElseThrow().getCommission();
    List<RegionalCommission> others = new ArrayList<>(List.of(RegionalCommission.values()));
    others.remove(own);
    return base.withCommission(s.pick(others));
  }

  /** The texts that must not be blank and have a maximum length: one-line and paragraphs. */
  private static List<Target> texts(StakeholderInput doc, String line, String paragraph) {
    List<Target> targets = new ArrayList<>();
    targets.add(new Target(JsonPointer.ROOT.child("title"), d -> d.withTitle(line)));
    for (int[] path : Docs.sectionPaths(doc)) {
      targets.add(new Target(Docs.pointer(path).child("heading"),
          d -> Docs.updateSection(d, path, x -> x.withHeading(line))));
    }
    each(targets, doc, Docs.FINDINGS, "text", x -> x.withText(paragraph));
    each(targets, doc, Docs.RECOMMENDATIONS, "text", x -> x.withText(paragraph));
    each(targets, doc, Docs.PRACTICES, "title", x -> x.withTitle(line));
    each(targets, doc, Docs.PRACTICES, "description", x -> x.withDescription(paragraph));
    each(targets, doc, Docs.FIGURES, "description", x -> x.withDescription(paragraph));
    each(targets, doc, Docs.REFERENCES, "title", x -> x.withTitle(line));
    each(targets, doc, Docs.QUESTIONS, "text", x -> x.withText(paragraph));
    return targets;
  }

  /** Adds, for every item of a kind, the target at its member {@code name}, changed so. */
  private static <T> void each(List<Target> targets, StakeholderInput doc, Docs.Items<T> items,
      String name, UnaryOperator<T> change) {
    for (Docs.ItemRef<T> ref : Docs.all(doc, items)) {
      targets.add(new Target(ref.pointer().child(name), d -> ref.update(d, change)));
    }
  }

  /** Adds, for every item of a kind, a target at the end of the id list {@code name}. */
  private static <T> void appended(List<Target> targets, StakeholderInput doc,
      Docs.Items<T> items, String name, Function<T, List<String>> ids,
      BiFunction<T, List<String>, T> with, String missing) {
    for (Docs.ItemRef<T> ref : Docs.all(doc, items)) {
      JsonPointer at = ref.pointer().child(name).child(ids.apply(ref.get(doc)).size());
      targets.add(new Target(at, d -> ref.update(d, x -> {
        List<String> more = new ArrayList<>(ids.apply(x));
        more.add(missing);
        return with.apply(x, more);
      })));
    }
  }

  /**
   * An object with an id of its own, and how to change that id.
   *
   * @param pointer where the id is
   * @param id the id
   * @param set the document with another id there
   */
  private record IdSlot(JsonPointer pointer, String id,
      BiFunction<StakeholderInput, String, StakeholderInput> set) {}

  /**
   * Returns the objects with ids; with {@code changeable}, only those whose id may change
   * without leaving a citation dangling (all but cited figures and references).
   */
  private static List<IdSlot> idSlots(StakeholderInput doc, boolean changeable) {
    Set<String> cited = changeable ? Docs.citedIds(doc) : Set.of();
    List<IdSlot> slots = new ArrayList<>();
    for (int[] path : Docs.sectionPaths(doc)) {
      slots.add(new IdSlot(Docs.pointer(path).child("id"), Docs.sectionAt(doc, path).getId(),
          (d, id) -> Docs.updateSection(d, path, x -> x.withId(id))));
    }
    slots(slots, doc, Docs.FINDINGS, Finding::getId, Finding::withId);
    slots(slots, doc, Docs.RECOMMENDATIONS, x -> Optional.of(x.getId()), Recommendation::withId);
    slots(slots, doc, Docs.PRACTICES, x -> Optional.of(x.getId()), PromisingPractice::withId);
    slots(slots, doc, Docs.FIGURES,
        x -> Optional.of(x.getId()).filter(id -> !cited.contains(id)), Figure::withId);
    slots(slots, doc, Docs.REFERENCES,
        x -> Optional.of(x.getId()).filter(id -> !cited.contains(id)), Reference::withId);
    slots(slots, doc, Docs.QUESTIONS, OpenQuestion::getId, OpenQuestion::withId);
    return slots;
  }

  private static <T> void slots(List<IdSlot> slots, StakeholderInput doc, Docs.Items<T> items,
      Function<T, Optional<String>> id, BiFunction<T, String, T> with) {
    for (Docs.ItemRef<T> ref : Docs.all(doc, items)) {
      id.apply(ref.get(doc)).ifPresent(v -> slots.add(new IdSlot(ref.pointer().child("id"), v,
          (d, other) -> ref.update(d, x -> with.apply(x, other)))));
    }
  }

  /**
   * Each changeable object may take the id of one that comes before it in document order, so
   * that it is the second occurrence: the one a validator reports.
   */
  private static List<Target> duplicateIds(StakeholderInput doc, Source s) {
    Map<JsonPointer, Integer> order = new HashMap<>();
    for (JsonPointer pointer : Docs.documentOrder(doc)) {
      order.put(pointer.child("id"), order.size());
    }
    List<IdSlot> all = idSlots(doc, false);
    List<Target> targets = new ArrayList<>();
    for (IdSlot slot : idSlots(doc, true)) {
      int position = order.get(slot.pointer);
      List<String> earlier = new ArrayList<>();
      for (IdSlot other : all) {
        if (order.get(other.pointer) < position) {
          earlier.add(other.id);
        }
      }
      if (!earlier.isEmpty()) {
        targets.add(new Target(slot.pointer, d -> slot.set.apply(d, s.pick(earlier))));
      }
    }
    return targets;
  }

  private static String missingId(StakeholderInput doc, String prefix, Source s) {
    Set<String> taken = new HashSet<>();
    for (IdSlot slot : idSlots(doc, false)) {
      taken.add(slot.id);
    }
    taken.addAll(Docs.citedIds(doc));
    for (Footnote footnote : doc.getFootnotes()) {
      taken.add(footnote.getId()); // not among the slots: footnotes are never changed
    }
    while (true) {
      String id = prefix + s.between(1, 999);
      if (!taken.contains(id)) {
        return id;
      }
    }
  }

  private static List<Target> danglingReferences(StakeholderInput doc, String missing) {
    List<Target> targets = new ArrayList<>();
    appended(targets, doc, Docs.FINDINGS, "referenceIds", Finding::getReferenceIds,
        Finding::withReferenceIds, missing);
    appended(targets, doc, Docs.RECOMMENDATIONS, "referenceIds",
        Recommendation::getReferenceIds, Recommendation::withReferenceIds, missing);
    appended(targets, doc, Docs.PRACTICES, "referenceIds", PromisingPractice::getReferenceIds,
        PromisingPractice::withReferenceIds, missing);
    return targets;
  }

  private static List<Target> danglingFootnotes(StakeholderInput doc, String missing) {
    List<Target> targets = new ArrayList<>();
    appended(targets, doc, Docs.FINDINGS, "footnoteIds", Finding::getFootnoteIds,
        Finding::withFootnoteIds, missing);
    appended(targets, doc, Docs.RECOMMENDATIONS, "footnoteIds", Recommendation::getFootnoteIds,
        Recommendation::withFootnoteIds, missing);
    appended(targets, doc, Docs.PRACTICES, "footnoteIds", PromisingPractice::getFootnoteIds,
        PromisingPractice::withFootnoteIds, missing);
    return targets;
  }

  private static List<Target> danglingFigures(StakeholderInput doc, String missing) {
    List<Target> targets = new ArrayList<>();
    appended(targets, doc, Docs.FINDINGS, "figureIds", Finding::getFigureIds,
        Finding::withFigureIds, missing);
    appended(targets, doc, Docs.PRACTICES, "figureIds", PromisingPractice::getFigureIds,
        PromisingPractice::withFigureIds, missing);
    return targets;
  }
}
