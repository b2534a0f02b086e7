package io.github.gcmsdk.spreadsheet;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.problem.Severity;
import io.github.gcmsdk.spreadsheet.internal.Cells;
import io.github.gcmsdk.spreadsheet.internal.CsvSource;
import io.github.gcmsdk.spreadsheet.internal.Layout;
import io.github.gcmsdk.spreadsheet.internal.Limits;
import io.github.gcmsdk.spreadsheet.internal.SheetData;
import io.github.gcmsdk.spreadsheet.internal.TreeBuilder;
import io.github.gcmsdk.spreadsheet.internal.WorkbookWriter;
import io.github.gcmsdk.spreadsheet.internal.XlsxSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Stakeholder input in spreadsheets: the XLSX template, export of a document to a workbook, and
 * import of a filled workbook into the JSON format's model.
 *
 * <p>The sheets and columns follow the format: they are derived from the JSON Schema that gcm-io
 * generates from its format table, so a change of the format changes them with no code here. The
 * document is one row of the sheet "Document"; every list of objects is a sheet (Sections,
 * Findings, Recommendations...); a nested object gives dotted headers ({@code review.process});
 * a list of values numbered ones ({@code objectives 1}).
 *
 * <p>Import builds the JSON text from the cells, reads it with the given {@link GcmJson} (so every
 * value is checked by the JSON reader, once), and locates each problem by its cell as well as its
 * JSON Pointer. It never throws for a bad file: a broken, encrypted or oversized workbook gives
 * problems. Reading streams each sheet's XML; memory grows with the cells' content, not with the
 * file's formatting. Instances are immutable and thread-safe.
 */
public final class GcmSpreadsheet {

  /** The most rows read in a sheet by default (Excel allows 1,048,576). */
  public static final int DEFAULT_MAX_ROWS = 200_000;

  /** The most characters in a cell by default: Excel's own limit. */
  public static final int DEFAULT_MAX_CELL_LENGTH = 32_767;

  /**
   * The most characters of cell text read by default, all sheets together (a workbook or the
   * bytes of its CSV files): 32 million, some 64 MB of memory at most, far above any real input
   * (the UNECE example has 40,000).
   */
  public static final long DEFAULT_MAX_CHARACTERS = 32_000_000L;

  private final GcmJson json;
  private final Limits limits;

  private GcmSpreadsheet(GcmJson json, Limits limits) {
    this.json = json;
    this.limits = limits;
  }

  /**
   * Returns a spreadsheet reader and writer that reads with {@link GcmJson#standard()}.
   *
   * @return the instance
   */
  public static GcmSpreadsheet standard() {
    return of(GcmJson.standard());
  }

  /**
   * Returns a spreadsheet reader and writer that reads the JSON it builds with the given reader
   * (strict or lenient, its limits and the language of its messages).
   *
   * @param json the JSON reader, not null
   * @return the instance
   */
  public static GcmSpreadsheet of(GcmJson json) {
    return new GcmSpreadsheet(Objects.requireNonNull(json, "json"),
        new Limits(DEFAULT_MAX_ROWS, DEFAULT_MAX_CELL_LENGTH, DEFAULT_MAX_CHARACTERS));
  }

  /**
   * Returns a copy with other read limits, and the default limit of characters in all.
   *
   * @param maxRows the most rows read in a sheet, at least 1
   * @param maxCellLength the most characters in a cell, at least 1
   * @return the copy
   * @throws IllegalArgumentException if a limit is below 1
   */
  public GcmSpreadsheet withLimits(int maxRows, int maxCellLength) {
    return withLimits(maxRows, maxCellLength, DEFAULT_MAX_CHARACTERS);
  }

  /**
   * Returns a copy with other read limits.
   *
   * @param maxRows the most rows read in a sheet, at least 1
   * @param maxCellLength the most characters in a cell, at least 1
   * @param maxCharacters the most characters of cell text read in all (a workbook), or bytes
   *     (CSV files), at least 1; past it the input is not read ({@code GCM-S003})
   * @return the copy
   * @throws IllegalArgumentException if a limit is below 1
   */
  public GcmSpreadsheet withLimits(int maxRows, int maxCellLength, long maxCharacters) {
    if (maxRows < 1 || maxCellLength < 1 || maxCharacters < 1) {
      throw new IllegalArgumentException("Invalid value for a limit: " + maxRows + ", "
          + maxCellLength + ", " + maxCharacters + " (at least 1)");
    }
    return new GcmSpreadsheet(json, new Limits(maxRows, maxCellLength, maxCharacters));
  }

  /**
   * Writes the empty XLSX template: a sheet per kind of item, notes on the headers, drop-down
   * lists of the catalogues, and instructions.
   *
   * @param out where to write, not null; not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writeTemplate(OutputStream out) {
    try {
      new WorkbookWriter(Layout.standard()).writeTemplate(Objects.requireNonNull(out, "out"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document as an XLSX workbook, which {@link #importWorkbook(Path)} reads back into an
   * equal document.
   *
   * @param document the document, not null
   * @param out where to write, not null; not closed
   * @throws UncheckedIOException if writing fails
   * @throws IllegalArgumentException if a text is longer than a cell holds (32,767 characters)
   */
  public void export(StakeholderInput document, OutputStream out) {
    try {
      new WorkbookWriter(Layout.standard()).writeDocument(json,
          Objects.requireNonNull(document, "document"), Objects.requireNonNull(out, "out"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Imports a filled XLSX workbook, or its sheets as CSV files ({@code Findings.csv},
   * {@code Open questions.csv}...) in a directory or a {@code .zip} file.
   *
   * @param file the workbook, directory or zip, not null
   * @return the document and the report; never throws for a bad file
   */
  public ImportResult importWorkbook(Path file) {
    Objects.requireNonNull(file, "file");
    List<Problem> problems = new ArrayList<>();
    Set<String> wanted = wantedSheets();
    List<String> names = new ArrayList<>();
    List<SheetData> sheets;
    if (Files.isDirectory(file)) {
      sheets = new CsvSource(limits, wanted, problems::add, json.getLocale())
          .readDirectory(file, names);
    } else if (isZipOfCsv(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        sheets = new CsvSource(limits, wanted, problems::add, json.getLocale())
            .readZip(in, names);
      } catch (IOException e) {
        problems.add(SpreadsheetProblem.DAMAGED.problem("(workbook)", "",
            Map.of("reason", io.github.gcmsdk.problem.Excerpt.of(e.toString()).toString()),
            json.getLocale()));
        sheets = new ArrayList<>();
      }
    } else {
      sheets = new XlsxSource(limits, wanted, problems::add, json.getLocale()).read(file, names);
    }
    return imported(sheets, names, problems);
  }

  /**
   * Imports a filled XLSX workbook, or a zip of its sheets as CSV files, held in memory (an
   * upload, for example): as {@link #importWorkbook(Path)} imports a file, and writing nothing to
   * disk. A zip without the workbook's {@code [Content_Types].xml} is taken for CSV files.
   *
   * @param workbook the bytes of the workbook or zip, not null
   * @return the document and the report; never throws for bad bytes
   */
  public ImportResult importWorkbook(byte[] workbook) {
    Objects.requireNonNull(workbook, "workbook");
    List<Problem> problems = new ArrayList<>();
    Set<String> wanted = wantedSheets();
    List<String> names = new ArrayList<>();
    List<SheetData> sheets;
    if (isZipOfCsv(workbook)) {
      sheets = new CsvSource(limits, wanted, problems::add, json.getLocale())
          .readZip(new ByteArrayInputStream(workbook), names);
    } else {
      sheets = new XlsxSource(limits, wanted, problems::add, json.getLocale())
          .read(workbook, names);
    }
    return imported(sheets, names, problems);
  }

  /** The names of the sheets the import reads. */
  private static Set<String> wantedSheets() {
    Set<String> wanted = new HashSet<>();
    for (Layout.Sheet sheet : Layout.standard().sheets()) {
      wanted.add(sheet.name());
    }
    return wanted;
  }

  /** The document of the sheets read, with the problems of reading them. */
  private ImportResult imported(List<SheetData> sheets, List<String> names,
      List<Problem> problems) {
    Set<String> wanted = wantedSheets();
    if (sheets.isEmpty() && !problems.isEmpty()) {
      return new ImportResult(null, Report.of(problems), pointer -> "(workbook)");
    }
    for (String name : names) {
      if (!wanted.contains(name) && !name.equals(WorkbookWriter.INSTRUCTIONS)
          && !name.equals(WorkbookWriter.LISTS)) {
        problems.add(SpreadsheetProblem.UNKNOWN_SHEET.problem(Cells.sheet(name), "",
            Map.of("sheet", io.github.gcmsdk.problem.Excerpt.of(name).toString()),
            json.getLocale()));
      }
    }
    return read(sheets, problems);
  }

  /**
   * Bytes of a zip (local file header first) that holds a {@code .csv} file and not the
   * workbook's "[Content_Types].xml" (without a file name to go by, a zip of neither is left to
   * the workbook reader, which reports it as the file import does). The entries' names are read;
   * their content is skipped, not kept.
   */
  private static boolean isZipOfCsv(byte[] bytes) {
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
      return false;
    }
    try (java.util.zip.ZipInputStream zip =
        new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
      boolean csv = false;
      for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("[Content_Types].xml")) {
          return false;
        }
        csv |= e.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
      }
      return csv;
    } catch (IOException | IllegalArgumentException e) {
      return false; // not a readable zip: the workbook reader says what is wrong
    }
  }

  /** A zip without the workbook's "[Content_Types].xml" that holds CSV files. */
  private static boolean isZipOfCsv(Path file) {
    if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
      return false;
    }
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      return zip.getEntry("[Content_Types].xml") == null;
    } catch (IOException e) {
      return false;
    }
  }

  private ImportResult read(List<SheetData> sheets, List<Problem> problems) {
    TreeBuilder builder = new TreeBuilder(Layout.standard(), problems::add, json.getLocale());
    byte[] bytes = builder.build(sheets);
    sheets.clear(); // the rows live on in the builder's items, which locate the problems
    ReadResult<StakeholderInput> result = json.read(bytes);
    bytes = null;
    for (Problem problem : result.getReport().getProblems()) {
      String cell = builder.cellOf(problem.getLocation().getPointer());
      problems.add(problem.withLocation(problem.getLocation().withCellOnly(cell)));
    }
    Report report = Report.of(problems);
    boolean error = report.getProblems().stream().anyMatch(p -> p.getSeverity() == Severity.ERROR);
    return new ImportResult(error ? null : result.getDocument().orElse(null), report,
        builder::cellOf);
  }
}
