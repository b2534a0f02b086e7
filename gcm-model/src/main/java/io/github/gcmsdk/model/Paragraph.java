package io.github.gcmsdk.model;

import io.github.gcmsdk.model.constraints.Identifier;
import io.github.gcmsdk.model.constraints.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A paragraph of running text that is not a finding, recommendation or other item: the
 * paragraphs of a document before its first heading, or the introduction of a section (format
 * 2.0).
 */
@Value.Immutable
public interface Paragraph extends Extensible, WithParagraph {

  /**
   * Returns a paragraph with the given text and nothing else.
   *
   * @param text the text, not null
   * @return the paragraph
   */
  static Paragraph of(String text) {
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
   * Returns the identifier, unique within the document, if the paragraph has one.
   *
   * @return the identifier, if given
   */
  Optional<@Identifier String> getId();

  /**
   * Returns the paragraph's number in the source ("1", "12 (b)"), if it is numbered.
   *
   * @return the label, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getLabel();

  /**
   * Returns the paragraph as the source gives it.
   *
   * @return the text
   */
  @Text
  String getText();

  /**
   * Returns the ids of the {@link Footnote}s the paragraph refers to.
   *
   * @return footnote ids, in the order given
   */
  List<@Identifier String> getFootnoteIds();

  /** Builds {@link Paragraph} values; not thread-safe. */
  final class Builder extends ImmutableParagraph.Builder {
    Builder() {}
  }
}
