package io.github.gcmsdk.model;

import io.github.gcmsdk.model.constraints.Text;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a body did with the document, and when (format 2.0): the Progress Declaration was adopted
 * by the International Migration Review Forum on 20 May 2022 and endorsed by the General Assembly
 * on 7 June 2022 (A/RES/76/266).
 */
@Value.Immutable
public interface Adoption extends Extensible, WithAdoption {

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what the body did; {@link AdoptionKind#ADOPTED} unless set.
   *
   * @return the kind
   */
  @Value.Default
  default AdoptionKind getKind() {
    return AdoptionKind.ADOPTED;
  }

  /**
   * Returns the body ("International Migration Review Forum", "General Assembly").
   *
   * @return the body
   */
  @Text(max = Text.LINE_MAX, multiline = false)
  String getBody();

  /**
   * Returns when it did.
   *
   * @return the date, if given
   */
  Optional<PartialDate> getDate();

  /**
   * Returns the symbol of the act ("A/RES/76/266").
   *
   * @return the symbol, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getSymbol();

  /** Builds {@link Adoption} values; not thread-safe. */
  final class Builder extends ImmutableAdoption.Builder {
    Builder() {}
  }
}
