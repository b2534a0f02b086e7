package io.github.gcmsdk.spreadsheet.internal;

import io.github.gcmsdk.problem.Excerpt;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.spreadsheet.SpreadsheetProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV file per sheet ({@code Findings.csv}, {@code Open questions.csv}) from a
 * directory or a zip file, parsed by Apache Commons CSV: RFC 4180 (commas, or semicolons when the
 * header row has no comma; double quotes, quotes doubled inside quotes), UTF-8
 * (a byte order mark skipped), or Windows-1252 with a warning when the bytes are not UTF-8, as
 * spreadsheet programs save "CSV" in western locales.
 */
public final class CsvSource {


  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final Limits limits;
  private final Set<String> wanted;
  private final Consumer<Problem> problems;
  private final Locale locale;
  private long total;

  /**
   * Makes a source.
   *
   * @param limits the read limits
   * @param wanted the names of the sheets to read
   * @param problems takes the problems
   * @param locale the language of the messages
   */
  public CsvSource(Limits limits, Set<String> wanted, Consumer<Problem> problems, Locale locale) {
    this.limits = limits;
    this.wanted = wanted;
    this.problems = problems;
    this.locale = locale;
  }

  /**
   * Reads the CSV files of a directory, in name order.
   *
   * @param directory the directory
   * @param names every sheet's name is added here
   * @return the sheets read
   */
  public List<SheetData> readDirectory(Path directory, List<String> names) {
    Map<String, Path> files = new TreeMap<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.csv")) {
      for (Path file : stream) {
        if (Files.isRegularFile(file)) {
          files.put(file.getFileName().toString(), file);
        }
      }
    } catch (IOException e) {
      fatal(SpreadsheetProblem.DAMAGED, Map.of("reason", Excerpt.of(e.toString()).toString()));
      return new ArrayList<>();
    }
    List<SheetData> sheets = new ArrayList<>();
    for (Map.Entry<String, Path> file : files.entrySet()) {
      String name = sheetName(file.getKey());
      names.add(name);
      if (!wanted.contains(name)) {
        continue;
      }
      try (InputStream in = Files.newInputStream(file.getValue())) {
        byte[] bytes = readBounded(in);
        if (bytes == null) {
          return new ArrayList<>();
        }
        sheets.add(parse(name, bytes));
      } catch (IOException e) {
        fatal(SpreadsheetProblem.DAMAGED, Map.of("reason", Excerpt.of(e.toString()).toString()));
        return new ArrayList<>();
      }
    }
    return sheets;
  }

  /**
   * Reads the CSV files of a zip file, in the zip's order.
   *
   * @param in the zip
   * @param names every sheet's name is added here
   * @return the sheets read
   */
  public List<SheetData> readZip(InputStream in, List<String> names) {
    List<SheetData> sheets = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(in)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        String entryName = entry.getName();
        String file = entryName.substring(entryName.lastIndexOf('/') + 1);
        if (entry.isDirectory() || !file.toLowerCase(Locale.ROOT).endsWith(".csv")) {
          continue;
        }
        String name = sheetName(file);
        names.add(name);
        byte[] bytes = readBounded(zip);
        if (bytes == null) {
          return new ArrayList<>();
        }
        if (wanted.contains(name)) {
          sheets.add(parse(name, bytes));
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      fatal(SpreadsheetProblem.DAMAGED, Map.of("reason", Excerpt.of(e.toString()).toString()));
      return new ArrayList<>();
    }
    return sheets;
  }

  private static String sheetName(String file) {
    return file.substring(0, file.length() - 4);
  }

  private byte[] readBounded(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      // a character is at least a byte: the same budget as a workbook's, a zip bomb stops here
      if (total > limits.maxCharacters()) {
        fatal(SpreadsheetProblem.TOO_LARGE,
            Map.of("limit", limits.maxCharacters() + " bytes of CSV"));
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private void fatal(SpreadsheetProblem problem, Map<String, String> parameters) {
    problems.accept(problem.problem("(workbook)", "", parameters, locale));
  }

  private SheetData parse(String name, byte[] bytes) {
    String text;
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, WINDOWS_1252);
      problems.accept(SpreadsheetProblem.CSV_ENCODING.problem(Cells.sheet(name), "", Map.of(),
          locale));
    }
    // Spreadsheet programs in locales with a decimal comma save "CSV" with semicolons.
    int firstLine = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
    String header = text.substring(0, firstLine);
    char separator = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).get();
    SheetData sheet = new SheetData(name, false);
    int row = 0;
    try (CSVParser parser = CSVParser.parse(text, format)) {
      for (CSVRecord record : parser) {
        row = (int) record.getRecordNumber() - 1;
        if (!addRow(sheet, row, record)) {
          return sheet;
        }
        row++;
      }
    } catch (IOException | UncheckedIOException e) {
      // a quote that never closes: commons-csv stops at the end of the file
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      problems.accept(SpreadsheetProblem.CSV_SYNTAX.problem(Cells.row(name, row), "",
          Map.of("reason", Excerpt.of(String.valueOf(cause.getMessage())).toString()), locale));
    }
    return sheet;
  }

  /** Adds a record's non-empty cells as a row; false when the sheet has no room left. */
  private boolean addRow(SheetData sheet, int row, CSVRecord record) {
    SheetData.RowData current = null;
    for (int column = 0; column < record.size(); column++) {
      String value = record.get(column);
      if (value.isEmpty()) {
        continue;
      }
      if (value.length() > limits.maxCellLength()) {
        problems.accept(SpreadsheetProblem.CELL_TOO_LONG.problem(
            Cells.cell(sheet.name(), row, column), "",
            Map.of("limit", Integer.toString(limits.maxCellLength())), locale));
        continue;
      }
      if (current == null) {
        if (sheet.rows.size() >= limits.maxRows()) {
          problems.accept(SpreadsheetProblem.TOO_MANY_ROWS.problem(Cells.row(sheet.name(), row),
              "", Map.of("sheet", Excerpt.of(sheet.name()).toString(),
                  "limit", Integer.toString(limits.maxRows())), locale));
          return false;
        }
        current = sheet.addRow(row);
      }
      current.put(column, value);
    }
    return true;
  }
}
