package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.io.ReadProblem;
import io.github.gcmsdk.model.Extensible;
import io.github.gcmsdk.model.json.JsonValue;
import io.github.gcmsdk.problem.Excerpt;
import io.github.gcmsdk.problem.JsonPointer;
import io.github.gcmsdk.problem.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds the JSON of one document to the model, straight from a streaming parser (a {@link
 * TokenSource}, of any JSON engine), by the table of {@link Format}.
 *
 * <p>It records where every value starts, collects problems instead of throwing, and builds what
 * it can: a list element that cannot be built is reported and left out; a bad value in a required
 * property is reported once and its object left out, without a second "missing" problem; unknown
 * properties are kept as extensions; of duplicate keys, the first is kept. Not thread-safe: one
 * binder reads one document.
 */
public final class Binder {

  /**
   * The numbers 0 to 255 of extension data, shared (they are immutable and equal to the numbers
   * read): a list of a million small numbers then costs a reference each, not two objects.
   */
  private static final JsonValue.JsonNumber[] SMALL_NUMBERS = new JsonValue.JsonNumber[256];

  static {
    for (int i = 0; i < SMALL_NUMBERS.length; i++) {
      SMALL_NUMBERS[i] = JsonValue.of(i);
    }
  }

  private static final Pattern VERSION = Property.FormatVersion.VERSION;

  private final TokenSource parser;
  private final ReadSettings settings;
  private final ProblemSink sink;
  private final LocationIndex index;
  private final SourceReader source;
  private final Severity unknownSeverity;
  // Whether positions are byte offsets (Jackson's byte parser on bytes in memory), resolved into
  // line and column only for the values a problem or a location needs.
  private boolean offsets;

  // The nesting depth of the parser's context around the document (0 for a document read on its
  // own, 1 in a JSON array): a container's level in the document is its context's depth minus it.
  private int baseDepth;

  private long elementLimit = -1;
  private long elementStart;
  private long elementPosition;

  // The path of the value being read, from the root (level 0): a member name, or null and an
  // element index, per level, and the index node of each level. Pointer strings are made from it
  // only for problems.
  private String[] names = new String[16];
  private int[] elements = new int[16];
  private int[] nodes = new int[16];
  private int level;
  // The list each level's list elements are collected in, reused: list setters copy it.
  private List<?>[] lists = new List<?>[16];

  /**
   * Creates a binder.
   *
   * @param parser the parser's tokens, positioned on the first token of the value to read
   * @param settings the settings
   * @param sink where problems go
   * @param index where locations go
   * @param source the parser's character source, for the size of documents in a collection; may
   *     be null
   */
  public Binder(TokenSource parser, ReadSettings settings, ProblemSink sink, LocationIndex index,
      SourceReader source) {
    this.parser = parser;
    this.settings = settings;
    this.sink = sink;
    this.index = index;
    this.source = source;
    this.unknownSeverity = settings.strict() ? Severity.ERROR : Severity.WARNING;
    this.nodes[0] = LocationIndex.NO_NODE;
  }

  /**
   * Records positions as byte offsets from the start of the parsed bytes, for a parser made on
   * bytes in memory; the sink and the index resolve them.
   *
   * @return this binder
   */
  Binder withOffsets() {
    this.offsets = true;
    return this;
  }

  /**
   * Limits the size of the document starting at the current token, for a document inside a
   * collection whose whole size is not limited.
   *
   * @param maxUnits the most bytes (or characters) of the document
   */
  public void limitElement(long maxUnits) {
    if (source != null) {
      elementLimit = maxUnits;
      elementStart = source.unitOffset(charOffset());
      elementPosition = position();
    }
  }

  /**
   * Returns the parser's tokens.
   *
   * @return the tokens
   */
  public TokenSource parser() {
    return parser;
  }

  /**
   * Returns the problem sink.
   *
   * @return the sink
   */
  public ProblemSink sink() {
    return sink;
  }

  /**
   * Returns the messages.
   *
   * @return the messages
   */
  public Messages messages() {
    return sink.messages();
  }

  /**
   * Returns the pointer of the value being read, for problems found by the parser.
   *
   * @return the pointer
   */
  public String at() {
    return pointer();
  }

  /**
   * Returns the pointer of the value being read (the current path), for problems.
   *
   * @return the pointer
   */
  public String pointer() {
    return path(level).toString();
  }

  /** The pointer of the first {@code levels} levels of the current path. */
  private JsonPointer path(int levels) {
    JsonPointer pointer = JsonPointer.ROOT;
    for (int i = 1; i <= levels; i++) {
      pointer = names[i] == null ? pointer.child(elements[i]) : pointer.child(names[i]);
    }
    return pointer;
  }

  /**
   * Returns the pointer of the value the parser is on when it fails on a value that is not JSON:
   * the member whose value it read with its name, or the next element of the list being read.
   *
   * @param pointer the pointer of the value being read, returned when neither applies
   * @return the pointer
   */
  String valuePointer(String pointer) {
    int containerLevel = parser.depth() - baseDepth - 1; // its level in the path
    if (containerLevel < 0 || containerLevel > level) {
      return pointer;
    }
    JsonPointer container = path(containerLevel);
    if (parser.engineOnName() && parser.inObject()) {
      try {
        return container.child(parser.currentName()).toString();
      } catch (IOException e) {
        return pointer; // not for a parser on a name (it has it at hand)
      }
    }
    int index = parser.elementIndex();
    if (index >= 0) {
      return container.child(index).toString();
    }
    return pointer;
  }

  /** The pointer of a member of the value being read, for a problem of an absent member. */
  private String pointer(String member) {
    return path(level).child(member).toString();
  }

  /**
   * Returns where the current token starts.
   *
   * @return the packed position
   */
  public long position() {
    return offsets ? Positions.ofOffset(parser.tokenByteOffset()) : parser.tokenPosition();
  }

  /** The character offset of the current token. */
  private long charOffset() {
    return parser.tokenCharOffset();
  }

  private void push(String name) {
    if (++level == names.length) {
      names = Arrays.copyOf(names, level * 2);
      elements = Arrays.copyOf(elements, level * 2);
      nodes = Arrays.copyOf(nodes, level * 2);
      lists = Arrays.copyOf(lists, level * 2);
    }
    names[level] = name;
    nodes[level] = LocationIndex.NO_NODE;
  }

  private void push(int element) {
    push((String) null);
    elements[level] = element;
  }

  private void pop() {
    level--;
  }

  /** Records where the value of the current path starts. */
  private void visit(long position) {
    int node;
    if (level == 0) {
      node = index.root(position);
    } else if (names[level] == null) {
      node = index.element(nodes[level - 1], position);
    } else {
      node = index.member(nodes[level - 1], names[level], position);
    }
    nodes[level] = node;
  }

  /**
   * Reads a whole document (or any value of a codec) at the current token.
   *
   * @param <V> the value type
   * @param codec the codec
   * @return the value, or null if it could not be built (problems are reported)
   * @throws IOException if the input cannot be read or is not JSON
   */
  public <V> V readRoot(Codec<V> codec) throws IOException {
    Token token = parser.currentToken();
    int context = parser.depth();
    baseDepth = token == Token.START_OBJECT || token == Token.START_ARRAY
        || token == Token.NAME ? context - 1 : context;
    return read(codec, 1, false);
  }

  /**
   * Reads a value of a codec at the current token, the value of the current path: checks null,
   * nesting and length limits, then lets the codec read it.
   *
   * @param <V> the value type
   * @param codec the codec
   * @param depth the value's nesting depth
   * @param element whether the value is a list element
   * @return the value, or null after a reported problem
   * @throws IOException if the input cannot be read or is not JSON
   */
  <V> V read(Codec<V> codec, int depth, boolean element) throws IOException {
    long position = position();
    visit(position);
    Token token = parser.currentToken();
    if (token == Token.NULL) {
      sink.report(ReadProblem.NULL_VALUE, pointer(), position,
          element ? "msg.nullElement" : "msg.null", Map.of("expected", codec.describe(messages())));
      return null;
    }
    if (!withinLimits(token, position, depth)) {
      return null;
    }
    return codec.read(this, position, depth);
  }

  /**
   * Reads a list of values of a codec at the current token, the value of the current path. The
   * list returned is the binder's, valid until the next list at the same level: the caller copies
   * it at once (the builders' list setters do).
   *
   * @param <V> the element type
   * @param codec the element codec
   * @param depth the list's nesting depth
   * @return the elements that could be read, or null if the value is not a list
   * @throws IOException if the input cannot be read or is not JSON
   */
  <V> List<V> readList(Codec<V> codec, int depth) throws IOException {
    long position = position();
    visit(position);
    Token token = parser.currentToken();
    if (token == Token.NULL) {
      sink.report(ReadProblem.NULL_VALUE, pointer(), position, "msg.null",
          Map.of("expected", codec.describeList(messages())));
      return null;
    }
    if (token != Token.START_ARRAY) {
      return wrongType(position, codec.describeList(messages()));
    }
    if (!withinLimits(token, position, depth)) {
      return null;
    }
    int list = nodes[level];
    @SuppressWarnings("unchecked") // a level's list holds the elements of one list at a time
    List<V> values = (List<V>) lists[level];
    if (values == null) {
      values = new ArrayList<>();
      lists[level] = values;
    } else {
      values.clear();
    }
    Kept kept = null; // the kept indexes, made when the first element is left out
    int i = 0;
    while (parser.nextToken() != Token.END_ARRAY) {
      checkElementSize();
      push(i);
      V value = read(codec, depth + 1, true);
      if (value != null) {
        values.add(value);
        if (kept != null) {
          kept.add(i);
        }
      } else if (kept == null) {
        kept = new Kept(i);
      }
      pop();
      i++;
    }
    if (kept != null) {
      index.retain(list, offsets ? pointer() : null, kept.indexes, kept.count);
    }
    return values;
  }

  /** The file indexes of the elements of a list that were kept: an int each, not an object. */
  private static final class Kept {
    int[] indexes;
    int count;

    /** Starts with the elements before the first one left out, all kept. */
    Kept(int before) {
      indexes = new int[Math.max(8, before * 2)];
      for (int k = 0; k < before; k++) {
        indexes[k] = k;
      }
      count = before;
    }

    void add(int index) {
      if (count == indexes.length) {
        indexes = Arrays.copyOf(indexes, count * 2);
      }
      indexes[count++] = index;
    }
  }

  /**
   * Reads an object of a type of the format, the value of the current path; the current token is
   * its start (or, from Jackson databind, possibly its first property name).
   *
   * @param <T> the model type
   * @param <B> the builder type
   * @param type the type
   * @param position where the object starts
   * @param depth the object's nesting depth
   * @return the object, or null if it could not be built
   * @throws IOException if the input cannot be read or is not JSON
   */
  <T extends Extensible, B> T readObject(TypeSpec<T, B> type, long position, int depth)
      throws IOException {
    B builder = type.newBuilder();
    boolean failed = false;
    long present = 0; // bit i: the property of index i was met (at most 64, see TypeSpec)
    // Duplicate keys: a known property is a duplicate when it is already present; the names of
    // unknown properties go to a set made only when there is one (most objects have none).
    Set<String> seenUnknown = null;
    List<Unknown> unknowns = null;
    // A member skipped as a duplicate or a too long name stays the current path until the next
    // token is read, so that a syntax error right after it is placed there.
    boolean pushed = false;
    // The property expected next: the parser matches the next member name with it in its buffer.
    int expected = type.expectedAfter(-1);
    Token token = parser.currentToken() == Token.NAME
        ? Token.NAME : nextMember(type, expected);
    for (; token == Token.NAME; token = nextMember(type, expected)) {
      if (pushed) {
        pop();
      }
      String name = parser.currentName();
      push(name);
      pushed = true;
      checkElementSize();
      if (!nameWithinLimit(name, depth)) {
        continue;
      }
      Property<T, B> property = type.propertyOrNull(name, expected);
      boolean duplicate;
      if (property != null) {
        duplicate = (present & (1L << property.index())) != 0;
        expected = type.expectedAfter(property.index());
      } else {
        if (seenUnknown == null) {
          seenUnknown = new HashSet<>();
        }
        duplicate = !seenUnknown.add(name);
      }
      // Where the name starts is needed only for a problem of the name itself, and only known
      // while the parser is on it.
      boolean unknown = property == null && !name.startsWith("x-");
      long namePosition = duplicate || unknown ? position() : Positions.UNKNOWN;
      parser.nextToken();
      if (duplicate) {
        duplicate(name, namePosition);
        continue;
      }
      if (property != null) {
        present |= 1L << property.index();
        boolean ok = property.read(this, builder, depth + 1);
        failed |= !ok && property.required();
      } else {
        JsonValue value = readJsonChild(depth + 1);
        if (value != null) {
          type.putExtension(builder, name, value);
        }
        if (unknown) {
          if (unknowns == null) {
            unknowns = new ArrayList<>();
          }
          if (sink.keeps(unknowns.size())) {
            unknowns.add(new Unknown(name, pointer(), namePosition,
                Suggestions.closest(name, type.names())));
          } else {
            // past the problems kept: counted now, not held (nor compared) until the object ends
            sink.count(ReadProblem.UNKNOWN_PROPERTY, unknownSeverity, namePosition);
          }
        }
      }
      pop();
      pushed = false;
    }
    if (pushed) {
      pop();
    }
    long requiredMask = type.requiredMask();
    List<Property<T, B>> properties =
        (present & requiredMask) == requiredMask ? List.of() : type.properties();
    for (Property<T, B> property : properties) {
      if (property.required() && (present & (1L << property.index())) == 0) {
        if (unknowns == null) {
          unknowns = new ArrayList<>();
        }
        Unknown lookalike = null;
        for (Unknown unknown : unknowns) {
          if (unknown.suggestion.filter(property.name()::equals).isPresent()) {
            lookalike = unknown;
            break;
          }
        }
        if (lookalike != null) {
          unknowns.remove(lookalike);
        }
        failed |= property.missing(this, pointer(property.name()), position,
            lookalike == null ? null : lookalike.name);
      }
    }
    for (Unknown unknown : unknowns != null ? unknowns : List.<Unknown>of()) {
      if (unknown.suggestion.isPresent()) {
        sink.report(ReadProblem.UNKNOWN_PROPERTY, unknownSeverity, unknown.pointer,
            unknown.position, "msg.unknownMaybe", null, Map.of("name", Excerpt.of(unknown.name),
            "suggestion", unknown.suggestion.get()));
      } else {
        sink.report(ReadProblem.UNKNOWN_PROPERTY, unknownSeverity, unknown.pointer,
            unknown.position, "msg.unknown", null, Map.of("name", Excerpt.of(unknown.name)));
      }
    }
    return failed ? null : type.build(builder);
  }

  /**
   * Moves to the next token of an object, a member name or its end, letting the parser match the
   * name with that of an expected property.
   */
  private Token nextMember(TypeSpec<?, ?> type, int expected) throws IOException {
    return parser.nextMember(type.memberNames(), expected);
  }

  /** Reads any JSON value at the current token, a member or element not yet recorded. */
  private JsonValue readJsonChild(int depth) throws IOException {
    long position = position();
    visit(position);
    if (!withinLimits(parser.currentToken(), position, depth)) {
      return null;
    }
    return readJsonValue(position, depth);
  }

  /**
   * Reads any JSON value at the current token, the value of the current path, already recorded
   * and within the limits, into a {@link JsonValue}, for extension data.
   *
   * @param position where the value starts
   * @param depth the value's nesting depth
   * @return the value, or null after a reported problem
   * @throws IOException if the input cannot be read or is not JSON
   */
  public JsonValue readJsonValue(long position, int depth) throws IOException {
    Token token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        boolean pushed = false; // as in readObject
        for (Token t = parser.nextToken(); t == Token.NAME; t = parser.nextToken()) {
          if (pushed) {
            pop();
          }
          String name = parser.currentName();
          push(name);
          pushed = true;
          checkElementSize();
          if (!nameWithinLimit(name, depth)) {
            continue;
          }
          if (members.containsKey(name)) {
            long namePosition = position();
            parser.nextToken();
            duplicate(name, namePosition);
            continue;
          }
          parser.nextToken();
          JsonValue value = readJsonChild(depth + 1);
          if (value != null) {
            members.put(name, value);
          }
          pop();
          pushed = false;
        }
        if (pushed) {
          pop();
        }
        return new JsonValue.JsonObject(members);
      }
      case START_ARRAY: {
        int list = nodes[level];
        List<JsonValue> elements = new ArrayList<>();
        Kept kept = null; // made when the first element is left out, as in readList
        int i = 0;
        while (parser.nextToken() != Token.END_ARRAY) {
          checkElementSize();
          push(i);
          JsonValue value = readJsonChild(depth + 1);
          if (value != null) {
            elements.add(value);
            if (kept != null) {
              kept.add(i);
            }
          } else if (kept == null) {
            kept = new Kept(i);
          }
          pop();
          i++;
        }
        if (kept != null) {
          index.retain(list, offsets ? pointer() : null, kept.indexes, kept.count);
        }
        return new JsonValue.JsonArray(elements);
      }
      case STRING:
        return JsonValue.of(parser.text());
      case INTEGER:
        if (parser.fitsInt()) {
          int number = parser.intValue();
          if (number >= 0 && number < SMALL_NUMBERS.length && !(number == 0 && minus())) {
            return SMALL_NUMBERS[number];
          }
        }
        return number();
      case DECIMAL:
        return number();
      case TRUE:
        return JsonValue.JsonBoolean.TRUE;
      case FALSE:
        return JsonValue.JsonBoolean.FALSE;
      case NULL:
        return JsonValue.JsonNull.INSTANCE;
      default:
        throw new IllegalStateException("Unexpected token " + token);
    }
  }

  /** The number at the current token, keeping the sign of a zero ({@code -0}, {@code -0.0}). */
  private JsonValue.JsonNumber number() throws IOException {
    BigDecimal value = parser.decimalValue();
    return value.signum() == 0 && minus() ? JsonValue.negativeZero(value.scale())
        : JsonValue.of(value);
  }

  /** Whether the number at the current token is written with a minus sign. */
  private boolean minus() throws IOException {
    return parser.minusSign();
  }

  /**
   * Reports a value of the wrong type, the value of the current path, and skips it.
   *
   * @param <V> the type the caller wanted
   * @param position the value's position
   * @param expected what was expected, in words
   * @return null
   * @throws IOException if the input cannot be read or is not JSON
   */
  public <V> V wrongType(long position, String expected) throws IOException {
    sink.report(ReadProblem.WRONG_TYPE, pointer(), position, "msg.wrongType", Map.of("expected",
        expected, "found", found(parser.currentToken())));
    skipValue();
    return null;
  }

  /**
   * Reads and checks the {@code formatVersion} at the current token, the value of the current
   * path.
   *
   * @return the version, if it is one of major version 2, or of major version 1 (which the
   *     document then claims until {@link Migration} upgrades it); otherwise null (reported)
   * @throws IOException if the input cannot be read or is not JSON
   */
  String readFormatVersion() throws IOException {
    long position = position();
    visit(position);
    Token token = parser.currentToken();
    if (token != Token.STRING) {
      sink.report(ReadProblem.INVALID_FORMAT_VERSION, pointer(), position, "msg.version.type",
          Map.of("found", found(token)));
      skipValue();
      return null;
    }
    if (!withinLimits(token, position, 1)) {
      return null;
    }
    String version = parser.text();
    if (version.equals(Format.VERSION)) {
      return Format.VERSION; // the usual case, without the pattern
    }
    Matcher matcher = VERSION.matcher(version);
    if (!matcher.matches()) {
      sink.report(ReadProblem.INVALID_FORMAT_VERSION, pointer(), position, "msg.version.invalid",
          Map.of("version", Excerpt.of(version)));
      return null;
    }
    if (matcher.group(1).equals(Migration.FROM_MAJOR)) {
      // read with the table of 2.0, which keeps every property of 1.0 where it was
      sink.report(ReadProblem.FORMAT_UPGRADED, pointer(), position, "msg.version.upgraded",
          Map.of("version", Excerpt.of(version), "known", Format.VERSION));
      return version;
    }
    if (!matcher.group(1).equals(Property.FormatVersion.MAJOR)) {
      sink.report(ReadProblem.UNSUPPORTED_FORMAT_VERSION, pointer(), position,
          "msg.version.unsupported", Map.of("version", Excerpt.of(version),
          "known", Format.VERSION));
      throw new StopBinding();
    }
    if (!matcher.group(2).equals("0")) {
      sink.report(ReadProblem.NEWER_FORMAT_VERSION, pointer(), position, "msg.version.newer",
          Map.of("version", Excerpt.of(version), "known", Format.VERSION));
    }
    return version;
  }

  private boolean withinLimits(Token token, long position, int depth) throws IOException {
    if (token.isStructStart()) {
      if (depth > settings.maxNestingDepth()) {
        sink.report(ReadProblem.NESTING_TOO_DEEP, pointer(), position, "msg.limit.depth",
            Map.of("limit", Integer.toString(settings.maxNestingDepth())));
        parser.skipChildren();
        return false;
      }
    } else if (token == Token.STRING) {
      int length = parser.textLength();
      if (length > settings.maxStringLength()) {
        sink.report(ReadProblem.STRING_TOO_LONG, pointer(), position, "msg.limit.string",
            Map.of("limit", Integer.toString(settings.maxStringLength())));
        return false;
      }
    } else if (token.isNumeric()) {
      int length = parser.textLength();
      if (length > settings.maxNumberLength()) {
        sink.report(ReadProblem.NUMBER_TOO_LONG, pointer(), position, "msg.limit.number",
            Map.of("limit", Integer.toString(settings.maxNumberLength())));
        return false;
      }
      if (token == Token.DECIMAL && !hasRepresentableExponent()) {
        sink.report(ReadProblem.NUMBER_TOO_LONG, pointer(), position, "msg.limit.exponent");
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the number's exponent fits a {@link java.math.BigDecimal} scale ({@code 1e9999999999}
   * does not): decimals are kept exactly, so such a number cannot be read.
   */
  private boolean hasRepresentableExponent() throws IOException {
    try {
      parser.decimalValue();
      return true;
    } catch (NumberFormatException | ArithmeticException e) {
      return false;
    }
  }

  /** Checks the name of the current path's member; a name too long is reported on its object. */
  private boolean nameWithinLimit(String name, int depth) throws IOException {
    if (name.length() <= settings.maxNameLength()) {
      return true;
    }
    long namePosition = position();
    level--; // the object's pointer
    String objectPointer = pointer();
    level++;
    sink.report(ReadProblem.NAME_TOO_LONG, objectPointer, namePosition, "msg.limit.name",
        Map.of("limit", Integer.toString(settings.maxNameLength())));
    parser.nextToken();
    skipValue();
    return false;
  }

  /** Reports the current path's member as a duplicate key and skips its value. */
  private void duplicate(String name, long namePosition) throws IOException {
    sink.report(ReadProblem.DUPLICATE_KEY, pointer(), namePosition, "msg.duplicate",
        Map.of("name", Excerpt.of(name)));
    skipValue();
  }

  /**
   * Skips the value at the current token, one that is not read (a bad value, a duplicate): a
   * container nested deeper than the limit inside it is reported once, where the limit is
   * crossed, as in a value read; the parser's own backstop, far deeper, would otherwise stop
   * reading with a problem placed there.
   */
  private void skipValue() throws IOException {
    Token token = parser.currentToken();
    if (token == null || !token.isStructStart()) {
      return;
    }
    int end = parser.depth() - 1; // the context around the value
    while (true) {
      int context = parser.depth();
      if (token.isStructStart() && context - baseDepth > settings.maxNestingDepth()) {
        sink.report(ReadProblem.NESTING_TOO_DEEP, pointer(), position(), "msg.limit.depth",
            Map.of("limit", Integer.toString(settings.maxNestingDepth())));
        skipRest(end);
        return;
      }
      if (context <= end) {
        return;
      }
      token = parser.nextToken();
      if (token == null) {
        return;
      }
    }
  }

  /**
   * Reads on until the parser's context is no deeper than a depth, after binding stopped.
   *
   * @param depth the depth of the parser's context to reach
   * @throws IOException if the input cannot be read or is not JSON
   */
  public void skipRest(int depth) throws IOException {
    while (parser.depth() > depth) {
      if (parser.nextToken() == null) {
        return;
      }
    }
  }

  private void checkElementSize() {
    if (elementLimit < 0) {
      return;
    }
    long offset = source.unitOffset(charOffset());
    if (offset - elementStart > elementLimit) {
      sink.report(ReadProblem.DOCUMENT_TOO_LARGE, "", elementPosition,
          "msg.limit.document.bytes", Map.of("limit", Long.toString(elementLimit)));
      throw new StopBinding();
    }
  }

  private String found(Token token) {
    String key;
    switch (token) {
      case START_OBJECT:
        key = "found.object";
        break;
      case START_ARRAY:
        key = "found.array";
        break;
      case STRING:
        key = "found.string";
        break;
      case INTEGER:
      case DECIMAL:
        key = "found.number";
        break;
      case TRUE:
      case FALSE:
        key = "found.boolean";
        break;
      case NULL:
        key = "found.null";
        break;
      default:
        key = "found.other";
    }
    return messages().text(key);
  }

  /** An unknown property, reported when its object ends. */
  private static final class Unknown {
    final String name;
    final String pointer;
    final long position;
    final Optional<String> suggestion;

    Unknown(String name, String pointer, long position, Optional<String> suggestion) {
      this.name = name;
      this.pointer = pointer;
      this.position = position;
      this.suggestion = suggestion;
    }
  }
}
