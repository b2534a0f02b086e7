package io.github.gcmsdk.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GcmSpreadsheet#importWorkbook(byte[])} (a workbook held in memory, as {@code gcm serve}
 * receives it) gives what {@link GcmSpreadsheet#importWorkbook(Path)} gives for the same bytes in
 * a file: good, broken and hostile workbooks, and a zip of CSV files.
 */
class ImportFromBytesTest {

  @TempDir Path dir;

  /**
   * Every problem, in full; the message of a damaged workbook ({@code GCM-S004}) is left out: it
   * quotes POI's reason, which differs between a file and a stream (a file's central directory,
   * a stream's local headers).
   */
  private static List<String> problems(ImportResult result) {
    return result.getReport().getProblems().stream()
        .map(p -> p.getSeverity() + " " + p.getCode() + " " + p.getLocation().getCell().orElse("")
            + " " + p.getLocation().getPointer()
            + (p.getCode().equals("GCM-S004") ? "" : " " + p.getMessage()))
        .collect(Collectors.toList());
  }

  /** Imports the file from its path and from its bytes; both must agree. Returns the result. */
  private static ImportResult same(Path file) throws IOException {
    ImportResult fromFile = GcmSpreadsheet.standard().importWorkbook(file);
    ImportResult fromBytes = GcmSpreadsheet.standard().importWorkbook(Files.readAllBytes(file));
    assertEquals(problems(fromFile), problems(fromBytes), file.getFileName().toString());
    assertEquals(fromFile.getDocument(), fromBytes.getDocument(), file.getFileName().toString());
    return fromBytes;
  }

  private Path plainWorkbook() throws IOException {
    Path plain = dir.resolve("plain.xlsx");
    try (XSSFWorkbook workbook = ImportProblemsTest.base();
        OutputStream out = Files.newOutputStream(plain)) {
      workbook.write(out);
    }
    return plain;
  }

  @Test
  void theExampleWorkbookImportsTheSameFromBytes() throws IOException {
    ImportResult result = same(Path.of("..", "examples", "data",
        "unece-2020-stakeholder-input.xlsx"));
    assertTrue(result.getDocument().isPresent(), result.getReport().toText());
  }

  @Test
  void aWorkbookWithProblemsImportsTheSameFromBytes() throws IOException {
    same(plainWorkbook());
  }

  @Test
  void aZipOfCsvFilesImportsTheSameFromBytes() throws IOException {
    Path zip = dir.resolve("input.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (String[] file : new String[][] {{"Document.csv", CsvImportTest.DOCUMENT},
          {"Sections.csv", CsvImportTest.SECTIONS},
          {"Findings.csv", "belongs to,text,objectives 1\ns1,Fine.,6\ns1,Bad.,24\n"}}) {
        out.putNextEntry(new ZipEntry("input/" + file[0]));
        out.write(file[1].getBytes(StandardCharsets.UTF_8));
      }
    }
    Problem problem = ImportProblemsTest.only(same(zip), "GCM-J020");
    assertEquals("Findings!C3", problem.getLocation().getCell().orElseThrow());
  }

  @Test
  void brokenFilesAreReportedTheSameFromBytes() throws Exception {
    Path text = dir.resolve("notes.xlsx");
    Files.writeString(text, "id;title\n1;x\n");
    ImportProblemsTest.only(same(text), "GCM-S001");

    Path other = dir.resolve("other.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(other))) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
    }
    same(other);

    byte[] bytes = Files.readAllBytes(plainWorkbook());
    Path cut = dir.resolve("cut.xlsx");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    same(cut);

    Path encrypted = dir.resolve("protected.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream os = encryptor.getDataStream(fs)) {
        os.write(bytes);
      }
      try (OutputStream out = Files.newOutputStream(encrypted)) {
        fs.writeFilesystem(out);
      }
    }
    ImportProblemsTest.only(same(encrypted), "GCM-S002");
  }

  @Test
  void aZipBombIsStoppedFromBytesToo() throws IOException {
    // the sheet XML padded with 50 MB of blanks: past POI's minimum inflate ratio
    Path plain = plainWorkbook();
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
    ImportProblemsTest.only(same(file), "GCM-S003");
  }
}
