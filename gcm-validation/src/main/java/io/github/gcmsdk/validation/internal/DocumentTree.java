package io.github.gcmsdk.validation.internal;

import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.model.Actor;
import io.github.gcmsdk.model.Adoption;
import io.github.gcmsdk.model.Event;
import io.github.gcmsdk.model.Figure;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.Footnote;
import io.github.gcmsdk.model.OpenQuestion;
import io.github.gcmsdk.model.Paragraph;
import io.github.gcmsdk.model.Pledge;
import io.github.gcmsdk.model.PromisingPractice;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.Reference;
import io.github.gcmsdk.model.RelatedReview;
import io.github.gcmsdk.model.Review;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.model.Translation;
import io.github.gcmsdk.problem.JsonPointer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The objects of a document in document order (the order of the model's attributes), each with its JSON Pointer, its section depth and
 * the objectives of its enclosing sections. Built once per validation, without recursion, in time
 * linear in the number of objects; the document rules then read this flat list.
 */
final class DocumentTree {

  /**
   * One object of the document.
   *
   * @param value the model object: {@link StakeholderInput}, {@link Adoption}, {@link
   *     Translation}, {@link Review}, {@link Event}, {@link RelatedReview}, {@link Paragraph} (of
   *     the document or of a section's introduction), {@link Section}, {@link Finding}, {@link
   *     Recommendation}, {@link PromisingPractice}, {@link Pledge}, {@link Figure}, {@link
   *     Reference}, {@link OpenQuestion}, {@link Footnote} or {@link Actor} (a contributor,
   *     addressee, practice actor, pledger, attribution, host, co-organiser or chair)
   * @param at where it is
   * @param depth the number of sections enclosing it (a top-level section has depth 0)
   * @param inherited the objectives of the enclosing sections (for a section: of its ancestors,
   *     not its own); shared by the items of a section, so never to be modified (an {@code
   *     EnumSet}, so that copying and adding it to another is one operation on bits)
   */
  record Item(Object value, JsonPointer at, int depth, EnumSet<Objective> inherited) {}

  private final List<Item> items;

  private DocumentTree(List<Item> items) {
    this.items = Collections.unmodifiableList(items);
  }

  /**
   * Returns the objects of the document, the document itself first.
   *
   * @return the items, in document order
   */
  List<Item> items() {
    return items;
  }

  /**
   * Flattens a document.
   *
   * @param document the document, not null
   * @return its tree
   */
  static DocumentTree of(StakeholderInput document) {
    List<Item> items = new ArrayList<>();
    EnumSet<Objective> none = EnumSet.noneOf(Objective.class);
    JsonPointer root = JsonPointer.ROOT;
    items.add(new Item(document, root, 0, none));
    addAll(items, document.getAdoptions(), root.child("adoptions"), 0, none);
    addAll(items, document.getTranslations(), root.child("translations"), 0, none);
    document.getReview().ifPresent(review -> {
      JsonPointer at = root.child("review");
      items.add(new Item(review, at, 0, none));
      addAll(items, review.getEvents(), at.child("events"), 0, none);
      addAll(items, review.getHosts(), at.child("hosts"), 0, none);
      addAll(items, review.getCoOrganisers(), at.child("coOrganisers"), 0, none);
      addAll(items, review.getChairs(), at.child("chairs"), 0, none);
      addAll(items, review.getRelatedReviews(), at.child("relatedReviews"), 0, none);
    });
    addAll(items, document.getContributors(), root.child("contributors"), 0, none);
    addAll(items, document.getParagraphs(), root.child("paragraphs"), 0, none);

    Deque<Item> stack = new ArrayDeque<>();
    pushSections(stack, document.getSections(), root.child("sections"), 0, none);
    while (!stack.isEmpty()) {
      Item item = stack.pop();
      items.add(item);
      Section section = (Section) item.value();
      JsonPointer at = item.at();
      int depth = item.depth();
      EnumSet<Objective> inner = item.inherited();
      if (section.isAllObjectives()) {
        inner = EnumSet.allOf(Objective.class); // a cross-cutting section concerns every one
      } else if (!section.getObjectives().isEmpty()) {
        inner = EnumSet.copyOf(inner);
        inner.addAll(section.getObjectives());
      }
      addAll(items, section.getIntroduction(), at.child("introduction"), depth, inner);
      List<Finding> findings = section.getFindings();
      JsonPointer fns = at.child("findings");
      for (int i = 0; i < findings.size(); i++) {
        JsonPointer f = fns.child(i);
        items.add(new Item(findings.get(i), f, depth, inner));
        Optional<Actor> attribution = findings.get(i).getAttribution();
        if (attribution.isPresent()) {
          items.add(new Item(attribution.get(), f.child("attribution"), depth, inner));
        }
      }
      List<Recommendation> recommendations = section.getRecommendations();
      JsonPointer recs = at.child("recommendations");
      for (int i = 0; i < recommendations.size(); i++) {
        JsonPointer r = recs.child(i);
        items.add(new Item(recommendations.get(i), r, depth, inner));
        addAll(items, recommendations.get(i).getAddressees(), r.child("addressees"), depth, inner);
      }
      List<PromisingPractice> practices = section.getPractices();
      JsonPointer prs = at.child("practices");
      for (int i = 0; i < practices.size(); i++) {
        JsonPointer p = prs.child(i);
        items.add(new Item(practices.get(i), p, depth, inner));
        addAll(items, practices.get(i).getActors(), p.child("actors"), depth, inner);
      }
      List<Pledge> pledges = section.getPledges();
      JsonPointer pls = at.child("pledges");
      for (int i = 0; i < pledges.size(); i++) {
        JsonPointer p = pls.child(i);
        items.add(new Item(pledges.get(i), p, depth, inner));
        addAll(items, pledges.get(i).getPledgers(), p.child("pledgers"), depth, inner);
      }
      addAll(items, section.getFigures(), at.child("figures"), depth, inner);
      addAll(items, section.getReferences(), at.child("references"), depth, inner);
      addAll(items, section.getOpenQuestions(), at.child("openQuestions"), depth, inner);
      pushSections(stack, section.getSections(), at.child("sections"), depth + 1, inner);
    }
    // in the order of the model's attributes, which is the order files are written in
    addAll(items, document.getReferences(), root.child("references"), 0, none);
    addAll(items, document.getFigures(), root.child("figures"), 0, none);
    addAll(items, document.getOpenQuestions(), root.child("openQuestions"), 0, none);
    addAll(items, document.getFootnotes(), root.child("footnotes"), 0, none);
    return new DocumentTree(items);
  }

  private static void pushSections(Deque<Item> stack, List<Section> sections, JsonPointer list,
      int depth, EnumSet<Objective> inherited) {
    for (int i = sections.size() - 1; i >= 0; i--) {
      stack.push(new Item(sections.get(i), list.child(i), depth, inherited));
    }
  }

  private static void addAll(List<Item> items, List<?> values, JsonPointer list, int depth,
      EnumSet<Objective> inherited) {
    for (int i = 0; i < values.size(); i++) {
      items.add(new Item(values.get(i), list.child(i), depth, inherited));
    }
  }
}
