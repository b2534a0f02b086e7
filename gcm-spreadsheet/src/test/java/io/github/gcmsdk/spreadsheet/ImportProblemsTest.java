package io.github.gcmsdk.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems of a filled workbook, each located by its cell and its JSON Pointer. */
class ImportProblemsTest {

  @TempDir Path dir;

  /** A workbook with a valid document row, a section s1, and whatever a test adds. */
  static XSSFWorkbook base() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    rows(workbook.createSheet("Document"),
        List.of("formatVersion", "id", "title", "language"),
        List.of("2.0", "doc-1", "Input", "en"));
    rows(workbook.createSheet("Sections"),
        List.of("row key", "belongs to", "id", "heading"),
        List.of("s1", "", "sec-1", "Labour"));
    return workbook;
  }

  @SafeVarargs
  static Sheet rows(Sheet sheet, List<String>... rows) {
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows[r].size(); c++) {
        if (!rows[r].get(c).isEmpty()) {
          row.createCell(c).setCellValue(rows[r].get(c));
        }
      }
    }
    return sheet;
  }

  Path save(XSSFWorkbook workbook) throws IOException {
    Path file = Files.createTempFile(dir, "in", ".xlsx");
    try (OutputStream out = Files.newOutputStream(file); workbook) {
      workbook.write(out);
    }
    return file;
  }

  static Problem only(ImportResult result, String code) {
    List<Problem> found = result.getReport().getProblems().stream()
        .filter(p -> p.getCode().equals(code)).collect(Collectors.toList());
    assertEquals(1, found.size(), () -> code + " in " + result.getReport().toText());
    return found.get(0);
  }

  @Test
  void aValidWorkbookGivesTheDocument() throws IOException {
    XSSFWorkbook workbook = base();
    rows(workbook.createSheet("Findings"), List.of("belongs to", "text", "objectives 1",
        "objectives 2"), List.of("s1", "Wages are withheld.", "6 - Facilitate fair and ethical"
        + " recruitment and safeguard conditions that ensure decent work", "7"));
    ImportResult result = GcmSpreadsheet.standard().importWorkbook(save(workbook));
    assertTrue(result.isValid(), result.getReport().toText());
    StakeholderInput document = result.getDocument().orElseThrow();
    assertEquals(2, document.getSections().get(0).getFindings().get(0).getObjectives().size());
  }

  @Test
  void aBadValueIsLocatedByCellAndPointer() throws IOException {
    XSSFWorkbook workbook = base();
    rows(workbook.createSheet("Findings"), List.of("belongs to", "text", "objectives 1"),
        List.of("s1", "Wages are withheld.", "3"),
        List.of("s1", "Second.", "99"));
    ImportResult result = GcmSpreadsheet.standard().importWorkbook(save(workbook));
    Problem problem = only(result, "GCM-J020");
    assertEquals("Findings!C3", problem.getLocation().getCell().orElseThrow());
    assertEquals("/sections/0/findings/1/objectives/0", problem.getLocation().getPointer());
    assertTrue(problem.getLocation().describe().startsWith("Findings!C3 /sections/0/findings/1"),
        problem.getLocation().describe());
    assertFalse(result.isValid());
  }

  @Test
  void aMissingRequiredValueIsLocatedByItsEmptyCell() throws IOException {
    XSSFWorkbook workbook = base();
    rows(workbook.createSheet("Recommendations"), List.of("row key", "belongs to", "id", "text"),
        List.of("", "s1", "rec-1", ""), List.of("", "s1", "", "Do it."));
    ImportResult result = GcmSpreadsheet.standard().importWorkbook(save(workbook));
    List<Problem> missing = result.getReport().getProblems().stream()
        .filter(p -> p.getCode().equals("GCM-J012")).toList();
    assertEquals(2, missing.size(), result.getReport().toText());
    // the empty cell of the column, where the sheet has the column
    assertEquals("Recommendations!D2", missing.get(0).getLocation().getCell().orElseThrow());
    assertEquals("/sections/0/recommendations/0/text", missing.get(0).getLocation().getPointer());
    assertEquals("Recommendations!C3", missing.get(1).getLocation().getCell().orElseThrow());
  }

  @Test
  void aMissingValueWithoutItsColumnIsLocatedByItsRow() throws IOException {
    XSSFWorkbook workbook = base();
    rows(workbook.createSheet("Recommendations"), List.of("belongs to", "id"),
        List.of("s1", "rec-1"));
    ImportResult result = GcmSpreadsheet.standard().importWorkbook(save(workbook));
    assertEquals("Recommendations!2:2",
        only(result, "GCM-J012").getLocation().getCell().orElseThrow());
  }

  @Test
  void rowsOwnedByUnknownKeysOrLoopsAreReported() throws IOException {
    XSSFWorkbook workbook = base();
    rows(workbook.getSheet("Sections"), List.of("row key", "belongs to", "id", "heading"),
        List.of("s1", "", "sec-1", "Labour"),
        List.of("a", "b", "sec-a", "A"),
        List.of("b", "a", "sec-b", "B"),
        List.of("c", "nowhere", "sec-c", "C"),
        List.of("s1", "", "sec-d", "D"));
    ImportResult result = GcmSpreadsheet.standard().importWorkbook(save(workbook));
    assertEquals("Sections!B5", only(result, "GCM-S030").getLocation().getCell().orElseThrow());
    assertEquals(2, result.getReport().getProblems().stream()
        .filter(p -> p.getCode().equals("GCM-S033")).count(), result.getReport().toText());
    assertEquals("Sections!6:6", only(result, "GCM-S032").getLocation().getCell().orElseThrow());
    assertTrue(result.getDocument().isEmpty());
  }

  @Test
  void aRowCannotBelongToARowOfTheWrongKind() throws IOException {
    XSSFWorkbook workbook = base();
    rows(workbook.createSheet("Recommendations"), List.of("row key", "belongs to", "id", "text"),
        List.of("r1", "s1", "rec-1", "Do."));
    rows(workbook.createSheet("Findings"), List.of("belongs to", "text"), List.of("r1", "F."));
    ImportResult result = GcmSpreadsheet.standard().importWorkbook(save(workbook));
    assertEquals("Findings!A2", only(result, "GCM-S031").getLocation().getCell().orElseThrow());
  }

  @Test
  void formulasMergedCellsHiddenSheetsAndExtraColumnsAreWarnings() throws IOException {
    XSSFWorkbook workbook = base();
    Sheet findings = rows(workbook.createSheet("Findings"),
        List.of("belongs to", "text", "comment", "objectives 1"),
        List.of("s1", "", "mine", ""),
        List.of("s1", "Second.", "", ""));
    findings.getRow(1).createCell(1).setCellFormula("\"Wages\"&\" withheld.\"");
    findings.getRow(1).createCell(3).setCellFormula("1+2");
    workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
    findings.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
    findings.getRow(2).getCell(0).setBlank();
    findings.getRow(2).createCell(0);
    workbook.createSheet("Notes");
    workbook.setSheetHidden(workbook.getSheetIndex("Sections"), true);
    ImportResult result = GcmSpreadsheet.standard().importWorkbook(save(workbook));
    assertEquals(2, result.getReport().getProblems().stream()
        .filter(p -> p.getCode().equals("GCM-S020")).count(), result.getReport().toText());
    assertEquals("Findings!A2:A3", only(result, "GCM-S022").getLocation().getCell().get());
    assertEquals("Sections!A1", only(result, "GCM-S011").getLocation().getCell().get());
    assertEquals("Findings!C1", only(result, "GCM-S012").getLocation().getCell().get());
    assertEquals("Notes!A1", only(result, "GCM-S010").getLocation().getCell().get());
    // The merged cell's second row belongs to nobody: the document, where findings cannot go.
    assertEquals("Findings!3:3", only(result, "GCM-S031").getLocation().getCell().get());
  }

  @Test
  void aDateStoredAsANumberIsReadAsAnIsoDate() throws IOException {
    XSSFWorkbook workbook = base();
    Row row = workbook.getSheet("Document").getRow(0);
    row.createCell(4).setCellValue("date");
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yy"));
    org.apache.poi.ss.usermodel.Cell date = workbook.getSheet("Document").getRow(1).createCell(4);
    date.setCellValue(java.time.LocalDate.of(2020, 11, 12));
    date.setCellStyle(style);
    ImportResult result = GcmSpreadsheet.standard().importWorkbook(save(workbook));
    assertTrue(result.isValid(), result.getReport().toText());
    assertEquals("2020-11-12", result.getDocument().orElseThrow().getDate().orElseThrow()
        .toString());
  }

  @Test
  void rowsPastTheLimitAreNotRead() throws IOException {
    XSSFWorkbook workbook = base();
    Sheet sheet = workbook.createSheet("Open questions");
    rows(sheet, List.of("id", "text"));
    for (int r = 1; r <= 20; r++) {
      sheet.createRow(r).createCell(1).setCellValue("Question " + r + "?");
    }
    ImportResult result = GcmSpreadsheet.standard().withLimits(10, 100)
        .importWorkbook(save(workbook));
    Problem problem = only(result, "GCM-S014");
    // the header and 9 questions are 10 rows: the 10th question, on row 11, is one too many
    assertEquals("'Open questions'!11:11", problem.getLocation().getCell().get());
    assertEquals(Severity.ERROR, problem.getSeverity());
  }

  @Test
  void aSheetFormattedDownToItsLastRowIsReadToItsLastValue() throws IOException {
    // 1,048,576 rows, every one formatted, two with a value: streamed, and only values count.
    Path file = Files.createTempFile(dir, "tall", ".xlsx");
    try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook =
        new org.apache.poi.xssf.streaming.SXSSFWorkbook(base(), 100);
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("Open questions");
      CellStyle style = workbook.createCellStyle();
      style.setWrapText(true);
      for (int r = 0; r < 1_048_576; r++) {
        Row row = sheet.createRow(r);
        row.setRowStyle(style);
        if (r == 0) {
          row.createCell(0).setCellValue("text");
        } else if (r == 1 || r == 1_048_575) {
          row.createCell(0).setCellValue("Question on row " + (r + 1) + "?");
        }
      }
      workbook.write(out);
    }
    ImportResult result = GcmSpreadsheet.standard().withLimits(100, 100).importWorkbook(file);
    assertTrue(result.isValid(), result.getReport().toText());
    assertEquals("Question on row 1048576?",
        result.getDocument().orElseThrow().getOpenQuestions().get(1).getText());
    assertEquals("'Open questions'!A1048576", result.locate("/openQuestions/1/text").getCell()
        .orElseThrow());
  }

  @Test
  void aSharedStringLongerThanTheCellLimitIsNotRead() throws IOException {
    // XSSFWorkbook keeps texts in the shared-strings table, not in the sheet
    XSSFWorkbook workbook = base();
    rows(workbook.createSheet("Open questions"), List.of("text"),
        List.of("Why is this question so very long?"));
    ImportResult result = GcmSpreadsheet.standard().withLimits(100, 20)
        .importWorkbook(save(workbook));
    assertEquals("'Open questions'!A2",
        only(result, "GCM-S015").getLocation().getCell().orElseThrow());
  }
}
