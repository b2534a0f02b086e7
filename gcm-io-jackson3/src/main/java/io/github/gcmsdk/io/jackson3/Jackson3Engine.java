package io.github.gcmsdk.io.jackson3;

import io.github.gcmsdk.io.internal.JsonEngine;
import io.github.gcmsdk.io.internal.ParseFailure;
import io.github.gcmsdk.io.internal.Positions;
import io.github.gcmsdk.io.internal.TokenSource;
import io.github.gcmsdk.io.internal.TokenWriter;
import io.github.gcmsdk.io.internal.Utf8Probes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.json.PackageVersion;

/**
 * The {@link JsonEngine} on Jackson 3's streaming API (tools.jackson.core 3.1.4 or newer),
 * configured as gcm-io's Jackson 2 engine is, feature by feature.
 */
final class Jackson3Engine implements JsonEngine {

  // The pretty printer comes from the write context in Jackson 3 (there is no setter on the
  // generator); it keeps a depth, so each generator gets a new one.
  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new CanonicalPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private final JsonFactory factory;

  Jackson3Engine(Backstops backstops) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(backstops.maxNestingDepth())
        .maxStringLength(backstops.maxStringLength())
        .maxNumberLength(backstops.maxNumberLength())
        .maxNameLength(backstops.maxNameLength())
        .maxDocumentLength(-1L)
        .build();
    this.factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .disable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
        // The canonical form, as on Jackson 2 (some of these are Jackson 3's defaults already; set
        // here so that the form does not move with them).
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .build();
  }

  @Override
  public int majorVersion() {
    return 3;
  }

  @Override
  public String version() {
    return PackageVersion.VERSION.toString();
  }

  @Override
  public TokenSource parse(byte[] bytes, int from, int length) throws IOException {
    try {
      return new Jackson3Tokens(factory.createParser(ObjectReadContext.empty(), bytes, from,
          length));
    } catch (JacksonException e) {
      throw checked(e);
    }
  }

  @Override
  public TokenSource parse(Reader source) throws IOException {
    try {
      return new Jackson3Tokens(factory.createParser(ObjectReadContext.empty(), source));
    } catch (JacksonException e) {
      throw checked(e);
    }
  }

  @Override
  public TokenWriter write(OutputStream out, boolean pretty, int maxNumberLength)
      throws IOException {
    try {
      JsonGenerator generator = factory.createGenerator(
          pretty ? PRETTY : ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
      return new Jackson3TokenSink(generator, maxNumberLength);
    } catch (JacksonException e) {
      throw checked(e);
    }
  }

  @Override
  public boolean rejectsMalformedUtf8() {
    return ByteParsing.STRICT;
  }

  @Override
  public ParseFailure parseFailure(IOException failure) {
    return failure instanceof ParseFailure parseFailure ? parseFailure : null;
  }

  @Override
  public String toString() {
    return "Jackson " + version();
  }

  /**
   * Turns a Jackson 3 exception into what the binder expects: a {@link ParseFailure} for a
   * problem of the input, the underlying stream's own {@link IOException} (or gcm-io's {@code
   * InputFailure}) for a failure of the stream.
   *
   * @param e the exception
   * @return the checked exception
   */
  static IOException checked(JacksonException e) {
    if (e instanceof JacksonIOException && e.getCause() instanceof IOException cause) {
      return cause;
    }
    ParseFailure.Kind kind;
    if (e instanceof StreamConstraintsException) {
      kind = ParseFailure.Kind.LIMIT;
    } else if (e instanceof UnexpectedEndOfInputException) {
      kind = ParseFailure.Kind.END_OF_INPUT;
    } else if (e instanceof StreamReadException) {
      kind = ParseFailure.Kind.SYNTAX;
    } else {
      return new IOException(e); // not the parser's: nothing else is called while binding
    }
    TokenStreamLocation location = e.getLocation();
    return new ParseFailure(kind, e.getOriginalMessage(), position(location),
        location == null ? -1 : location.getCharOffset(), e);
  }

  /**
   * Packs a location's line and column.
   *
   * @param location the location, or null
   * @return the packed position, or unknown
   */
  static long position(TokenStreamLocation location) {
    return location == null ? Positions.UNKNOWN
        : Positions.of(location.getLineNr(), location.getColumnNr());
  }

  /** Whether the byte parser rejects every sequence that is not UTF-8: found once. */
  private static final class ByteParsing {
    static final boolean STRICT = rejectsAll();

    private static boolean rejectsAll() {
      JsonFactory factory = new JsonFactory();
      for (byte[] probe : Utf8Probes.quotedStrings()) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), probe)) {
          parser.nextToken();
          parser.getString();
          return false;
        } catch (JacksonException e) {
          // rejected, as it should be
        }
      }
      return true;
    }
  }

  /**
   * Whether this Jackson's parser refuses a member name with half of a surrogate pair written as
   * an escape ({@code "\\uD800"}), as Jackson 2 and Jackson 3.3 do; Jackson 3.1 keeps it.
   *
   * @return whether it does
   */
  static boolean rejectsLoneSurrogateNames() {
    return NameParsing.STRICT;
  }

  /** Whether lone surrogates in names are refused: found once. */
  private static final class NameParsing {
    static final boolean STRICT = rejects("{\"\\uD800\":1}");

    private static boolean rejects(String json) {
      try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(),
          new java.io.StringReader(json))) {
        parser.nextToken();
        parser.nextToken();
        parser.currentName();
        return false;
      } catch (JacksonException e) {
        return true;
      }
    }
  }

  /** The provider that {@link java.util.ServiceLoader} finds. */
  public static final class Provider implements JsonEngine.Provider {

    /** Creates the provider (for the service loader). */
    public Provider() {}

    @Override
    public int majorVersion() {
      return 3;
    }

    @Override
    public JsonEngine create(Backstops backstops) {
      return new Jackson3Engine(backstops);
    }
  }
}
