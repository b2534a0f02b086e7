package io.github.gcmsdk.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The intergovernmental regional reviews of the Global Compact for Migration held by the United
 * Nations regional commissions (GCM paragraph 50), in chronological order.
 *
 * <p>The first round ran from November 2020 to September 2021; most meetings were virtual. Of the
 * second round (2024–2025), only the reviews whose dates are verified are listed: the Asia-Pacific
 * review of 2025 is missing until its dates are.
 *
 * <p>{@linkplain #getStartDate() Start} and {@linkplain #getEndDate() end} dates are inclusive and
 * refer to the intergovernmental meeting; a one-day review has the same start and end date. Where
 * stakeholders were consulted on one day before the review, {@link
 * #getStakeholderConsultationDate()} gives that day.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RegionalReview implements Coded {

  /** UNECE, first round: 12–13 November 2020, virtual; stakeholder consultation 9 November 2020. */
  ECE_2020(
      "ece-2020",
      RegionalCommission.ECE,
      1,
      LocalDate.of(2020, 11, 12),
      LocalDate.of(2020, 11, 13),
      LocalDate.of(2020, 11, 9)),
  /**
   * Arab region (ESCWA with IOM and the League of Arab States), first round: 24–25 February 2021,
   * virtual; stakeholder consultation 23 February 2021.
   */
  ESCWA_2021(
      "escwa-2021",
      RegionalCommission.ESCWA,
      1,
      LocalDate.of(2021, 2, 24),
      LocalDate.of(2021, 2, 25),
      LocalDate.of(2021, 2, 23)),
  /**
   * Asia-Pacific (ESCAP), first round: 10–12 March 2021, virtual; stakeholders were consulted in
   * four meetings from October to December 2020, so no single consultation date is given.
   */
  ESCAP_2021(
      "escap-2021",
      RegionalCommission.ESCAP,
      1,
      LocalDate.of(2021, 3, 10),
      LocalDate.of(2021, 3, 12),
      null),
  /**
   * Latin America and the Caribbean (ECLAC), first round: 26–28 April 2021, virtual; stakeholders
   * met on several days (12 and 13–15 April 2021), so no single consultation date is given.
   */
  ECLAC_2021(
      "eclac-2021",
      RegionalCommission.ECLAC,
      1,
      LocalDate.of(2021, 4, 26),
      LocalDate.of(2021, 4, 28),
      null),
  /**
   * Africa (ECA with the African Union Commission, hosted virtually by Morocco), first round: 31
   * August – 1 September 2021; stakeholder consultation 27 August 2021.
   */
  ECA_2021(
      "eca-2021",
      RegionalCommission.ECA,
      1,
      LocalDate.of(2021, 8, 31),
      LocalDate.of(2021, 9, 1),
      LocalDate.of(2021, 8, 27)),
  /** UNECE, second round: 11 March 2024, Geneva. */
  ECE_2024(
      "ece-2024",
      RegionalCommission.ECE,
      2,
      LocalDate.of(2024, 3, 11),
      LocalDate.of(2024, 3, 11),
      null),
  /** Arab region (ESCWA), second round: 3–4 July 2024, Cairo. */
  ESCWA_2024(
      "escwa-2024",
      RegionalCommission.ESCWA,
      2,
      LocalDate.of(2024, 7, 3),
      LocalDate.of(2024, 7, 4),
      null),
  /** Africa (ECA), second round: 9–10 October 2024, Addis Ababa; stakeholder hearing 8 October 2024. */
  ECA_2024(
      "eca-2024",
      RegionalCommission.ECA,
      2,
      LocalDate.of(2024, 10, 9),
      LocalDate.of(2024, 10, 10),
      LocalDate.of(2024, 10, 8)),
  /** Latin America and the Caribbean (ECLAC), second round: 18–20 March 2025, Santiago. */
  ECLAC_2025(
      "eclac-2025",
      RegionalCommission.ECLAC,
      2,
      LocalDate.of(2025, 3, 18),
      LocalDate.of(2025, 3, 20),
      null);

  private static final RegionalReview[] ENUMS = RegionalReview.values();

  private static final Map<String, RegionalReview> BY_CODE = CatalogSupport.indexByCode(ENUMS);

  private static final Map<RegionalCommission, List<RegionalReview>> BY_COMMISSION;

  static {
    Map<RegionalCommission, List<RegionalReview>> byCommission =
        new EnumMap<>(RegionalCommission.class);
    for (RegionalCommission commission : RegionalCommission.values()) {
      List<RegionalReview> reviews = new ArrayList<>();
      for (RegionalReview review : ENUMS) {
        if (review.commission == commission) {
          reviews.add(review);
        }
      }
      byCommission.put(commission, Collections.unmodifiableList(reviews));
    }
    BY_COMMISSION = Collections.unmodifiableMap(byCommission);
  }

  private static final String CATALOG = "RegionalReview";

  private final String code;
  private final RegionalCommission commission;
  private final int round;
  private final LocalDate startDate;
  private final LocalDate endDate;
  private final LocalDate stakeholderConsultationDate;

  RegionalReview(
      String code,
      RegionalCommission commission,
      int round,
      LocalDate startDate,
      LocalDate endDate,
      LocalDate stakeholderConsultationDate) {
    this.code = code;
    this.commission = commission;
    this.round = round;
    this.startDate = startDate;
    this.endDate = endDate;
    this.stakeholderConsultationDate = stakeholderConsultationDate;
  }

  /**
   * Obtains a review from its code, such as {@code "ece-2020"}.
   *
   * @param code the code, not null
   * @return the review, not null
   * @throws CatalogException if the code is unknown
   * @throws NullPointerException if the code is null
   */
  public static RegionalReview fromCode(String code) {
    Objects.requireNonNull(code, "code");
    RegionalReview review = BY_CODE.get(code);
    if (review == null) {
      throw CatalogException.unknownCode(CATALOG, code, CatalogSupport.knownCodes(ENUMS));
    }
    return review;
  }

  /**
   * Returns the reviews held by a commission.
   *
   * @param commission the commission, not null
   * @return an unmodifiable list in chronological order, possibly empty (ESCAP has only its first
   *     round here), not null
   * @throws NullPointerException if the commission is null
   */
  public static List<RegionalReview> ofCommission(RegionalCommission commission) {
    Objects.requireNonNull(commission, "commission");
    return BY_COMMISSION.get(commission);
  }

  /**
   * Returns the regional commission that held the review.
   *
   * @return the commission, not null
   */
  public RegionalCommission getCommission() {
    return commission;
  }

  /**
   * Returns the round of regional reviews: 1 for 2020–2021, 2 for 2024–2025.
   *
   * @return the round, 1 or 2
   */
  public int getRound() {
    return round;
  }

  /**
   * Returns the first day of the intergovernmental review.
   *
   * @return the start date, not null
   */
  public LocalDate getStartDate() {
    return startDate;
  }

  /**
   * Returns the last day of the intergovernmental review, inclusive; the start date for a one-day
   * review.
   *
   * @return the end date, not null
   */
  public LocalDate getEndDate() {
    return endDate;
  }

  /**
   * Returns the day of the stakeholder consultation held before the review, where there was one
   * such day; empty where stakeholders met over several days or the day is not recorded.
   *
   * @return the consultation date, or empty, not null
   */
  public Optional<LocalDate> getStakeholderConsultationDate() {
    return Optional.ofNullable(stakeholderConsultationDate);
  }

  /**
   * Returns the code, for example {@code "ece-2020"}.
   *
   * @return the code, not null
   */
  @Override
  public String getCode() {
    return code;
  }
}
