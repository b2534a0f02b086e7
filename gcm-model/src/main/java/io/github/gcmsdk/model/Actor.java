package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.StakeholderGroup;
import io.github.gcmsdk.catalog.SubRegion;
import io.github.gcmsdk.model.constraints.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who contributes input, is addressed by a recommendation, or carries out a practice: a
 * stakeholder group, a named organisation, or both, and where they are.
 *
 * <p>Examples from the UNECE 2020 input: "trade unions and civil society organisations in Central
 * Asia" (groups and a sub-region), "the European Commission" (a named regional organisation),
 * "States" (governments).
 */
@Value.Immutable
public interface Actor extends Extensible, WithActor {

  /**
   * Returns an actor that is a whole stakeholder group.
   *
   * @param group the group, not null
   * @return the actor
   */
  static Actor of(StakeholderGroup group) {
    return builder().group(group).build();
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
   * Returns the stakeholder group this actor belongs to.
   *
   * @return the group, if given
   */
  Optional<StakeholderGroup> getGroup();

  /**
   * Returns the actor's name, for a named organisation or body ("European Commission").
   *
   * @return the name, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getName();

  /**
   * Returns the countries the actor is in or acts for.
   *
   * @return the countries, in the order given
   */
  List<Country> getCountries();

  /**
   * Returns the sub-regions the actor is in or acts for.
   *
   * @return the sub-regions, in the order given
   */
  List<SubRegion> getSubRegions();

  /** Builds {@link Actor} values; not thread-safe. */
  final class Builder extends ImmutableActor.Builder {
    Builder() {}
  }
}
