package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.model.constraints.Identifier;
import io.github.gcmsdk.model.constraints.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A quantity the input states, with its unit and meaning: "1 out of 3 migrants are young people
 * under 30" (value 1, out of 3), "more than 2,000 youth mobilised" (more than 2000 people),
 * "detained for up to 10 months" (up to 10 months).
 */
@Value.Immutable
public interface Figure extends Extensible, WithFigure {

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier, unique within the document, that findings and practices cite.
   *
   * @return the identifier
   */
  @Identifier
  String getId();

  /**
   * Returns the number stated.
   *
   * @return the value, exactly as given
   */
  BigDecimal getValue();

  /**
   * Returns the whole the value is a part of, for a proportion stated as "1 out of 3".
   *
   * @return the whole, if the figure is a proportion
   */
  Optional<BigDecimal> getOutOf();

  /**
   * Returns what is counted or measured ("migrants", "young people", "months", "stakeholders").
   *
   * @return the unit
   */
  @Text(max = Text.LINE_MAX, multiline = false)
  String getUnit();

  /**
   * Returns how the value bounds the quantity; {@link FigureQualifier#EXACT} unless set.
   *
   * @return the qualifier
   */
  @Value.Default
  default FigureQualifier getQualifier() {
    return FigureQualifier.EXACT;
  }

  /**
   * Returns what the figure means, in words.
   *
   * @return the meaning
   */
  @Text
  String getDescription();

  /**
   * Returns the sentence of the source that states the figure, word for word.
   *
   * @return the statement, if given
   */
  Optional<@Text String> getStatement();

  /**
   * Returns the date the figure refers to ("as of 2021"), which may differ from the document's
   * (format 2.0).
   *
   * @return the reference date, if given
   */
  Optional<PartialDate> getReferenceDate();

  /**
   * Returns the currency, as an ISO 4217 code ("USD"), for an amount of money (format 2.0); the
   * unit then says what is counted ("US dollars", "dollars per migrant").
   *
   * @return the currency, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getCurrency();

  /**
   * Returns where the figure comes from, as the document names it ("IOM, World Migration Report
   * 2022") (format 2.0).
   *
   * @return the source, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getSource();

  /**
   * Returns the objectives the figure bears on.
   *
   * @return the objectives, in the order given
   */
  List<Objective> getObjectives();

  /** Builds {@link Figure} values; not thread-safe. */
  final class Builder extends ImmutableFigure.Builder {
    Builder() {}
  }
}
