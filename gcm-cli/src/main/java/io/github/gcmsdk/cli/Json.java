package io.github.gcmsdk.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.gcmsdk.problem.Excerpt;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes the JSON reports of the commands: two-space indentation, {@code "name": value}.
 *
 * <p>Reports quote partner data (file names, pointers made of property names), and are printed
 * to terminals: every character that {@link Excerpt} escapes (controls, DEL, bidirectional and
 * other format controls, line separators, surrogates) is written as a JSON {@code \}{@code uXXXX}
 * escape. The values are unchanged for a JSON reader; the bytes are safe to print. Surrogates are
 * escaped even in pairs, since a writer sees one UTF-16 unit at a time and a lone one must never
 * reach the output.
 */
final class Json {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final CharacterEscapes ESCAPES = new SafeEscapes();

  private Json() {}

  static JsonGenerator generator(Writer writer) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("")
            .withRootSeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    JsonGenerator generator = FACTORY.createGenerator(writer);
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    generator.setPrettyPrinter(printer);
    generator.setCharacterEscapes(ESCAPES);
    return generator;
  }

  /** JSON's own escapes, plus a {@code \}{@code uXXXX} escape for what {@link Excerpt} escapes. */
  private static final class SafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] ascii;

    SafeEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii[0x7f] = ESCAPE_STANDARD; // DEL, a control character that Jackson leaves raw
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      String c = String.valueOf((char) ch);
      String escaped = Excerpt.escape(c);
      // Excerpt escapes a non-ASCII character as backslash, u and four hex digits: so does JSON.
      return escaped.equals(c) ? null : new SerializedString(escaped);
    }
  }
}
