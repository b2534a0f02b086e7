package io.github.gcmsdk.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** TCK for {@link RoundTable}. */
class RoundTableTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1 | ROUND_TABLE_1 | round-table-1 | 2 5 6 12 18",
        "2 | ROUND_TABLE_2 | round-table-2 | 4 8 9 10 11 13 21",
        "3 | ROUND_TABLE_3 | round-table-3 | 14 15 16 19 20 22",
        "4 | ROUND_TABLE_4 | round-table-4 | 1 3 7 17 23"
      })
  void everyRoundTableCoversTheObjectivesOfResolution73_326(
      int number, RoundTable table, String code, String objectives) {
    List<Integer> expected = new ArrayList<>();
    for (String n : objectives.split(" ")) {
      expected.add(Integer.valueOf(n));
    }
    assertAll(
        () -> assertEquals(number, table.getNumber()),
        () -> assertSame(table, RoundTable.of(number)),
        () -> assertEquals(code, table.getCode()),
        () -> assertSame(table, RoundTable.fromCode(code)),
        () ->
            assertEquals(
                expected,
                table.getObjectives().stream()
                    .map(Objective::getNumber)
                    .collect(Collectors.toList()),
                "members, in objective order"));
  }

  @Test
  void everyObjectiveIsInExactlyOneRoundTable() {
    Set<Objective> seen = EnumSet.noneOf(Objective.class);
    int total = 0;
    for (RoundTable table : RoundTable.values()) {
      seen.addAll(table.getObjectives());
      total += table.getObjectives().size();
    }
    assertEquals(EnumSet.allOf(Objective.class), seen);
    assertEquals(23, total, "no objective is in two round tables");
  }

  @ParameterizedTest
  @EnumSource(Objective.class)
  void ofObjectiveIsTheTableThatContainsIt(Objective objective) {
    RoundTable table = RoundTable.of(objective);
    assertEquals(
        1,
        EnumSet.allOf(RoundTable.class).stream()
            .filter(t -> t.getObjectives().contains(objective))
            .count());
    assertSame(table, objective.getRoundTable());
    assertEquals(true, table.getObjectives().contains(objective));
  }

  @Test
  void objectivesAreUnmodifiable() {
    assertThrows(
        UnsupportedOperationException.class,
        () -> RoundTable.ROUND_TABLE_1.getObjectives().add(Objective.DATA));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5, -1})
  void ofRejectsOtherNumbers(int number) {
    CatalogException e = assertThrows(CatalogException.class, () -> RoundTable.of(number));
    assertEquals(
        "Invalid value for RoundTable: " + number + " (the IMRF 2022 had round tables 1 to 4)",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"round-table-5", "1", "Round table 1", "round-table-01"})
  void fromCodeRejectsOtherCodes(String code) {
    CatalogException e = assertThrows(CatalogException.class, () -> RoundTable.fromCode(code));
    assertEquals(
        "Unknown code for RoundTable: \""
            + code
            + "\" (known codes: round-table-1, round-table-2, round-table-3, round-table-4)",
        e.getMessage());
  }

  @Test
  void staticMethodsRejectNull() {
    assertAll(
        () -> assertThrows(NullPointerException.class, () -> RoundTable.of((Objective) null)),
        () -> assertThrows(NullPointerException.class, () -> RoundTable.fromCode(null)));
  }
}
