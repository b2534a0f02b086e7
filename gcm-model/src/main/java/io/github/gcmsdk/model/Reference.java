package io.github.gcmsdk.model;

import io.github.gcmsdk.model.constraints.Identifier;
import io.github.gcmsdk.model.constraints.Text;
import io.github.gcmsdk.model.constraints.Url;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to an external instrument or source: the EU Pact on Migration and Asylum
 * (23 September 2020), the CIS agreement on the return of minors (Chisinau, 7 October 2002), the
 * Global Compact on Refugees, the Paris Agreement, ILO conventions, forthcoming OSCE research.
 */
@Value.Immutable
public interface Reference extends Extensible, WithReference {

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier, unique within the document, that findings, recommendations and
   * practices cite.
   *
   * @return the identifier
   */
  @Identifier
  String getId();

  /**
   * Returns the full title of the instrument or source.
   *
   * @return the title
   */
  @Text(max = Text.LINE_MAX, multiline = false)
  String getTitle();

  /**
   * Returns the short name the input uses for it ("Chisinau Agreement"), if different.
   *
   * @return the short title, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getShortTitle();

  /**
   * Returns what kind of source this is; {@link ReferenceKind#OTHER} unless set.
   *
   * @return the kind
   */
  @Value.Default
  default ReferenceKind getKind() {
    return ReferenceKind.OTHER;
  }

  /**
   * Returns who issued, adopted or publishes it ("European Commission", "OSCE").
   *
   * @return the issuer, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getIssuer();

  /**
   * Returns when it was adopted, signed or published.
   *
   * @return the date, if given
   */
  Optional<PartialDate> getDate();

  /**
   * Returns where it was adopted or signed ("Chisinau").
   *
   * @return the place, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getPlace();

  /**
   * Returns an official identifier or document symbol ("COM(2020) 609 final", "A/RES/73/195").
   *
   * @return the identifier, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getIdentifier();

  /**
   * Returns a web address for it.
   *
   * @return the URL, if given
   */
  Optional<@Url String> getUrl();

  /**
   * Returns whether the source was announced but not yet published when the input was written.
   *
   * @return {@code true} for a forthcoming source; {@code false} unless set
   */
  @Value.Default
  default boolean isForthcoming() {
    return false;
  }

  /**
   * Returns what the input says about the source.
   *
   * @return the note, if given
   */
  Optional<@Text String> getNote();

  /** Builds {@link Reference} values; not thread-safe. */
  final class Builder extends ImmutableReference.Builder {
    Builder() {}
  }
}
