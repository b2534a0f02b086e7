package io.github.gcmsdk.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Mutations of valid files, for testing that a reader (or a validator of files) is total: that any
 * bytes end in a result, never in an exception, a hang or an {@link OutOfMemoryError}.
 *
 * <pre>{@code
 * Gen<byte[]> files = GcmGenerators.documents().map(doc -> GcmJson.standard().toCanonicalBytes(doc));
 * Properties.forAll(ByteMutations.of(files), 5_000, 1L, bytes -> assertNotNull(reader.read(bytes)));
 * }</pre>
 *
 * <p>Each mutant is a valid file changed one to four times by one of the {@link Kind kinds}:
 * truncation at every kind of position (inside a string, a number, a multi-byte character, after a
 * colon, a comma, an opening bracket), byte flips, inserted and deleted tokens, deep nesting, huge
 * strings and numbers, and wrong encodings (UTF-16, UTF-32, Latin-1, byte order marks). Mutants
 * shrink by losing bytes (halves, then quarters, ... of the file), so that a failing case is
 * reported as a short input.
 *
 * <p>Stateless and thread-safe.
 */
public final class ByteMutations {

  /** A kind of mutation. */
  public enum Kind {
    /** The file ends at a random byte. */
    TRUNCATE_ANYWHERE,
    /** The file ends just after a structural or string byte (brace, bracket, colon, comma, quote, backslash, digit). */
    TRUNCATE_AFTER_TOKEN,
    /** The file ends inside a multi-byte UTF-8 character. */
    TRUNCATE_IN_CHARACTER,
    /** One byte is replaced by any byte. */
    FLIP_BYTE,
    /** One bit of one byte is flipped. */
    FLIP_BIT,
    /** A JSON token or a piece of one is inserted ({@code ,}, {@code null}, {@code NaN}, ...). */
    INSERT_TOKEN,
    /** A run of one to eight bytes is deleted. */
    DELETE_BYTES,
    /** A value becomes 1,000 to 200,000 nested arrays or objects, closed or not. */
    DEEP_NESTING,
    /** A string of up to 2 MB (escapes, multi-byte characters) is inserted as a value. */
    HUGE_STRING,
    /** A number of up to 20,000 digits, or with a huge exponent, is inserted as a value. */
    HUGE_NUMBER,
    /** The file is re-encoded: UTF-16 or UTF-32 (with or without a mark), Latin-1, or gets BOMs. */
    WRONG_ENCODING,
    /** A control character, a NUL, an ESC sequence or an invalid UTF-8 sequence is inserted. */
    BAD_BYTES,
    /** A part of the file is duplicated (duplicate keys, trailing content). */
    DUPLICATE_PART
  }

  private static final String[] TOKENS = {
    ",", ":", "{", "}", "[", "]", "\"", "\\", "null", "true", "false", "NaN", "Infinity",
    "-Infinity", "-", "0", "1e999", "-0.0e-0", "//", "/*", "*/", "'", "\\u", "\\uD800", " ",
    "\n", "\"x\":", "\"id\":", "\"formatVersion\":\"2.0\",", "\"objectives\":[0,24,-1,\"eleven\"],",
    "\"sections\":{", ",]", ",}", "[]", "{}"
  };

  private static final byte[][] BAD = {
    {0}, {0x1b, '[', '3', '1', 'm'}, {0x07}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED,
      (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE9}, {(byte) 0xEF, (byte) 0xBB,
      (byte) 0xBF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {0x7f}, {'\r'},
    {(byte) 0xE2, (byte) 0x80, (byte) 0xAE}
  };

  private static final Charset[] ENCODINGS = {
    StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16,
    Charset.forName("UTF-32LE"), Charset.forName("UTF-32BE"), StandardCharsets.ISO_8859_1
  };

  private static final Kind[] KINDS = Kind.values();

  private ByteMutations() {}

  /**
   * Returns a generator of mutants of the files {@code files} generates.
   *
   * @param files the valid files, not null
   * @return the generator; it shrinks by dropping bytes
   */
  public static Gen<byte[]> of(Gen<byte[]> files) {
    Objects.requireNonNull(files, "files");
    Gen<byte[]> gen = source -> {
      byte[] bytes = files.next(source.split());
      int edits = source.between(1, 4);
      for (int e = 0; e < edits; e++) {
        bytes = mutate(bytes, KINDS[source.nextInt(KINDS.length)], source);
      }
      return bytes;
    };
    return gen.withShrinker(ByteMutations::shorter);
  }

  /**
   * Applies one mutation of a given kind.
   *
   * @param bytes the input, not null; not changed
   * @param kind the kind of mutation
   * @param s the source of randomness
   * @return the mutant, a new array
   */
  public static byte[] mutate(byte[] bytes, Kind kind, Source s) {
    int n = bytes.length;
    int at = n == 0 ? 0 : s.nextInt(n + 1);
    switch (kind) {
      case TRUNCATE_ANYWHERE:
        return Arrays.copyOf(bytes, at);
      case TRUNCATE_AFTER_TOKEN: {
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if ("{[:,\"\\0123456789".indexOf(bytes[i]) >= 0) {
            cuts.add(i + 1);
          }
        }
        return cuts.isEmpty() ? Arrays.copyOf(bytes, at)
            : Arrays.copyOf(bytes, s.pick(cuts));
      }
      case TRUNCATE_IN_CHARACTER: {
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if ((bytes[i] & 0xC0) == 0xC0) {
            cuts.add(i + 1);
          }
        }
        return cuts.isEmpty() ? Arrays.copyOf(bytes, at) : Arrays.copyOf(bytes, s.pick(cuts));
      }
      case FLIP_BYTE: {
        byte[] out = bytes.clone();
        if (n > 0) {
          out[s.nextInt(n)] = (byte) s.nextInt(256);
        }
        return out;
      }
      case FLIP_BIT: {
        byte[] out = bytes.clone();
        if (n > 0) {
          out[s.nextInt(n)] ^= (byte) (1 << s.nextInt(8));
        }
        return out;
      }
      case INSERT_TOKEN:
        return insert(bytes, at, TOKENS[s.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
      case DELETE_BYTES: {
        int end = Math.min(n, at + s.between(1, 8));
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        out.write(bytes, 0, at);
        out.write(bytes, end, n - end);
        return out.toByteArray();
      }
      case DEEP_NESTING: {
        int depth = s.chance(0.8) ? s.between(1_000, 10_000) : s.between(10_000, 200_000);
        String open = s.chance(0.5) ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        StringBuilder v = new StringBuilder(depth * (open.length() + 1) + 16);
        v.append("\"x-deep\":").append(open.repeat(depth));
        if (s.chance(0.5)) {
          v.append("1").append(close.repeat(depth)).append(',');
        }
        return insert(bytes, afterFirstBrace(bytes), v.toString().getBytes(StandardCharsets.UTF_8));
      }
      case HUGE_STRING: {
        int length = s.chance(0.8) ? s.between(1_000, 100_000) : s.between(100_000, 2_000_000);
        String unit = s.pick(List.of("a", "\\n", "é", "🙂", "\\u00e9", "\\\"", " "));
        String value = "\"x-huge\":\"" + unit.repeat(length / unit.length())
            + (s.chance(0.8) ? "\"," : "");
        return insert(bytes, afterFirstBrace(bytes), value.getBytes(StandardCharsets.UTF_8));
      }
      case HUGE_NUMBER: {
        String number = s.pick(List.of(
            "9".repeat(s.between(100, 20_000)), "1e" + "9".repeat(s.between(10, 1_000)),
            "0." + "0".repeat(s.between(100, 20_000)) + "1", "-" + "1".repeat(s.between(100, 5_000))
                + ".5e-99999999999"));
        return insert(bytes, afterFirstBrace(bytes),
            ("\"x-number\":" + number + ",").getBytes(StandardCharsets.UTF_8));
      }
      case WRONG_ENCODING: {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int choice = s.nextInt(ENCODINGS.length + 2);
        if (choice < ENCODINGS.length) {
          byte[] encoded = text.getBytes(ENCODINGS[choice]);
          if (s.chance(0.3) && encoded.length > 1) {
            encoded = Arrays.copyOf(encoded, encoded.length - 1); // an odd length
          }
          return encoded;
        }
        byte[] bom = choice == ENCODINGS.length ? new byte[] {(byte) 0xEF, (byte) 0xBB,
            (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF} : new byte[] {(byte) 0xFF,
            (byte) 0xFE};
        return insert(bytes, 0, bom);
      }
      case BAD_BYTES:
        return insert(bytes, at, BAD[s.nextInt(BAD.length)]);
      default: {
        int from = n == 0 ? 0 : s.nextInt(n);
        int to = Math.min(n, from + s.between(1, 200));
        return insert(bytes, at, Arrays.copyOfRange(bytes, from, to));
      }
    }
  }

  /**
   * Returns shorter versions of an input: without its second half, its first half, then without
   * each quarter, eighth, ... down to single bytes for inputs of up to 64 bytes.
   *
   * @param bytes the input
   * @return the candidates, lazily
   */
  public static Stream<byte[]> shorter(byte[] bytes) {
    int n = bytes.length;
    if (n == 0) {
      return Stream.empty();
    }
    return IntStream.iterate(2, parts -> parts <= n && parts <= 64, parts -> parts * 2)
        .boxed()
        .flatMap(parts -> IntStream.range(0, parts).mapToObj(i -> {
          int from = (int) ((long) n * i / parts);
          int to = (int) ((long) n * (i + 1) / parts);
          ByteArrayOutputStream out = new ByteArrayOutputStream(n);
          out.write(bytes, 0, from);
          out.write(bytes, to, n - to);
          return out.toByteArray();
        }));
  }

  private static int afterFirstBrace(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '{') {
        return i + 1;
      }
    }
    return 0;
  }

  private static byte[] insert(byte[] bytes, int at, byte[] what) {
    int where = Math.min(at, bytes.length);
    byte[] out = new byte[bytes.length + what.length];
    System.arraycopy(bytes, 0, out, 0, where);
    System.arraycopy(what, 0, out, where, what.length);
    System.arraycopy(bytes, where, out, where + what.length, bytes.length - where);
    return out;
  }
}
