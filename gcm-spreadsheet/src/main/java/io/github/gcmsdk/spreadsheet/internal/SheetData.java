package io.github.gcmsdk.spreadsheet.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The non-blank cells of one sheet, as read: row by row, each cell's text. */
public final class SheetData {

  /** One row: its number from 0 and its cells' texts by column from 0. */
  public static final class RowData {
    final int row;
    final TreeMap<Integer, String> cells = new TreeMap<>();

    RowData(int row) {
      this.row = row;
    }

    /**
     * Puts a cell's text.
     *
     * @param column the column, from 0
     * @param text the text
     */
    public void put(int column, String text) {
      cells.put(column, text);
    }
  }

  final String name;
  final boolean hidden;
  final List<RowData> rows = new ArrayList<>();

  /**
   * Makes an empty sheet.
   *
   * @param name the name
   * @param hidden whether the sheet is hidden
   */
  public SheetData(String name, boolean hidden) {
    this.name = name;
    this.hidden = hidden;
  }

  /**
   * Adds a row, after the rows added before.
   *
   * @param row the row, from 0
   * @return the row, to put cells in
   */
  public RowData addRow(int row) {
    RowData data = new RowData(row);
    rows.add(data);
    return data;
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }
}
