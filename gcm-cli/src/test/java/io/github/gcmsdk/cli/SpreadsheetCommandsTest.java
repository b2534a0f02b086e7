package io.github.gcmsdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.io.GcmJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gcm template, export and import. */
class SpreadsheetCommandsTest {

  @TempDir Path dir;

  @Test
  void exportThenImportGivesTheSameJson() throws Exception {
    Path xlsx = dir.resolve("unece.xlsx");
    Run export = Run.gcm("export", Run.EXAMPLE.toString(), "--xlsx", xlsx.toString());
    assertEquals(0, export.status, export::toString);
    Path json = dir.resolve("unece.json");
    Run imported = Run.gcm("import", xlsx.toString(), "-o", json.toString());
    assertEquals(0, imported.status, imported::toString);
    assertEquals(GcmJson.standard().read(Run.EXAMPLE).getDocument().orElseThrow(),
        GcmJson.standard().read(json).getDocument().orElseThrow());
  }

  @Test
  void aBadCellIsReportedByCellInEveryFormat() throws Exception {
    Path xlsx = dir.resolve("bad.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet document = workbook.createSheet("Document");
      String[][] cells = {{"formatVersion", "id", "title", "language", "review.process"},
          {"1.0", "doc-1", "Input", "en", "national-revue"}};
      for (int r = 0; r < 2; r++) {
        Row row = document.createRow(r);
        for (int c = 0; c < cells[r].length; c++) {
          row.createCell(c).setCellValue(cells[r][c]);
        }
      }
      try (var out = Files.newOutputStream(xlsx)) {
        workbook.write(out);
      }
    }
    Run text = Run.gcm("import", xlsx.toString());
    assertEquals(1, text.status, text::toString);
    assertTrue(text.out.contains("Document!E2 /review/process"), text::toString);
    Run json = Run.gcm("import", "--format", "json", xlsx.toString());
    assertTrue(json.out.contains("\"cell\": \"Document!E2\""), json::toString);
    Run sarif = Run.gcm("import", "--format", "sarif", xlsx.toString());
    assertTrue(sarif.out.contains("\"cell\": \"Document!E2\""), sarif::toString);
    Run junit = Run.gcm("import", "--format", "junit", xlsx.toString());
    assertTrue(junit.out.contains("Document!E2"), junit::toString);
  }

  @Test
  void theTemplateHasASheetPerKindOfItemAndImportsAsAnEmptyDocument() throws Exception {
    Path xlsx = dir.resolve("template.xlsx");
    Run template = Run.gcm("template", "--xlsx", xlsx.toString());
    assertEquals(0, template.status, template::toString);
    try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
      for (String sheet : new String[] {"Instructions", "Document", "Contributors", "Sections",
          "Findings", "Recommendations", "Practices", "Figures", "References", "Open questions"}) {
        assertTrue(workbook.getSheet(sheet) != null, sheet);
      }
      Sheet findings = workbook.getSheet("Findings");
      assertTrue(findings.getRow(0).getCell(0).getCellComment() != null, "a note on the header");
      assertTrue(findings.getDataValidations().size() > 0, "drop-down lists");
      assertTrue(workbook.isSheetHidden(workbook.getSheetIndex("Lists")));
    }
    Run imported = Run.gcm("import", xlsx.toString());
    // Empty: only the required id, title and language are missing.
    assertEquals(1, imported.status, imported::toString);
    assertTrue(imported.out.contains("GCM-J012"), imported::toString);
  }
}
