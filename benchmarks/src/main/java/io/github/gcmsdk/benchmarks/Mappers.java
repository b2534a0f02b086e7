package io.github.gcmsdk.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;

/** The Jackson mappers of the baselines, and the token pass of baseline (1). */
final class Mappers {
  /** For compacting the data only. */
  static final ObjectMapper TREE = new ObjectMapper();

  /** Databind into the plain classes of {@link Pojos}; unknown properties fail (none expected). */
  static final ObjectMapper POJO = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** Baseline (2) and (7): {@link #POJO} reading the document type of {@link Pojos}. */
  static final ObjectReader POJO_READER = POJO.readerFor(Pojos.StakeholderInput.class);

  private static final JsonFactory TOKENS = new JsonFactory();

  private Mappers() {}

  /**
   * Baseline (1), the floor: reads every token of the bytes, builds nothing.
   *
   * @param bytes JSON text: one value, or several (JSON Lines)
   * @return a sum of the token ids, for the benchmark to return
   * @throws IOException if the bytes are not JSON
   */
  static int tokens(byte[] bytes) throws IOException {
    int tokens = 0;
    try (JsonParser parser = TOKENS.createParser(bytes)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        tokens += token.id();
      }
    }
    return tokens;
  }

  /**
   * The floor of any binder on Jackson's byte parser: every token read and every name and string
   * value made a {@code String}, as a binder must; nothing built.
   *
   * @param bytes JSON text: one value, or several (JSON Lines)
   * @return the total length of the strings, for the benchmark to return
   * @throws IOException if the bytes are not JSON
   */
  static int tokensAndStrings(byte[] bytes) throws IOException {
    int length = 0;
    try (JsonParser parser = TOKENS.createParser(bytes)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
          length += parser.getText().length();
        }
      }
    }
    return length;
  }
}
