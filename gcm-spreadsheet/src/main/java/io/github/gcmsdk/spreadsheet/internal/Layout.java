package io.github.gcmsdk.spreadsheet.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gcmsdk.io.GcmJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sheets and columns of a workbook, derived from the JSON Schema of the format (which gcm-io
 * generates from its format table): the document is one row of the sheet "Document"; every list of
 * objects is a sheet of its own (one row per object); a nested single object (a review, a period)
 * becomes columns with dotted names ({@code review.period.start}); a list of values becomes
 * numbered columns ({@code objectives 1}, {@code objectives 2}), one value a cell.
 *
 * <p>A row of a sheet whose objects can belong to more than one owner names its owner in the
 * column {@value #PARENT} by the owner's {@value #KEY}. Those two names hold a space, which no
 * JSON name of the format has. Immutable and thread-safe.
 */
public final class Layout {

  /** The header of the column that names a row, for the rows that belong to it. */
  public static final String KEY = "row key";

  /** The header of the column that names the row a row belongs to (empty: the document). */
  public static final String PARENT = "belongs to";

  /** The name of the document's sheet. */
  public static final String DOCUMENT = "Document";

  /** What a column holds. */
  public enum Kind {
    /** A JSON string. */
    STRING,
    /** A JSON number. */
    NUMBER,
    /** A JSON integer. */
    INTEGER,
    /** A JSON boolean. */
    BOOLEAN,
    /** An extension member: a JSON text. */
    JSON
  }

  /** A property of a row's object that is a value or list of values: one or more columns. */
  public static final class Field {
    private final List<String> path;
    private final Kind kind;
    private final boolean list;
    private final boolean required;
    private final String description;
    private final String catalog;
    private final List<String> codes;

    Field(List<String> path, Kind kind, boolean list, boolean required, String description,
        String catalog, List<String> codes) {
      this.path = List.copyOf(path);
      this.kind = kind;
      this.list = list;
      this.required = required;
      this.description = description;
      this.catalog = catalog;
      this.codes = List.copyOf(codes);
    }

    /**
     * Returns the JSON names from the row's object to the value.
     *
     * @return the path
     */
    public List<String> path() {
      return path;
    }

    /**
     * Returns the header, the path joined with dots.
     *
     * @return the header
     */
    public String header() {
      return String.join(".", path);
    }

    /**
     * Returns the header of the column of the n-th value of a list.
     *
     * @param n from 1
     * @return the header
     */
    public String header(int n) {
      return header() + " " + n;
    }

    /**
     * Returns what the value is.
     *
     * @return the kind
     */
    public Kind kind() {
      return kind;
    }

    /**
     * Tells whether the property is a list of values.
     *
     * @return true for a list
     */
    public boolean list() {
      return list;
    }

    /**
     * Tells whether the object must have the property.
     *
     * @return true if required
     */
    public boolean required() {
      return required;
    }

    /**
     * Returns the schema's description.
     *
     * @return the description
     */
    public String description() {
      return description;
    }

    /**
     * Returns the name of the catalogue the values come from.
     *
     * @return the catalogue's schema name ("Objective", "Country"), if any
     */
    public Optional<String> catalog() {
      return Optional.ofNullable(catalog);
    }

    /**
     * Returns the codes of the catalogue (empty for objectives, which are numbers).
     *
     * @return the codes
     */
    public List<String> codes() {
      return codes;
    }
  }

  /** One sheet: a list of objects of one type, or the document. */
  public static final class Sheet {
    private final String name;
    private final String property;
    private final String type;
    private final String description;
    private final List<Field> fields = new ArrayList<>();
    private final List<List<String>> objectPaths = new ArrayList<>();
    private final List<String> ownerTypes = new ArrayList<>();
    private boolean keyed;

    Sheet(String name, String property, String type, String description) {
      this.name = name;
      this.property = property;
      this.type = type;
      this.description = description;
    }

    /**
     * Returns the sheet's name.
     *
     * @return the name
     */
    public String name() {
      return name;
    }

    /**
     * Returns the JSON name of the list property the sheet's rows are elements of (empty for the
     * document); for a list in a nested object of the owner, the dotted path from the owner's
     * object ({@code review.events}).
     *
     * @return the property
     */
    public String property() {
      return property;
    }

    /**
     * Returns the schema name of the rows' type.
     *
     * @return the type
     */
    public String type() {
      return type;
    }

    /**
     * Returns the description of the rows' type.
     *
     * @return the description
     */
    public String description() {
      return description;
    }

    /**
     * Returns the value fields, in canonical order.
     *
     * @return the fields
     */
    public List<Field> fields() {
      return Collections.unmodifiableList(fields);
    }

    /**
     * Returns the paths of the nested single objects of a row ({@code [review]},
     * {@code [review, period]}), which may hold extension members.
     *
     * @return the paths, the row's object itself ({@code []}) first
     */
    public List<List<String>> objectPaths() {
      return Collections.unmodifiableList(objectPaths);
    }

    /**
     * Returns the schema names of the types whose objects own this sheet's rows.
     *
     * @return the types, empty for the document
     */
    public List<String> ownerTypes() {
      return Collections.unmodifiableList(ownerTypes);
    }

    /**
     * Tells whether rows have a key, for other rows to belong to.
     *
     * @return true if other sheets' rows can belong to this sheet's rows
     */
    public boolean keyed() {
      return keyed;
    }

    /**
     * Tells whether rows name their owner: when they can belong to something else than the
     * document.
     *
     * @return true if the sheet has the column {@link #PARENT}
     */
    public boolean hasParent() {
      return !ownerTypes.isEmpty() && !ownerTypes.equals(List.of(ROOT_TYPE));
    }

    /**
     * Tells whether this is the document's sheet.
     *
     * @return true for the document
     */
    public boolean isDocument() {
      return property.isEmpty();
    }

    /**
     * Returns the headers of the sheet's fixed columns: key, parent, and each value (a list once,
     * unnumbered).
     *
     * @return the headers
     */
    public List<String> headers() {
      List<String> headers = new ArrayList<>();
      if (keyed) {
        headers.add(KEY);
      }
      if (hasParent()) {
        headers.add(PARENT);
      }
      for (Field field : fields) {
        headers.add(field.header());
      }
      return headers;
    }

    /**
     * Finds the field of a header: {@code text}, {@code review.process}, {@code objectives 2}.
     *
     * @param header the header
     * @return the field, if the sheet has one of that header
     */
    public Optional<Field> field(String header) {
      for (Field field : fields) {
        if (field.header().equals(header)) {
          return Optional.of(field);
        }
      }
      int space = header.lastIndexOf(' ');
      if (space > 0 && isNumber(header.substring(space + 1))) {
        String name = header.substring(0, space);
        for (Field field : fields) {
          if (field.list() && field.header().equals(name)) {
            return Optional.of(field);
          }
        }
      }
      return Optional.empty();
    }
  }

  static boolean isNumber(String text) {
    if (text.isEmpty() || text.length() > 6) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return Integer.parseInt(text) >= 1;
  }

  private static final String ROOT_TYPE = "StakeholderInput";

  private static final Layout STANDARD = new Layout(GcmJson.jsonSchema());

  private final JsonNode definitions;
  private final String formatVersion;
  private final Map<String, Sheet> sheets = new LinkedHashMap<>();
  private final Map<String, Map<String, Sheet>> childSheets = new LinkedHashMap<>();

  private Layout(String schemaText) {
    JsonNode schema;
    try {
      schema = new ObjectMapper().readTree(schemaText);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    definitions = schema.get("$defs");
    // The schema's $id names the version: .../schema/1.0/gcm-stakeholder-input.schema.json
    String[] id = schema.path("$id").asText().split("/");
    formatVersion = id[id.length - 2];
    String rootType = refName(schema.get("$ref"));
    Sheet document = new Sheet(DOCUMENT, "", rootType, definitions.get(rootType).path("description")
        .asText());
    sheets.put(DOCUMENT, document);
    List<Sheet> pending = new ArrayList<>(List.of(document));
    while (!pending.isEmpty()) {
      Sheet sheet = pending.remove(0);
      flatten(sheet, sheet.type, List.of(), pending);
    }
  }

  /**
   * Returns the layout of the format of this library.
   *
   * @return the layout
   */
  public static Layout standard() {
    return STANDARD;
  }

  /**
   * Returns the version of the format this library writes ("2.0").
   *
   * @return the version
   */
  public String formatVersion() {
    return formatVersion;
  }

  /**
   * Returns the sheets, the document first.
   *
   * @return the sheets
   */
  public List<Sheet> sheets() {
    return List.copyOf(sheets.values());
  }

  /**
   * Returns a sheet by name.
   *
   * @param name the name
   * @return the sheet, if there is one of that name
   */
  public Optional<Sheet> sheet(String name) {
    return Optional.ofNullable(sheets.get(name));
  }

  /**
   * Returns the sheets whose rows are elements of lists of a type's objects, by JSON name (a
   * dotted path for a list in a nested object: {@code review.events}).
   *
   * @param type the schema name of the owner type
   * @return the sheets by list property
   */
  public Map<String, Sheet> childSheets(String type) {
    return childSheets.getOrDefault(type, Map.of());
  }

  private void flatten(Sheet sheet, String type, List<String> prefix, List<Sheet> pending) {
    sheet.objectPaths.add(prefix);
    JsonNode definition = definitions.get(type);
    List<String> required = new ArrayList<>();
    definition.path("required").forEach(n -> required.add(n.asText()));
    Iterator<Map.Entry<String, JsonNode>> properties = definition.path("properties").properties().iterator();
    while (properties.hasNext()) {
      Map.Entry<String, JsonNode> entry = properties.next();
      String name = entry.getKey();
      JsonNode property = entry.getValue();
      boolean list = "array".equals(property.path("type").asText());
      JsonNode value = list ? property.get("items") : property;
      String refType = value.has("$ref") ? refName(value.get("$ref")) : null;
      JsonNode resolved = refType == null ? value : definitions.get(refType);
      List<String> path = new ArrayList<>(prefix);
      path.add(name);
      if ("object".equals(resolved.path("type").asText())) {
        if (!list) {
          flatten(sheet, refType, path, pending);
          continue;
        }
        // A list in a nested object (review.events) belongs to the row the nested object is
        // part of: its property is the dotted path from the row's object.
        String listPath = String.join(".", path);
        Sheet child = sheets.get(sheetName(name));
        if (child == null) {
          child = new Sheet(sheetName(name), listPath, refType,
              resolved.path("description").asText());
          sheets.put(child.name, child);
          pending.add(child);
        } else if (!child.type.equals(refType) || !child.property.equals(listPath)) {
          throw new IllegalStateException("Two lists named " + name + " of different types"
              + " or places");
        }
        if (!child.ownerTypes.contains(sheet.type)) {
          child.ownerTypes.add(sheet.type);
        }
        if (!sheet.isDocument()) {
          sheet.keyed = true;
        }
        childSheets.computeIfAbsent(sheet.type, t -> new LinkedHashMap<>()).put(listPath, child);
        continue;
      }
      String jsonType = resolved.path("type").asText();
      Kind kind = switch (jsonType) {
        case "number" -> Kind.NUMBER;
        case "integer" -> Kind.INTEGER;
        case "boolean" -> Kind.BOOLEAN;
        default -> Kind.STRING;
      };
      List<String> codes = new ArrayList<>();
      resolved.path("enum").forEach(n -> codes.add(n.asText()));
      // an open vocabulary lists its known codes as examples: the same drop-down list, whose
      // validation warns but accepts a partner's own code
      resolved.path("examples").forEach(n -> codes.add(n.asText()));
      boolean catalogued = refType != null && (!codes.isEmpty() || kind == Kind.INTEGER);
      // required within its object: a nested object's required value only if the object is given
      sheet.fields.add(new Field(path, kind, list, required.contains(name),
          property.path("description").asText(), catalogued ? refType : null, codes));
    }
  }

  private static String refName(JsonNode ref) {
    String text = ref.asText();
    return text.substring(text.lastIndexOf('/') + 1);
  }

  /** {@code openQuestions} gives "Open questions". */
  static String sheetName(String property) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < property.length(); i++) {
      char c = property.charAt(i);
      if (i == 0) {
        name.append(Character.toUpperCase(c));
      } else if (Character.isUpperCase(c)) {
        name.append(' ').append(Character.toLowerCase(c));
      } else {
        name.append(c);
      }
    }
    return name.toString().toLowerCase(Locale.ROOT).equals("document") ? property : name.toString();
  }
}
