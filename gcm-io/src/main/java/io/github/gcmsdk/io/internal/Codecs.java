package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.catalog.Coded;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.io.ReadProblem;
import io.github.gcmsdk.model.Extensible;
import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.json.JsonValue;
import io.github.gcmsdk.problem.Excerpt;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The codecs of the format's value kinds. */
public final class Codecs {

  private Codecs() {}

  /** Any JSON value, kept as a {@link JsonValue}: extension data. */
  public static final Codec<JsonValue> JSON = new Codec<>() {
    @Override
    public JsonValue read(Binder binder, long position, int depth)
        throws IOException {
      return binder.readJsonValue(position, depth);
    }

    @Override
    public void write(TokenSink sink, JsonValue value) throws IOException {
      CanonicalForm.writeJson(sink, value);
    }

    @Override
    public String describe(Messages messages) {
      return messages.text("type.json");
    }

    @Override
    public String describeList(Messages messages) {
      return messages.text("type.json.list");
    }

    @Override
    public JsonValue schema(SchemaGenerator schema) {
      return JsonValue.JsonBoolean.TRUE;
    }
  };

  /** A JSON string. */
  public static final Codec<String> STRING = new Codec<>() {
    @Override
    public String read(Binder binder, long position, int depth) throws IOException {
      TokenSource parser = binder.parser();
      if (parser.currentToken() != Token.STRING) {
        return binder.wrongType(position, describe(binder.messages()));
      }
      return parser.text();
    }

    @Override
    public void write(TokenSink sink, String value) throws IOException {
      CanonicalForm.writeString(sink, value);
    }

    @Override
    public String describe(Messages messages) {
      return messages.text("type.string");
    }

    @Override
    public String describeList(Messages messages) {
      return messages.text("type.string.list");
    }

    @Override
    public JsonValue schema(SchemaGenerator schema) {
      return SchemaGenerator.object("type", JsonValue.of("string"));
    }
  };

  /** A JSON number, kept exactly as a {@link BigDecimal}. */
  public static final Codec<BigDecimal> DECIMAL = new Codec<>() {
    @Override
    public BigDecimal read(Binder binder, long position, int depth)
        throws IOException {
      TokenSource parser = binder.parser();
      if (!parser.currentToken().isNumeric()) {
        return binder.wrongType(position, describe(binder.messages()));
      }
      return parser.decimalValue();
    }

    @Override
    public void write(TokenSink sink, BigDecimal value) throws IOException {
      CanonicalForm.writeNumber(sink, value, false);
    }

    @Override
    public String describe(Messages messages) {
      return messages.text("type.decimal");
    }

    @Override
    public String describeList(Messages messages) {
      return messages.text("type.decimal.list");
    }

    @Override
    public JsonValue schema(SchemaGenerator schema) {
      return SchemaGenerator.object("type", JsonValue.of("number"));
    }
  };

  /** A JSON boolean. */
  public static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public Boolean read(Binder binder, long position, int depth) throws IOException {
      Token token = binder.parser().currentToken();
      if (token == Token.TRUE) {
        return Boolean.TRUE;
      }
      if (token == Token.FALSE) {
        return Boolean.FALSE;
      }
      return binder.wrongType(position, describe(binder.messages()));
    }

    @Override
    public void write(TokenSink sink, Boolean value) throws IOException {
      sink.bool(value);
    }

    @Override
    public String describe(Messages messages) {
      return messages.text("type.boolean");
    }

    @Override
    public String describeList(Messages messages) {
      return messages.text("type.boolean.list");
    }

    @Override
    public JsonValue schema(SchemaGenerator schema) {
      return SchemaGenerator.object("type", JsonValue.of("boolean"));
    }
  };

  private static final BigDecimal LAST_OBJECTIVE = BigDecimal.valueOf(23);

  /** An objective, written as its number. */
  public static final Codec<Objective> OBJECTIVE = new Codec<>() {
    @Override
    public Objective read(Binder binder, long position, int depth)
        throws IOException {
      TokenSource parser = binder.parser();
      Token token = parser.currentToken();
      if (!token.isNumeric()) {
        return binder.wrongType(position, describe(binder.messages()));
      }
      if (token == Token.INTEGER && parser.fitsInt()) {
        int number = parser.intValue();
        if (number >= 1 && number <= 23) {
          return Objective.of(number);
        }
      } else if (token == Token.DECIMAL) {
        // JSON Schema counts 11.0 as an integer; so does the reader, and writes it back as 11.
        BigDecimal value = parser.decimalValue();
        if (value.signum() > 0 && value.compareTo(LAST_OBJECTIVE) <= 0
            && value.stripTrailingZeros().scale() <= 0) {
          return Objective.of(value.intValue());
        }
      }
      binder.sink().report(ReadProblem.UNKNOWN_OBJECTIVE, binder.pointer(), position,
          "msg.objective", Map.of("objective", Excerpt.of(parser.text())));
      return null;
    }

    @Override
    public void write(TokenSink sink, Objective value) throws IOException {
      sink.number(value.getNumber());
    }

    @Override
    public String describe(Messages messages) {
      return messages.text("type.objective");
    }

    @Override
    public String describeList(Messages messages) {
      return messages.text("type.objective.list");
    }

    @Override
    public JsonValue schema(SchemaGenerator schema) {
      return schema.define("Objective", () -> SchemaGenerator.object(
          "description", JsonValue.of("A GCM objective, by its number (A/RES/73/195, para 16)."),
          "type", JsonValue.of("integer"),
          "minimum", JsonValue.of(1),
          "maximum", JsonValue.of(23)));
    }
  };

  /**
   * The dates {@link PartialDate#parse} accepts, as a JSON Schema pattern: a year 0001 to 9999,
   * a month, or a real day, knowing the length of each month and the Gregorian leap years
   * (divisible by 4, centuries only when divisible by 400).
   */
  static final String DATE_PATTERN = "^(?!0000)(?:[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?"
      + "|[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])"
      + "|[0-9]{4}-(?:0[13-9]|1[0-2])-(?:29|30)"
      + "|[0-9]{4}-(?:0[13578]|1[02])-31"
      + "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
      + "-02-29)$";

  /** A partial date, written in ISO 8601 at its precision. */
  public static final Codec<PartialDate> PARTIAL_DATE = new Codec<>() {
    @Override
    public PartialDate read(Binder binder, long position, int depth)
        throws IOException {
      TokenSource parser = binder.parser();
      if (parser.currentToken() != Token.STRING) {
        return binder.wrongType(position, describe(binder.messages()));
      }
      String text = parser.text();
      try {
        return PartialDate.parse(text);
      } catch (DateTimeParseException e) {
        binder.sink().report(ReadProblem.INVALID_DATE, binder.pointer(), position, "msg.date",
            Map.of("date", Excerpt.of(text)));
        return null;
      }
    }

    @Override
    public void write(TokenSink sink, PartialDate value) throws IOException {
      sink.string(value.toString());
    }

    @Override
    public String describe(Messages messages) {
      return messages.text("type.date");
    }

    @Override
    public String describeList(Messages messages) {
      return messages.text("type.date.list");
    }

    @Override
    public JsonValue schema(SchemaGenerator schema) {
      return schema.define("PartialDate", () -> SchemaGenerator.object(
          "description", JsonValue.of("A date at the precision the source gives: a year (2020), a"
              + " month (2020-11) or a day (2020-11-12), ISO 8601, years 0001 to 9999; a day"
              + " exists in its month (2021-02-29 does not, 2020-02-29 does)."),
          "type", JsonValue.of("string"),
          "pattern", JsonValue.of(DATE_PATTERN)));
    }
  };

  /**
   * Returns the codec of a catalogue of codes.
   *
   * @param <E> the catalogue type
   * @param catalog the catalogue's name, as in messages ({@code GuidingPrinciple})
   * @param description the schema description
   * @param fromCode the strict lookup, throwing {@link IllegalArgumentException}
   * @param loose a forgiving lookup for suggestions, throwing if it finds nothing, or null
   * @param values the entries, in order, for suggestions and the schema's enumeration
   * @param ownHint whether the catalogue has a hint of its own ({@code catalog.X.hint}), for one
   *     too long to list its codes in a hint
   * @return the codec
   */
  public static <E extends Coded> Codec<E> code(String catalog, String description,
      Function<String, E> fromCode, Function<String, E> loose, Supplier<Collection<E>> values,
      boolean ownHint) {
    return new CodeCodec<>(catalog, description, fromCode, loose, values, ownHint);
  }

  /**
   * Returns the codec of an open vocabulary ({@link io.github.gcmsdk.catalog.OpenCoded}): a known
   * code reads as its entry; any other well-formed code reads as the partner's own entry, kept
   * exactly, with an {@link ReadProblem#PARTNER_CODE} info naming the nearest known code, or a
   * {@link ReadProblem#PARTNER_CODE_LIKE_KNOWN} warning when it is likely a misspelling of one;
   * a text that is not a code ({@code "Labour rights"}) stays an {@link ReadProblem#UNKNOWN_CODE}
   * error.
   *
   * @param <E> the catalogue type
   * @param catalog the catalogue's name, as in messages ({@code Theme})
   * @param description the schema description
   * @param of the open lookup, throwing {@link IllegalArgumentException} for a malformed code
   * @param loose a forgiving lookup of known entries for suggestions, throwing if it finds
   *     nothing, or null
   * @param values the known entries, in order, for suggestions and the schema's examples
   * @return the codec
   */
  public static <E extends Coded> Codec<E> openCode(String catalog, String description,
      Function<String, E> of, Function<String, E> loose, Supplier<Collection<E>> values) {
    return new OpenCodeCodec<>(new CodeCodec<>(catalog, description, of, loose, values, false));
  }

  /**
   * Returns the codec of objects of a type of the format.
   *
   * @param <T> the model type
   * @param type the type, supplied late so that types can refer to themselves
   * @return the codec
   */
  public static <T extends Extensible> Codec<T> object(Supplier<TypeSpec<T, ?>> type) {
    return new ObjectCodec<>(type);
  }

  private static final class CodeCodec<E extends Coded> implements Codec<E> {
    private final String catalog;
    private final String description;
    private final Function<String, E> fromCode;
    private final Function<String, E> loose;
    private final Supplier<Collection<E>> values;
    private final boolean ownHint;

    CodeCodec(String catalog, String description, Function<String, E> fromCode,
        Function<String, E> loose, Supplier<Collection<E>> values, boolean ownHint) {
      this.catalog = catalog;
      this.description = description;
      this.fromCode = fromCode;
      this.loose = loose;
      this.values = values;
      this.ownHint = ownHint;
    }

    @Override
    public E read(Binder binder, long position, int depth) throws IOException {
      TokenSource parser = binder.parser();
      if (parser.currentToken() != Token.STRING) {
        return binder.wrongType(position, describe(binder.messages()));
      }
      String text = parser.text();
      try {
        return fromCode.apply(text);
      } catch (IllegalArgumentException e) {
        reportUnknown(binder, position, text, "msg.code", "msg.codeMaybe", ownHint);
        return null;
      }
    }

    /**
     * Reports text that is no code of the catalogue ({@code GCM-J021}) with the message {@code
     * key}, or {@code keyWithSuggestion} naming the code probably meant.
     */
    void reportUnknown(Binder binder, long position, String text, String key,
        String keyWithSuggestion, boolean ownHint) {
      Messages messages = binder.messages();
      Map<String, String> values = new HashMap<>();
      values.put("catalog", messages.text("catalog." + catalog));
      values.put("code", Excerpt.of(text));
      Optional<String> suggestion = suggest(text);
      suggestion.ifPresent(code -> values.put("suggestion", code));
      String hint = ownHint
          ? messages.text("catalog." + catalog + ".hint")
          : messages.text("msg.code.hint", Map.of("codes", codes(12)));
      binder.sink().report(ReadProblem.UNKNOWN_CODE, ReadProblem.UNKNOWN_CODE.getDefaultSeverity(),
          binder.pointer(), position, suggestion.isPresent() ? keyWithSuggestion : key, hint,
          values);
    }

    private Optional<String> suggest(String text) {
      if (loose != null && text.length() <= 200) {
        try {
          return Optional.of(loose.apply(text).getCode());
        } catch (IllegalArgumentException e) {
          // not a human form either: try the spelling
        }
      }
      List<String> codes = values.get().stream().map(Coded::getCode).collect(Collectors.toList());
      return Suggestions.closest(text, codes);
    }

    private String codes(int max) {
      List<String> codes = new ArrayList<>();
      for (E value : values.get()) {
        if (codes.size() == max) {
          codes.add("...");
          break;
        }
        codes.add(value.getCode());
      }
      return String.join(", ", codes);
    }

    @Override
    public void write(TokenSink sink, E value) throws IOException {
      sink.string(value.getCode());
    }

    @Override
    public String describe(Messages messages) {
      return messages.text("type.code", Map.of("catalog", messages.text("catalog." + catalog)));
    }

    @Override
    public String describeList(Messages messages) {
      return messages.text("type.code.list",
          Map.of("catalog", messages.text("catalog." + catalog)));
    }

    @Override
    public JsonValue schema(SchemaGenerator schema) {
      return schema.define(catalog, () -> {
        // Every code the reader accepts, from the same catalogue, and no other.
        List<JsonValue> codes = new ArrayList<>();
        for (E value : values.get()) {
          codes.add(JsonValue.of(value.getCode()));
        }
        return SchemaGenerator.object(
            "description", JsonValue.of(description),
            "type", JsonValue.of("string"),
            "enum", new JsonValue.JsonArray(codes));
      });
    }
  }

  /** The JSON Schema pattern of a code of an open vocabulary. */
  static final String OPEN_CODE_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

  private static final class OpenCodeCodec<E extends Coded> implements Codec<E> {
    private final CodeCodec<E> closed;

    OpenCodeCodec(CodeCodec<E> closed) {
      this.closed = closed;
    }

    @Override
    public E read(Binder binder, long position, int depth) throws IOException {
      TokenSource parser = binder.parser();
      if (parser.currentToken() != Token.STRING) {
        return binder.wrongType(position, describe(binder.messages()));
      }
      String text = parser.text();
      E entry;
      try {
        entry = closed.fromCode.apply(text);
      } catch (IllegalArgumentException e) {
        // not a code at all: an error, with a suggestion where a known entry is meant
        closed.reportUnknown(binder, position, text, "msg.codeSyntax", "msg.codeSyntaxMaybe",
            false);
        return null;
      }
      if (entry.isKnown()) {
        return entry;
      }
      Messages messages = binder.messages();
      String name = messages.text("catalog." + closed.catalog);
      Optional<String> suggestion = closed.suggest(text);
      if (suggestion.isPresent()) {
        binder.sink().report(ReadProblem.PARTNER_CODE_LIKE_KNOWN,
            ReadProblem.PARTNER_CODE_LIKE_KNOWN.getDefaultSeverity(), binder.pointer(), position,
            "msg.partnerCodeMaybe", null, Map.of("catalog", name, "code", text,
            "suggestion", suggestion.get()));
      } else if (binder.sink().keeps(0)) {
        // the nearest code costs an edit distance per known code: only for problems kept
        binder.sink().report(ReadProblem.PARTNER_CODE,
            ReadProblem.PARTNER_CODE.getDefaultSeverity(), binder.pointer(), position,
            "msg.partnerCode", null, Map.of("catalog", name, "code", text,
            "nearest", nearest(text)));
      } else {
        binder.sink().count(ReadProblem.PARTNER_CODE,
            ReadProblem.PARTNER_CODE.getDefaultSeverity(), position);
      }
      return entry;
    }

    /** The known code at the smallest edit distance, the first in catalogue order on a tie. */
    private String nearest(String code) {
      String best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (E value : closed.values.get()) {
        int distance = Suggestions.distance(code, value.getCode());
        if (distance < bestDistance) {
          best = value.getCode();
          bestDistance = distance;
        }
      }
      return best;
    }

    @Override
    public void write(TokenSink sink, E value) throws IOException {
      sink.string(value.getCode());
    }

    @Override
    public String describe(Messages messages) {
      return closed.describe(messages);
    }

    @Override
    public String describeList(Messages messages) {
      return closed.describeList(messages);
    }

    @Override
    public JsonValue schema(SchemaGenerator schema) {
      return schema.define(closed.catalog, () -> {
        // Any well-formed code: the known ones are examples, partners' own codes are kept.
        List<JsonValue> codes = new ArrayList<>();
        for (E value : closed.values.get()) {
          codes.add(JsonValue.of(value.getCode()));
        }
        return SchemaGenerator.object(
            "description", JsonValue.of(closed.description + " Open: a partner's own code is"
                + " accepted; the examples are the known codes."),
            "type", JsonValue.of("string"),
            "pattern", JsonValue.of(OPEN_CODE_PATTERN),
            "maxLength", JsonValue.of(io.github.gcmsdk.catalog.OpenCoded.MAX_CODE_LENGTH),
            "examples", new JsonValue.JsonArray(codes));
      });
    }
  }

  private static final class ObjectCodec<T extends Extensible> implements Codec<T> {
    private final Supplier<TypeSpec<T, ?>> type;

    ObjectCodec(Supplier<TypeSpec<T, ?>> type) {
      this.type = type;
    }

    @Override
    public T read(Binder binder, long position, int depth) throws IOException {
      Token token = binder.parser().currentToken();
      if (token != Token.START_OBJECT && token != Token.NAME) {
        return binder.wrongType(position, describe(binder.messages()));
      }
      return binder.readObject(type.get(), position, depth);
    }

    @Override
    public void write(TokenSink sink, T value) throws IOException {
      CanonicalForm.writeObject(sink, type.get(), value);
    }

    @Override
    public String describe(Messages messages) {
      return messages.text("type.object",
          Map.of("object", messages.text("object." + type.get().name())));
    }

    @Override
    public String describeList(Messages messages) {
      return messages.text("type.object.list",
          Map.of("object", messages.text("object." + type.get().name())));
    }

    @Override
    public JsonValue schema(SchemaGenerator schema) {
      TypeSpec<T, ?> spec = type.get();
      return schema.define(spec.name(), () -> schema.typeSchema(spec));
    }
  }
}
