package io.github.gcmsdk.spreadsheet.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.model.StakeholderInput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes workbooks, streaming (SXSSF: a window of rows in memory): a document's export, or the
 * empty template. Both have the same sheets and headers, a note on each header, drop-down lists of
 * the catalogues on the columns that take codes, and the sheets "Instructions" and "Lists".
 */
public final class WorkbookWriter {

  /** The sheet of instructions, which import skips. */
  public static final String INSTRUCTIONS = "Instructions";

  /** The (hidden) sheet of the catalogues the drop-down lists show, which import skips. */
  public static final String LISTS = "Lists";

  /** Rows of a template that get drop-down lists. */
  private static final int TEMPLATE_ROWS = 1000;

  /** Numbered columns of a list in the template. */
  private static final int TEMPLATE_LIST_COLUMNS = 3;

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final Layout layout;

  /**
   * Makes a writer.
   *
   * @param layout the sheets and columns
   */
  public WorkbookWriter(Layout layout) {
    this.layout = layout;
  }

  /** A row to write: its key, its owner's key, and its object. */
  private record RowData(String key, String parent, JsonNode object) {}

  /**
   * Writes the empty template.
   *
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void writeTemplate(OutputStream out) throws IOException {
    Map<Layout.Sheet, List<RowData>> rows = new LinkedHashMap<>();
    for (Layout.Sheet sheet : layout.sheets()) {
      rows.put(sheet, new ArrayList<>());
    }
    // The document's row is started: the one value every file of this format version has.
    rows.get(layout.sheets().get(0)).add(new RowData("", "",
        MAPPER.createObjectNode().put("formatVersion", layout.formatVersion())));
    write(rows, true, out);
  }

  /**
   * Writes a document's workbook.
   *
   * @param json writes the document as JSON, from which the cells are taken
   * @param document the document
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void writeDocument(GcmJson json, StakeholderInput document, OutputStream out)
      throws IOException {
    JsonNode root = MAPPER.readTree(json.toCanonicalBytes(document));
    Map<Layout.Sheet, List<RowData>> rows = new LinkedHashMap<>();
    for (Layout.Sheet sheet : layout.sheets()) {
      rows.put(sheet, new ArrayList<>());
    }
    collect(layout.sheets().get(0), root, "", "", rows);
    write(rows, false, out);
  }

  private void collect(Layout.Sheet sheet, JsonNode object, String pointer, String parent,
      Map<Layout.Sheet, List<RowData>> rows) {
    rows.get(sheet).add(new RowData(sheet.keyed() ? pointer : "", parent, object));
    for (Map.Entry<String, Layout.Sheet> child : layout.childSheets(sheet.type()).entrySet()) {
      String path = "/" + child.getKey().replace('.', '/'); // review.events: /review/events
      JsonNode list = object.at(path);
      for (int i = 0; i < list.size(); i++) {
        collect(child.getValue(), list.get(i), pointer + path + "/" + i,
            sheet.keyed() ? pointer : "", rows);
      }
    }
  }

  private void write(Map<Layout.Sheet, List<RowData>> rows, boolean template, OutputStream out)
      throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    try {
      CreationHelper helper = workbook.getCreationHelper();
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setBorderBottom(BorderStyle.THIN);
      CellStyle required = workbook.createCellStyle();
      required.cloneStyleFrom(header);
      Font boldRed = workbook.createFont();
      boldRed.setBold(true);
      boldRed.setColor(Font.COLOR_RED);
      required.setFont(boldRed);
      writeInstructions(workbook.createSheet(INSTRUCTIONS));
      Map<String, String> lists = writeLists(workbook);
      for (Map.Entry<Layout.Sheet, List<RowData>> entry : rows.entrySet()) {
        Layout.Sheet spec = entry.getKey();
        List<RowData> data = entry.getValue();
        List<Column> columns = columns(spec, data, template);
        SXSSFSheet sheet = workbook.createSheet(spec.name());
        sheet.createFreezePane(0, 1);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Row headerRow = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
          Column column = columns.get(c);
          org.apache.poi.ss.usermodel.Cell cell = headerRow.createCell(c);
          cell.setCellValue(column.header);
          cell.setCellStyle(column.required ? required : header);
          ClientAnchor anchor = helper.createClientAnchor();
          anchor.setCol1(c);
          anchor.setCol2(c + 4);
          anchor.setRow1(0);
          anchor.setRow2(6);
          Comment comment = drawing.createCellComment(anchor);
          comment.setString(helper.createRichTextString(column.note));
          comment.setAuthor("gcm-sdk");
          cell.setCellComment(comment);
          sheet.setColumnWidth(c, Math.min(60, Math.max(12, column.header.length() + 2)) * 256);
        }
        int r = 1;
        for (RowData row : data) {
          Row sheetRow = sheet.createRow(r++);
          for (int c = 0; c < columns.size(); c++) {
            columns.get(c).write(row, sheetRow, c);
          }
        }
        validations(sheet, columns, lists, Math.max(r, template ? TEMPLATE_ROWS : r));
      }
      workbook.setSheetHidden(workbook.getSheetIndex(LISTS), true);
      workbook.setActiveSheet(workbook.getSheetIndex(Layout.DOCUMENT));
      workbook.write(out);
    } finally {
      workbook.close(); // also deletes the temporary files (dispose() is deprecated for it)
    }
  }

  private void validations(Sheet sheet, List<Column> columns, Map<String, String> lists,
      int lastRow) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      if (column.field == null || column.field.catalog().isEmpty()) {
        continue;
      }
      String range = lists.get(column.field.catalog().get());
      if (range == null) {
        continue;
      }
      DataValidation validation = helper.createValidation(
          helper.createFormulaListConstraint(range), new CellRangeAddressList(1, lastRow, c, c));
      // A warning, not a stop: a value off the list is for import to report, located.
      validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
      validation.setShowErrorBox(true);
      validation.setSuppressDropDownArrow(true);
      sheet.addValidationData(validation);
    }
  }

  /** Writes the catalogues, one a column; returns each catalogue's range, by schema name. */
  private Map<String, String> writeLists(SXSSFWorkbook workbook) {
    Map<String, List<String>> catalogs = new LinkedHashMap<>();
    for (Layout.Sheet sheet : layout.sheets()) {
      for (Layout.Field field : sheet.fields()) {
        field.catalog().ifPresent(name -> catalogs.computeIfAbsent(name, n -> entries(field)));
      }
    }
    Sheet sheet = workbook.createSheet(LISTS);
    int longest = 0;
    for (List<String> entries : catalogs.values()) {
      longest = Math.max(longest, entries.size());
    }
    List<String> names = new ArrayList<>(catalogs.keySet());
    for (int r = 0; r <= longest; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < names.size(); c++) {
        List<String> entries = catalogs.get(names.get(c));
        if (r == 0) {
          row.createCell(c).setCellValue(names.get(c));
        } else if (r <= entries.size()) {
          row.createCell(c).setCellValue(entries.get(r - 1));
        }
      }
    }
    Map<String, String> ranges = new LinkedHashMap<>();
    for (int c = 0; c < names.size(); c++) {
      String column = CellReference.convertNumToColString(c);
      ranges.put(names.get(c), LISTS + "!$" + column + "$2:$" + column + "$"
          + (catalogs.get(names.get(c)).size() + 1));
    }
    return ranges;
  }

  /** The entries of a catalogue's list: codes, or objectives as "3 - title". */
  private static List<String> entries(Layout.Field field) {
    if (field.kind() == Layout.Kind.INTEGER && field.catalog().get().equals("Objective")) {
      List<String> entries = new ArrayList<>();
      for (Objective objective : Objective.values()) {
        entries.add(Cells.objectiveLabel(objective));
      }
      return entries;
    }
    return field.codes();
  }

  private void writeInstructions(Sheet sheet) {
    String[] lines = Instructions.lines(layout);
    for (int r = 0; r < lines.length; r++) {
      sheet.createRow(r).createCell(0).setCellValue(lines[r]);
    }
    sheet.setColumnWidth(0, 120 * 256);
  }

  /** One column of a sheet. */
  private static final class Column {
    final String header;
    final String note;
    final boolean required;
    final Layout.Field field; // null for key, parent and extensions
    final int kind; // 0 key, 1 parent, 2 value, 3 extension
    final int index; // the list index of a list value
    final List<String> extensionPath;

    Column(String header, String note, boolean required, Layout.Field field, int kind, int index,
        List<String> extensionPath) {
      this.header = header;
      this.note = note;
      this.required = required;
      this.field = field;
      this.kind = kind;
      this.index = index;
      this.extensionPath = extensionPath;
    }

    void write(RowData row, Row sheetRow, int c) {
      switch (kind) {
        case 0 -> text(sheetRow, c, row.key());
        case 1 -> text(sheetRow, c, row.parent());
        case 2 -> {
          JsonNode value = at(row.object(), field.path());
          if (field.list()) {
            value = value.path(index);
          }
          if (value.isMissingNode() || value.isNull()) {
            return;
          }
          if (field.kind() == Layout.Kind.INTEGER && value.canConvertToInt()) {
            sheetRow.createCell(c).setCellValue(value.intValue());
          } else if (value.isNumber()) {
            // As text: a number cell would lose how it was written (1.50, 1E+3).
            text(sheetRow, c, value.decimalValue().toString());
          } else if (value.isBoolean()) {
            sheetRow.createCell(c).setCellValue(value.booleanValue());
          } else {
            text(sheetRow, c, value.asText());
          }
        }
        default -> {
          JsonNode value = at(row.object(), extensionPath);
          if (!value.isMissingNode()) {
            text(sheetRow, c, value.toString());
          }
        }
      }
    }

    private static void text(Row row, int c, String text) {
      if (!text.isEmpty()) {
        row.createCell(c).setCellValue(text);
      }
    }
  }

  static JsonNode at(JsonNode object, List<String> path) {
    JsonNode node = object;
    for (String name : path) {
      node = node.path(name);
    }
    return node;
  }

  private static List<Column> columns(Layout.Sheet sheet, List<RowData> rows, boolean template) {
    List<Column> columns = new ArrayList<>();
    if (sheet.keyed()) {
      columns.add(new Column(Layout.KEY, Instructions.keyNote(sheet), false, null, 0, 0, null));
    }
    if (sheet.hasParent()) {
      columns.add(new Column(Layout.PARENT, Instructions.parentNote(sheet), false, null, 1, 0,
          null));
    }
    for (Layout.Field field : sheet.fields()) {
      String note = Instructions.note(field);
      if (!field.list()) {
        columns.add(new Column(field.header(), note, field.required(), field, 2, 0, null));
        continue;
      }
      int count = template ? TEMPLATE_LIST_COLUMNS : 1;
      for (RowData row : rows) {
        count = Math.max(count, at(row.object(), field.path()).size());
      }
      for (int i = 0; i < count; i++) {
        columns.add(new Column(field.header(i + 1), note, false, field, 2, i, null));
      }
    }
    for (List<String> objectPath : sheet.objectPaths()) {
      Set<String> names = new LinkedHashSet<>();
      for (RowData row : rows) {
        Iterator<String> it = at(row.object(), objectPath).fieldNames();
        while (it.hasNext()) {
          String name = it.next();
          if (name.startsWith("x-")) {
            names.add(name);
          }
        }
      }
      for (String name : names) {
        List<String> path = new ArrayList<>(objectPath);
        path.add(name);
        columns.add(new Column(String.join(".", path), Instructions.extensionNote(), false, null,
            3, 0, path));
      }
    }
    return columns;
  }
}
