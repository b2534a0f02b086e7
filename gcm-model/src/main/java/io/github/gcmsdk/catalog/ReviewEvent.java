package io.github.gcmsdk.catalog;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a GCM review ({@link RegionalReview} or {@link MigrationReviewForum}): the
 * intergovernmental meeting, a hearing, a consultation, and so on, with its dates, venue and how
 * people attended.
 *
 * <p>Dates are inclusive; a one-day event has the same start and end date. Both dates are empty
 * where the sources name the event but not its date (the fourth ESCAP consultation of 2020, for
 * example); such an event is never {@link Verification#VERIFIED}. {@link #getVerification()} grades
 * the event as {@code gcm-reference-2.md} does.
 *
 * <p>Events are catalogue data: this library creates them, users only read them. Instances are
 * immutable and thread-safe; equality is value equality on every property.
 */
public final class ReviewEvent {

  private final EventKind kind;
  private final LocalDate startDate;
  private final LocalDate endDate;
  private final String venue;
  private final Attendance attendance;
  private final Verification verification;
  private final String description;

  private ReviewEvent(
      EventKind kind,
      LocalDate startDate,
      LocalDate endDate,
      String venue,
      Attendance attendance,
      Verification verification,
      String description) {
    this.kind = kind;
    this.startDate = startDate;
    this.endDate = endDate;
    this.venue = venue;
    this.attendance = attendance;
    this.verification = verification;
    this.description = description;
  }

  /**
   * Creates an event from catalogue data.
   *
   * @param start the first day, ISO 8601, or null if not known
   * @param end the last day, or null for a one-day event or an unknown date
   * @param venue the place, or null if none is recorded
   * @param attendance how people attended, or null if not recorded
   * @throws IllegalStateException if the data are inconsistent (a bug, caught by the tests)
   */
  static ReviewEvent of(
      EventKind kind,
      String start,
      String end,
      String venue,
      Attendance attendance,
      Verification verification,
      String description) {
    LocalDate startDate = start == null ? null : LocalDate.parse(start);
    LocalDate endDate = end == null ? startDate : LocalDate.parse(end);
    if ((startDate == null) != (endDate == null)
        || (startDate != null && endDate.isBefore(startDate))
        || (startDate == null && verification == Verification.VERIFIED)) {
      throw new IllegalStateException("Inconsistent event: " + description);
    }
    return new ReviewEvent(
        Objects.requireNonNull(kind),
        startDate,
        endDate,
        venue,
        attendance,
        Objects.requireNonNull(verification),
        Objects.requireNonNull(description));
  }

  /**
   * Returns what the event is.
   *
   * @return the kind, not null
   */
  public EventKind getKind() {
    return kind;
  }

  /**
   * Returns the first day of the event.
   *
   * @return the start date, or empty if the sources give none, not null
   */
  public Optional<LocalDate> getStartDate() {
    return Optional.ofNullable(startDate);
  }

  /**
   * Returns the last day of the event, inclusive: the start date for a one-day event.
   *
   * @return the end date, empty exactly when the start date is, not null
   */
  public Optional<LocalDate> getEndDate() {
    return Optional.ofNullable(endDate);
  }

  /**
   * Returns the place of the event, as display text (for example {@code "Palais des Nations,
   * Geneva"}); a virtual event may name the city of its organisers.
   *
   * @return the venue, or empty if none is recorded, not null
   */
  public Optional<String> getVenue() {
    return Optional.ofNullable(venue);
  }

  /**
   * Returns how participants attended.
   *
   * @return the attendance, or empty where the sources do not say, not null
   */
  public Optional<Attendance> getAttendance() {
    return Optional.ofNullable(attendance);
  }

  /**
   * Returns how well this event (its occurrence and dates) is verified.
   *
   * @return the status, not null
   */
  public Verification getVerification() {
    return verification;
  }

  /**
   * Returns a short English description of the event, as display text.
   *
   * @return the description, not null
   */
  public String getDescription() {
    return description;
  }

  /**
   * Tells whether an object is an event with the same properties.
   *
   * @param obj the object to compare with, may be null
   * @return true if every property is equal
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof ReviewEvent)) {
      return false;
    }
    ReviewEvent other = (ReviewEvent) obj;
    return kind == other.kind
        && Objects.equals(startDate, other.startDate)
        && Objects.equals(endDate, other.endDate)
        && Objects.equals(venue, other.venue)
        && attendance == other.attendance
        && verification == other.verification
        && description.equals(other.description);
  }

  /**
   * Returns a hash code based on every property.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, startDate, endDate, venue, attendance, verification, description);
  }

  /**
   * Returns a summary for logs, such as {@code "hearing 2024-10-08 (Addis Ababa)"}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(kind.getCode()).append(' ');
    if (startDate == null) {
      text.append("date unknown");
    } else {
      text.append(startDate);
      if (!endDate.equals(startDate)) {
        text.append('/').append(endDate);
      }
    }
    if (venue != null) {
      text.append(" (").append(venue).append(')');
    }
    return text.toString();
  }
}
