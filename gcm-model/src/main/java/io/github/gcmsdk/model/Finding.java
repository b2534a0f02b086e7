package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.SubRegion;
import io.github.gcmsdk.catalog.Theme;
import io.github.gcmsdk.model.constraints.Identifier;
import io.github.gcmsdk.model.constraints.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What stakeholders observed: an observation, a concern, a reported violation, progress or a
 * challenge, with the evidence for it.
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
   * Returns themes the finding concerns beyond those of its section.
   *
   * @return the themes, in the order given
   */
  List<Theme> getThemes();

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

  /** Builds {@link Finding} values; not thread-safe. */
  final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
