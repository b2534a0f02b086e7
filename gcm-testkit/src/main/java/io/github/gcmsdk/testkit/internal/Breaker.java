package io.github.gcmsdk.testkit.internal;

import io.github.gcmsdk.model.DateRange;
import io.github.gcmsdk.model.Figure;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.OpenQuestion;
import io.github.gcmsdk.model.PromisingPractice;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.Reference;
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
      case RECOMMENDATION_WITHOUT_OBJECTIVE: {
        List<Target> targets = new ArrayList<>();
        for (Docs.ItemRef<Recommendation> ref : Docs.all(doc, Docs.RECOMMENDATIONS)) {
          // gcm-validation counts the objectives of enclosing sections too (RULES.md, GCM-V012):
          // they are cleared as well; the other items keep their own objectives.
          int[] path = ref.sectionPath();
          targets.add(new Target(ref.pointer().child("objectives"), d -> {
            StakeholderInput changed = ref.update(d, r -> r.withObjectives(List.of()));
            for (int depth = 1; depth <= path.length; depth++) {
              changed = Docs.updateSection(changed, Arrays.copyOf(path, depth),
                  section -> section.withObjectives(List.of()));
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
        for (Docs.ItemRef<Reference> ref : Docs.all(doc, Docs.REFERENCES)) {
          targets.add(new Target(ref.pointer().child("url"), d -> ref.update(d, r -> r.withUrl(bad))));
        }
        return targets;
      }
      default:
        throw new IllegalArgumentException("Unknown invalidity: " + rule);
    }
  }

  /** The texts that must not be blank and have a maximum length: one-line and paragraphs. */
  private static List<Target> texts(StakeholderInput doc, String line, String paragraph) {
    List<Target> targets = new ArrayList<>();
    targets.add(new Target(JsonPointer.ROOT.child("title"), d -> d.withTitle(line)));
    for (int[] path : Docs.sectionPaths(doc)) {
      targets.add(new Target(Docs.pointer(path).child("heading"),
          d -> Docs.updateSection(d, path, x -> x.withHeading(line))));
    }
    for (Docs.ItemRef<Finding> ref : Docs.all(doc, Docs.FINDINGS)) {
      targets.add(new Target(ref.pointer().child("text"),
          d -> ref.update(d, x -> x.withText(paragraph))));
    }
    for (Docs.ItemRef<Recommendation> ref : Docs.all(doc, Docs.RECOMMENDATIONS)) {
      targets.add(new Target(ref.pointer().child("text"),
          d -> ref.update(d, x -> x.withText(paragraph))));
    }
    for (Docs.ItemRef<PromisingPractice> ref : Docs.all(doc, Docs.PRACTICES)) {
      targets.add(new Target(ref.pointer().child("title"),
          d -> ref.update(d, x -> x.withTitle(line))));
      targets.add(new Target(ref.pointer().child("description"),
          d -> ref.update(d, x -> x.withDescription(paragraph))));
    }
    for (Docs.ItemRef<Figure> ref : Docs.all(doc, Docs.FIGURES)) {
      targets.add(new Target(ref.pointer().child("description"),
          d -> ref.update(d, x -> x.withDescription(paragraph))));
    }
    for (Docs.ItemRef<Reference> ref : Docs.all(doc, Docs.REFERENCES)) {
      targets.add(new Target(ref.pointer().child("title"),
          d -> ref.update(d, x -> x.withTitle(line))));
    }
    for (Docs.ItemRef<OpenQuestion> ref : Docs.all(doc, Docs.QUESTIONS)) {
      targets.add(new Target(ref.pointer().child("text"),
          d -> ref.update(d, x -> x.withText(paragraph))));
    }
    return targets;
  }

  /** An object with an id of its own, and how to change that id. */
  private static final class IdSlot {
    final JsonPointer pointer;
    final String id;
    final BiFunction<StakeholderInput, String, StakeholderInput> set;

    IdSlot(JsonPointer pointer, String id,
        BiFunction<StakeholderInput, String, StakeholderInput> set) {
      this.pointer = pointer;
      this.id = id;
      this.set = set;
    }
  }

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
    for (Docs.ItemRef<Finding> ref : Docs.all(doc, Docs.FINDINGS)) {
      ref.get(doc).getId().ifPresent(id -> slots.add(new IdSlot(ref.pointer().child("id"), id,
          (d, v) -> ref.update(d, x -> x.withId(v)))));
    }
    for (Docs.ItemRef<Recommendation> ref : Docs.all(doc, Docs.RECOMMENDATIONS)) {
      slots.add(new IdSlot(ref.pointer().child("id"), ref.get(doc).getId(),
          (d, v) -> ref.update(d, x -> x.withId(v))));
    }
    for (Docs.ItemRef<PromisingPractice> ref : Docs.all(doc, Docs.PRACTICES)) {
      slots.add(new IdSlot(ref.pointer().child("id"), ref.get(doc).getId(),
          (d, v) -> ref.update(d, x -> x.withId(v))));
    }
    for (Docs.ItemRef<Figure> ref : Docs.all(doc, Docs.FIGURES)) {
      String id = ref.get(doc).getId();
      if (!cited.contains(id)) {
        slots.add(new IdSlot(ref.pointer().child("id"), id,
            (d, v) -> ref.update(d, x -> x.withId(v))));
      }
    }
    for (Docs.ItemRef<Reference> ref : Docs.all(doc, Docs.REFERENCES)) {
      String id = ref.get(doc).getId();
      if (!cited.contains(id)) {
        slots.add(new IdSlot(ref.pointer().child("id"), id,
            (d, v) -> ref.update(d, x -> x.withId(v))));
      }
    }
    for (Docs.ItemRef<OpenQuestion> ref : Docs.all(doc, Docs.QUESTIONS)) {
      ref.get(doc).getId().ifPresent(id -> slots.add(new IdSlot(ref.pointer().child("id"), id,
          (d, v) -> ref.update(d, x -> x.withId(v)))));
    }
    return slots;
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
    while (true) {
      String id = prefix + s.between(1, 999);
      if (!taken.contains(id)) {
        return id;
      }
    }
  }

  private static List<Target> danglingReferences(StakeholderInput doc, String missing) {
    List<Target> targets = new ArrayList<>();
    for (Docs.ItemRef<Finding> ref : Docs.all(doc, Docs.FINDINGS)) {
      int at = ref.get(doc).getReferenceIds().size();
      targets.add(new Target(ref.pointer().child("referenceIds").child(at),
          d -> ref.update(d, x -> x.withReferenceIds(plus(x.getReferenceIds(), missing)))));
    }
    for (Docs.ItemRef<Recommendation> ref : Docs.all(doc, Docs.RECOMMENDATIONS)) {
      int at = ref.get(doc).getReferenceIds().size();
      targets.add(new Target(ref.pointer().child("referenceIds").child(at),
          d -> ref.update(d, x -> x.withReferenceIds(plus(x.getReferenceIds(), missing)))));
    }
    for (Docs.ItemRef<PromisingPractice> ref : Docs.all(doc, Docs.PRACTICES)) {
      int at = ref.get(doc).getReferenceIds().size();
      targets.add(new Target(ref.pointer().child("referenceIds").child(at),
          d -> ref.update(d, x -> x.withReferenceIds(plus(x.getReferenceIds(), missing)))));
    }
    return targets;
  }

  private static List<Target> danglingFigures(StakeholderInput doc, String missing) {
    List<Target> targets = new ArrayList<>();
    for (Docs.ItemRef<Finding> ref : Docs.all(doc, Docs.FINDINGS)) {
      int at = ref.get(doc).getFigureIds().size();
      targets.add(new Target(ref.pointer().child("figureIds").child(at),
          d -> ref.update(d, x -> x.withFigureIds(plus(x.getFigureIds(), missing)))));
    }
    for (Docs.ItemRef<PromisingPractice> ref : Docs.all(doc, Docs.PRACTICES)) {
      int at = ref.get(doc).getFigureIds().size();
      targets.add(new Target(ref.pointer().child("figureIds").child(at),
          d -> ref.update(d, x -> x.withFigureIds(plus(x.getFigureIds(), missing)))));
    }
    return targets;
  }

  private static List<String> plus(List<String> ids, String id) {
    List<String> copy = new ArrayList<>(ids);
    copy.add(id);
    return copy;
  }
}
