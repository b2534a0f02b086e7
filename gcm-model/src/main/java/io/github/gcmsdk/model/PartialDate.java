package io.github.gcmsdk.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the precision a source gives: a year ({@code 2020}), a month
 * ({@code 2020-11}) or a day ({@code 2020-11-12}).
 *
 * <p>Review documents date things loosely ("in 2020", "launched in September 2020", "signed on
 * 7 October 2002"); a {@code PartialDate} keeps exactly what was said, no more. Its text form is
 * ISO 8601 at reduced precision, which is also how gcm-io writes it.
 *
 * <p>This class is immutable and thread-safe, compares by value, and orders by its earliest day,
 * then by precision (coarser first).
 */
public final class PartialDate implements Comparable<PartialDate> {

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private final LocalDate start;
  private final ChronoUnit precision;

  private PartialDate(LocalDate start, ChronoUnit precision) {
    this.start = start;
    this.precision = precision;
  }

  /**
   * Returns a date known to the year.
   *
   * @param year the year, from 1 to 9999
   * @return the partial date
   * @throws DateTimeException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(LocalDate.of(year, 1, 1), ChronoUnit.YEARS);
  }

  /**
   * Returns a date known to the month.
   *
   * @param year the year, from 1 to 9999
   * @param month the month, from 1 to 12
   * @return the partial date
   * @throws DateTimeException if a value is out of range
   */
  public static PartialDate ofMonth(int year, int month) {
    checkYear(year);
    return new PartialDate(LocalDate.of(year, month, 1), ChronoUnit.MONTHS);
  }

  /**
   * Returns a date known to the day.
   *
   * @param date the date, with a year from 1 to 9999, not null
   * @return the partial date
   * @throws DateTimeException if the year is out of range
   */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkYear(date.getYear());
    return new PartialDate(date, ChronoUnit.DAYS);
  }

  /**
   * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
   *
   * @param text the text to parse, not null
   * @return the partial date
   * @throws DateTimeParseException if the text is not one of these forms or not a real date
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = ISO.matcher(text);
    if (!m.matches()) {
      throw new DateTimeParseException(
          "Cannot parse PartialDate: expected yyyy, yyyy-MM or yyyy-MM-dd", text, 0);
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return ofYear(year);
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return ofMonth(year, month);
      }
      return of(LocalDate.of(year, month, Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      throw new DateTimeParseException("Cannot parse PartialDate: " + e.getMessage(), text, 0, e);
    }
  }

  private static void checkYear(int year) {
    if (year < 1 || year > 9999) {
      throw new DateTimeException("Invalid value for PartialDate year: " + year + " (1 to 9999)");
    }
  }

  /**
   * Returns the precision: {@link ChronoUnit#YEARS}, {@link ChronoUnit#MONTHS} or
   * {@link ChronoUnit#DAYS}.
   *
   * @return the precision, not null
   */
  public ChronoUnit getPrecision() {
    return precision;
  }

  /**
   * Returns the year.
   *
   * @return the year
   */
  public int getYear() {
    return start.getYear();
  }

  /**
   * Returns the year and month, if the date is known to the month or day.
   *
   * @return the month, or empty for a year
   */
  public Optional<YearMonth> getYearMonth() {
    return precision == ChronoUnit.YEARS ? Optional.empty() : Optional.of(YearMonth.from(start));
  }

  /**
   * Returns the day, if the date is known to the day.
   *
   * @return the day, or empty for a year or month
   */
  public Optional<LocalDate> getDate() {
    return precision == ChronoUnit.DAYS ? Optional.of(start) : Optional.empty();
  }

  /**
   * Returns the earliest day this date can mean (the 1st of January for a year).
   *
   * @return the earliest day, not null
   */
  public LocalDate getEarliestDay() {
    return start;
  }

  /**
   * Returns the latest day this date can mean (the 31st of December for a year).
   *
   * @return the latest day, not null
   */
  public LocalDate getLatestDay() {
    switch (precision) {
      case YEARS:
        return Year.of(start.getYear()).atMonth(12).atEndOfMonth();
      case MONTHS:
        return YearMonth.from(start).atEndOfMonth();
      default:
        return start;
    }
  }

  @Override
  public int compareTo(PartialDate other) {
    int byStart = start.compareTo(other.start);
    // ChronoUnit declares DAYS before MONTHS before YEARS: coarser sorts first.
    return byStart != 0 ? byStart : other.precision.compareTo(precision);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PartialDate other
        && start.equals(other.start) && precision == other.precision;
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + precision.hashCode();
  }

  /**
   * Returns the ISO 8601 form at this date's precision: {@code 2020}, {@code 2020-11} or
   * {@code 2020-11-12}.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    String day = start.toString();
    switch (precision) {
      case YEARS:
        return day.substring(0, 4);
      case MONTHS:
        return day.substring(0, 7);
      default:
        return day;
    }
  }
}
