package io.github.gcmsdk.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import streams: a workbook of many rows is imported in a forked JVM with a small heap. The
 * build runs 5,000 findings under -Xmx48m; {@code -Dgcm.sheets.rows=50000 -Dgcm.sheets.xmx=128m}
 * is the measurement of the README.
 */
class LargeWorkbookTest {

  @TempDir Path dir;

  /** Imports a workbook and prints the number of findings, or the problems. */
  public static void main(String[] args) {
    ImportResult result = GcmSpreadsheet.standard().importWorkbook(Path.of(args[0]));
    if (!result.isValid()) {
      System.out.println(result.getReport().toText());
      System.exit(1);
    }
    Runtime runtime = Runtime.getRuntime();
    System.out.println("findings=" + result.getDocument().get().getSections().get(0)
        .getFindings().size() + " usedHeapMb=" + (runtime.totalMemory() - runtime.freeMemory())
        / (1024 * 1024) + " maxHeapMb=" + runtime.maxMemory() / (1024 * 1024));
  }

  @Test
  void aLargeWorkbookImportsInASmallHeap() throws Exception {
    int rows = Integer.getInteger("gcm.sheets.rows", 5_000);
    String xmx = System.getProperty("gcm.sheets.xmx", "48m");
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      findings.add(Finding.builder().id("f-" + i)
          .text("Finding number " + i + ": migrant workers report wages withheld for months.")
          .addObjectives(Objective.of(1 + i % 23)).build());
    }
    StakeholderInput document = StakeholderInput.builder().formatVersion("2.0").id("big")
        .title("Many findings").language("en")
        .addSections(Section.builder().id("s").heading("All").findings(findings).build())
        .build();
    Path file = dir.resolve("big.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      GcmSpreadsheet.standard().export(document, out);
    }
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx" + xmx,
        "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
        "-Dorg.apache.logging.log4j.simplelog.level=OFF", "-cp", System.getProperty("java.class.path"),
        LargeWorkbookTest.class.getName(), file.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = process.waitFor();
    System.out.println("gcm-spreadsheet: " + rows + " rows (" + Files.size(file) / 1024
        + " KB) imported with -Xmx" + xmx + ": " + output.strip());
    assertEquals(0, status, output);
    assertTrue(output.contains("findings=" + rows), output);
  }
}
