package io.github.gcmsdk.spreadsheet.internal;

import java.util.ArrayList;
import java.util.List;

/** The texts of the template: the instructions sheet and the notes on the headers. */
final class Instructions {

  private Instructions() {}

  static String[] lines(Layout layout) {
    List<String> lines = new ArrayList<>();
    lines.add("Stakeholder input to a review of the Global Compact for Migration (gcm-sdk format "
        + layout.formatVersion() + ")");
    lines.add("");
    lines.add("Fill one sheet per kind of item; each row is one item. 'gcm import' turns the"
        + " workbook into the JSON format and reports every problem by cell (Findings!C7).");
    lines.add("The header of each column carries a note (hover over it) that says what goes"
        + " there; headers in red are required for each row.");
    lines.add("Columns numbered 1, 2, 3 (objectives 1, objectives 2...) hold one value each;"
        + " add columns with the next number when you need more.");
    lines.add("Columns with a drop-down list take a code of a catalogue (a country, a theme...);"
        + " for objectives either the number or the list's entry.");
    lines.add("A row that belongs to another row (a finding to its section) names it in the"
        + " column '" + Layout.PARENT + "' by that row's '" + Layout.KEY + "': any text unique in"
        + " the workbook, such as s1 or intro. Empty: it belongs to the document.");
    lines.add("Dates are written as text: 2020, 2020-11 or 2020-11-12. Numbers of figures are"
        + " kept as written.");
    lines.add("Columns whose header starts with x- hold extension data, as JSON.");
    lines.add("Do not rename sheets or headers; other sheets and columns are ignored (with a"
        + " warning).");
    lines.add("");
    lines.add("Sheets:");
    for (Layout.Sheet sheet : layout.sheets()) {
      lines.add(sheet.name() + ": " + sheet.description());
    }
    return lines.toArray(new String[0]);
  }

  static String note(Layout.Field field) {
    StringBuilder note = new StringBuilder(field.description());
    if (field.required()) {
      note.append(" Required.");
    }
    if (field.list()) {
      note.append(" One value a cell; number more columns as needed.");
    }
    field.catalog().ifPresent(c -> note.append(" A code from the list (").append(c).append(")."));
    if (field.kind() == Layout.Kind.NUMBER) {
      note.append(" A number, kept as written.");
    }
    return note.toString();
  }

  static String keyNote(Layout.Sheet sheet) {
    return "A name for this row, unique in the workbook, that rows of other sheets give in their"
        + " column '" + Layout.PARENT + "' to belong to it. Needed only if some row belongs to it.";
  }

  static String parentNote(Layout.Sheet sheet) {
    return "The '" + Layout.KEY + "' of the row this row belongs to; empty for the document"
        + " itself. It can belong to: " + String.join(", ", sheet.ownerTypes()) + ".";
  }

  static String extensionNote() {
    return "Extension data: a JSON value (a text in double quotes, a number, an object...).";
  }
}
