package io.github.gcmsdk.io.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.json.PackageVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;

/** The {@link JsonEngine} on Jackson 2's streaming API (jackson-core 2.19 or newer). */
public final class Jackson2Engine implements JsonEngine {

  /** Makes Jackson 2 engines. */
  public static final Provider PROVIDER = new Provider() {
    @Override
    public int majorVersion() {
      return 2;
    }

    @Override
    public JsonEngine create(Backstops backstops) {
      return new Jackson2Engine(backstops);
    }
  };

  private final JsonFactory factory;

  private Jackson2Engine(Backstops backstops) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(backstops.maxNestingDepth())
        .maxStringLength(backstops.maxStringLength())
        .maxNumberLength(backstops.maxNumberLength())
        .maxNameLength(backstops.maxNameLength())
        .maxDocumentLength(-1L)
        .build();
    this.factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
        // The canonical form, set explicitly so that it does not move with Jackson's defaults:
        // characters outside the BMP written as themselves, escapes in upper-case hex, "/" as is.
        // (JsonWriteFeature is Jackson's public API for these; the JsonGenerator.Feature twins are
        // deprecated since 2.10.)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .build();
  }

  @Override
  public int majorVersion() {
    return 2;
  }

  @Override
  public String version() {
    return PackageVersion.VERSION.toString();
  }

  @Override
  public TokenSource parse(byte[] bytes, int from, int length) throws IOException {
    return new Jackson2Tokens(factory.createParser(bytes, from, length));
  }

  @Override
  public TokenSource parse(Reader source) throws IOException {
    return new Jackson2Tokens(factory.createParser(source));
  }

  @Override
  public TokenWriter write(OutputStream out, boolean pretty, int maxNumberLength)
      throws IOException {
    JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8);
    if (pretty) {
      generator.setPrettyPrinter(new CanonicalPrettyPrinter());
    }
    return new Jackson2TokenSink(generator, maxNumberLength);
  }

  @Override
  public boolean rejectsMalformedUtf8() {
    return ByteParsing.STRICT;
  }

  @Override
  public ParseFailure parseFailure(IOException failure) {
    if (failure instanceof ParseFailure parseFailure) {
      return parseFailure;
    }
    // a parser's exception; not databind's (a mapper's), nor a decoder's or the stream's
    if (!(failure instanceof StreamReadException || failure instanceof StreamConstraintsException)) {
      return null;
    }
    JsonProcessingException processing = (JsonProcessingException) failure;
    ParseFailure.Kind kind = failure instanceof StreamConstraintsException
        ? ParseFailure.Kind.LIMIT
        : failure instanceof JsonEOFException ? ParseFailure.Kind.END_OF_INPUT
        : ParseFailure.Kind.SYNTAX;
    JsonLocation location = processing.getLocation();
    return new ParseFailure(kind, processing.getOriginalMessage(), Positions.of(location),
        location == null ? -1 : location.getCharOffset(), failure);
  }

  @Override
  public String toString() {
    return "Jackson " + version();
  }

  /**
   * Whether Jackson's byte parser rejects every byte sequence that is not UTF-8 (Jackson 2.23 and
   * later): with older versions, which decode encoded surrogates, overlong forms and code points
   * past U+10FFFF, bytes are decoded by the JDK's decoder instead. Found once, by parsing such
   * sequences.
   */
  private static final class ByteParsing {
    static final boolean STRICT = rejectsAll();

    private static boolean rejectsAll() {
      JsonFactory factory = new JsonFactory();
      for (byte[] probe : Utf8Probes.quotedStrings()) {
        try (JsonParser parser = factory.createParser(probe)) {
          parser.nextToken();
          parser.getText();
          return false;
        } catch (IOException e) {
          // rejected, as it should be
        }
      }
      return true;
    }
  }

  /** The canonical layout: two spaces per level, {@code ": "} between name and value. */
  static final class CanonicalPrettyPrinter implements PrettyPrinter {
    private int depth;

    private void newline(JsonGenerator generator) throws IOException {
      generator.writeRaw('\n');
      for (int i = 0; i < depth; i++) {
        generator.writeRaw("  ");
      }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator generator) throws IOException {
      generator.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator generator) throws IOException {
      generator.writeRaw('{');
      depth++;
    }

    @Override
    public void writeEndObject(JsonGenerator generator, int entries) throws IOException {
      depth--;
      if (entries > 0) {
        newline(generator);
      }
      generator.writeRaw('}');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator generator) throws IOException {
      generator.writeRaw(',');
      newline(generator);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
      generator.writeRaw(": ");
    }

    @Override
    public void writeStartArray(JsonGenerator generator) throws IOException {
      generator.writeRaw('[');
      depth++;
    }

    @Override
    public void writeEndArray(JsonGenerator generator, int values) throws IOException {
      depth--;
      if (values > 0) {
        newline(generator);
      }
      generator.writeRaw(']');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
      generator.writeRaw(',');
      newline(generator);
    }

    @Override
    public void beforeArrayValues(JsonGenerator generator) throws IOException {
      newline(generator);
    }

    @Override
    public void beforeObjectEntries(JsonGenerator generator) throws IOException {
      newline(generator);
    }
  }
}
