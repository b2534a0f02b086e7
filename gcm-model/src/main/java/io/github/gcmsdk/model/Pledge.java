package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.model.constraints.Identifier;
import io.github.gcmsdk.model.constraints.Text;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pledge: who pledges what, for which objectives, and for how much (format 2.0). More than 200
 * pledges were made at the IMRF 2022.
 */
@Value.Immutable
public interface Pledge extends Extensible, WithPledge {

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
   * Returns the pledge's number in the source ("12", "12 (b)"), if it has one.
   *
   * @return the label, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getLabel();

  /**
   * Returns what is pledged, as the source states it.
   *
   * @return the text
   */
  @Text
  String getText();

  /**
   * Returns who pledges (States, organisations, stakeholder groups).
   *
   * @return the pledgers, in the order given
   */
  List<@Valid Actor> getPledgers();

  /**
   * Returns the objectives the pledge serves.
   *
   * @return the objectives, in the order given
   */
  List<Objective> getObjectives();

  /**
   * Returns whether the pledge serves all 23 objectives (a cross-cutting pledge).
   *
   * @return {@code true} for all objectives; {@code false} unless set
   */
  @Value.Default
  default boolean isAllObjectives() {
    return false;
  }

  /**
   * Returns the amount pledged, for a pledge of money.
   *
   * @return the amount, exactly as given, if any
   */
  Optional<BigDecimal> getAmount();

  /**
   * Returns the currency of the amount, as an ISO 4217 code ("USD").
   *
   * @return the currency, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getCurrency();

  /**
   * Returns the ids of the {@link Footnote}s the pledge refers to.
   *
   * @return footnote ids, in the order given
   */
  List<@Identifier String> getFootnoteIds();

  /** Builds {@link Pledge} values; not thread-safe. */
  final class Builder extends ImmutablePledge.Builder {
    Builder() {}
  }
}
