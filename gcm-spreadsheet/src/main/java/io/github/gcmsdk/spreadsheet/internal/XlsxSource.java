package io.github.gcmsdk.spreadsheet.internal;

import io.github.gcmsdk.problem.Excerpt;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.spreadsheet.SpreadsheetProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an XLSX workbook's sheets, streaming: the sheet XML through SAX, never a whole sheet's
 * object model. Formulas give their cached value (with a warning), dates stored as numbers give
 * ISO dates, numbers their plain form. Every problem is reported, located by cell; none is thrown.
 */
public final class XlsxSource {

  private final Limits limits;
  private final Set<String> wanted;
  private final Consumer<Problem> problems;
  private final Locale locale;

  /**
   * Makes a source.
   *
   * @param limits the read limits
   * @param wanted the names of the sheets to read; others are skipped without reading them
   * @param problems takes the problems
   * @param locale the language of the messages
   */
  public XlsxSource(Limits limits, Set<String> wanted, Consumer<Problem> problems,
      Locale locale) {
    this.limits = limits;
    this.wanted = wanted;
    this.problems = problems;
    this.locale = locale;
  }

  /**
   * Reads the sheets of a workbook.
   *
   * @param file the file
   * @param names every sheet's name, in order, is added here
   * @return the sheets read, or an empty list after a fatal problem
   */
  public List<SheetData> read(Path file, List<String> names) {
    return read(() -> Files.newInputStream(file),
        () -> OPCPackage.open(file.toFile(), PackageAccess.READ), names);
  }

  /**
   * Reads the sheets of a workbook held in memory (an upload), as {@link #read(Path, List)}
   * does a file; nothing is written to disk (POI keeps the entries in memory, each bounded by
   * its zip guards).
   *
   * @param workbook the bytes of the file
   * @param names every sheet's name, in order, is added here
   * @return the sheets read, or an empty list after a fatal problem
   */
  public List<SheetData> read(byte[] workbook, List<String> names) {
    return read(() -> new ByteArrayInputStream(workbook),
        () -> OPCPackage.open(new ByteArrayInputStream(workbook)), names);
  }

  /** Opens the bytes of the workbook, from the start. */
  private interface Bytes {
    InputStream open() throws IOException;
  }

  /** Opens the workbook as a package. */
  private interface Package {
    OPCPackage open() throws IOException, InvalidFormatException;
  }

  private List<SheetData> read(Bytes file, Package opener, List<String> names) {
    List<SheetData> sheets = new ArrayList<>();
    try (InputStream in = file.open()) {
      FileMagic magic = FileMagic.valueOf(FileMagic.prepareToCheckMagic(in));
      if (magic == FileMagic.OLE2) {
        // An encrypted OOXML file is an OLE2 container with EncryptionInfo; an .xls is OLE2 too.
        report(isEncrypted(file) ? SpreadsheetProblem.ENCRYPTED : SpreadsheetProblem.NOT_A_WORKBOOK,
            Map.of("kind", "OLE2 (.xls)"));
        return sheets;
      }
      if (magic != FileMagic.OOXML) {
        report(SpreadsheetProblem.NOT_A_WORKBOOK, Map.of("kind",
            magic == FileMagic.UNKNOWN ? "text, or a format POI does not know" : magic.name()));
        return sheets;
      }
    } catch (IOException e) {
      report(SpreadsheetProblem.DAMAGED, Map.of("reason", reason(e)));
      return sheets;
    }
    try (OPCPackage pkg = opener.open()) {
      XSSFReader reader = new XSSFReader(pkg);
      Map<String, Boolean> hidden = hiddenSheets(reader);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        try (InputStream sheetIn = it.next()) {
          String name = it.getSheetName();
          names.add(name);
          if (!wanted.contains(name)) {
            continue;
          }
          SheetData sheet = new SheetData(name, hidden.getOrDefault(name, false));
          readSheet(sheetIn, sheet, strings, styles);
          sheets.add(sheet);
        }
      }
    } catch (UnsupportedFileFormatException e) {
      report(SpreadsheetProblem.NOT_A_WORKBOOK, Map.of("kind", "zip"));
      sheets.clear();
    } catch (EncryptedDocumentException e) {
      report(SpreadsheetProblem.ENCRYPTED, Map.of());
      sheets.clear();
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
      // POI's zip-bomb guard (ZipSecureFile) says so in its message
      String text = String.valueOf(e.getMessage());
      if (text.contains("Zip bomb") || text.contains("ZipSecureFile")
          || e.getCause() != null && String.valueOf(e.getCause().getMessage()).contains("Zip bomb")) {
        report(SpreadsheetProblem.TOO_LARGE, Map.of("limit", "zip inflate ratio"));
      } else if (e instanceof LimitReached limit) {
        report(SpreadsheetProblem.TOO_LARGE, Map.of("limit", limit.getMessage()));
      } else {
        report(SpreadsheetProblem.DAMAGED, Map.of("reason", reason(e)));
      }
      sheets.clear();
    }
    return sheets;
  }

  private static boolean isEncrypted(Bytes file) {
    try (InputStream in = file.open();
        org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
            new org.apache.poi.poifs.filesystem.POIFSFileSystem(in)) {
      return fs.getRoot().hasEntry("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String reason(Exception e) {
    return Excerpt.of(e.getClass().getSimpleName() + ": " + e.getMessage()).toString();
  }

  private void report(SpreadsheetProblem problem, Map<String, String> parameters) {
    problems.accept(problem.problem("(workbook)", "", parameters, locale));
  }

  private static Map<String, Boolean> hiddenSheets(XSSFReader reader)
      throws IOException, InvalidFormatException, SAXException {
    Map<String, Boolean> hidden = new HashMap<>();
    try (InputStream in = reader.getWorkbookData()) {
      parser().parse(in, new DefaultHandler() {
        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
          if ("sheet".equals(local)) {
            String state = atts.getValue("state");
            hidden.put(atts.getValue("name"), state != null && !"visible".equals(state));
          }
        }
      });
    }
    return hidden;
  }

  private static SAXParser parser() throws SAXException {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      // No DTD, no external entities: the sheets are partner data.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      return factory.newSAXParser();
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new SAXException(e);
    }
  }

  /** A read limit was reached: reading the workbook stops. */
  static final class LimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitReached(String limit) {
      super(limit, null, false, false);
    }
  }

  private void readSheet(InputStream in, SheetData sheet, ReadOnlySharedStringsTable strings,
      StylesTable styles) throws IOException, SAXException {
    try {
      parser().parse(in, new SheetHandler(sheet, strings, styles));
    } catch (StopSheet stop) {
      // the rest of the sheet is past the row limit, reported: not parsed at all
    }
  }

  /** Stops parsing a sheet past its row limit. */
  private static final class StopSheet extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopSheet() {
      super(null, null, false, false);
    }
  }

  private long characters;

  /** The SAX handler of one sheet's XML. */
  private final class SheetHandler extends DefaultHandler {
    private final SheetData sheet;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final StringBuilder text = new StringBuilder();
    private SheetData.RowData row;
    private int rowNumber = -1;
    private boolean tooManyRows;
    private String ref;
    private int column;
    private String type;
    private String style;
    private boolean formula;
    private boolean collecting;
    private String value;
    private String inline;

    SheetHandler(SheetData sheet, ReadOnlySharedStringsTable strings, StylesTable styles) {
      this.sheet = sheet;
      this.strings = strings;
      this.styles = styles;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      if (tooManyRows) {
        return;
      }
      switch (local) {
        case "row" -> {
          String r = atts.getValue("r");
          rowNumber = r != null ? parseInt(r) - 1 : rowNumber + 1;
          column = -1;
          row = null;
        }
        case "c" -> {
          ref = atts.getValue("r");
          column = ref != null ? new CellReference(ref).getCol() : column + 1;
          type = atts.getValue("t");
          style = atts.getValue("s");
          formula = false;
          value = null;
          inline = null;
        }
        case "v", "t" -> {
          collecting = true;
          text.setLength(0);
        }
        case "f" -> formula = true;
        case "mergeCell" -> problems.accept(SpreadsheetProblem.MERGED_CELLS.problem(
            sheetPrefixed(String.valueOf(atts.getValue("ref"))), "",
            Map.of("range", Excerpt.of(String.valueOf(atts.getValue("ref"))).toString()), locale));
        default -> { }
      }
    }

    private String sheetPrefixed(String range) {
      String cell = Cells.sheet(sheet.name);
      return cell.substring(0, cell.lastIndexOf('!') + 1) + range;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (collecting) {
        if (text.length() + length > limits.maxCellLength()) {
          collecting = false;
          text.setLength(0);
          text.append('\u0000'); // marks the cell as too long
          return;
        }
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (tooManyRows) {
        return;
      }
      switch (local) {
        case "v" -> {
          value = text.toString();
          collecting = false;
        }
        case "t" -> {
          inline = inline == null ? text.toString() : inline + text;
          collecting = false;
        }
        case "c" -> endCell();
        default -> { }
      }
    }

    private void endCell() {
      String cell = Cells.cell(sheet.name, rowNumber, column);
      String raw = "inlineStr".equals(type) ? inline : value;
      if (raw != null && raw.indexOf('\u0000') >= 0) {
        problems.accept(SpreadsheetProblem.CELL_TOO_LONG.problem(cell, "",
            Map.of("limit", Integer.toString(limits.maxCellLength())), locale));
        return;
      }
      if (formula) {
        if (value == null || "e".equals(type)) {
          problems.accept(SpreadsheetProblem.NO_VALUE.problem(cell, "",
              Map.of("value", Excerpt.of(String.valueOf(value)).toString()), locale));
          return;
        }
        problems.accept(SpreadsheetProblem.FORMULA.problem(cell, "", Map.of(), locale));
      }
      if (raw == null) {
        return;
      }
      String result;
      if (type == null || "n".equals(type)) {
        result = number(raw);
      } else if ("s".equals(type)) {
        int index = parseInt(raw);
        result = index >= 0 && index < strings.getCount()
            ? strings.getItemAt(index).getString() : "";
      } else if ("inlineStr".equals(type) || "str".equals(type)) {
        result = new XSSFRichTextString(raw).getString();
      } else if ("b".equals(type)) {
        result = "1".equals(raw) ? "true" : "false";
      } else if ("e".equals(type)) {
        problems.accept(SpreadsheetProblem.NO_VALUE.problem(cell, "",
            Map.of("value", Excerpt.of(raw).toString()), locale));
        return;
      } else {
        result = raw;
      }
      if (result.isEmpty()) {
        return;
      }
      // A shared string is not in the sheet's XML: its length is checked here.
      if (result.length() > limits.maxCellLength()) {
        problems.accept(SpreadsheetProblem.CELL_TOO_LONG.problem(cell, "",
            Map.of("limit", Integer.toString(limits.maxCellLength())), locale));
        return;
      }
      // What is kept in memory, all sheets together (a shared string may be used in every cell).
      characters += result.length();
      if (characters > limits.maxCharacters()) {
        throw new LimitReached(limits.maxCharacters() + " characters of cell text");
      }
      if (row == null) {
        // Rows without a value (formatted to the sheet's last row, 1,048,576) count for nothing.
        if (sheet.rows.size() >= limits.maxRows()) {
          tooManyRows = true;
          problems.accept(SpreadsheetProblem.TOO_MANY_ROWS.problem(
              Cells.row(sheet.name, rowNumber), "",
              Map.of("sheet", Excerpt.of(sheet.name).toString(),
                  "limit", Integer.toString(limits.maxRows())), locale));
          throw new StopSheet();
        }
        row = sheet.addRow(rowNumber);
      }
      row.put(column, result);
    }

    /** A number as JSON writes it, or an ISO date if the cell is formatted as a date. */
    private String number(String raw) {
      BigDecimal number;
      try {
        number = new BigDecimal(raw.trim());
      } catch (NumberFormatException e) {
        return raw;
      }
      if (style != null && styles != null) {
        int index = parseInt(style);
        if (index >= 0 && index < styles.getNumCellStyles()) {
          XSSFCellStyle cellStyle = styles.getStyleAt(index);
          double d = number.doubleValue();
          if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(),
              cellStyle.getDataFormatString()) && DateUtil.isValidExcelDate(d)) {
            LocalDateTime date = DateUtil.getLocalDateTime(d);
            return date.toLocalDate().toString();
          }
        }
      }
      BigDecimal plain = number.stripTrailingZeros();
      return plain.scale() < 0 && plain.precision() - plain.scale() <= 21
          ? plain.toPlainString() : plain.toString();
    }
  }

  private static int parseInt(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
