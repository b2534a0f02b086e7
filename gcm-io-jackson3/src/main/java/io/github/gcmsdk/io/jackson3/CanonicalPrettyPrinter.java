package io.github.gcmsdk.io.jackson3;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * The canonical layout on Jackson 3: two spaces per level, {@code ": "} between name and value,
 * as gcm-io writes it on Jackson 2.
 */
final class CanonicalPrettyPrinter implements PrettyPrinter {
  private int depth;

  private void newline(JsonGenerator generator) {
    generator.writeRaw('\n');
    for (int i = 0; i < depth; i++) {
      generator.writeRaw("  ");
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator generator) {
    generator.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator generator) {
    generator.writeRaw('{');
    depth++;
  }

  @Override
  public void writeEndObject(JsonGenerator generator, int entries) {
    depth--;
    if (entries > 0) {
      newline(generator);
    }
    generator.writeRaw('}');
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator generator) {
    generator.writeRaw(',');
    newline(generator);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator generator) {
    generator.writeRaw(": ");
  }

  @Override
  public void writeStartArray(JsonGenerator generator) {
    generator.writeRaw('[');
    depth++;
  }

  @Override
  public void writeEndArray(JsonGenerator generator, int values) {
    depth--;
    if (values > 0) {
      newline(generator);
    }
    generator.writeRaw(']');
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator generator) {
    generator.writeRaw(',');
    newline(generator);
  }

  @Override
  public void beforeArrayValues(JsonGenerator generator) {
    newline(generator);
  }

  @Override
  public void beforeObjectEntries(JsonGenerator generator) {
    newline(generator);
  }
}
