package io.github.gcmsdk.catalog;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The four interactive multi-stakeholder round tables of the first International Migration Review
 * Forum (New York, 17–20 May 2022), each covering a cluster of objectives in the indicative way set
 * by A/RES/73/326.
 *
 * <p>Every objective belongs to exactly one round table. Round tables 1 to 3 are verified against
 * published lists; round table 4 holds the objectives left over ({1, 3, 7, 17, 23}), which a
 * preparatory consultation on objectives 3, 7 and 17 corroborates.
 *
 * <p>The clusters are stored as objective numbers and turned into {@link Objective} constants when
 * this enum is initialised; {@link Objective} itself refers to round tables only from its methods,
 * so the two enums can be initialised in either order.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RoundTable implements Coded {

  /** Round table 1: objectives 2, 5, 6, 12 and 18 (drivers, regular pathways, decent work). */
  ROUND_TABLE_1("round-table-1", 2, 5, 6, 12, 18),
  /** Round table 2: objectives 4, 8, 9, 10, 11, 13 and 21 (rights-based border governance). */
  ROUND_TABLE_2("round-table-2", 4, 8, 9, 10, 11, 13, 21),
  /** Round table 3: objectives 14, 15, 16, 19, 20 and 22 (services, inclusion, contributions). */
  ROUND_TABLE_3("round-table-3", 14, 15, 16, 19, 20, 22),
  /** Round table 4: objectives 1, 3, 7, 17 and 23 (data, information, vulnerabilities, cooperation). */
  ROUND_TABLE_4("round-table-4", 1, 3, 7, 17, 23);

  /** Private cache of all the constants, in number order. */
  private static final RoundTable[] ENUMS = RoundTable.values();

  private static final Map<String, RoundTable> BY_CODE = CatalogSupport.indexByCode(ENUMS);

  /** The round table of each objective, indexed by objective number minus one. */
  private static final RoundTable[] BY_OBJECTIVE = new RoundTable[Objective.values().length];

  static {
    for (RoundTable table : ENUMS) {
      for (Objective objective : table.objectives) {
        int index = objective.getNumber() - 1;
        if (BY_OBJECTIVE[index] != null) {
          throw new IllegalStateException("Objective " + objective.getNumber() + " in two tables");
        }
        BY_OBJECTIVE[index] = table;
      }
    }
    for (int i = 0; i < BY_OBJECTIVE.length; i++) {
      if (BY_OBJECTIVE[i] == null) {
        throw new IllegalStateException("Objective " + (i + 1) + " in no round table");
      }
    }
  }

  private static final String CATALOG = "RoundTable";

  private final String code;
  private final Set<Objective> objectives;

  RoundTable(String code, int... objectiveNumbers) {
    this.code = code;
    EnumSet<Objective> set = EnumSet.noneOf(Objective.class);
    for (int number : objectiveNumbers) {
      set.add(Objective.of(number));
    }
    this.objectives = Collections.unmodifiableSet(set);
  }

  /**
   * Obtains a round table from its number.
   *
   * @param number the round table number, from 1 to 4
   * @return the round table, not null
   * @throws CatalogException if the number is not between 1 and 4
   */
  public static RoundTable of(int number) {
    if (number < 1 || number > ENUMS.length) {
      throw CatalogException.invalidValue(
          CATALOG, Integer.toString(number), "the IMRF 2022 had round tables 1 to 4");
    }
    return ENUMS[number - 1];
  }

  /**
   * Obtains the round table that covered an objective.
   *
   * @param objective the objective, not null
   * @return the round table, not null
   * @throws NullPointerException if the objective is null
   */
  public static RoundTable of(Objective objective) {
    Objects.requireNonNull(objective, "objective");
    return BY_OBJECTIVE[objective.getNumber() - 1];
  }

  /**
   * Obtains a round table from its code, {@code "round-table-1"} to {@code "round-table-4"}.
   *
   * @param code the code, not null
   * @return the round table, not null
   * @throws CatalogException if the code is unknown
   * @throws NullPointerException if the code is null
   */
  public static RoundTable fromCode(String code) {
    Objects.requireNonNull(code, "code");
    RoundTable table = BY_CODE.get(code);
    if (table == null) {
      throw CatalogException.unknownCode(CATALOG, code, CatalogSupport.knownCodes(ENUMS));
    }
    return table;
  }

  /**
   * Returns the round table number, from 1 to 4.
   *
   * <p><b>Do not use {@code ordinal()} to obtain the number of a round table. Use {@code
   * getNumber()} instead.</b>
   *
   * @return the number, from 1 to 4
   */
  public int getNumber() {
    return ordinal() + 1;
  }

  /**
   * Returns the objectives this round table covered.
   *
   * @return an unmodifiable set, iterating in objective order, not null
   */
  public Set<Objective> getObjectives() {
    return objectives;
  }

  /**
   * Returns the code, {@code "round-table-1"} to {@code "round-table-4"}.
   *
   * @return the code, not null
   */
  @Override
  public String getCode() {
    return code;
  }
}
