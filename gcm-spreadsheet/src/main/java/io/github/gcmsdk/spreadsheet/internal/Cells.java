package io.github.gcmsdk.spreadsheet.internal;

import io.github.gcmsdk.catalog.Objective;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;

/** Cell names and the texts of cells. */
public final class Cells {

  private static final Map<String, String> OBJECTIVES_BY_LABEL = new HashMap<>();

  static {
    for (Objective objective : Objective.values()) {
      OBJECTIVES_BY_LABEL.put(objectiveLabel(objective), Integer.toString(objective.getNumber()));
    }
  }

  private Cells() {}

  /**
   * Returns the drop-down entry of an objective: {@code 3 - Provide accurate and timely
   * information...}.
   *
   * @param objective the objective
   * @return the label
   */
  public static String objectiveLabel(Objective objective) {
    return objective.getNumber() + " - " + objective.getTitle();
  }

  /**
   * Returns the number of an objective's drop-down entry.
   *
   * @param text a cell's text
   * @return the number as text, or the text itself if it is no entry
   */
  public static String objectiveNumber(String text) {
    return OBJECTIVES_BY_LABEL.getOrDefault(text, text);
  }

  /**
   * Names a cell: {@code Findings!C7}, the sheet quoted when it must be ({@code 'Open
   * questions'!B2}).
   *
   * @param sheet the sheet's name
   * @param row the row, from 0
   * @param column the column, from 0
   * @return the name
   */
  public static String cell(String sheet, int row, int column) {
    return sheetPrefix(sheet) + CellReference.convertNumToColString(column) + (row + 1);
  }

  /**
   * Names a row: {@code Findings!7:7}.
   *
   * @param sheet the sheet's name
   * @param row the row, from 0
   * @return the name
   */
  public static String row(String sheet, int row) {
    return sheetPrefix(sheet) + (row + 1) + ":" + (row + 1);
  }

  /**
   * Names a sheet as a whole: {@code Findings!1:1048576}... kept short: {@code Findings!A1}.
   *
   * @param sheet the sheet's name
   * @return the name of its first cell
   */
  public static String sheet(String sheet) {
    return cell(sheet, 0, 0);
  }

  private static String sheetPrefix(String sheet) {
    boolean plain = !sheet.isEmpty();
    for (int i = 0; i < sheet.length() && plain; i++) {
      char c = sheet.charAt(i);
      plain = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
    return (plain ? sheet : "'" + sheet.replace("'", "''") + "'") + "!";
  }
}
