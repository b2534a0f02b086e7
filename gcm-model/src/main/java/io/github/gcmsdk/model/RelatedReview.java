package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.MigrationReviewForum;
import io.github.gcmsdk.catalog.RegionalReview;
import io.github.gcmsdk.model.constraints.Text;
import io.github.gcmsdk.model.constraints.Url;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Another review a {@link Review} relates to, and how: the ESCWA dialogue on the IMRF (2022)
 * follows the 2021 Arab regional review and feeds the IMRF 2022 (format 2.0).
 *
 * <p>The other review is named by the catalogue ({@link #getRegionalReview()} or {@link
 * #getForum()}) where it knows it, otherwise by title and address.
 */
@Value.Immutable
public interface RelatedReview extends Extensible, WithRelatedReview {

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns how the review relates to the other one.
   *
   * @return the relation
   */
  ReviewRelation getRelation();

  /**
   * Returns the other review, if it is a catalogued regional review.
   *
   * @return the regional review, if given
   */
  Optional<RegionalReview> getRegionalReview();

  /**
   * Returns the other review, if it is a catalogued International Migration Review Forum.
   *
   * @return the forum, if given
   */
  Optional<MigrationReviewForum> getForum();

  /**
   * Returns the other review's title.
   *
   * @return the title, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getTitle();

  /**
   * Returns a web address of the other review.
   *
   * @return the URL, if given
   */
  Optional<@Url String> getUrl();

  /** Builds {@link RelatedReview} values; not thread-safe. */
  final class Builder extends ImmutableRelatedReview.Builder {
    Builder() {}
  }
}
