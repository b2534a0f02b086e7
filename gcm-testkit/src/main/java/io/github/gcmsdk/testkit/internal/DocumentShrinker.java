package io.github.gcmsdk.testkit.internal;

import io.github.gcmsdk.model.Actor;
import io.github.gcmsdk.model.DateRange;
import io.github.gcmsdk.model.Figure;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.OpenQuestion;
import io.github.gcmsdk.model.PromisingPractice;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.Reference;
import io.github.gcmsdk.model.Review;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Proposes smaller versions of a document, for a property runner to reduce a failing case with.
 *
 * <p>Candidates come the most aggressive first: without a section (and all it holds), with a
 * section replaced by its nested sections, without all
 * items of one list, without one item, without contributors, review, URL, date or extensions,
 * with items stripped to their required fields, with shorter texts. Removing a figure or reference
 * also removes the citations of it, so that a valid document stays valid; citations that dangled
 * before are kept as they are, so that an invalid document keeps its fault unless the fault itself
 * is removed.
 *
 * <p>Not part of the API; it may change without notice. Stateless and thread-safe.
 */
public final class DocumentShrinker {

  private DocumentShrinker() {}

  /**
   * Returns the smaller versions of {@code doc}, lazily.
   *
   * @param doc the document
   * @return the candidates, each different from {@code doc}
   */
  public static Stream<StakeholderInput> candidates(StakeholderInput doc) {
    List<Supplier<Stream<StakeholderInput>>> steps = new ArrayList<>();
    steps.add(() -> Docs.sectionPaths(doc).stream()
        .map(path -> Docs.forgetRemoved(doc, Docs.removeSection(doc, path))));
    steps.add(() -> Docs.sectionPaths(doc).stream()
        .filter(path -> !Docs.sectionAt(doc, path).getSections().isEmpty())
        .map(path -> Docs.forgetRemoved(doc, Docs.replaceByChildren(doc, path))));
    for (Docs.Items<?> items : Docs.ALL_ITEMS) {
      steps.add(() -> removals(doc, items));
    }
    steps.add(() -> contributorRemovals(doc));
    steps.add(() -> optionals(doc));
    steps.add(() -> simplifications(doc));
    steps.add(() -> shorterTexts(doc));
    return steps.stream().flatMap(Supplier::get);
  }

  private static <T> Stream<StakeholderInput> removals(StakeholderInput doc, Docs.Items<T> items) {
    List<Supplier<Stream<StakeholderInput>>> steps = new ArrayList<>();
    for (Docs.Container<T> container : Docs.containers(doc, items)) {
      int size = container.get(doc).size();
      if (size > 1) {
        steps.add(() -> Stream.of(Docs.forgetRemoved(doc, container.with(doc, List.of()))));
      }
    }
    steps.add(() -> Docs.all(doc, items).stream()
        .map(ref -> Docs.forgetRemoved(doc, ref.remove(doc))));
    return steps.stream().flatMap(Supplier::get);
  }

  private static Stream<StakeholderInput> contributorRemovals(StakeholderInput doc) {
    List<Actor> contributors = doc.getContributors();
    List<StakeholderInput> candidates = new ArrayList<>();
    if (contributors.size() > 1) {
      candidates.add(doc.withContributors(List.of()));
    }
    for (int i = 0; i < contributors.size(); i++) {
      List<Actor> fewer = new ArrayList<>(contributors);
      fewer.remove(i);
      candidates.add(doc.withContributors(fewer));
    }
    return candidates.stream();
  }

  private static Stream<StakeholderInput> optionals(StakeholderInput doc) {
    List<Supplier<Optional<StakeholderInput>>> steps = List.of(
        () -> doc.getReview().map(r -> doc.withReview(Optional.empty())),
        () -> doc.getUrl().map(u -> doc.withUrl(Optional.empty())),
        () -> doc.getDate().map(d -> doc.withDate(Optional.empty())),
        () -> {
          StakeholderInput stripped = stripExtensions(doc);
          return stripped.equals(doc) ? Optional.empty() : Optional.of(stripped);
        });
    return steps.stream().map(Supplier::get).flatMap(Optional::stream);
  }

  private static Stream<StakeholderInput> simplifications(StakeholderInput doc) {
    List<Supplier<Stream<StakeholderInput>>> steps = List.of(
        () -> simplify(doc, Docs.FINDINGS, DocumentShrinker::simpleFinding),
        () -> simplify(doc, Docs.RECOMMENDATIONS, DocumentShrinker::simpleRecommendation),
        () -> simplify(doc, Docs.PRACTICES, DocumentShrinker::simplePractice),
        () -> simplify(doc, Docs.FIGURES, DocumentShrinker::simpleFigure),
        () -> simplify(doc, Docs.REFERENCES, DocumentShrinker::simpleReference),
        () -> simplify(doc, Docs.QUESTIONS, DocumentShrinker::simpleQuestion),
        () -> Docs.sectionPaths(doc).stream().flatMap(path -> {
          Section section = Docs.sectionAt(doc, path);
          Section simple = section.withLabel(Optional.empty()).withObjectives(List.of())
              .withThemes(List.of()).withExtensions(Map.of());
          return simple.equals(section)
              ? Stream.empty()
              : Stream.of(Docs.updateSection(doc, path, x -> simple));
        }));
    return steps.stream().flatMap(Supplier::get);
  }

  private static <T> Stream<StakeholderInput> simplify(
      StakeholderInput doc, Docs.Items<T> items, UnaryOperator<T> simpler) {
    return Docs.all(doc, items).stream().flatMap(ref -> {
      T item = ref.get(doc);
      T simple = simpler.apply(item);
      return simple.equals(item) ? Stream.empty() : Stream.of(ref.update(doc, x -> simple));
    });
  }

  private static Stream<StakeholderInput> shorterTexts(StakeholderInput doc) {
    List<Supplier<Stream<StakeholderInput>>> steps = new ArrayList<>();
    steps.add(() -> ShrinkSupport.shrinkText(doc.getTitle()).map(doc::withTitle));
    steps.add(() -> Docs.sectionPaths(doc).stream().flatMap(path ->
        ShrinkSupport.shrinkText(Docs.sectionAt(doc, path).getHeading())
            .map(t -> Docs.updateSection(doc, path, x -> x.withHeading(t)))));
    steps.add(() -> Docs.all(doc, Docs.FINDINGS).stream().flatMap(ref ->
        ShrinkSupport.shrinkText(ref.get(doc).getText())
            .map(t -> ref.update(doc, x -> x.withText(t)))));
    steps.add(() -> Docs.all(doc, Docs.RECOMMENDATIONS).stream().flatMap(ref ->
        ShrinkSupport.shrinkText(ref.get(doc).getText())
            .map(t -> ref.update(doc, x -> x.withText(t)))));
    steps.add(() -> Docs.all(doc, Docs.PRACTICES).stream().flatMap(ref ->
        ShrinkSupport.shrinkText(ref.get(doc).getDescription())
            .map(t -> ref.update(doc, x -> x.withDescription(t)))));
    steps.add(() -> Docs.all(doc, Docs.QUESTIONS).stream().flatMap(ref ->
        ShrinkSupport.shrinkText(ref.get(doc).getText())
            .map(t -> ref.update(doc, x -> x.withText(t)))));
    return steps.stream().flatMap(Supplier::get);
  }

  // ------------------------------------------------------------ simple items

  private static Finding simpleFinding(Finding f) {
    return f.withObjectives(List.of()).withThemes(List.of()).withCountries(List.of())
        .withSubRegions(List.of()).withFigureIds(List.of()).withReferenceIds(List.of())
        .withExtensions(Map.of());
  }

  private static Recommendation simpleRecommendation(Recommendation r) {
    return r.withObjectives(r.getObjectives().isEmpty() ? List.of()
            : List.of(r.getObjectives().get(0)))
        .withRelatedObjectives(List.of()).withAddressees(List.of()).withPrinciples(List.of())
        .withThemes(List.of()).withReferenceIds(List.of()).withExtensions(Map.of());
  }

  private static PromisingPractice simplePractice(PromisingPractice p) {
    return p.withActors(List.of()).withCountries(List.of()).withCities(List.of())
        .withPeriod(Optional.empty()).withObjectives(List.of()).withPrinciples(List.of())
        .withThemes(List.of()).withOutcomes(List.of()).withFigureIds(List.of())
        .withReferenceIds(List.of()).withExtensions(Map.of());
  }

  private static Figure simpleFigure(Figure f) {
    return f.withStatement(Optional.empty()).withObjectives(List.of()).withExtensions(Map.of());
  }

  private static Reference simpleReference(Reference r) {
    return r.withShortTitle(Optional.empty()).withIssuer(Optional.empty())
        .withDate(Optional.empty()).withPlace(Optional.empty()).withIdentifier(Optional.empty())
        .withUrl(Optional.empty()).withNote(Optional.empty()).withExtensions(Map.of());
  }

  private static OpenQuestion simpleQuestion(OpenQuestion q) {
    return q.withObjectives(List.of()).withThemes(List.of()).withExtensions(Map.of());
  }

  // -------------------------------------------------------------- extensions

  /**
   * Returns a copy of {@code doc} with no extensions anywhere.
   *
   * @param doc the document
   * @return the copy
   */
  public static StakeholderInput stripExtensions(StakeholderInput doc) {
    List<Section> sections = new ArrayList<>();
    for (Section section : doc.getSections()) {
      sections.add(strip(section));
    }
    return doc.withExtensions(Map.of())
        .withReview(doc.getReview().map(DocumentShrinker::strip))
        .withContributors(stripActors(doc.getContributors()))
        .withSections(sections)
        .withReferences(map(doc.getReferences(), r -> r.withExtensions(Map.of())))
        .withFigures(map(doc.getFigures(), f -> f.withExtensions(Map.of())))
        .withOpenQuestions(map(doc.getOpenQuestions(), q -> q.withExtensions(Map.of())));
  }

  private static Review strip(Review review) {
    return review.withExtensions(Map.of()).withPeriod(review.getPeriod().map(DocumentShrinker::strip));
  }

  private static DateRange strip(DateRange range) {
    return range.withExtensions(Map.of());
  }

  private static Section strip(Section s) {
    List<Section> children = new ArrayList<>();
    for (Section child : s.getSections()) {
      children.add(strip(child));
    }
    return s.withExtensions(Map.of())
        .withFindings(map(s.getFindings(), f -> f.withExtensions(Map.of())))
        .withRecommendations(map(s.getRecommendations(), r -> r.withExtensions(Map.of())
            .withAddressees(stripActors(r.getAddressees()))))
        .withPractices(map(s.getPractices(), p -> p.withExtensions(Map.of())
            .withActors(stripActors(p.getActors()))
            .withPeriod(p.getPeriod().map(DocumentShrinker::strip))))
        .withFigures(map(s.getFigures(), f -> f.withExtensions(Map.of())))
        .withReferences(map(s.getReferences(), r -> r.withExtensions(Map.of())))
        .withOpenQuestions(map(s.getOpenQuestions(), q -> q.withExtensions(Map.of())))
        .withSections(children);
  }

  private static List<Actor> stripActors(List<Actor> actors) {
    return map(actors, a -> a.withExtensions(Map.of()));
  }

  private static <T> List<T> map(List<T> list, UnaryOperator<T> f) {
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      out.add(f.apply(t));
    }
    return out;
  }
}
