package io.github.gcmsdk.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.model.StakeholderInput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UNECE 2020 example as a filled workbook (examples/data) stays in step with its JSON and with
 * the exporter: regenerate it with {@code -Dgcm.regenerate=true} after a change of either.
 */
class ExampleWorkbookTest {

  static final Path JSON = Path.of("../examples/data/unece-2020-stakeholder-input.json");
  static final Path XLSX = Path.of("../examples/data/unece-2020-stakeholder-input.xlsx");

  @TempDir Path dir;

  @Test
  void theExampleWorkbookIsTheExportOfTheExampleJson() throws IOException {
    StakeholderInput document = GcmJson.standard().read(JSON).getDocument().orElseThrow();
    Path fresh = Boolean.getBoolean("gcm.regenerate") ? XLSX : dir.resolve("fresh.xlsx");
    try (OutputStream out = Files.newOutputStream(fresh)) {
      GcmSpreadsheet.standard().export(document, out);
    }
    assertEquals(cells(fresh), cells(XLSX), "regenerate with -Dgcm.regenerate=true");
    ImportResult imported = GcmSpreadsheet.standard().importWorkbook(XLSX);
    assertTrue(imported.isValid(), imported.getReport().toText());
    assertEquals(document, imported.getDocument().orElseThrow());
  }

  /** Every sheet's cells as text, row by row. */
  private static List<String> cells(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    DataFormatter formatter = new DataFormatter();
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
      for (Sheet sheet : workbook) {
        lines.add("## " + sheet.getSheetName());
        for (Row row : sheet) {
          StringBuilder line = new StringBuilder();
          for (Cell cell : row) {
            line.append(cell.getAddress()).append('=').append(formatter.formatCellValue(cell))
                .append('\t');
          }
          lines.add(line.toString());
        }
      }
    }
    return lines;
  }
}
