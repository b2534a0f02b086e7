package io.github.gcmsdk.io.jackson3;

import io.github.gcmsdk.io.internal.TokenWriter;
import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/** The token sink of a Jackson 3 generator; Jackson's unchecked exceptions become checked. */
final class Jackson3TokenSink implements TokenWriter {

  private final JsonGenerator generator;
  private final int maxNumberLength;

  /**
   * Writes through a generator.
   *
   * @param generator the generator
   * @param maxNumberLength the longest number to write, in characters
   */
  Jackson3TokenSink(JsonGenerator generator, int maxNumberLength) {
    this.generator = generator;
    this.maxNumberLength = maxNumberLength;
  }

  @Override
  public int maxNumberLength() {
    return maxNumberLength;
  }

  @Override
  public void startObject() throws IOException {
    try {
      generator.writeStartObject();
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }

  @Override
  public void endObject() throws IOException {
    try {
      generator.writeEndObject();
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }

  @Override
  public void startArray() throws IOException {
    try {
      generator.writeStartArray();
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }

  @Override
  public void endArray() throws IOException {
    try {
      generator.writeEndArray();
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }

  @Override
  public void name(String name) throws IOException {
    try {
      generator.writeName(name);
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }

  @Override
  public void string(String value) throws IOException {
    try {
      generator.writeString(value);
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }

  @Override
  public void rawValue(String json) throws IOException {
    try {
      generator.writeRawValue(json);
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }

  @Override
  public void number(String text) throws IOException {
    try {
      generator.writeNumber(text);
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }

  @Override
  public void number(int value) throws IOException {
    try {
      generator.writeNumber(value);
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }

  @Override
  public void bool(boolean value) throws IOException {
    try {
      generator.writeBoolean(value);
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }

  @Override
  public void nullValue() throws IOException {
    try {
      generator.writeNull();
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }

  @Override
  public void newline() throws IOException {
    try {
      generator.writeRaw('\n');
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }

  /** Closes the generator (which flushes it); a sink on a mapper's generator is not closed. */
  @Override
  public void close() throws IOException {
    try {
      generator.close();
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }
}
