/**
 * Catalogues of the Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195): the 23
 * {@linkplain io.github.gcmsdk.catalog.Objective objectives}, the ten {@linkplain
 * io.github.gcmsdk.catalog.GuidingPrinciple guiding principles}, the {@linkplain
 * io.github.gcmsdk.catalog.StakeholderGroup stakeholder groups} of paragraph 44, the IMRF 2022
 * {@linkplain io.github.gcmsdk.catalog.RoundTable round tables}, the UN {@linkplain
 * io.github.gcmsdk.catalog.RegionalCommission regional commissions} with their members, their
 * {@linkplain io.github.gcmsdk.catalog.RegionalReview regional reviews} and the {@linkplain
 * io.github.gcmsdk.catalog.MigrationReviewForum International Migration Review Forums} with their
 * {@linkplain io.github.gcmsdk.catalog.ReviewEvent events}, the {@linkplain
 * io.github.gcmsdk.catalog.RegionalOrganization regional organisations} review documents name,
 * {@linkplain io.github.gcmsdk.catalog.Country countries} and {@linkplain
 * io.github.gcmsdk.catalog.SubRegion sub-regions}, and the cross-cutting {@linkplain
 * io.github.gcmsdk.catalog.Theme themes} of stakeholder input.
 *
 * <p><b>Verification.</b> Facts come from the project's reference documents ({@code
 * gcm-reference.md}, {@code gcm-reference-2.md}), which grade how well each is verified. An entry
 * is verified unless its documentation, or an accessor returning a {@link
 * io.github.gcmsdk.catalog.Verification}, says it is only partly verified or unverified.
 *
 * <h2>Package specification</h2>
 *
 * <p><b>Catalogues are code.</b> Every entry is written in the source of this package and checked
 * against the official text by its tests; nothing is read from files or the network at run time.
 * The only outside source is the JDK's list of ISO 3166-1 codes behind {@link
 * io.github.gcmsdk.catalog.Country}.
 *
 * <p><b>Immutable and thread-safe.</b> Every type of this package is immutable and thread-safe:
 * catalogues are enums, {@link io.github.gcmsdk.catalog.Country} is a final class with one cached
 * instance per code, and every returned collection is unmodifiable.
 *
 * <p><b>Null.</b> Unless otherwise noted, passing a null argument to a constructor or method of
 * any type of this package throws a {@link java.lang.NullPointerException}. No method returns
 * null; an absent value is an empty {@link java.util.Optional}.
 *
 * <p><b>Identity is the code.</b> Each entry has a stable {@linkplain
 * io.github.gcmsdk.catalog.Coded#getCode() code}, which JSON files carry; titles are display text
 * and may be corrected.
 *
 * <p><b>Errors name the input.</b> A rejected number, code or text throws {@link
 * io.github.gcmsdk.catalog.CatalogException}, an {@link java.lang.IllegalArgumentException} whose
 * message names the catalogue and the input (truncated and escaped) and says what to write
 * instead.
 *
 * <h2>Method naming</h2>
 *
 * <dl>
 *   <dt>{@code of}
 *   <dd>obtains an entry from its number or letter ({@code Objective.of(11)}, {@code
 *       GuidingPrinciple.of('a')}) or from a related entry ({@code RoundTable.of(objective)}), or a
 *       country from its exact ISO code ({@code Country.of("GB")}); strict.
 *   <dt>{@code fromCode}
 *   <dd>obtains an entry from its stable JSON code, the exact inverse of {@code getCode()}; strict:
 *       no case folding, no trimming.
 *   <dt>{@code parse}
 *   <dd>obtains an entry from the forgiving forms people write ({@code "Objective 11 – Manage
 *       borders"}, {@code "para 15 (a)"}, {@code "UNECE"}, {@code " gbr "}); each type documents
 *       what it accepts. {@code tryParse} returns an empty optional instead of throwing.
 *   <dt>{@code get}
 *   <dd>reads a property ({@code getNumber()}, {@code getTitle()}, {@code getCode()}); numbers
 *       are never {@code ordinal()}.
 *   <dt>{@code is}
 *   <dd>tests a property ({@code isNamedInParagraph44()}).
 * </dl>
 */
package io.github.gcmsdk.catalog;
