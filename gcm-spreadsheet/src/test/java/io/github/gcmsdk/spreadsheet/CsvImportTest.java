package io.github.gcmsdk.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One CSV file per sheet, in a directory or a zip. */
class CsvImportTest {

  static final String DOCUMENT = "formatVersion,id,title,language\r\n1.0,doc-1,Input,en\r\n";
  static final String SECTIONS = "row key,belongs to,id,heading\ns1,,sec-1,Labour\n";

  @TempDir Path dir;

  @Test
  void aDirectoryOfCsvFilesInWindows1252IsReadWithAWarning() throws IOException {
    Files.writeString(dir.resolve("Document.csv"), "\uFEFF" + DOCUMENT);
    Files.writeString(dir.resolve("Sections.csv"), SECTIONS);
    Files.write(dir.resolve("Findings.csv"), ("belongs to,text,objectives 1\n"
        + "s1,\"Salaires impayés, \"\"souvent\"\"\nsans recours.\",6\n")
        .getBytes(Charset.forName("windows-1252")));
    ImportResult result = GcmSpreadsheet.standard().importWorkbook(dir);
    Problem warning = ImportProblemsTest.only(result, "GCM-S040");
    assertEquals("Findings!A1", warning.getLocation().getCell().orElseThrow());
    assertTrue(result.isValid(), result.getReport().toText());
    StakeholderInput document = result.getDocument().orElseThrow();
    assertEquals("Salaires impayés, \"souvent\"\nsans recours.",
        document.getSections().get(0).getFindings().get(0).getText());
  }

  @Test
  void aZipOfCsvFilesLocatesProblemsByCell() throws IOException {
    Path zip = dir.resolve("input.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (String[] file : new String[][] {{"Document.csv", DOCUMENT}, {"Sections.csv", SECTIONS},
          {"Findings.csv", "belongs to,text,objectives 1\ns1,Fine.,6\ns1,Bad.,24\n"}}) {
        out.putNextEntry(new ZipEntry("input/" + file[0]));
        out.write(file[1].getBytes(StandardCharsets.UTF_8));
      }
    }
    ImportResult result = GcmSpreadsheet.standard().importWorkbook(zip);
    Problem problem = ImportProblemsTest.only(result, "GCM-J020");
    assertEquals("Findings!C3", problem.getLocation().getCell().orElseThrow());
    assertEquals("/sections/0/findings/1/objectives/0", problem.getLocation().getPointer());
  }

  @Test
  void semicolonSeparatedCsvIsRead() throws IOException {
    Files.writeString(dir.resolve("Document.csv"), DOCUMENT.replace(',', ';'));
    Files.writeString(dir.resolve("Sections.csv"), SECTIONS.replace(',', ';'));
    ImportResult result = GcmSpreadsheet.standard().importWorkbook(dir);
    assertTrue(result.isValid(), result.getReport().toText());
    assertEquals("Labour", result.getDocument().orElseThrow().getSections().get(0).getHeading());
  }

  @Test
  void aQuoteThatNeverClosesIsReported() throws IOException {
    Files.writeString(dir.resolve("Document.csv"), DOCUMENT);
    Files.writeString(dir.resolve("Sections.csv"), SECTIONS + "s2,,sec-2,\"Open\n");
    ImportResult result = GcmSpreadsheet.standard().importWorkbook(dir);
    assertEquals("Sections!3:3",
        ImportProblemsTest.only(result, "GCM-S041").getLocation().getCell().orElseThrow());
  }

  @Test
  void aCellLongerThanTheLimitIsReportedNotCutShort() throws IOException {
    Files.writeString(dir.resolve("Document.csv"), DOCUMENT);
    Files.writeString(dir.resolve("Sections.csv"), SECTIONS);
    Files.writeString(dir.resolve("Open questions.csv"),
        "text\n\"Why is this question, quoted, so very long?\"\nWhy is this one long too?\n");
    ImportResult result = GcmSpreadsheet.standard().withLimits(100, 20).importWorkbook(dir);
    List<String> cells = result.getReport().getProblems().stream()
        .filter(p -> p.getCode().equals("GCM-S015"))
        .map(p -> p.getLocation().getCell().orElseThrow())
        .collect(java.util.stream.Collectors.toList());
    assertEquals(List.of("'Open questions'!A2", "'Open questions'!A3"), cells,
        result.getReport().toText());
  }
}
