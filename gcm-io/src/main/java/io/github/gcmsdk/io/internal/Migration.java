package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.catalog.EventKind;
import io.github.gcmsdk.catalog.RegionalReview;
import io.github.gcmsdk.model.DateRange;
import io.github.gcmsdk.model.Event;
import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.Review;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Excerpt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The upgrade of a document read from a file of format 1.x to format 2.0.
 *
 * <p>Format 2.0 keeps every property of 1.0 under the same name at the same place, so that a 1.x
 * file is read with the table of 2.0 and most of it needs no move. What changes:
 * <ul>
 *   <li>{@code formatVersion} becomes {@code "2.0"};</li>
 *   <li>the stakeholder consultation date, which 1.0 did not write in files but took from the
 *       catalogue entry of the review's {@code regionalReview} (the deprecated {@link
 *       RegionalReview#getStakeholderConsultationDate()}), becomes an event of kind {@code
 *       consultation} of the review, written in the file, unless the review already lists a
 *       consultation.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class Migration {

  /** The major version upgraded on reading. */
  static final String FROM_MAJOR = "1";

  private Migration() {}

  /**
   * One value that moved.
   *
   * @param from its JSON Pointer in the 1.x file
   * @param to its JSON Pointer in the 2.0 document
   * @param description what changed, in English, partner data escaped
   */
  public record Moved(String from, String to, String description) {}

  /**
   * A document upgraded.
   *
   * @param document the document of format 2.0
   * @param fromVersion the version the file claimed
   * @param moves what moved where, the version first
   */
  public record Upgraded(StakeholderInput document, String fromVersion, List<Moved> moves) {

    /**
     * Copies the moves.
     *
     * @param document the document of format 2.0
     * @param fromVersion the version the file claimed
     * @param moves what moved where
     */
    public Upgraded {
      moves = List.copyOf(moves);
    }
  }

  /**
   * Tells whether a document claims a version of format 1.
   *
   * @param document the document, not null
   * @return true if it is to be upgraded
   */
  public static boolean isOld(StakeholderInput document) {
    String version = document.getFormatVersion();
    return version.startsWith(FROM_MAJOR + ".");
  }

  /**
   * Upgrades a document of format 1.x to 2.0.
   *
   * @param document a document that claims a 1.x version, as read with the table of 2.0
   * @return the upgraded document and what moved, or empty if the document is not of format 1
   */
  @SuppressWarnings("deprecation") // the consultation date is format 1.0's, read to move it
  public static Optional<Upgraded> upgrade(StakeholderInput document) {
    if (!isOld(document)) {
      return Optional.empty();
    }
    List<Moved> moves = new ArrayList<>();
    moves.add(new Moved("/formatVersion", "/formatVersion", "\"" + Excerpt.of(
        document.getFormatVersion()) + "\" becomes \"" + Format.VERSION + "\""));
    StakeholderInput upgraded = document.withFormatVersion(Format.VERSION);
    Optional<Review> review = document.getReview();
    if (review.isPresent() && review.get().getRegionalReview().isPresent()) {
      RegionalReview known = review.get().getRegionalReview().get();
      Optional<LocalDate> consultation = known.getStakeholderConsultationDate();
      boolean listed = review.get().getEvents().stream()
          .anyMatch(e -> e.getKind() == EventKind.CONSULTATION);
      if (consultation.isPresent() && !listed) {
        Event event = Event.builder().kind(EventKind.CONSULTATION)
            .dates(DateRange.of(PartialDate.of(consultation.get()))).build();
        int index = review.get().getEvents().size();
        upgraded = upgraded.withReview(review.get().withEvents(
            append(review.get().getEvents(), event)));
        moves.add(new Moved("/review/regionalReview", "/review/events/" + index,
            "the stakeholder consultation date of " + known.getCode() + " ("
                + consultation.get() + "), which format 1.0 took from the catalogue, is an event"
                + " of kind consultation"));
      }
    }
    return Optional.of(new Upgraded(upgraded, document.getFormatVersion(), moves));
  }

  private static List<Event> append(List<Event> events, Event event) {
    List<Event> all = new ArrayList<>(events);
    all.add(event);
    return all;
  }
}
