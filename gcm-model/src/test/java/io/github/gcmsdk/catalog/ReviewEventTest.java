package io.github.gcmsdk.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The events of the ten regional reviews, against {@code gcm-reference-2.md} section 2: every
 * event's dates and verification status, in chronological order, undated events last.
 */
class ReviewEventTest {

  /** One event as the reference gives it: "start/end/status", "-" for an unknown date. */
  private static String describe(ReviewEvent event) {
    return event.getStartDate().map(LocalDate::toString).orElse("-")
        + "/"
        + event.getEndDate().map(LocalDate::toString).orElse("-")
        + "/"
        + event.getVerification().getCode();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ECE_2020   | 2020-11-09/2020-11-09/verified ; 2020-11-12/2020-11-13/verified",
        "ESCWA_2021 | 2021-01-28/2021-01-28/partly ; 2021-02-23/2021-02-23/verified ;"
            + " 2021-02-24/2021-02-25/verified",
        "ESCAP_2021 | 2020-08-26/2020-08-26/verified ; 2020-10-28/2020-10-28/verified ;"
            + " 2020-11-19/2020-11-19/verified ; 2020-12-09/2020-12-09/verified ;"
            + " 2021-03-10/2021-03-12/verified ; -/-/unverified",
        "ECLAC_2021 | 2021-04-12/2021-04-12/verified ; 2021-04-13/2021-04-15/verified ;"
            + " 2021-04-26/2021-04-28/verified",
        "ECA_2021   | 2021-08-26/2021-08-26/verified ; 2021-08-27/2021-08-27/verified ;"
            + " 2021-08-31/2021-09-01/verified",
        "ECE_2024   | 2023-11-14/2023-11-14/partly ; 2024-01-18/2024-02-29/verified ;"
            + " 2024-01-29/2024-01-29/partly ; 2024-02-28/2024-02-28/partly ;"
            + " 2024-03-05/2024-03-05/partly ; 2024-03-11/2024-03-11/verified ;"
            + " 2024-03-11/2024-03-11/verified",
        "ESCWA_2024 | 2024-07-03/2024-07-04/verified ; -/-/partly",
        "ECA_2024   | 2024-09-03/2024-09-04/partly ; 2024-10-08/2024-10-08/verified ;"
            + " 2024-10-09/2024-10-10/verified",
        "ESCAP_2025 | 2025-02-04/2025-02-06/verified ; -/-/unverified",
        "ECLAC_2025 | 2025-03-18/2025-03-18/verified ; 2025-03-19/2025-03-20/verified"
      })
  void everyEventHasTheDatesAndStatusOfTheReference(RegionalReview review, String expected) {
    List<String> actual = new ArrayList<>();
    for (ReviewEvent event : review.getEvents()) {
      actual.add(describe(event));
    }
    assertEquals(List.of(expected.split(" ; ")), actual);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "ECE_2020   | 2020-11-12 | 2020-11-13 | -                                         | VIRTUAL",
        "ESCWA_2021 | 2021-02-24 | 2021-02-25 | -                                         | VIRTUAL",
        "ESCAP_2021 | 2021-03-10 | 2021-03-12 | Bangkok                                   | VIRTUAL",
        "ECLAC_2021 | 2021-04-26 | 2021-04-28 | -                                         | VIRTUAL",
        "ECA_2021   | 2021-08-31 | 2021-09-01 | -                                         | VIRTUAL",
        "ECE_2024   | 2024-03-11 | 2024-03-11 | 'Palais des Nations, Geneva'              | IN_PERSON",
        "ESCWA_2024 | 2024-07-03 | 2024-07-04 | 'League of Arab States headquarters, Cairo' | IN_PERSON",
        "ECA_2024   | 2024-10-09 | 2024-10-10 | Addis Ababa                               | IN_PERSON",
        "ESCAP_2025 | 2025-02-04 | 2025-02-06 | Bangkok                                   | -",
        "ECLAC_2025 | 2025-03-19 | 2025-03-20 | 'ECLAC headquarters, Santiago'            | IN_PERSON"
      })
  void everyReviewHasOneIntergovernmentalMeetingWithItsVenue(
      RegionalReview review, LocalDate start, LocalDate end, String venue, Attendance attendance) {
    ReviewEvent meeting = review.getIntergovernmentalMeeting();
    assertAll(
        () -> assertEquals(EventKind.INTERGOVERNMENTAL_MEETING, meeting.getKind()),
        () -> assertEquals(Optional.of(start), meeting.getStartDate()),
        () -> assertEquals(Optional.of(end), meeting.getEndDate()),
        () -> assertEquals(Optional.ofNullable(venue), meeting.getVenue()),
        () -> assertEquals(Optional.ofNullable(attendance), meeting.getAttendance()),
        () -> assertEquals(Verification.VERIFIED, meeting.getVerification()),
        () ->
            assertEquals(
                1,
                review.getEvents().stream()
                    .filter(e -> e.getKind() == EventKind.INTERGOVERNMENTAL_MEETING)
                    .count()));
  }

  @ParameterizedTest
  @EnumSource(RegionalReview.class)
  void reviewDatesCoverTheMeetingAndEventsAreOrdered(RegionalReview review) {
    ReviewEvent meeting = review.getIntergovernmentalMeeting();
    assertFalse(meeting.getStartDate().orElseThrow().isBefore(review.getStartDate()));
    assertEquals(review.getEndDate(), meeting.getEndDate().orElseThrow());
    LocalDate previous = LocalDate.MIN;
    boolean undated = false;
    for (ReviewEvent event : review.getEvents()) {
      if (event.getStartDate().isEmpty()) {
        undated = true;
        assertNotEquals(Verification.VERIFIED, event.getVerification(), event.toString());
        continue;
      }
      assertFalse(undated, "a dated event after an undated one: " + event);
      assertFalse(event.getStartDate().get().isBefore(previous), event.toString());
      assertFalse(event.getEndDate().get().isBefore(event.getStartDate().get()));
      previous = event.getStartDate().get();
    }
    assertThrows(UnsupportedOperationException.class, () -> review.getEvents().clear());
  }

  @Test
  void hearingsAreWhereTheReferenceSaysSo() {
    assertEquals(
        List.of(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 10, 8), LocalDate.of(2025, 3, 18)),
        java.util.Arrays.stream(RegionalReview.values())
            .flatMap(r -> r.getEvents().stream())
            .filter(e -> e.getKind() == EventKind.HEARING)
            .map(e -> e.getStartDate().orElseThrow())
            .toList());
  }

  @Test
  void escap2025IsOnlyPartlyVerifiedAndTitlesSayHowWellTheyAre() {
    assertEquals(Verification.PARTLY, RegionalReview.ESCAP_2025.getVerification());
    assertEquals(Verification.VERIFIED, RegionalReview.ESCAP_2021.getTitleVerification());
    assertEquals(Verification.VERIFIED, RegionalReview.ESCWA_2021.getTitleVerification());
    assertEquals(Verification.PARTLY, RegionalReview.ECE_2020.getTitleVerification());
    for (RegionalReview review : RegionalReview.values()) {
      assertEquals(
          review != RegionalReview.ESCAP_2025, review.getVerification().isVerified(), review.name());
      assertTrue(review.getTitle().contains("Global Compact for Safe, Orderly and Regular Migration"));
    }
  }

  @Test
  void eventsAreValuesWithAReadableSummary() {
    ReviewEvent hearing = RegionalReview.ECA_2024.getEvents().get(1);
    assertEquals("hearing 2024-10-08 (Addis Ababa)", hearing.toString());
    assertEquals(
        "consultation 2024-09-03/2024-09-04 (Dakar)",
        RegionalReview.ECA_2024.getEvents().get(0).toString());
    assertEquals(
        "consultation date unknown", RegionalReview.ESCAP_2025.getEvents().get(1).toString());
    ReviewEvent copy =
        ReviewEvent.of(EventKind.HEARING, "2024-10-08", null, "Addis Ababa", null,
            Verification.VERIFIED, "multi-stakeholder hearing");
    assertEquals(copy, hearing);
    assertEquals(copy.hashCode(), hearing.hashCode());
    assertNotEquals(hearing, RegionalReview.ECA_2024.getIntergovernmentalMeeting());
  }

  @Test
  void inconsistentEventDataAreRejected() {
    assertThrows(IllegalStateException.class, () -> ReviewEvent.of(EventKind.HEARING,
        "2024-10-08", "2024-10-07", null, null, Verification.VERIFIED, "ends before it starts"));
    assertThrows(IllegalStateException.class, () -> ReviewEvent.of(EventKind.HEARING,
        null, null, null, null, Verification.VERIFIED, "verified without a date"));
  }

  @ParameterizedTest
  @EnumSource(EventKind.class)
  void eventKindCodesRoundTrip(EventKind kind) {
    assertSame(kind, EventKind.fromCode(kind.getCode()));
  }

  @ParameterizedTest
  @EnumSource(Attendance.class)
  void attendanceCodesRoundTrip(Attendance attendance) {
    assertSame(attendance, Attendance.fromCode(attendance.getCode()));
  }

  @ParameterizedTest
  @EnumSource(Verification.class)
  void verificationCodesRoundTrip(Verification verification) {
    assertSame(verification, Verification.fromCode(verification.getCode()));
  }

  @Test
  void fromCodeRejectsUnknownCodesAndNull() {
    assertEquals(
        "Unknown code for Verification: \"Verified\" (known codes: verified, partly, unverified)",
        assertThrows(CatalogException.class, () -> Verification.fromCode("Verified"))
            .getMessage());
    assertThrows(CatalogException.class, () -> EventKind.fromCode("meeting"));
    assertThrows(CatalogException.class, () -> Attendance.fromCode("hybrid"));
    assertThrows(NullPointerException.class, () -> EventKind.fromCode(null));
    assertThrows(NullPointerException.class, () -> Attendance.fromCode(null));
    assertThrows(NullPointerException.class, () -> Verification.fromCode(null));
  }
}
