package io.github.gcmsdk.io.internal;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * Positions in a {@code long}: line and column packed, the line in the high half, the column in the
 * low; or, for bytes parsed by Jackson's byte parser, the byte offset of the value, negative, turned
 * into line and column only when a problem or a location needs it ({@link ByteLines}).
 */
public final class Positions {

  /** An unknown position. */
  public static final long UNKNOWN = 0L;

  private Positions() {}

  /**
   * Packs a line and column.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the packed position, or {@link #UNKNOWN} if either is below 1
   */
  public static long of(int line, int column) {
    if (line < 1 || column < 1) {
      return UNKNOWN;
    }
    return ((long) line << 32) | column;
  }

  /**
   * Packs a Jackson location.
   *
   * @param location the location, may be null
   * @return the packed position
   */
  public static long of(JsonLocation location) {
    return location == null ? UNKNOWN : of(location.getLineNr(), location.getColumnNr());
  }

  /**
   * Encodes a byte offset, for {@link ByteLines#resolve(long)}.
   *
   * @param offset the offset from the start of the parsed bytes, from 0
   * @return the position
   */
  public static long ofOffset(long offset) {
    return -1 - offset;
  }

  /**
   * Tells whether a position is a byte offset still to be resolved.
   *
   * @param position the position
   * @return true for a position made by {@link #ofOffset(long)}
   */
  public static boolean isOffset(long position) {
    return position < 0;
  }

  /**
   * Returns the byte offset of a position made by {@link #ofOffset(long)}.
   *
   * @param position the position
   * @return the offset
   */
  public static long offset(long position) {
    return -1 - position;
  }

  /**
   * Tells whether a position is known.
   *
   * @param position the packed position
   * @return true if it has a line and column
   */
  public static boolean isKnown(long position) {
    return position != UNKNOWN;
  }

  /**
   * Returns the line.
   *
   * @param position the packed position
   * @return the line
   */
  public static int line(long position) {
    return (int) (position >>> 32);
  }

  /**
   * Returns the column.
   *
   * @param position the packed position
   * @return the column
   */
  public static int column(long position) {
    return (int) position;
  }
}
