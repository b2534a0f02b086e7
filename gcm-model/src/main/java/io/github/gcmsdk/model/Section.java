package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.GuidingPrinciple;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.RoundTable;
import io.github.gcmsdk.catalog.Theme;
import io.github.gcmsdk.model.constraints.Identifier;
import io.github.gcmsdk.model.constraints.Text;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A part of a stakeholder input that addresses one or more objectives and/or cross-cutting themes,
 * with what stakeholders found, recommend and report as promising practice there.
 *
 * <p>Sections nest: in the UNECE 2020 input the "Children" part sits inside the "Objective 11 -
 * borders" part, and "Objective 20: Remittances" inside "Multi-stakeholder partnerships". Items of
 * a section concern its objectives and themes; a nested section adds its own.
 */
@Value.Immutable
public interface Section extends Extensible, WithSection {

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
   * Returns the section's number or letter in the source ("II"), if it has one.
   *
   * @return the label, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getLabel();

  /**
   * Returns the heading, as the source gives it ("Objective 11 - borders").
   *
   * @return the heading
   */
  @Text(max = Text.LINE_MAX, multiline = false)
  String getHeading();

  /**
   * Returns the objectives the section addresses.
   *
   * @return the objectives, in the order given
   */
  List<Objective> getObjectives();

  /**
   * Returns whether the section concerns all 23 objectives, for a cross-cutting part (format
   * 2.0).
   *
   * @return {@code true} for all objectives; {@code false} unless set
   */
  @Value.Default
  default boolean isAllObjectives() {
    return false;
  }

  /**
   * Returns the IMRF round table the section reports on, where the document is organised by them
   * (format 2.0).
   *
   * @return the round table, if given
   */
  Optional<RoundTable> getRoundTable();

  /**
   * Returns the guiding principles (para 15) the section addresses (format 2.0).
   *
   * @return the principles, in the order given
   */
  List<GuidingPrinciple> getPrinciples();

  /**
   * Returns the cross-cutting themes the section addresses.
   *
   * @return the themes, in the order given
   */
  List<Theme> getThemes();

  /**
   * Returns the section's introduction: the paragraphs before its first item (format 2.0).
   *
   * @return the paragraphs, in document order
   */
  List<@Valid Paragraph> getIntroduction();

  /**
   * Returns what stakeholders observed, or what the document states (commitments, requests, ...).
   *
   * @return the findings, in document order
   */
  List<@Valid Finding> getFindings();

  /**
   * Returns the recommendations made.
   *
   * @return the recommendations, in document order
   */
  List<@Valid Recommendation> getRecommendations();

  /**
   * Returns the promising practices reported.
   *
   * @return the practices, in document order
   */
  List<@Valid PromisingPractice> getPractices();

  /**
   * Returns the pledges made (format 2.0).
   *
   * @return the pledges, in document order
   */
  List<@Valid Pledge> getPledges();

  /**
   * Returns the figures stated in this section.
   *
   * @return the figures, in document order
   */
  List<@Valid Figure> getFigures();

  /**
   * Returns the external sources this section refers to.
   *
   * @return the references, in document order
   */
  List<@Valid Reference> getReferences();

  /**
   * Returns the questions this section leaves open.
   *
   * @return the questions, in document order
   */
  List<@Valid OpenQuestion> getOpenQuestions();

  /**
   * Returns the nested sections.
   *
   * @return the sections, in document order
   */
  List<@Valid Section> getSections();

  /** Builds {@link Section} values; not thread-safe. */
  final class Builder extends ImmutableSection.Builder {
    Builder() {}
  }
}
