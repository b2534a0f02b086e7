package io.github.gcmsdk.validation.internal;

import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the constraint checks' recursion within the stack: Hibernate Validator ({@link
 * ModelConstraints}) cascades recursively, and a document nested some thousand sections deep (which a JSON file within Jackson's limits can
 * hold) would overflow the stack. Such a document is validated as a copy without the sections
 * below {@link #MAX_CASCADE_DEPTH} levels, so every pointer above that level stays the same; the
 * nesting itself is reported by {@code GCM-V018}, from {@link DocumentRules#MAX_SECTION_DEPTH}
 * levels on.
 */
public final class Pruning {

  /** The deepest level of sections whose constraints Bean Validation checks. */
  public static final int MAX_CASCADE_DEPTH = 64;

  private Pruning() {}

  /**
   * Returns the document, or a copy without the sections deeper than {@link #MAX_CASCADE_DEPTH}.
   *
   * @param document the document, not null
   * @return the document itself when it is not that deep
   */
  public static StakeholderInput forBeanValidation(StakeholderInput document) {
    if (depth(document.getSections(), 1) <= MAX_CASCADE_DEPTH) {
      return document;
    }
    return document.withSections(prune(document.getSections(), 1));
  }

  /**
   * Returns the number of levels of sections at and below {@code sections}, at level {@code
   * level}, or a number past the maximum as soon as one is reached: the recursion stops there, so
   * it is never deeper than {@link #MAX_CASCADE_DEPTH} + 1 calls. Allocates nothing: it runs on
   * every validation.
   */
  private static int depth(List<Section> sections, int level) {
    if (sections.isEmpty()) {
      return level - 1;
    }
    if (level > MAX_CASCADE_DEPTH) {
      return level; // deep enough to know
    }
    int max = level;
    for (int i = 0, n = sections.size(); i < n && max <= MAX_CASCADE_DEPTH; i++) {
      max = Math.max(max, depth(sections.get(i).getSections(), level + 1));
    }
    return max;
  }

  /** Recursion bounded by {@link #MAX_CASCADE_DEPTH}. */
  private static List<Section> prune(List<Section> sections, int level) {
    List<Section> out = new ArrayList<>(sections.size());
    for (Section section : sections) {
      out.add(level == MAX_CASCADE_DEPTH
          ? section.withSections(List.of())
          : section.withSections(prune(section.getSections(), level + 1)));
    }
    return out;
  }
}
