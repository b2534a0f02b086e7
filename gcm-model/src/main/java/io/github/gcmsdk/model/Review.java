package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.MigrationReviewForum;
import io.github.gcmsdk.catalog.RegionalCommission;
import io.github.gcmsdk.catalog.RegionalReview;
import io.github.gcmsdk.catalog.SubRegion;
import io.github.gcmsdk.model.constraints.Text;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The review a document feeds or records: the process, the regional commission and region, the
 * period, and (format 2.0) its events, organisers, chairs, document symbols and related reviews.
 *
 * <p>A review in the catalogue ({@link RegionalReview}) can be named directly; the other fields
 * describe reviews the catalogue does not know, or narrow a known one (sub-regions).
 */
@Value.Immutable
public interface Review extends Extensible, WithReview {

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the review process.
   *
   * @return the process
   */
  ReviewProcess getProcess();

  /**
   * Returns the catalogued regional review, if this is one ({@code ece-2020}).
   *
   * @return the regional review, if given
   */
  Optional<RegionalReview> getRegionalReview();

  /**
   * Returns the International Migration Review Forum, if this review is one ({@code imrf-2022}),
   * as {@link #getRegionalReview()} names a regional review.
   *
   * @return the forum, if given
   */
  Optional<MigrationReviewForum> getForum();

  /**
   * Returns the regional commission that convenes the review.
   *
   * @return the commission, if given
   */
  Optional<RegionalCommission> getCommission();

  /**
   * Returns the review's title, as its organisers name it.
   *
   * @return the title, if given
   */
  Optional<@Text(max = Text.LINE_MAX, multiline = false) String> getTitle();

  /**
   * Returns the sub-regions the review or input concentrates on.
   *
   * @return the sub-regions, in the order given
   */
  List<SubRegion> getSubRegions();

  /**
   * Returns the countries the review covers, where it covers fewer than a whole region (a national
   * review).
   *
   * @return the countries, in the order given
   */
  List<Country> getCountries();

  /**
   * Returns when the review took place.
   *
   * @return the period, if given
   */
  Optional<@Valid DateRange> getPeriod();

  /**
   * Returns the review's events: consultations, hearings, the intergovernmental meeting, side
   * events (format 2.0).
   *
   * @return the events, in the order given
   */
  List<@Valid Event> getEvents();

  /**
   * Returns who convened or hosted the review (format 2.0).
   *
   * @return the hosts, in the order given
   */
  List<@Valid Actor> getHosts();

  /**
   * Returns who organised the review with the hosts (format 2.0).
   *
   * @return the co-organisers, in the order given
   */
  List<@Valid Actor> getCoOrganisers();

  /**
   * Returns who chaired the review or its meeting (format 2.0).
   *
   * @return the chairs, in the order given
   */
  List<@Valid Actor> getChairs();

  /**
   * Returns the document symbols of the review ("ECE/AC.31/2020/2") (format 2.0).
   *
   * @return the symbols, in the order given
   */
  List<@Text(max = Text.LINE_MAX, multiline = false) String> getSymbols();

  /**
   * Returns the reviews this one follows, feeds or belongs to (format 2.0).
   *
   * @return the related reviews, in the order given
   */
  List<@Valid RelatedReview> getRelatedReviews();

  /** Builds {@link Review} values; not thread-safe. */
  final class Builder extends ImmutableReview.Builder {
    Builder() {}
  }
}
