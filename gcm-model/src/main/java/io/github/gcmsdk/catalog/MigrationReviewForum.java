package io.github.gcmsdk.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The International Migration Review Forums (IMRF), held every four years from 2022 at the United
 * Nations in New York (GCM paragraph 49; format set by A/RES/73/326 of 19 July 2019), with their
 * events and outcome, from {@code gcm-reference-2.md} section 3.
 *
 * <p>The forums are a catalogue of their own, not entries of {@link RegionalReview}: they are
 * global, convened by the General Assembly rather than by a {@link RegionalCommission}, and end in
 * an intergovernmentally agreed Progress Declaration; their codes are not codes of regional
 * reviews. Both catalogues describe their meetings with {@link ReviewEvent}.
 *
 * <p>{@link #IMRF_2022} is verified. {@link #IMRF_2026} is known only from plans published before
 * it ({@link Verification#PARTLY}); whether it took place, and what it adopted, is
 * <b>unverified</b> ({@link #getHeldVerification()}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MigrationReviewForum implements Coded {

  /**
   * The first IMRF, 17–20 May 2022, United Nations Headquarters, New York, chaired by the President
   * of the General Assembly at its 76th session, Abdulla Shahid: four round tables ({@link
   * RoundTable}) on 17 May and the morning of 18 May, a policy debate, plenary meetings on 19–20
   * May; an informal multi-stakeholder hearing on 16 May. The Progress Declaration was adopted by
   * consensus on 20 May 2022 (draft A/AC.293/2022/L.1 of 12 May 2022, partly verified) and
   * endorsed by the General Assembly by consensus on 7 June 2022; the symbol of that resolution,
   * A/RES/76/266, was not seen in any source (partly verified).
   */
  IMRF_2022(
      "imrf-2022",
      1,
      "Abdulla Shahid, President of the General Assembly at its 76th session",
      Verification.VERIFIED,
      Verification.VERIFIED,
      "2022-05-20",
      "2022-06-07",
      "A/RES/76/266",
      ReviewEvent.of(EventKind.HEARING, "2022-05-16", null, null, null, Verification.VERIFIED,
          "informal interactive multi-stakeholder hearing, hosted by the President of the General"
              + " Assembly"),
      ReviewEvent.of(EventKind.INTERGOVERNMENTAL_MEETING, "2022-05-17", "2022-05-20",
          "United Nations Headquarters, New York", Attendance.IN_PERSON, Verification.VERIFIED,
          "four round tables, a policy debate and plenary meetings; adoption of the Progress"
              + " Declaration")),
  /**
   * The second IMRF, planned for 5–8 May 2026 in New York with a one-day multi-stakeholder hearing
   * on 4 May, chaired by the President of the General Assembly at its 80th session, Annalena
   * Baerbock (all <b>partly</b> verified: one source, published before the event). Whether it took
   * place, its Progress Declaration and the symbol of that declaration are <b>unverified</b>.
   */
  IMRF_2026(
      "imrf-2026",
      2,
      "Annalena Baerbock, President of the General Assembly at its 80th session",
      Verification.PARTLY,
      Verification.UNVERIFIED,
      null,
      null,
      null,
      ReviewEvent.of(EventKind.HEARING, "2026-05-04", null, null, null, Verification.PARTLY,
          "informal interactive multi-stakeholder hearing (planned)"),
      ReviewEvent.of(EventKind.INTERGOVERNMENTAL_MEETING, "2026-05-05", "2026-05-08", "New York",
          null, Verification.PARTLY,
          "voluntary reviews and pledges of States, four round tables covering the 23 objectives,"
              + " policy debates (planned)"));

  private static final MigrationReviewForum[] ENUMS = MigrationReviewForum.values();

  private static final Map<String, MigrationReviewForum> BY_CODE =
      CatalogSupport.indexByCode(ENUMS);

  private static final String CATALOG = "MigrationReviewForum";

  private final String code;
  private final int edition;
  private final String chair;
  private final Verification chairVerification;
  private final Verification heldVerification;
  private final Optional<LocalDate> adoptionDate;
  private final Optional<LocalDate> endorsementDate;
  private final Optional<String> endorsementSymbol;
  private final List<ReviewEvent> events;
  private final ReviewEvent forum;

  MigrationReviewForum(
      String code,
      int edition,
      String chair,
      Verification chairVerification,
      Verification heldVerification,
      String adoptionDate,
      String endorsementDate,
      String endorsementSymbol,
      ReviewEvent... events) {
    this.code = code;
    this.edition = edition;
    this.chair = chair;
    this.chairVerification = chairVerification;
    this.heldVerification = heldVerification;
    this.adoptionDate = Optional.ofNullable(adoptionDate).map(LocalDate::parse);
    this.endorsementDate = Optional.ofNullable(endorsementDate).map(LocalDate::parse);
    this.endorsementSymbol = Optional.ofNullable(endorsementSymbol);
    this.events = List.of(events);
    this.forum = RegionalReview.theMeeting(this.events);
  }

  /**
   * Obtains a forum from its code, such as {@code "imrf-2022"}.
   *
   * @param code the code, not null
   * @return the forum, not null
   * @throws CatalogException if the code is unknown
   * @throws NullPointerException if the code is null
   */
  public static MigrationReviewForum fromCode(String code) {
    Objects.requireNonNull(code, "code");
    MigrationReviewForum forum = BY_CODE.get(code);
    if (forum == null) {
      throw CatalogException.unknownCode(CATALOG, code, CatalogSupport.knownCodes(ENUMS));
    }
    return forum;
  }

  /**
   * Returns the code, for example {@code "imrf-2022"}.
   *
   * @return the code, not null
   */
  @Override
  public String getCode() {
    return code;
  }

  /**
   * Returns the edition: 1 for 2022, 2 for 2026. This is not {@code ordinal()}.
   *
   * @return the edition, from 1
   */
  public int getEdition() {
    return edition;
  }

  /**
   * Returns the year of the forum, for example 2022.
   *
   * @return the year
   */
  public int getYear() {
    return forum.getStartDate().orElseThrow().getYear();
  }

  /**
   * Returns the English title, for example {@code "International Migration Review Forum 2022"}.
   *
   * @return the title, not null
   */
  public String getTitle() {
    return "International Migration Review Forum " + getYear();
  }

  /**
   * Returns the events of the forum: the multi-stakeholder hearing and the forum itself, in
   * chronological order.
   *
   * @return an unmodifiable list, not null
   */
  public List<ReviewEvent> getEvents() {
    return events;
  }

  /**
   * Returns the forum itself: the event of kind {@link EventKind#INTERGOVERNMENTAL_MEETING}, its
   * dates and venue (planned dates for {@link #IMRF_2026}).
   *
   * @return the forum event, not null
   */
  public ReviewEvent getForum() {
    return forum;
  }

  /**
   * Returns the chair of the forum, as display text: the President of the General Assembly.
   *
   * @return the chair, not null
   */
  public String getChair() {
    return chair;
  }

  /**
   * Returns how well {@link #getChair()} is verified: {@link Verification#PARTLY} for 2026.
   *
   * @return the status, not null
   */
  public Verification getChairVerification() {
    return chairVerification;
  }

  /**
   * Returns how well it is verified that the forum took place: {@link Verification#VERIFIED} for
   * 2022, {@link Verification#UNVERIFIED} for 2026 (only plans made before it were found).
   *
   * @return the status, not null
   */
  public Verification getHeldVerification() {
    return heldVerification;
  }

  /**
   * Returns the round tables of the forum, each with its cluster of objectives: the four {@link
   * RoundTable}s for 2022; empty for 2026, whose clusters are not recorded.
   *
   * @return an unmodifiable list in round-table order, possibly empty, not null
   */
  public List<RoundTable> getRoundTables() {
    return this == IMRF_2022 ? List.of(RoundTable.values()) : List.of();
  }

  /**
   * Returns the day the forum adopted its Progress Declaration (by consensus): 20 May 2022
   * (verified); empty for 2026 (unverified).
   *
   * @return the adoption date, or empty, not null
   */
  public Optional<LocalDate> getProgressDeclarationAdoptionDate() {
    return adoptionDate;
  }

  /**
   * Returns the day the General Assembly endorsed the Progress Declaration: 7 June 2022, by
   * consensus (verified); empty for 2026 (unverified).
   *
   * @return the endorsement date, or empty, not null
   */
  public Optional<LocalDate> getGeneralAssemblyEndorsementDate() {
    return endorsementDate;
  }

  /**
   * Returns the symbol of the General Assembly resolution that endorsed the Progress Declaration:
   * {@code "A/RES/76/266"} for 2022, <b>partly</b> verified (the endorsement is verified, the symbol
   * was not seen in any retrieved text; see {@link #getEndorsementSymbolVerification()}); empty for
   * 2026.
   *
   * @return the symbol, or empty, not null
   */
  public Optional<String> getEndorsementSymbol() {
    return endorsementSymbol;
  }

  /**
   * Returns how well {@link #getEndorsementSymbol()} is verified: {@link Verification#PARTLY} for
   * 2022, {@link Verification#UNVERIFIED} for 2026 (no symbol is known).
   *
   * @return the status, not null
   */
  public Verification getEndorsementSymbolVerification() {
    return endorsementSymbol.isPresent() ? Verification.PARTLY : Verification.UNVERIFIED;
  }
}
