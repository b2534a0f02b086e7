package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.Country;
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
 * A promising practice: something done, by whom, where and when, for which objectives, and what
 * came of it (Ireland's firewall for undocumented migrants; the 2020 regularisations in Italy and
 * Portugal; the Remittance Community Task Force).
 */
@Value.Immutable
public interface PromisingPractice extends Extensible, WithPromisingPractice {

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
   * Returns a short name for the practice.
   *
   * @return the title
   */
  @Text(max = Text.LINE_MAX, multiline = false)
  String getTitle();

  /**
   * Returns what was done, as the source states it.
   *
   * @return the description
   */
  @Text
  String getDescription();

  /**
   * Returns who carried out the practice.
   *
   * @return the actors, in the order given
   */
  List<@Valid Actor> getActors();

  /**
   * Returns the countries where it took place.
   *
   * @return the countries, in the order given
   */
  List<Country> getCountries();

  /**
   * Returns the cities or localities where it took place.
   *
   * @return the city names, in the order given
   */
  List<@Text(max = Text.LINE_MAX, multiline = false) String> getCities();

  /**
   * Returns when it took place.
   *
   * @return the period, if given
   */
  Optional<@Valid DateRange> getPeriod();

  /**
   * Returns the objectives the practice serves.
   *
   * @return the objectives, in the order given
   */
  List<Objective> getObjectives();

  /**
   * Returns the guiding principles the practice puts into effect.
   *
   * @return the principles, in the order given
   */
  List<GuidingPrinciple> getPrinciples();

  /**
   * Returns the cross-cutting themes of the practice.
   *
   * @return the themes, in the order given
   */
  List<Theme> getThemes();

  /**
   * Returns what came of the practice.
   *
   * @return the outcomes, in the order given
   */
  List<@Text String> getOutcomes();

  /**
   * Returns the ids of the {@link Figure}s that describe the practice ("40 stakeholders").
   *
   * @return figure ids, in the order given
   */
  List<@Identifier String> getFigureIds();

  /**
   * Returns the ids of the {@link Reference}s about the practice.
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

  /** Builds {@link PromisingPractice} values; not thread-safe. */
  final class Builder extends ImmutablePromisingPractice.Builder {
    Builder() {}
  }
}
