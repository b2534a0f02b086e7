package io.github.gcmsdk.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are no workbook to read give one fatal problem each, never an exception. */
class BrokenFilesTest {

  @TempDir Path dir;

  private static Problem fatal(ImportResult result, String code) {
    assertTrue(result.getDocument().isEmpty());
    Problem problem = ImportProblemsTest.only(result, code);
    assertEquals("(workbook)", problem.getLocation().getCell().orElseThrow());
    return problem;
  }

  @Test
  void aTextFileIsNotAWorkbook() throws IOException {
    Path file = dir.resolve("notes.xlsx");
    Files.writeString(file, "id;title\n1;x\n");
    fatal(GcmSpreadsheet.standard().importWorkbook(file), "GCM-S001");
  }

  @Test
  void aZipThatIsNoWorkbookIsReported() throws IOException {
    Path file = dir.resolve("other.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
    }
    ImportResult result = GcmSpreadsheet.standard().importWorkbook(file);
    assertTrue(result.getDocument().isEmpty());
    assertEquals(1, result.getReport().getProblems().size(), result.getReport().toText());
  }

  @Test
  void aPasswordProtectedWorkbookIsReportedAsEncrypted() throws Exception {
    Path plain = dir.resolve("plain.xlsx");
    try (XSSFWorkbook workbook = ImportProblemsTest.base();
        OutputStream out = Files.newOutputStream(plain)) {
      workbook.write(out);
    }
    Path file = dir.resolve("protected.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream os = encryptor.getDataStream(fs)) {
        os.write(Files.readAllBytes(plain));
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    fatal(GcmSpreadsheet.standard().importWorkbook(file), "GCM-S002");
  }

  @Test
  void aZipBombIsReportedNotInflated() throws IOException {
    // A real workbook whose sheet XML is 50 MB of blanks: compressed ~1000 times, past POI's
    // minimum inflate ratio (ZipSecureFile, 1%).
    Path plain = dir.resolve("plain.xlsx");
    try (XSSFWorkbook workbook = ImportProblemsTest.base();
        OutputStream out = Files.newOutputStream(plain)) {
      workbook.write(out);
    }
    Path file = dir.resolve("bomb.xlsx");
    try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(plain.toFile());
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      var entries = in.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        zip.putNextEntry(new ZipEntry(entry.getName()));
        byte[] bytes = in.getInputStream(entry).readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          int cut = xml.indexOf("<sheetData>");
          zip.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
          byte[] blanks = new byte[1 << 20];
          java.util.Arrays.fill(blanks, (byte) ' ');
          for (int i = 0; i < 50; i++) {
            zip.write(blanks);
          }
          zip.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
        } else {
          zip.write(bytes);
        }
      }
    }
    assertTrue(Files.size(file) < 1_000_000, "the bomb is small: " + Files.size(file));
    fatal(GcmSpreadsheet.standard().importWorkbook(file), "GCM-S003");
  }

  @Test
  void aTruncatedWorkbookIsDamaged() throws IOException {
    Path plain = dir.resolve("plain.xlsx");
    try (XSSFWorkbook workbook = ImportProblemsTest.base();
        OutputStream out = Files.newOutputStream(plain)) {
      workbook.write(out);
    }
    byte[] bytes = Files.readAllBytes(plain);
    Path file = dir.resolve("cut.xlsx");
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    ImportResult result = GcmSpreadsheet.standard().importWorkbook(file);
    assertTrue(result.getDocument().isEmpty());
    assertEquals(1, result.getReport().getProblems().size(), result.getReport().toText());
  }

  @Test
  void moreTextThanTheBudgetStopsReadingWorkbooksAndCsvAlike() throws IOException {
    // a shared string repeated in every cell, or a zip of CSV that inflates: memory is bounded
    Path xlsx = dir.resolve("many.xlsx");
    try (XSSFWorkbook workbook = ImportProblemsTest.base();
        OutputStream out = Files.newOutputStream(xlsx)) {
      workbook.write(out);
    }
    GcmSpreadsheet small = GcmSpreadsheet.standard().withLimits(100, 100, 40);
    fatal(small.importWorkbook(xlsx), "GCM-S003");
    Files.createDirectory(dir.resolve("csv"));
    Files.writeString(dir.resolve("csv").resolve("Document.csv"),
        "formatVersion,id,title,language\n1.0,doc-1,A title of some length,en\n");
    fatal(small.importWorkbook(dir.resolve("csv")), "GCM-S003");
  }
}
