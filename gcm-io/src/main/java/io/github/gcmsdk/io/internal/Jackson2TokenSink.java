package io.github.gcmsdk.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** The {@link TokenSink} of a Jackson 2 generator. */
public final class Jackson2TokenSink implements TokenWriter {

  private final JsonGenerator generator;
  private final int maxNumberLength;

  /**
   * Writes through a generator.
   *
   * @param generator the generator
   * @param maxNumberLength the longest number to write, in characters
   */
  public Jackson2TokenSink(JsonGenerator generator, int maxNumberLength) {
    this.generator = generator;
    this.maxNumberLength = maxNumberLength;
  }

  @Override
  public int maxNumberLength() {
    return maxNumberLength;
  }

  @Override
  public void startObject() throws IOException {
    generator.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    generator.writeEndObject();
  }

  @Override
  public void startArray() throws IOException {
    generator.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    generator.writeEndArray();
  }

  @Override
  public void name(String name) throws IOException {
    generator.writeFieldName(name);
  }

  @Override
  public void string(String value) throws IOException {
    generator.writeString(value);
  }

  @Override
  public void rawValue(String json) throws IOException {
    generator.writeRawValue(json);
  }

  @Override
  public void number(String text) throws IOException {
    generator.writeNumber(text);
  }

  @Override
  public void number(int value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void bool(boolean value) throws IOException {
    generator.writeBoolean(value);
  }

  @Override
  public void nullValue() throws IOException {
    generator.writeNull();
  }

  @Override
  public void newline() throws IOException {
    generator.writeRaw('\n');
  }

  /** Closes the generator (which flushes it); a sink on a mapper's generator is not closed. */
  @Override
  public void close() throws IOException {
    generator.close();
  }
}
