package io.github.gcmsdk.model;

import io.github.gcmsdk.model.constraints.Identifier;
import io.github.gcmsdk.model.constraints.LanguageTag;
import io.github.gcmsdk.model.constraints.Text;
import io.github.gcmsdk.model.constraints.Url;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Another language version of the same document (format 2.0): the Progress Declaration exists in
 * the six official languages, each version a document of its own that links to the others.
 *
 * <p>Versions of one work share {@link StakeholderInput#getWorkId()}; each names the others here
 * by language, and by document id and address where known.
 */
@Value.Immutable
public interface Translation extends Extensible, WithTranslation {

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the language of the other version, as a BCP 47 tag ("fr").
   *
   * @return the language tag
   */
  @LanguageTag
  String getLanguage();

  /**
   * Returns the id of the other version's document, where one exists in the format.
   *
   * @return the document id, if given
   */
  Optional<@Identifier String> getId();

  /**
   * Returns the title of the other version.
   *
   * @return the title, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getTitle();

  /**
   * Returns where the other version can be found.
   *
   * @return the URL, if given
   */
  Optional<@Url String> getUrl();

  /** Builds {@link Translation} values; not thread-safe. */
  final class Builder extends ImmutableTranslation.Builder {
    Builder() {}
  }
}
