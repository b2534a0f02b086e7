package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.GuidingPrinciple;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.Theme;
import io.github.gcmsdk.model.constraints.Identifier;
import io.github.gcmsdk.model.constraints.Text;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A recommendation: what should be done, by whom, for which objectives.
 *
 * <p>{@link #getObjectives()} are the objectives it addresses; {@link #getRelatedObjectives()} are
 * those it links to. In the UNECE 2020 input, the recommendation on fair procedures at borders
 * addresses Objective 11 and links to Objectives 7 (vulnerabilities) and 21 (return).
 */
@Value.Immutable
public interface Recommendation extends Extensible, WithRecommendation {

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier, unique within the document.
   *
   * @return the identifier
   */
  @Identifier
  String getId();

  /**
   * Returns the item's number in the source ("12", "12 (b)"), for a numbered paragraph (format
   * 2.0).
   *
   * @return the label, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getLabel();

  /**
   * Returns the recommendation as the source states it.
   *
   * @return the text
   */
  @Text
  String getText();

  /**
   * Returns the objectives the recommendation addresses, the primary one first.
   *
   * @return the objectives, in the order given
   */
  List<Objective> getObjectives();

  /**
   * Returns whether the item concerns all 23 objectives, for a cross-cutting item (format 2.0);
   * it then needs no list of objectives.
   *
   * @return {@code true} for all objectives; {@code false} unless set
   */
  @Value.Default
  default boolean isAllObjectives() {
    return false;
  }

  /**
   * Returns further objectives the recommendation links to.
   *
   * @return the related objectives, in the order given
   */
  List<Objective> getRelatedObjectives();

  /**
   * Returns who is asked to act (States, the EU, employers, cities, ...).
   *
   * @return the addressees, in the order given
   */
  List<@Valid Actor> getAddressees();

  /**
   * Returns the guiding principles (para 15) the recommendation invokes.
   *
   * @return the principles, in the order given
   */
  List<GuidingPrinciple> getPrinciples();

  /**
   * Returns the cross-cutting themes of the recommendation.
   *
   * @return the themes, in the order given
   */
  List<Theme> getThemes();

  /**
   * Returns the ids of the {@link Reference}s the recommendation relies on or names.
   *
   * @return reference ids, in the order given
   */
  List<@Identifier String> getReferenceIds();

  /**
   * Returns the ids of the {@link Footnote}s the item refers to (format 2.0).
   *
   * @return footnote ids, in the order given
   */
  List<@Identifier String> getFootnoteIds();

  /** Builds {@link Recommendation} values; not thread-safe. */
  final class Builder extends ImmutableRecommendation.Builder {
    Builder() {}
  }
}
