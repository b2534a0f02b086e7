package io.github.gcmsdk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing, printing, bounds, equality and ordering of {@link PartialDate}. */
class PartialDateTest {

  // ------------------------------------------------------------------------------ parse / print

  @Test
  void parsesAYearAtYearPrecision() {
    PartialDate date = PartialDate.parse("2020");

    assertEquals(ChronoUnit.YEARS, date.getPrecision());
    assertEquals(2020, date.getYear());
    assertEquals(Optional.empty(), date.getYearMonth());
    assertEquals(Optional.empty(), date.getDate());
    assertEquals(PartialDate.ofYear(2020), date);
  }

  @Test
  void parsesAMonthAtMonthPrecision() {
    PartialDate date = PartialDate.parse("2020-11");

    assertEquals(ChronoUnit.MONTHS, date.getPrecision());
    assertEquals(2020, date.getYear());
    assertEquals(Optional.of(YearMonth.of(2020, 11)), date.getYearMonth());
    assertEquals(Optional.empty(), date.getDate());
    assertEquals(PartialDate.ofMonth(2020, 11), date);
  }

  @Test
  void parsesADayAtDayPrecision() {
    PartialDate date = PartialDate.parse("2002-10-07");

    assertEquals(ChronoUnit.DAYS, date.getPrecision());
    assertEquals(2002, date.getYear());
    assertEquals(Optional.of(YearMonth.of(2002, 10)), date.getYearMonth());
    assertEquals(Optional.of(LocalDate.of(2002, 10, 7)), date.getDate());
    assertEquals(PartialDate.of(LocalDate.of(2002, 10, 7)), date);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2020", "2020-11", "2020-11-12", "2002-10-07", "2018-12", "2020-02-29", "0001", "0005-01",
      "9999", "9999-12-31"})
  void printsWhatItParsesAtTheSamePrecision(String text) {
    assertEquals(text, PartialDate.parse(text).toString());
  }

  @Test
  void printsFactoryValuesInIsoFormWithFourDigitYears() {
    assertEquals("2020", PartialDate.ofYear(2020).toString());
    assertEquals("0005", PartialDate.ofYear(5).toString());
    assertEquals("2020-09", PartialDate.ofMonth(2020, 9).toString());
    assertEquals("2020-09-23", PartialDate.of(LocalDate.of(2020, 9, 23)).toString());
  }

  @Test
  void printsAndParsesEveryDayOfALeapYearAndEveryMonthBackToItself() {
    for (LocalDate day = LocalDate.of(2020, 1, 1); day.getYear() == 2020; day = day.plusDays(1)) {
      PartialDate date = PartialDate.of(day);
      assertEquals(date, PartialDate.parse(date.toString()));
      PartialDate month = PartialDate.ofMonth(day.getYear(), day.getMonthValue());
      assertEquals(month, PartialDate.parse(month.toString()));
    }
  }

  // ---------------------------------------------------------------------------------- rejects

  @ParameterizedTest
  @ValueSource(strings = {
      "2020-13", "2020-00", "20", "202", "20201", "2020-02-30", "2021-02-29", "2020-04-31",
      "2020-11-00", "2020-1", "2020-11-1", "0000", "0000-01-01", "", " 2020", "2020 ",
      "+2020", "-2020", "2020/11", "2020-11-12T00:00", "2020-W45", "November 2020",
      "\uff12\uff10\uff12\uff10", "\u0662\u0660\u0662\u0660"})
  void rejectsTextThatIsNotARealYearMonthOrDayInIsoForm(String text) {
    DateTimeParseException e =
        assertThrows(DateTimeParseException.class, () -> PartialDate.parse(text));
    assertEquals(text, e.getParsedString());
  }

  @Test
  void rejectsNullTextWithNullPointerException() {
    assertThrows(NullPointerException.class, () -> PartialDate.parse(null));
    assertThrows(NullPointerException.class, () -> PartialDate.of(null));
  }

  @Test
  void factoriesRejectOutOfRangeFieldsWithDateTimeException() {
    assertThrows(DateTimeException.class, () -> PartialDate.ofYear(0));
    assertThrows(DateTimeException.class, () -> PartialDate.ofYear(10000));
    assertThrows(DateTimeException.class, () -> PartialDate.ofMonth(2020, 13));
    assertThrows(DateTimeException.class, () -> PartialDate.ofMonth(2020, 0));
    assertThrows(DateTimeException.class, () -> PartialDate.of(LocalDate.of(10000, 1, 1)));
    assertThrows(DateTimeException.class, () -> PartialDate.of(LocalDate.of(0, 12, 31)));
  }

  // --------------------------------------------------------------------- earliest / latest day

  @ParameterizedTest
  @CsvSource({
      "2020,       2020-01-01, 2020-12-31",
      "2020-02,    2020-02-01, 2020-02-29",
      "2021-02,    2021-02-01, 2021-02-28",
      "2020-11,    2020-11-01, 2020-11-30",
      "2020-12,    2020-12-01, 2020-12-31",
      "2020-11-12, 2020-11-12, 2020-11-12",
      "9999,       9999-01-01, 9999-12-31"})
  void earliestAndLatestDayBoundWhatTheDateCanMean(String text, LocalDate earliest, LocalDate latest) {
    PartialDate date = PartialDate.parse(text);

    assertEquals(earliest, date.getEarliestDay());
    assertEquals(latest, date.getLatestDay());
  }

  // ------------------------------------------------------------------------ equality, ordering

  @Test
  void datesOfDifferentPrecisionOnTheSameFirstDayAreNotEqual() {
    PartialDate year = PartialDate.parse("2020");
    PartialDate month = PartialDate.parse("2020-01");
    PartialDate day = PartialDate.parse("2020-01-01");

    assertNotEquals(year, month);
    assertNotEquals(month, day);
    assertNotEquals(year, day);
    assertEquals(PartialDate.parse("2020-01"), month);
    assertEquals(PartialDate.ofMonth(2020, 1).hashCode(), month.hashCode());
  }

  @Test
  void ordersByEarliestDayThenCoarserPrecisionFirst() {
    List<PartialDate> expected = List.of(
        PartialDate.parse("2002-10-07"),
        PartialDate.parse("2018-12"),
        PartialDate.parse("2020"),
        PartialDate.parse("2020-01"),
        PartialDate.parse("2020-01-01"),
        PartialDate.parse("2020-01-02"),
        PartialDate.parse("2020-09-23"),
        PartialDate.parse("2020-11"),
        PartialDate.parse("2020-11-12"),
        PartialDate.parse("2020-11-13"),
        PartialDate.parse("2021"));
    List<PartialDate> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new Random(20201112L));

    Collections.sort(shuffled);

    assertEquals(
        expected.stream().map(PartialDate::toString).collect(Collectors.toList()),
        shuffled.stream().map(PartialDate::toString).collect(Collectors.toList()));
  }

  @Test
  void compareToIsZeroExactlyWhenEqual() {
    List<PartialDate> dates = List.of(
        PartialDate.parse("2020"), PartialDate.parse("2020-01"), PartialDate.parse("2020-01-01"),
        PartialDate.parse("2020-11"), PartialDate.ofMonth(2020, 11), PartialDate.parse("2021"));
    for (PartialDate a : dates) {
      for (PartialDate b : dates) {
        assertEquals(a.equals(b), a.compareTo(b) == 0, a + " vs " + b);
        assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)), a + " vs " + b);
      }
    }
  }

  @Test
  void aYearSortsBeforeTheDaysItContainsAndAfterEarlierYears() {
    PartialDate year = PartialDate.parse("2020");

    assertTrue(year.compareTo(PartialDate.parse("2020-12-31")) < 0);
    assertTrue(year.compareTo(PartialDate.parse("2019-12-31")) > 0);
  }
}
