package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.GuidingPrinciple;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.SubRegion;
import io.github.gcmsdk.catalog.Theme;
import io.github.gcmsdk.model.constraints.Identifier;
import io.github.gcmsdk.model.constraints.Text;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A statement of the document: what stakeholders observed (an observation, a concern, a reported
 * violation, progress or a challenge, with the evidence for it), or what a declaration or outcome
 * states (a commitment, a reaffirmation, a request, ...; see {@link FindingKind}).
 *
 * <p>A finding inherits the objectives and themes of the {@link Section} it stands in; its own
 * lists name further ones ("Objective 21 (returns): a best interests procedure ...").
 */
@Value.Immutable
public interface Finding extends Extensible, WithFinding {

  /**
   * Returns an observation with the given text and nothing else.
   *
   * @param text the text, not null
   * @return the finding
   */
  static Finding of(String text) {
    return builder().text(text).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier, unique within the document, if the finding has one.
   *
   * @return the identifier, if given
   */
  Optional<@Identifier String> getId();

  /**
   * Returns the item's number in the source ("12", "12 (b)"), for a numbered paragraph (format
   * 2.0).
   *
   * @return the label, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getLabel();

  /**
   * Returns what kind of finding this is; {@link FindingKind#OBSERVATION} unless set.
   *
   * @return the kind
   */
  @Value.Default
  default FindingKind getKind() {
    return FindingKind.OBSERVATION;
  }

  /**
   * Returns the finding as the source states it.
   *
   * @return the text
   */
  @Text
  String getText();

  /**
   * Returns objectives the finding concerns beyond those of its section.
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
   * Returns themes the finding concerns beyond those of its section.
   *
   * @return the themes, in the order given
   */
  List<Theme> getThemes();

  /**
   * Returns the guiding principles (para 15) the finding concerns (format 2.0).
   *
   * @return the principles, in the order given
   */
  List<GuidingPrinciple> getPrinciples();

  /**
   * Returns who said it, for a finding that quotes someone (format 2.0): a person or body, by
   * name, stakeholder group or both.
   *
   * @return the attribution, if given
   */
  Optional<@Valid Actor> getAttribution();

  /**
   * Returns the countries the finding is about.
   *
   * @return the countries, in the order given
   */
  List<Country> getCountries();

  /**
   * Returns the sub-regions the finding is about.
   *
   * @return the sub-regions, in the order given
   */
  List<SubRegion> getSubRegions();

  /**
   * Returns the ids of the {@link Figure}s that support the finding.
   *
   * @return figure ids, in the order given
   */
  List<@Identifier String> getFigureIds();

  /**
   * Returns the ids of the {@link Reference}s that support or are discussed by the finding.
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

  /** Builds {@link Finding} values; not thread-safe. */
  final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
