package io.github.gcmsdk.spreadsheet.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gcmsdk.problem.Excerpt;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.spreadsheet.SpreadsheetProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Builds the JSON text of a document from the cells of its sheets, and tells which cell each
 * JSON Pointer came from. It checks only what belongs to the spreadsheet (headers, row keys, the
 * rows' owners); every value is checked by the JSON reader afterwards, once.
 */
public final class TreeBuilder {

  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  /** Deeper chains of owners are reported, not followed (the JSON reader nests 1000 deep). */
  private static final int MAX_DEPTH = 200;

  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(50).build())
      .build())
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Layout layout;
  private final Consumer<Problem> problems;
  private final Locale locale;
  private Item document;
  private final Map<String, Map<Integer, Column>> columnsBySheet = new HashMap<>();

  /**
   * Makes a builder.
   *
   * @param layout the sheets and columns
   * @param problems takes the problems
   * @param locale the language of the messages
   */
  public TreeBuilder(Layout layout, Consumer<Problem> problems, Locale locale) {
    this.layout = layout;
    this.problems = problems;
    this.locale = locale;
  }

  /** A column as read: what it maps to. */
  private record Column(int index, String cell, Layout.Field field, int listIndex,
      List<String> extension, int special) {}

  /** An object of a row, with the row's cells. */
  private static final class Item {
    final Layout.Sheet sheet;
    final String sheetName;
    final int row;
    final Map<Column, String> values = new LinkedHashMap<>();
    final Map<String, List<Item>> children = new LinkedHashMap<>();
    String key = "";
    String parent = "";
    Column parentColumn;

    Item(Layout.Sheet sheet, String sheetName, int row) {
      this.sheet = sheet;
      this.sheetName = sheetName;
      this.row = row;
    }
  }

  /**
   * Returns the cell a JSON Pointer of the built document came from: the cell of a value, or the
   * row of the nearest object (for a value that is missing, say). Worked out from the rows kept,
   * not from a table of every pointer, which would take more memory than the rows themselves.
   *
   * @param pointer a JSON Pointer
   * @return the cell, {@code Findings!C7}, or a row, {@code Findings!7:7}
   */
  public String cellOf(String pointer) {
    List<String> tokens = tokens(pointer);
    Item item = document;
    int i = 0;
    while (i + 1 < tokens.size()) {
      List<Item> children = item.children.get(tokens.get(i));
      int index = index(tokens.get(i + 1));
      if (children == null || index < 0 || index >= children.size()) {
        break;
      }
      item = children.get(index);
      i += 2;
    }
    List<String> rest = tokens.subList(i, tokens.size());
    for (Map.Entry<Column, String> entry : item.values.entrySet()) {
      Column column = entry.getKey();
      List<String> path = column.field != null ? column.field.path() : column.extension;
      if (rest.size() < path.size() || !rest.subList(0, path.size()).equals(path)) {
        continue;
      }
      if (column.field != null && column.field.list() && rest.size() > path.size()) {
        // the n-th value of a list is in the n-th of its columns that hold a value
        int wanted = index(rest.get(path.size()));
        int n = 0;
        for (Column other : new TreeMap<>(listColumns(item, column.field)).values()) {
          if (n++ == wanted) {
            return Cells.cell(item.sheetName, item.row, other.index);
          }
        }
        continue;
      }
      if (column.field != null && column.field.list()) {
        column = new TreeMap<>(listColumns(item, column.field)).firstEntry().getValue();
      }
      return Cells.cell(item.sheetName, item.row, column.index);
    }
    // A value that is missing: the empty cell of its column, if the sheet has the column.
    for (Column column : columnsBySheet.getOrDefault(item.sheet.name(), Map.of()).values()) {
      List<String> path = column.field != null ? column.field.path() : column.extension;
      if (path != null && rest.equals(path) && column.listIndex <= 1) {
        return Cells.cell(item.sheetName, item.row, column.index);
      }
    }
    return Cells.row(item.sheetName, item.row);
  }

  private static Map<Integer, Column> listColumns(Item item, Layout.Field field) {
    Map<Integer, Column> columns = new HashMap<>();
    for (Column column : item.values.keySet()) {
      if (column.field == field) {
        columns.put(column.listIndex, column);
      }
    }
    return columns;
  }

  private static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    for (String token : pointer.substring(1).split("/", -1)) {
      tokens.add(token.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  private static int index(String token) {
    return Layout.isNumber(token) || token.equals("0") ? Integer.parseInt(token) : -1;
  }

  /**
   * Builds the JSON text.
   *
   * @param sheets the sheets read, any order
   * @return the JSON, UTF-8
   */
  public byte[] build(List<SheetData> sheets) {
    Map<String, SheetData> byName = new HashMap<>();
    for (SheetData sheet : sheets) {
      byName.put(sheet.name, sheet);
    }
    Map<String, Item> byKey = new HashMap<>();
    List<Item> owned = new ArrayList<>();
    for (Layout.Sheet spec : layout.sheets()) {
      SheetData data = byName.get(spec.name());
      if (data == null) {
        continue;
      }
      if (data.hidden) {
        report(SpreadsheetProblem.HIDDEN_SHEET, Cells.sheet(data.name), "",
            Map.of("sheet", Excerpt.of(data.name).toString()));
      }
      if (data.rows.isEmpty()) {
        continue;
      }
      SheetData.RowData headerRow = data.rows.get(0);
      Map<Integer, Column> columns = columns(spec, data, headerRow);
      columnsBySheet.put(spec.name(), columns);
      for (int r = 1; r < data.rows.size(); r++) {
        SheetData.RowData row = data.rows.get(r);
        Item item = new Item(spec, data.name, row.row);
        boolean any = false;
        for (Map.Entry<Integer, String> cell : row.cells.entrySet()) {
          Column column = columns.get(cell.getKey());
          if (column == null) {
            continue;
          }
          any = true;
          String text = cell.getValue();
          if (column.special == 0) {
            item.key = text.strip();
          } else if (column.special == 1) {
            item.parent = text.strip();
            item.parentColumn = column;
          } else {
            item.values.put(column, text);
          }
        }
        if (!any) {
          continue;
        }
        if (spec.isDocument()) {
          if (document == null) {
            document = item;
          } else {
            report(SpreadsheetProblem.EXTRA_DOCUMENT_ROW, Cells.row(data.name, row.row), "",
                Map.of());
          }
          continue;
        }
        if (!item.key.isEmpty()) {
          Item before = byKey.putIfAbsent(item.key, item);
          if (before != null) {
            report(SpreadsheetProblem.DUPLICATE_KEY, Cells.row(data.name, row.row), "",
                Map.of("key", Excerpt.of(item.key).toString(),
                    "other", Cells.row(before.sheetName, before.row)));
          }
        }
        owned.add(item);
      }
    }
    if (document == null) {
      document = new Item(layout.sheets().get(0), Layout.DOCUMENT, 1);
    }
    for (Item item : owned) {
      Item owner = item.parent.isEmpty() ? document : byKey.get(item.parent);
      String cell = item.parentColumn == null ? Cells.row(item.sheetName, item.row)
          : Cells.cell(item.sheetName, item.row, item.parentColumn.index);
      if (owner == null) {
        report(SpreadsheetProblem.UNKNOWN_PARENT, cell, "",
            Map.of("key", Excerpt.of(item.parent).toString()));
        continue;
      }
      if (!item.sheet.ownerTypes().contains(owner.sheet.type())) {
        report(SpreadsheetProblem.WRONG_PARENT, cell, "",
            Map.of("sheet", Excerpt.of(item.sheetName).toString(),
                "owner", owner.sheet.isDocument() ? "(document)"
                    : Excerpt.of(owner.sheetName).toString()));
        continue;
      }
      owner.children.computeIfAbsent(item.sheet.property(), p -> new ArrayList<>()).add(item);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Set<Item> written = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
      write(json, document, "", 1, written);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Item item : owned) {
      if (!written.contains(item) && (item.parent.isEmpty() || byKey.containsKey(item.parent))
          && item.sheet.ownerTypes().contains(
              (item.parent.isEmpty() ? document : byKey.get(item.parent)).sheet.type())) {
        report(SpreadsheetProblem.UNREACHABLE_ROW, Cells.row(item.sheetName, item.row), "",
            Map.of("key", Excerpt.of(item.parent).toString()));
      }
    }
    return out.toByteArray();
  }

  private Map<Integer, Column> columns(Layout.Sheet spec, SheetData data,
      SheetData.RowData headerRow) {
    Map<Integer, Column> columns = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    for (Map.Entry<Integer, String> entry : headerRow.cells.entrySet()) {
      int c = entry.getKey();
      String header = entry.getValue().strip();
      String cell = Cells.cell(data.name, headerRow.row, c);
      if (!seen.add(header)) {
        report(SpreadsheetProblem.DUPLICATE_COLUMN, cell, "",
            Map.of("header", Excerpt.of(header).toString()));
        continue;
      }
      if (header.equals(Layout.KEY) && spec.keyed()) {
        columns.put(c, new Column(c, cell, null, 0, null, 0));
        continue;
      }
      if (header.equals(Layout.PARENT) && spec.hasParent()) {
        columns.put(c, new Column(c, cell, null, 0, null, 1));
        continue;
      }
      var field = spec.field(header);
      if (field.isPresent()) {
        int listIndex = 0;
        if (field.get().list()) {
          listIndex = header.equals(field.get().header()) ? 1
              : Integer.parseInt(header.substring(header.lastIndexOf(' ') + 1));
        }
        columns.put(c, new Column(c, cell, field.get(), listIndex, null, 2));
        continue;
      }
      List<String> extension = extensionPath(spec, header);
      if (extension != null) {
        columns.put(c, new Column(c, cell, null, 0, extension, 3));
        continue;
      }
      report(SpreadsheetProblem.UNKNOWN_COLUMN, cell, "",
          Map.of("header", Excerpt.of(header).toString(),
              "sheet", Excerpt.of(data.name).toString()));
    }
    return columns;
  }

  /** {@code review.x-note} is the extension member x-note of the review. */
  private static List<String> extensionPath(Layout.Sheet spec, String header) {
    List<String> best = null;
    for (List<String> path : spec.objectPaths()) {
      String prefix = path.isEmpty() ? "" : String.join(".", path) + ".";
      if (header.startsWith(prefix + "x-") && (best == null || path.size() > best.size() - 1)) {
        best = new ArrayList<>(path);
        best.add(header.substring(prefix.length()));
      }
    }
    return best;
  }

  /** A node of the JSON tree of one row: an object's members in order. */
  private static final class Node {
    final Map<String, Object> members = new LinkedHashMap<>();
  }

  private void write(JsonGenerator json, Item item, String pointer, int depth, Set<Item> written)
      throws IOException {
    written.add(item);
    // Values by path, lists gathered from their numbered columns in order.
    Node root = new Node();
    Map<Layout.Field, TreeMap<Integer, Column>> lists = new LinkedHashMap<>();
    for (Map.Entry<Column, String> entry : item.values.entrySet()) {
      Column column = entry.getKey();
      List<String> path = column.field != null ? column.field.path() : column.extension;
      Node node = root;
      for (int i = 0; i < path.size() - 1; i++) {
        node = (Node) node.members.computeIfAbsent(path.get(i), n -> new Node());
      }
      if (column.field != null && column.field.list()) {
        lists.computeIfAbsent(column.field, f -> new TreeMap<>()).put(column.listIndex, column);
        node.members.putIfAbsent(path.get(path.size() - 1), column.field);
      } else {
        node.members.put(path.get(path.size() - 1), column);
      }
    }
    // children of a list in a nested object (review.events) go into that object's node
    for (Map.Entry<String, List<Item>> children : item.children.entrySet()) {
      String[] path = children.getKey().split("\\.");
      if (path.length > 1) {
        Node node = root;
        for (int i = 0; i < path.length - 1; i++) {
          node = (Node) node.members.computeIfAbsent(path[i], n -> new Node());
        }
        node.members.put(path[path.length - 1], new Children(children.getValue()));
      }
    }
    writeNode(json, root, item, pointer, lists, depth, written);
    // the children are members of the item's object: reopen it (writeNode left it open)
    for (Map.Entry<String, List<Item>> children : item.children.entrySet()) {
      if (children.getKey().indexOf('.') < 0) {
        json.writeFieldName(children.getKey());
        writeChildren(json, children.getValue(), pointer + "/" + escape(children.getKey()),
            depth, written);
      }
    }
    json.writeEndObject();
  }

  /** The rows of a list in a nested object of a row's object. */
  private record Children(List<Item> items) {}

  private void writeChildren(JsonGenerator json, List<Item> items, String listPointer, int depth,
      Set<Item> written) throws IOException {
    json.writeStartArray();
    int i = 0;
    for (Item child : items) {
      String childPointer = listPointer + "/" + i++;
      if (depth >= MAX_DEPTH) {
        report(SpreadsheetProblem.UNREACHABLE_ROW, Cells.row(child.sheetName, child.row),
            childPointer, Map.of("key", Excerpt.of(child.parent).toString()));
        written.add(child);
        json.writeStartObject();
        json.writeEndObject();
        continue;
      }
      write(json, child, childPointer, depth + 1, written);
    }
    json.writeEndArray();
  }

  /** Writes an object's members, and leaves the outermost object open for the children. */
  private void writeNode(JsonGenerator json, Node node, Item item, String pointer,
      Map<Layout.Field, TreeMap<Integer, Column>> lists, int depth, Set<Item> written)
      throws IOException {
    json.writeStartObject();
    writeMembers(json, node, item, pointer, lists, depth, written);
  }

  private void writeMembers(JsonGenerator json, Node node, Item item, String pointer,
      Map<Layout.Field, TreeMap<Integer, Column>> lists, int depth, Set<Item> written)
      throws IOException {
    for (Map.Entry<String, Object> member : node.members.entrySet()) {
      String memberPointer = pointer + "/" + escape(member.getKey());
      json.writeFieldName(member.getKey());
      Object value = member.getValue();
      if (value instanceof Node nested) {
        json.writeStartObject();
        writeMembers(json, nested, item, memberPointer, lists, depth, written);
        json.writeEndObject();
      } else if (value instanceof Children children) {
        writeChildren(json, children.items(), memberPointer, depth, written);
      } else if (value instanceof Layout.Field field) {
        json.writeStartArray();
        for (Column column : lists.get(field).values()) {
          writeValue(json, field, item.values.get(column));
        }
        json.writeEndArray();
      } else {
        Column column = (Column) value;
        String text = item.values.get(column);
        if (column.field == null) {
          writeExtension(json, text);
        } else {
          writeValue(json, column.field, text);
        }
      }
    }
  }

  private static void writeValue(JsonGenerator json, Layout.Field field, String text)
      throws IOException {
    switch (field.kind()) {
      case INTEGER, NUMBER -> {
        String number = field.kind() == Layout.Kind.INTEGER
            ? Cells.objectiveNumber(text.strip()) : text.strip();
        if (JSON_NUMBER.matcher(number).matches()) {
          json.writeNumber(number);
        } else {
          json.writeString(text);
        }
      }
      case BOOLEAN -> {
        String bool = text.strip().toLowerCase(Locale.ROOT);
        if (bool.equals("true") || bool.equals("false")) {
          json.writeBoolean(bool.equals("true"));
        } else {
          json.writeString(text);
        }
      }
      default -> json.writeString(text);
    }
  }

  /** An extension cell holds JSON; a text that is not JSON is taken as a string. */
  private static void writeExtension(JsonGenerator json, String text) throws IOException {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (IOException | RuntimeException e) {
      node = null;
    }
    if (node == null || node.isMissingNode()) {
      json.writeString(text);
    } else {
      json.writeRawValue(text.strip());
    }
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private void report(SpreadsheetProblem problem, String cell, String pointer,
      Map<String, String> parameters) {
    problems.accept(problem.problem(cell, pointer, parameters, locale));
  }
}
