package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.Theme;
import io.github.gcmsdk.model.constraints.Identifier;
import io.github.gcmsdk.model.constraints.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A question the input raises and leaves open for the review to take up. */
@Value.Immutable
public interface OpenQuestion extends Extensible, WithOpenQuestion {

  /**
   * Returns a question with the given text and nothing else.
   *
   * @param text the question, not null
   * @return the open question
   */
  static OpenQuestion of(String text) {
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
   * Returns the identifier, unique within the document, if the question has one.
   *
   * @return the identifier, if given
   */
  Optional<@Identifier String> getId();

  /**
   * Returns the item's number in the source ("12", "12 (b)"), for a numbered paragraph (format
   * 2.0).
   *
   * @return the label, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getLabel();

  /**
   * Returns the question as the source asks it.
   *
   * @return the text
   */
  @Text
  String getText();

  /**
   * Returns the objectives the question concerns.
   *
   * @return the objectives, in the order given
   */
  List<Objective> getObjectives();

  /**
   * Returns the themes the question concerns.
   *
   * @return the themes, in the order given
   */
  List<Theme> getThemes();

  /** Builds {@link OpenQuestion} values; not thread-safe. */
  final class Builder extends ImmutableOpenQuestion.Builder {
    Builder() {}
  }
}
