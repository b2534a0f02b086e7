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
 * Nations regional commissions (GCM paragraph 50), in chronological order, with their events.
 *
 * <p>The first round ran from November 2020 to September 2021; most meetings were virtual. The
 * second round ran from March 2024 to March 2025, in person where the sources say. All ten
 * reviews are listed, from {@code gcm-reference-2.md} section 2: every intergovernmental meeting
 * is verified, but the second Asia-Pacific review ({@link #ESCAP_2025}) is only {@linkplain #getVerification() partly}
 * verified as a whole (its format and stakeholder events were not found).
 *
 * <p>{@link #getEvents()} lists the intergovernmental meeting and the stakeholder events around it
 * (hearings, consultations, briefings, ...), each with its dates, venue, attendance and
 * verification status. {@linkplain #getStartDate() Start} and {@linkplain #getEndDate() end} dates
 * are inclusive and are those of the review as format 1.0 of the data has them: the dates of the
 * intergovernmental meeting, except {@link #ECLAC_2025}, whose dates (18–20 March 2025) span the
 * whole meeting, the hearing of 18 March included.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RegionalReview implements Coded {

  /**
   * UNECE, first round: 12–13 November 2020, virtual, four thematic round tables; informal
   * multi-stakeholder consultation on 9 November 2020. Title partly verified (descriptive).
   */
  ECE_2020(
      "ece-2020",
      RegionalCommission.ECE,
      1,
      LocalDate.of(2020, 11, 12),
      LocalDate.of(2020, 11, 13),
      LocalDate.of(2020, 11, 9),
      "Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the UNECE"
          + " region",
      Verification.PARTLY,
      Verification.VERIFIED,
      ReviewEvent.of(EventKind.CONSULTATION, "2020-11-09", null, null, Attendance.VIRTUAL,
          Verification.VERIFIED,
          "informal multi-stakeholder consultation, two round tables, over 100 groups and"
              + " individuals"),
      ReviewEvent.of(EventKind.INTERGOVERNMENTAL_MEETING, "2020-11-12", "2020-11-13", null,
          Attendance.VIRTUAL, Verification.VERIFIED,
          "two-day virtual intergovernmental event with four thematic round tables")),
  /**
   * Arab region (ESCWA with IOM and the League of Arab States), first round: 24–25 February 2021,
   * online; regional multi-stakeholder consultation on 23 February 2021 and a dialogue with
   * inter-State consultation mechanisms on 28 January 2021 (partly verified).
   */
  ESCWA_2021(
      "escwa-2021",
      RegionalCommission.ESCWA,
      1,
      LocalDate.of(2021, 2, 24),
      LocalDate.of(2021, 2, 25),
      LocalDate.of(2021, 2, 23),
      "Regional Review Conference of the Global Compact for Safe, Orderly and Regular Migration in"
          + " the Arab Region",
      Verification.VERIFIED,
      Verification.VERIFIED,
      ReviewEvent.of(EventKind.DIALOGUE, "2021-01-28", null, null, null, Verification.PARTLY,
          "dialogue with inter-State consultation mechanisms on migration (ISCMs)"),
      ReviewEvent.of(EventKind.CONSULTATION, "2021-02-23", null, null, null, Verification.VERIFIED,
          "regional multi-stakeholder consultation, on the day before the conference"),
      ReviewEvent.of(EventKind.INTERGOVERNMENTAL_MEETING, "2021-02-24", "2021-02-25", null,
          Attendance.VIRTUAL, Verification.VERIFIED,
          "regional review conference, co-organised by IOM, ESCWA and the League of Arab States")),
  /**
   * Asia-Pacific (ESCAP), first round: 10–12 March 2021, virtual from Bangkok; a briefing of
   * stakeholders on 26 August 2020 and four multi-stakeholder consultations following the IMRF
   * round tables, on 28 October, 19 November and 9 December 2020, the fourth at a date not found
   * (<b>unverified</b>).
   */
  ESCAP_2021(
      "escap-2021",
      RegionalCommission.ESCAP,
      1,
      LocalDate.of(2021, 3, 10),
      LocalDate.of(2021, 3, 12),
      null,
      "Asia-Pacific Regional Review of Implementation of the Global Compact for Safe, Orderly and"
          + " Regular Migration",
      Verification.VERIFIED,
      Verification.VERIFIED,
      ReviewEvent.of(EventKind.BRIEFING, "2020-08-26", null, null, Attendance.VIRTUAL,
          Verification.VERIFIED, "briefing of stakeholders"),
      ReviewEvent.of(EventKind.CONSULTATION, "2020-10-28", null, null, Attendance.VIRTUAL,
          Verification.VERIFIED,
          "multi-stakeholder consultation 1 of 4, \"Ensuring that migration is voluntary, orderly"
              + " and regular\" (objectives 2, 5, 6, 12, 18)"),
      ReviewEvent.of(EventKind.CONSULTATION, "2020-11-19", null, null, Attendance.VIRTUAL,
          Verification.VERIFIED,
          "multi-stakeholder consultation 2 of 4, \"Protecting migrants through rights-based"
              + " border governance measures\" (objectives 4, 8, 9, 10, 11, 13, 21)"),
      ReviewEvent.of(EventKind.CONSULTATION, "2020-12-09", null, null, Attendance.VIRTUAL,
          Verification.VERIFIED, "multi-stakeholder consultation 3 of 4"),
      ReviewEvent.of(EventKind.INTERGOVERNMENTAL_MEETING, "2021-03-10", "2021-03-12", "Bangkok",
          Attendance.VIRTUAL, Verification.VERIFIED,
          "regional review, organised by ESCAP and the Regional UN Network on Migration for Asia"
              + " and the Pacific; round tables on 11 March"),
      ReviewEvent.of(EventKind.CONSULTATION, null, null, null, null, Verification.UNVERIFIED,
          "multi-stakeholder consultation 4 of 4 (date not found)")),
  /**
   * Latin America and the Caribbean (ECLAC), first round: 26–28 April 2021, virtual; a segment with
   * subregional, regional and interregional processes on 12 April and a consultation with civil
   * society and other stakeholders on 13–15 April 2021. Title partly verified.
   */
  ECLAC_2021(
      "eclac-2021",
      RegionalCommission.ECLAC,
      1,
      LocalDate.of(2021, 4, 26),
      LocalDate.of(2021, 4, 28),
      null,
      "Regional review meeting of the implementation of the Global Compact for Safe, Orderly and"
          + " Regular Migration in Latin America and the Caribbean",
      Verification.PARTLY,
      Verification.VERIFIED,
      ReviewEvent.of(EventKind.DIALOGUE, "2021-04-12", null, null, null, Verification.VERIFIED,
          "segment with subregional, regional and interregional processes"),
      ReviewEvent.of(EventKind.CONSULTATION, "2021-04-13", "2021-04-15", null, null,
          Verification.VERIFIED, "consultation with civil society and other stakeholders"),
      ReviewEvent.of(EventKind.INTERGOVERNMENTAL_MEETING, "2021-04-26", "2021-04-28", null,
          Attendance.VIRTUAL, Verification.VERIFIED, "regional review meeting")),
  /**
   * Africa (ECA with the African Union Commission, hosted virtually by Morocco), first round: 31
   * August – 1 September 2021; side events on 26 August and a multi-stakeholder consultation on 27
   * August 2021. Title partly verified.
   */
  ECA_2021(
      "eca-2021",
      RegionalCommission.ECA,
      1,
      LocalDate.of(2021, 8, 31),
      LocalDate.of(2021, 9, 1),
      LocalDate.of(2021, 8, 27),
      "Africa Regional Review of the implementation of the Global Compact for Safe, Orderly and"
          + " Regular Migration",
      Verification.PARTLY,
      Verification.VERIFIED,
      ReviewEvent.of(EventKind.SIDE_EVENT, "2021-08-26", null, null, null, Verification.VERIFIED,
          "side events"),
      ReviewEvent.of(EventKind.CONSULTATION, "2021-08-27", null, null, null, Verification.VERIFIED,
          "multi-stakeholder consultation"),
      ReviewEvent.of(EventKind.INTERGOVERNMENTAL_MEETING, "2021-08-31", "2021-09-01", null,
          Attendance.VIRTUAL, Verification.VERIFIED,
          "regional review, hosted virtually by Morocco, with the African Union Commission")),
  /**
   * UNECE, second round: 11 March 2024, Palais des Nations, Geneva, in person, with a
   * multi-stakeholder hearing the same morning; preparatory consultations on 14 November 2023
   * (online), 29 January and 28 February 2024 (partly verified), an online discussion space from
   * 18 January to 29 February 2024, and a summary report of the consultations issued on 5 March
   * 2024 (partly verified). Title partly verified (descriptive).
   */
  ECE_2024(
      "ece-2024",
      RegionalCommission.ECE,
      2,
      LocalDate.of(2024, 3, 11),
      LocalDate.of(2024, 3, 11),
      null,
      "Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the UNECE"
          + " region (2024)",
      Verification.PARTLY,
      Verification.VERIFIED,
      ReviewEvent.of(EventKind.CONSULTATION, "2023-11-14", null, null, Attendance.VIRTUAL,
          Verification.PARTLY, "online pre-consultation of the UN Network on Migration"),
      ReviewEvent.of(EventKind.ONLINE_DISCUSSION, "2024-01-18", "2024-02-29", null,
          Attendance.VIRTUAL, Verification.VERIFIED,
          "online discussion space on the Migration Network Hub (written inputs)"),
      ReviewEvent.of(EventKind.CONSULTATION, "2024-01-29", null, null, null, Verification.PARTLY,
          "preparatory multi-stakeholder consultation"),
      ReviewEvent.of(EventKind.CONSULTATION, "2024-02-28", null, null, null, Verification.PARTLY,
          "preparatory multi-stakeholder consultation"),
      ReviewEvent.of(EventKind.REPORT, "2024-03-05", null, null, null, Verification.PARTLY,
          "summary report of the stakeholder consultations issued"),
      ReviewEvent.of(EventKind.HEARING, "2024-03-11", null, "Palais des Nations, Geneva",
          Attendance.IN_PERSON, Verification.VERIFIED,
          "multi-stakeholder hearing, 08:30 to 10:00 CET"),
      ReviewEvent.of(EventKind.INTERGOVERNMENTAL_MEETING, "2024-03-11", null,
          "Palais des Nations, Geneva", Attendance.IN_PERSON, Verification.VERIFIED,
          "intergovernmental conference, co-chaired by Spain and the Republic of Moldova")),
  /**
   * Arab region (ESCWA with IOM and the League of Arab States), second round: 3–4 July 2024, at the
   * headquarters of the League of Arab States, Cairo, in person; a regional multi-stakeholder
   * consultation whose date was not found (partly verified). Title partly verified.
   */
  ESCWA_2024(
      "escwa-2024",
      RegionalCommission.ESCWA,
      2,
      LocalDate.of(2024, 7, 3),
      LocalDate.of(2024, 7, 4),
      null,
      "Second Regional Review Conference of the Global Compact for Safe, Orderly and Regular"
          + " Migration in the Arab Region",
      Verification.PARTLY,
      Verification.VERIFIED,
      ReviewEvent.of(EventKind.INTERGOVERNMENTAL_MEETING, "2024-07-03", "2024-07-04",
          "League of Arab States headquarters, Cairo", Attendance.IN_PERSON, Verification.VERIFIED,
          "regional review conference, co-organised by IOM, ESCWA and the League of Arab States"),
      ReviewEvent.of(EventKind.CONSULTATION, null, null, null, null, Verification.PARTLY,
          "regional multi-stakeholder consultation organised by ESCWA and IOM (date not found)")),
  /**
   * Africa (ECA and IOM with the African Union Commission), second round: 9–10 October 2024, Addis
   * Ababa, in person, four round tables; multi-stakeholder hearing on 8 October 2024 and a regional
   * consultation of non-State actors in Dakar on 3–4 September 2024 (partly verified). Title partly
   * verified.
   */
  ECA_2024(
      "eca-2024",
      RegionalCommission.ECA,
      2,
      LocalDate.of(2024, 10, 9),
      LocalDate.of(2024, 10, 10),
      LocalDate.of(2024, 10, 8),
      "Second Africa Regional Review of the Global Compact for Safe, Orderly and Regular Migration",
      Verification.PARTLY,
      Verification.VERIFIED,
      ReviewEvent.of(EventKind.CONSULTATION, "2024-09-03", "2024-09-04", "Dakar", null,
          Verification.PARTLY, "regional consultation of non-State actors"),
      ReviewEvent.of(EventKind.HEARING, "2024-10-08", null, "Addis Ababa", null,
          Verification.VERIFIED, "multi-stakeholder hearing"),
      ReviewEvent.of(EventKind.INTERGOVERNMENTAL_MEETING, "2024-10-09", "2024-10-10",
          "Addis Ababa", Attendance.IN_PERSON, Verification.VERIFIED,
          "intergovernmental conference organised by ECA and IOM with the African Union"
              + " Commission, four round tables")),
  /**
   * Asia-Pacific (ESCAP with the UN Network on Migration), second round: 4–6 February 2025,
   * Bangkok, about 250 delegates (dates verified from news reports). The review as a whole is only
   * <b>partly</b> verified: whether it met in person or hybrid, and its stakeholder consultations or
   * hearing, were not found (<b>unverified</b>); the title is modelled on that of 2021.
   */
  ESCAP_2025(
      "escap-2025",
      RegionalCommission.ESCAP,
      2,
      LocalDate.of(2025, 2, 4),
      LocalDate.of(2025, 2, 6),
      null,
      "Second Asia-Pacific Regional Review of Implementation of the Global Compact for Safe,"
          + " Orderly and Regular Migration",
      Verification.PARTLY,
      Verification.PARTLY,
      ReviewEvent.of(EventKind.INTERGOVERNMENTAL_MEETING, "2025-02-04", "2025-02-06", "Bangkok",
          null, Verification.VERIFIED,
          "regional review, co-organised by ESCAP and the UN Network on Migration, about 250"
              + " delegates"),
      ReviewEvent.of(EventKind.CONSULTATION, null, null, null, null, Verification.UNVERIFIED,
          "stakeholder consultations or hearing (not found)")),
  /**
   * Latin America and the Caribbean (ECLAC), second round: 18–20 March 2025 at ECLAC headquarters,
   * Santiago, in person: an interactive multi-stakeholder hearing on 18 March and the
   * intergovernmental conference on 19–20 March. Title partly verified.
   */
  ECLAC_2025(
      "eclac-2025",
      RegionalCommission.ECLAC,
      2,
      LocalDate.of(2025, 3, 18),
      LocalDate.of(2025, 3, 20),
      null,
      "Second Regional Review Meeting of the Global Compact for Safe, Orderly and Regular Migration"
          + " in Latin America and the Caribbean",
      Verification.PARTLY,
      Verification.VERIFIED,
      ReviewEvent.of(EventKind.HEARING, "2025-03-18", null, "ECLAC headquarters, Santiago", null,
          Verification.VERIFIED, "interactive multi-stakeholder hearing"),
      ReviewEvent.of(EventKind.INTERGOVERNMENTAL_MEETING, "2025-03-19", "2025-03-20",
          "ECLAC headquarters, Santiago", Attendance.IN_PERSON, Verification.VERIFIED,
          "intergovernmental conference"));

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
  private final String title;
  private final Verification titleVerification;
  private final Verification verification;
  private final List<ReviewEvent> events;
  private final ReviewEvent meeting;

  RegionalReview(
      String code,
      RegionalCommission commission,
      int round,
      LocalDate startDate,
      LocalDate endDate,
      LocalDate stakeholderConsultationDate,
      String title,
      Verification titleVerification,
      Verification verification,
      ReviewEvent... events) {
    this.code = code;
    this.commission = commission;
    this.round = round;
    this.startDate = startDate;
    this.endDate = endDate;
    this.stakeholderConsultationDate = stakeholderConsultationDate;
    this.title = title;
    this.titleVerification = titleVerification;
    this.verification = verification;
    this.events = List.of(events);
    this.meeting = theMeeting(this.events);
  }

  /** Returns the one intergovernmental meeting of a list of events. */
  static ReviewEvent theMeeting(List<ReviewEvent> events) {
    ReviewEvent meeting = null;
    for (ReviewEvent event : events) {
      if (event.getKind() == EventKind.INTERGOVERNMENTAL_MEETING) {
        if (meeting != null) {
          throw new IllegalStateException("Two meetings: " + events);
        }
        meeting = event;
      }
    }
    if (meeting == null) {
      throw new IllegalStateException("No meeting: " + events);
    }
    return meeting;
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
   * @return an unmodifiable list in chronological order (two reviews for every commission), not
   *     null
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
   * Returns the day of the stakeholder consultation held before the review, as format 1.0 of the
   * data has it: 9 November 2020 (ECE 2020), 23 February 2021 (ESCWA 2021), 27 August 2021 (ECA
   * 2021) and 8 October 2024 (ECA 2024, a hearing); empty for the other reviews, whose stakeholders
   * met over several days, on the day of the meeting, or on a day not recorded.
   *
   * @return the consultation date, or empty, not null
   * @deprecated one date cannot describe the stakeholder events of most reviews: use {@link
   *     #getEvents()}, which lists every hearing and consultation with its dates
   */
  @Deprecated(since = "1.1")
  public Optional<LocalDate> getStakeholderConsultationDate() {
    return Optional.ofNullable(stakeholderConsultationDate);
  }

  /**
   * Returns the English title of the review, as display text, for example {@code "Asia-Pacific
   * Regional Review of Implementation of the Global Compact for Safe, Orderly and Regular
   * Migration"}. Several titles are descriptive, taken from press releases rather than from a
   * meeting document: see {@link #getTitleVerification()}.
   *
   * @return the title, not null
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns how well {@link #getTitle()} is verified as the official title: {@link
   * Verification#VERIFIED} for ESCWA 2021 and ESCAP 2021 only.
   *
   * @return the status, not null
   */
  public Verification getTitleVerification() {
    return titleVerification;
  }

  /**
   * Returns how well the review as a whole is verified: {@link Verification#PARTLY} for {@link
   * #ESCAP_2025}, {@link Verification#VERIFIED} for the others. Each event has its own status.
   *
   * @return the status, not null
   */
  public Verification getVerification() {
    return verification;
  }

  /**
   * Returns the events of the review: the intergovernmental meeting and the stakeholder events
   * around it, in chronological order, events of unknown date last.
   *
   * @return an unmodifiable list, never empty, not null
   */
  public List<ReviewEvent> getEvents() {
    return events;
  }

  /**
   * Returns the intergovernmental meeting of the review: the one event of kind {@link
   * EventKind#INTERGOVERNMENTAL_MEETING}, with its venue and attendance.
   *
   * @return the meeting, not null
   */
  public ReviewEvent getIntergovernmentalMeeting() {
    return meeting;
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
