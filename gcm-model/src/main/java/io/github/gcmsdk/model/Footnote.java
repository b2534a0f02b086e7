package io.github.gcmsdk.model;

import io.github.gcmsdk.model.constraints.Identifier;
import io.github.gcmsdk.model.constraints.Text;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A footnote of the document, which items refer to by id (their {@code footnoteIds}) (format
 * 2.0).
 */
@Value.Immutable
public interface Footnote extends Extensible, WithFootnote {

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier, unique within the document, that items cite.
   *
   * @return the identifier
   */
  @Identifier
  String getId();

  /**
   * Returns the footnote's mark in the source ("1", "*"), if it has one.
   *
   * @return the label, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getLabel();

  /**
   * Returns the footnote as the source gives it.
   *
   * @return the text
   */
  @Text
  String getText();

  /** Builds {@link Footnote} values; not thread-safe. */
  final class Builder extends ImmutableFootnote.Builder {
    Builder() {}
  }
}
