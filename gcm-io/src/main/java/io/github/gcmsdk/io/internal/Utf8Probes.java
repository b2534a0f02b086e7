package io.github.gcmsdk.io.internal;

/**
 * Byte sequences that are not UTF-8, for an engine to find out once whether its byte parser
 * rejects them all ({@link JsonEngine#rejectsMalformedUtf8()}).
 */
public final class Utf8Probes {

  private static final byte[][] SEQUENCES = {
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
      {(byte) 0xC0, (byte) 0xAF}, // overlong, 2 bytes
      {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong, 3 bytes
      {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}, // overlong, 4 bytes
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
  };

  private Utf8Probes() {}

  /**
   * Returns each probe as a JSON string: the sequence between double quotes.
   *
   * @return fresh arrays, one per probe
   */
  public static byte[][] quotedStrings() {
    byte[][] quoted = new byte[SEQUENCES.length][];
    for (int i = 0; i < SEQUENCES.length; i++) {
      byte[] sequence = SEQUENCES[i];
      byte[] json = new byte[sequence.length + 2];
      json[0] = '"';
      System.arraycopy(sequence, 0, json, 1, sequence.length);
      json[json.length - 1] = '"';
      quoted[i] = json;
    }
    return quoted;
  }
}
