package io.github.gcmsdk.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** TCK for {@link RegionalReview}. */
class RegionalReviewTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "ECE_2020   | ece-2020   | ECE   | 1 | 2020-11-12 | 2020-11-13 | 2020-11-09",
        "ESCWA_2021 | escwa-2021 | ESCWA | 1 | 2021-02-24 | 2021-02-25 | 2021-02-23",
        "ESCAP_2021 | escap-2021 | ESCAP | 1 | 2021-03-10 | 2021-03-12 | -",
        "ECLAC_2021 | eclac-2021 | ECLAC | 1 | 2021-04-26 | 2021-04-28 | -",
        "ECA_2021   | eca-2021   | ECA   | 1 | 2021-08-31 | 2021-09-01 | 2021-08-27",
        "ECE_2024   | ece-2024   | ECE   | 2 | 2024-03-11 | 2024-03-11 | -",
        "ESCWA_2024 | escwa-2024 | ESCWA | 2 | 2024-07-03 | 2024-07-04 | -",
        "ECA_2024   | eca-2024   | ECA   | 2 | 2024-10-09 | 2024-10-10 | 2024-10-08",
        "ESCAP_2025 | escap-2025 | ESCAP | 2 | 2025-02-04 | 2025-02-06 | -",
        "ECLAC_2025 | eclac-2025 | ECLAC | 2 | 2025-03-18 | 2025-03-20 | -"
      })
  @SuppressWarnings("deprecation") // the format 1.0 accessor keeps its values
  void everyReviewHasItsVerifiedDates(
      RegionalReview review,
      String code,
      RegionalCommission commission,
      int round,
      LocalDate start,
      LocalDate end,
      LocalDate consultation) {
    assertAll(
        () -> assertEquals(code, review.getCode()),
        () -> assertSame(review, RegionalReview.fromCode(code)),
        () -> assertSame(commission, review.getCommission()),
        () -> assertEquals(round, review.getRound()),
        () -> assertEquals(start, review.getStartDate()),
        () -> assertEquals(end, review.getEndDate()),
        () -> assertEquals(Optional.ofNullable(consultation), review.getStakeholderConsultationDate()));
  }

  @Test
  void thereAreTenReviewsInChronologicalOrder() {
    RegionalReview[] values = RegionalReview.values();
    assertEquals(10, values.length);
    for (int i = 1; i < values.length; i++) {
      assertTrue(values[i - 1].getStartDate().isBefore(values[i].getStartDate()));
    }
  }

  @ParameterizedTest
  @EnumSource(RegionalReview.class)
  @SuppressWarnings("deprecation") // the format 1.0 accessor keeps its values
  void datesAreConsistent(RegionalReview review) {
    assertFalse(review.getEndDate().isBefore(review.getStartDate()));
    review
        .getStakeholderConsultationDate()
        .ifPresent(date -> assertTrue(date.isBefore(review.getStartDate())));
    assertTrue(review.getCode().endsWith("-" + review.getStartDate().getYear()));
    assertTrue(review.getCode().startsWith(review.getCommission().getCode() + "-"));
  }

  @Test
  void eachRoundHasOneReviewPerCommissionStartingWithUnece() {
    assertEquals(RegionalCommission.ECE, RegionalReview.values()[0].getCommission());
    for (RegionalCommission commission : RegionalCommission.values()) {
      assertEquals(
          1,
          RegionalReview.ofCommission(commission).stream().filter(r -> r.getRound() == 1).count(),
          commission.name());
      assertEquals(
          1,
          RegionalReview.ofCommission(commission).stream().filter(r -> r.getRound() == 2).count(),
          commission.name());
    }
  }

  @Test
  void ofCommissionListsReviewsInChronologicalOrder() {
    assertEquals(
        List.of(RegionalReview.ECE_2020, RegionalReview.ECE_2024),
        RegionalReview.ofCommission(RegionalCommission.ECE));
    assertEquals(
        List.of(RegionalReview.ESCAP_2021, RegionalReview.ESCAP_2025),
        RegionalReview.ofCommission(RegionalCommission.ESCAP));
    assertEquals(
        List.of(RegionalReview.ECLAC_2021, RegionalReview.ECLAC_2025),
        RegionalReview.ofCommission(RegionalCommission.ECLAC));
    assertThrows(
        UnsupportedOperationException.class,
        () -> RegionalReview.ofCommission(RegionalCommission.ECA).clear());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ECE-2020", "ece-2021", "escap-2024", "imrf-2022", "ece2020", ""})
  void fromCodeRejectsOtherCodes(String code) {
    CatalogException e = assertThrows(CatalogException.class, () -> RegionalReview.fromCode(code));
    assertEquals(
        "Unknown code for RegionalReview: \""
            + code
            + "\" (known codes: ece-2020, escwa-2021, escap-2021, eclac-2021, eca-2021, ece-2024,"
            + " escwa-2024, eca-2024, escap-2025, eclac-2025)",
        e.getMessage());
  }

  @Test
  void staticMethodsRejectNull() {
    assertAll(
        () -> assertThrows(NullPointerException.class, () -> RegionalReview.fromCode(null)),
        () -> assertThrows(NullPointerException.class, () -> RegionalReview.ofCommission(null)));
  }
}
