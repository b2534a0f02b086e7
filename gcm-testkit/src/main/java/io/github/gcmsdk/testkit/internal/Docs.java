package io.github.gcmsdk.testkit.internal;

import io.github.gcmsdk.model.Figure;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.OpenQuestion;
import io.github.gcmsdk.model.PromisingPractice;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.Reference;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.JsonPointer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Navigation in an immutable {@link StakeholderInput}: where its sections and items are, as JSON
 * Pointers, and how to derive a copy with one of them changed or removed.
 *
 * <p>Not part of the API; it may change without notice. Stateless and thread-safe.
 */
public final class Docs {

  private Docs() {}

  /**
   * One kind of item list, held by sections and, for some kinds, by the document itself.
   *
   * @param <T> the item type
   * @param name the JSON member name of the list ("recommendations")
   * @param inSection the list of a section
   * @param withInSection a section with another list
   * @param inDocument the list of the document, or null if documents hold none
   * @param withInDocument the document with another list, or null
   */
  public record Items<T>(
      String name,
      Function<Section, List<T>> inSection,
      BiFunction<Section, List<T>, Section> withInSection,
      Function<StakeholderInput, List<T>> inDocument,
      BiFunction<StakeholderInput, List<T>, StakeholderInput> withInDocument) {}

  /** Findings, held by sections. */
  public static final Items<Finding> FINDINGS = new Items<>(
      "findings", Section::getFindings, Section::withFindings, null, null);
  /** Recommendations, held by sections. */
  public static final Items<Recommendation> RECOMMENDATIONS = new Items<>(
      "recommendations", Section::getRecommendations, Section::withRecommendations, null, null);
  /** Promising practices, held by sections. */
  public static final Items<PromisingPractice> PRACTICES = new Items<>(
      "practices", Section::getPractices, Section::withPractices, null, null);
  /** Figures, held by sections and the document. */
  public static final Items<Figure> FIGURES = new Items<>(
      "figures", Section::getFigures, Section::withFigures,
      StakeholderInput::getFigures, StakeholderInput::withFigures);
  /** References, held by sections and the document. */
  public static final Items<Reference> REFERENCES = new Items<>(
      "references", Section::getReferences, Section::withReferences,
      StakeholderInput::getReferences, StakeholderInput::withReferences);
  /** Open questions, held by sections and the document. */
  public static final Items<OpenQuestion> QUESTIONS = new Items<>(
      "openQuestions", Section::getOpenQuestions, Section::withOpenQuestions,
      StakeholderInput::getOpenQuestions, StakeholderInput::withOpenQuestions);

  /** All the item kinds, in the order sections list them. */
  public static final List<Items<?>> ALL_ITEMS =
      List.of(FINDINGS, RECOMMENDATIONS, PRACTICES, FIGURES, REFERENCES, QUESTIONS);

  /**
   * Where an item list is: in the document itself ({@code sectionPath == null}) or in a section.
   *
   * @param <T> the item type
   * @param items the kind of item held
   * @param sectionPath the indices of the section from the top, or null for the document
   */
  public record Container<T>(Items<T> items, int[] sectionPath) {

    /**
     * Returns the items of this container in {@code doc}.
     *
     * @param doc the document
     * @return the list
     */
    public List<T> get(StakeholderInput doc) {
      return sectionPath == null
          ? items.inDocument.apply(doc)
          : items.inSection.apply(sectionAt(doc, sectionPath));
    }

    /**
     * Returns a copy of {@code doc} with this container's list replaced.
     *
     * @param doc the document
     * @param list the new list
     * @return the copy
     */
    public StakeholderInput with(StakeholderInput doc, List<T> list) {
      return sectionPath == null
          ? items.withInDocument.apply(doc, list)
          : updateSection(doc, sectionPath, s -> items.withInSection.apply(s, list));
    }

    /**
     * Returns the JSON Pointer of the list.
     *
     * @return the pointer, such as {@code /sections/0/recommendations}
     */
    public JsonPointer pointer() {
      return (sectionPath == null ? JsonPointer.ROOT : Docs.pointer(sectionPath)).child(items.name);
    }
  }

  /**
   * One item: a container and an index in it.
   *
   * @param <T> the item type
   * @param container the list that holds the item
   * @param index the item's index in the list
   */
  public record ItemRef<T>(Container<T> container, int index) {

    /**
     * Returns the item in {@code doc}.
     *
     * @param doc the document
     * @return the item
     */
    public T get(StakeholderInput doc) {
      return container.get(doc).get(index);
    }

    /**
     * Returns a copy of {@code doc} with the item changed by {@code change}.
     *
     * @param doc the document
     * @param change the change
     * @return the copy
     */
    public StakeholderInput update(StakeholderInput doc, UnaryOperator<T> change) {
      List<T> list = new ArrayList<>(container.get(doc));
      list.set(index, change.apply(list.get(index)));
      return container.with(doc, list);
    }

    /**
     * Returns a copy of {@code doc} without the item.
     *
     * @param doc the document
     * @return the copy
     */
    public StakeholderInput remove(StakeholderInput doc) {
      List<T> list = new ArrayList<>(container.get(doc));
      list.remove(index);
      return container.with(doc, list);
    }

    /**
     * Returns the JSON Pointer of the item.
     *
     * @return the pointer, such as {@code /sections/0/recommendations/2}
     */
    public JsonPointer pointer() {
      return container.pointer().child(index);
    }

    /**
     * Returns the path of the section that holds the item.
     *
     * @return the indices from the top, empty for an item of the document itself
     */
    public int[] sectionPath() {
      return container.sectionPath == null ? new int[0] : container.sectionPath.clone();
    }
  }

  /**
   * Returns the paths of all sections, breadth first: the top-level ones, then their children.
   *
   * @param doc the document
   * @return the paths; each is the list of indices from the top
   */
  public static List<int[]> sectionPaths(StakeholderInput doc) {
    List<int[]> paths = new ArrayList<>();
    Deque<int[]> queue = new ArrayDeque<>();
    for (int i = 0; i < doc.getSections().size(); i++) {
      queue.add(new int[] {i});
    }
    while (!queue.isEmpty()) {
      int[] path = queue.removeFirst();
      paths.add(path);
      Section section = sectionAt(doc, path);
      for (int i = 0; i < section.getSections().size(); i++) {
        int[] child = Arrays.copyOf(path, path.length + 1);
        child[path.length] = i;
        queue.add(child);
      }
    }
    return paths;
  }

  /**
   * Returns the pointers of the document's sections and items in document order, the order of
   * the model's attributes in which files are written: each section, then its findings,
   * recommendations, practices, figures, references and open questions, then its subsections;
   * after all sections, the document's own references, figures and open questions.
   *
   * @param doc the document
   * @return the pointers, such as {@code /sections/0} and {@code /sections/0/findings/1}
   */
  public static List<JsonPointer> documentOrder(StakeholderInput doc) {
    List<JsonPointer> pointers = new ArrayList<>();
    // an explicit stack: generated sections may nest a hundred levels deep
    Deque<int[]> stack = new ArrayDeque<>();
    for (int i = doc.getSections().size() - 1; i >= 0; i--) {
      stack.push(new int[] {i});
    }
    while (!stack.isEmpty()) {
      int[] path = stack.pop();
      Section section = sectionAt(doc, path);
      JsonPointer at = pointer(path);
      pointers.add(at);
      for (Items<?> items : ALL_ITEMS) {
        addItems(pointers, at.child(items.name), items.inSection.apply(section).size());
      }
      for (int i = section.getSections().size() - 1; i >= 0; i--) {
        int[] child = Arrays.copyOf(path, path.length + 1);
        child[path.length] = i;
        stack.push(child);
      }
    }
    for (Items<?> items : List.of(REFERENCES, FIGURES, QUESTIONS)) {
      addItems(pointers, JsonPointer.ROOT.child(items.name), items.inDocument.apply(doc).size());
    }
    return pointers;
  }

  private static void addItems(List<JsonPointer> pointers, JsonPointer list, int size) {
    for (int i = 0; i < size; i++) {
      pointers.add(list.child(i));
    }
  }

  /**
   * Returns the section at {@code path}.
   *
   * @param doc the document
   * @param path indices from the top, at least one
   * @return the section
   */
  public static Section sectionAt(StakeholderInput doc, int[] path) {
    Section section = doc.getSections().get(path[0]);
    for (int i = 1; i < path.length; i++) {
      section = section.getSections().get(path[i]);
    }
    return section;
  }

  /**
   * Returns a copy of {@code doc} with the section at {@code path} changed.
   *
   * @param doc the document
   * @param path the section's path
   * @param change the change
   * @return the copy
   */
  public static StakeholderInput updateSection(
      StakeholderInput doc, int[] path, UnaryOperator<Section> change) {
    List<Section> top = new ArrayList<>(doc.getSections());
    top.set(path[0], updateIn(top.get(path[0]), path, 1, change));
    return doc.withSections(top);
  }

  private static Section updateIn(Section section, int[] path, int depth,
      UnaryOperator<Section> change) {
    if (depth == path.length) {
      return change.apply(section);
    }
    List<Section> children = new ArrayList<>(section.getSections());
    children.set(path[depth], updateIn(children.get(path[depth]), path, depth + 1, change));
    return section.withSections(children);
  }

  /**
   * Returns a copy of {@code doc} without the section at {@code path} (and all it holds).
   *
   * @param doc the document
   * @param path the section's path
   * @return the copy
   */
  public static StakeholderInput removeSection(StakeholderInput doc, int[] path) {
    if (path.length == 1) {
      List<Section> top = new ArrayList<>(doc.getSections());
      top.remove(path[0]);
      return doc.withSections(top);
    }
    int[] parent = Arrays.copyOf(path, path.length - 1);
    int index = path[path.length - 1];
    return updateSection(doc, parent, s -> {
      List<Section> children = new ArrayList<>(s.getSections());
      children.remove(index);
      return s.withSections(children);
    });
  }

  /**
   * Returns a copy of {@code doc} in which the section at {@code path} is replaced by its nested
   * sections (its own items are dropped).
   *
   * @param doc the document
   * @param path the section's path
   * @return the copy
   */
  public static StakeholderInput replaceByChildren(StakeholderInput doc, int[] path) {
    List<Section> children = sectionAt(doc, path).getSections();
    int index = path[path.length - 1];
    if (path.length == 1) {
      List<Section> top = new ArrayList<>(doc.getSections());
      top.remove(index);
      top.addAll(index, children);
      return doc.withSections(top);
    }
    int[] parent = Arrays.copyOf(path, path.length - 1);
    return updateSection(doc, parent, s -> {
      List<Section> siblings = new ArrayList<>(s.getSections());
      siblings.remove(index);
      siblings.addAll(index, children);
      return s.withSections(siblings);
    });
  }

  /**
   * Returns the JSON Pointer of a section.
   *
   * @param path the section's path
   * @return the pointer, such as {@code /sections/1/sections/0}
   */
  public static JsonPointer pointer(int[] path) {
    JsonPointer pointer = JsonPointer.ROOT;
    for (int index : path) {
      pointer = pointer.child("sections").child(index);
    }
    return pointer;
  }

  /**
   * Returns every container of one item kind: the document's own list first (if the kind has
   * one), then the sections' lists, breadth first.
   *
   * @param <T> the item type
   * @param doc the document
   * @param items the item kind
   * @return the containers
   */
  public static <T> List<Container<T>> containers(StakeholderInput doc, Items<T> items) {
    List<Container<T>> containers = new ArrayList<>();
    if (items.inDocument != null) {
      containers.add(new Container<>(items, null));
    }
    for (int[] path : sectionPaths(doc)) {
      containers.add(new Container<>(items, path));
    }
    return containers;
  }

  /**
   * Returns every item of one kind in the document.
   *
   * @param <T> the item type
   * @param doc the document
   * @param items the item kind
   * @return references to the items, document level first, then sections breadth first
   */
  public static <T> List<ItemRef<T>> all(StakeholderInput doc, Items<T> items) {
    List<ItemRef<T>> refs = new ArrayList<>();
    for (Container<T> container : containers(doc, items)) {
      int size = container.get(doc).size();
      for (int i = 0; i < size; i++) {
        refs.add(new ItemRef<>(container, i));
      }
    }
    return refs;
  }

  /**
   * Returns the ids of all figures in the document, in document order.
   *
   * @param doc the document
   * @return the ids, without repeats
   */
  public static Set<String> figureIds(StakeholderInput doc) {
    Set<String> ids = new LinkedHashSet<>();
    for (ItemRef<Figure> ref : all(doc, FIGURES)) {
      ids.add(ref.get(doc).getId());
    }
    return ids;
  }

  /**
   * Returns the ids of all references in the document, in document order.
   *
   * @param doc the document
   * @return the ids, without repeats
   */
  public static Set<String> referenceIds(StakeholderInput doc) {
    Set<String> ids = new LinkedHashSet<>();
    for (ItemRef<Reference> ref : all(doc, REFERENCES)) {
      ids.add(ref.get(doc).getId());
    }
    return ids;
  }

  /**
   * Returns the ids that findings, recommendations and practices cite, figures and references
   * together, in document order.
   *
   * @param doc the document
   * @return the cited ids, without repeats
   */
  public static Set<String> citedIds(StakeholderInput doc) {
    Set<String> ids = new LinkedHashSet<>();
    for (ItemRef<Finding> ref : all(doc, FINDINGS)) {
      ids.addAll(ref.get(doc).getFigureIds());
      ids.addAll(ref.get(doc).getReferenceIds());
    }
    for (ItemRef<Recommendation> ref : all(doc, RECOMMENDATIONS)) {
      ids.addAll(ref.get(doc).getReferenceIds());
    }
    for (ItemRef<PromisingPractice> ref : all(doc, PRACTICES)) {
      ids.addAll(ref.get(doc).getFigureIds());
      ids.addAll(ref.get(doc).getReferenceIds());
    }
    return ids;
  }

  /**
   * Returns a copy of {@code doc} in which no item cites the given figure or reference ids any
   * more; other citations are kept as they are, dangling or not.
   *
   * @param doc the document
   * @param figureIds figure ids to forget
   * @param referenceIds reference ids to forget
   * @return the copy, or {@code doc} itself if nothing cites them
   */
  public static StakeholderInput forgetCitations(
      StakeholderInput doc, Set<String> figureIds, Set<String> referenceIds) {
    if (figureIds.isEmpty() && referenceIds.isEmpty()) {
      return doc;
    }
    StakeholderInput result = doc;
    for (ItemRef<Finding> ref : all(result, FINDINGS)) {
      Finding f = ref.get(result);
      List<String> figs = without(f.getFigureIds(), figureIds);
      List<String> refs = without(f.getReferenceIds(), referenceIds);
      if (figs.size() != f.getFigureIds().size() || refs.size() != f.getReferenceIds().size()) {
        result = ref.update(result, x -> x.withFigureIds(figs).withReferenceIds(refs));
      }
    }
    for (ItemRef<Recommendation> ref : all(result, RECOMMENDATIONS)) {
      Recommendation r = ref.get(result);
      List<String> refs = without(r.getReferenceIds(), referenceIds);
      if (refs.size() != r.getReferenceIds().size()) {
        result = ref.update(result, x -> x.withReferenceIds(refs));
      }
    }
    for (ItemRef<PromisingPractice> ref : all(result, PRACTICES)) {
      PromisingPractice p = ref.get(result);
      List<String> figs = without(p.getFigureIds(), figureIds);
      List<String> refs = without(p.getReferenceIds(), referenceIds);
      if (figs.size() != p.getFigureIds().size() || refs.size() != p.getReferenceIds().size()) {
        result = ref.update(result, x -> x.withFigureIds(figs).withReferenceIds(refs));
      }
    }
    return result;
  }

  /**
   * Returns a copy of {@code after} that cites none of the figures and references that
   * {@code before} had and {@code after} no longer has, so that removing an item never leaves a
   * dangling citation behind.
   *
   * @param before the document before a removal
   * @param after the document after it
   * @return the repaired copy
   */
  public static StakeholderInput forgetRemoved(StakeholderInput before, StakeholderInput after) {
    Set<String> figures = new LinkedHashSet<>(figureIds(before));
    figures.removeAll(figureIds(after));
    Set<String> references = new LinkedHashSet<>(referenceIds(before));
    references.removeAll(referenceIds(after));
    return forgetCitations(after, figures, references);
  }

  private static List<String> without(List<String> ids, Set<String> forget) {
    List<String> kept = new ArrayList<>(ids.size());
    for (String id : ids) {
      if (!forget.contains(id)) {
        kept.add(id);
      }
    }
    return kept;
  }
}
