package io.github.gcmsdk.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** TCK for {@link MigrationReviewForum}, against {@code gcm-reference-2.md} section 3. */
class MigrationReviewForumTest {

  @Test
  void imrf2022IsVerified() {
    MigrationReviewForum imrf = MigrationReviewForum.IMRF_2022;
    ReviewEvent forum = imrf.getForum();
    ReviewEvent hearing = imrf.getEvents().get(0);
    assertAll(
        () -> assertEquals("imrf-2022", imrf.getCode()),
        () -> assertEquals(1, imrf.getEdition()),
        () -> assertEquals(2022, imrf.getYear()),
        () -> assertEquals("International Migration Review Forum 2022", imrf.getTitle()),
        () -> assertEquals(Optional.of(LocalDate.of(2022, 5, 17)), forum.getStartDate()),
        () -> assertEquals(Optional.of(LocalDate.of(2022, 5, 20)), forum.getEndDate()),
        () ->
            assertEquals(Optional.of("United Nations Headquarters, New York"), forum.getVenue()),
        () -> assertEquals(Verification.VERIFIED, forum.getVerification()),
        () -> assertEquals(EventKind.HEARING, hearing.getKind()),
        () -> assertEquals(Optional.of(LocalDate.of(2022, 5, 16)), hearing.getStartDate()),
        () -> assertEquals(Verification.VERIFIED, hearing.getVerification()),
        () -> assertEquals(Verification.VERIFIED, imrf.getHeldVerification()),
        () -> assertEquals(Verification.VERIFIED, imrf.getChairVerification()),
        () -> assertEquals(List.of(RoundTable.values()), imrf.getRoundTables()),
        () ->
            assertEquals(
                Optional.of(LocalDate.of(2022, 5, 20)),
                imrf.getProgressDeclarationAdoptionDate()),
        () ->
            assertEquals(
                Optional.of(LocalDate.of(2022, 6, 7)), imrf.getGeneralAssemblyEndorsementDate()),
        () -> assertEquals(Optional.of("A/RES/76/266"), imrf.getEndorsementSymbol()),
        () -> assertEquals(Verification.PARTLY, imrf.getEndorsementSymbolVerification()));
  }

  @Test
  void imrf2026IsKnownOnlyFromPlans() {
    MigrationReviewForum imrf = MigrationReviewForum.IMRF_2026;
    ReviewEvent forum = imrf.getForum();
    ReviewEvent hearing = imrf.getEvents().get(0);
    assertAll(
        () -> assertEquals("imrf-2026", imrf.getCode()),
        () -> assertEquals(2, imrf.getEdition()),
        () -> assertEquals(Optional.of(LocalDate.of(2026, 5, 5)), forum.getStartDate()),
        () -> assertEquals(Optional.of(LocalDate.of(2026, 5, 8)), forum.getEndDate()),
        () -> assertEquals(Verification.PARTLY, forum.getVerification()),
        () -> assertEquals(Optional.of(LocalDate.of(2026, 5, 4)), hearing.getStartDate()),
        () -> assertEquals(Verification.PARTLY, hearing.getVerification()),
        () -> assertEquals(Verification.UNVERIFIED, imrf.getHeldVerification()),
        () -> assertEquals(Verification.PARTLY, imrf.getChairVerification()),
        () -> assertEquals(List.of(), imrf.getRoundTables()),
        () -> assertEquals(Optional.empty(), imrf.getProgressDeclarationAdoptionDate()),
        () -> assertEquals(Optional.empty(), imrf.getGeneralAssemblyEndorsementDate()),
        () -> assertEquals(Optional.empty(), imrf.getEndorsementSymbol()),
        () -> assertEquals(Verification.UNVERIFIED, imrf.getEndorsementSymbolVerification()));
  }

  @Test
  void fromCodeRoundTripsAndRejectsOtherCodes() {
    for (MigrationReviewForum imrf : MigrationReviewForum.values()) {
      assertSame(imrf, MigrationReviewForum.fromCode(imrf.getCode()));
    }
    CatalogException e =
        assertThrows(CatalogException.class, () -> MigrationReviewForum.fromCode("imrf-2030"));
    assertEquals(
        "Unknown code for MigrationReviewForum: \"imrf-2030\" (known codes: imrf-2022,"
            + " imrf-2026)",
        e.getMessage());
    assertThrows(NullPointerException.class, () -> MigrationReviewForum.fromCode(null));
  }

  @Test
  void forumsAreNotRegionalReviews() {
    for (MigrationReviewForum imrf : MigrationReviewForum.values()) {
      assertThrows(CatalogException.class, () -> RegionalReview.fromCode(imrf.getCode()));
    }
  }
}
