package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.problem.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every value of one document starts in the file, by JSON Pointer, and which elements of
 * each list were left out of the built document, so that a pointer into the built document finds
 * its place in the file. Filled by one read; read-only (and so thread-safe) after it.
 */
public final class LocationIndex {

  /**
   * The most positions recorded for one document (about 100 MB): a document of millions of tiny
   * values keeps the positions of its first ones, and locates the others by their nearest
   * recorded ancestor.
   */
  static final int MAX_POSITIONS = 1_000_000;

  /** An index that records nothing, for reads that need no locations. */
  public static final LocationIndex NONE = new LocationIndex(false, 0);

  private final boolean enabled;
  private final int lineOffset;
  private final PositionMap positions = new PositionMap();
  private final Map<String, int[]> retained = new HashMap<>();

  private LocationIndex(boolean enabled, int lineOffset) {
    this.enabled = enabled;
    this.lineOffset = lineOffset;
  }

  /**
   * Returns a new, empty index.
   *
   * @param lineOffset the number of lines before line 1 of the parsed text
   * @return the index
   */
  public static LocationIndex create(int lineOffset) {
    return new LocationIndex(true, lineOffset);
  }

  /**
   * Records where a value starts.
   *
   * @param pointer the value's pointer in the file
   * @param position the packed position
   */
  public void put(String pointer, long position) {
    if (enabled && Positions.isKnown(position) && positions.size() < MAX_POSITIONS) {
      positions.putIfAbsent(pointer, position); // the first of duplicate keys is the one kept
    }
  }

  /**
   * Records which elements of a list were kept in the built document.
   *
   * @param pointer the list's pointer in the file
   * @param kept the file indexes of the kept elements, in order
   */
  public void retain(String pointer, List<Integer> kept) {
    if (enabled) {
      retained.put(pointer, kept.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /**
   * Returns the location of the value at a pointer of the built document: its line and column in
   * the file, or those of the nearest enclosing value present in the file.
   *
   * @param pointer the pointer, into the document as built
   * @return the location, with the pointer given; without line and column if nothing was read
   * @throws IllegalArgumentException if the pointer is not a JSON Pointer
   */
  public Location locate(String pointer) {
    List<String> tokens = Pointers.split(pointer);
    String inFile = "";
    long best = positions.get("");
    for (String token : tokens) {
      int[] kept = retained.get(inFile);
      String fileToken = token;
      if (kept != null) {
        int index = parseIndex(token);
        if (index < 0 || index >= kept.length) {
          break;
        }
        fileToken = Integer.toString(kept[index]);
      }
      inFile = Pointers.child(inFile, fileToken);
      long position = positions.get(inFile);
      if (!Positions.isKnown(position)) {
        break;
      }
      best = position;
    }
    if (!Positions.isKnown(best)) {
      return Location.of(pointer);
    }
    return Location.of(pointer, Positions.line(best) + lineOffset, Positions.column(best));
  }

  /**
   * Returns the pointers recorded, for tests.
   *
   * @return the pointers
   */
  List<String> pointers() {
    return positions.keys();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof LocationIndex other)) {
      return false;
    }
    if (enabled != other.enabled || lineOffset != other.lineOffset
        || !positions.equals(other.positions) || !retained.keySet().equals(other.retained.keySet())) {
      return false;
    }
    for (Map.Entry<String, int[]> entry : retained.entrySet()) {
      if (!Arrays.equals(entry.getValue(), other.retained.get(entry.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return positions.hashCode() * 31 + lineOffset;
  }

  /** An open-addressing map from pointer to packed position, without boxing. */
  private static final class PositionMap {
    private String[] keys = new String[256];
    private long[] values = new long[256];
    private int size;

    int size() {
      return size;
    }

    void putIfAbsent(String key, long value) {
      if ((size + 1) * 4 > keys.length * 3) {
        grow();
      }
      int mask = keys.length - 1;
      int i = mix(key.hashCode()) & mask;
      while (keys[i] != null) {
        if (keys[i].equals(key)) {
          return;
        }
        i = (i + 1) & mask;
      }
      keys[i] = key;
      values[i] = value;
      size++;
    }

    /** Returns the position, or {@link Positions#UNKNOWN}. */
    long get(String key) {
      int mask = keys.length - 1;
      int i = mix(key.hashCode()) & mask;
      while (keys[i] != null) {
        if (keys[i].equals(key)) {
          return values[i];
        }
        i = (i + 1) & mask;
      }
      return Positions.UNKNOWN;
    }

    private void grow() {
      String[] oldKeys = keys;
      long[] oldValues = values;
      keys = new String[oldKeys.length * 2];
      values = new long[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != null) {
          putIfAbsent(oldKeys[i], oldValues[i]);
        }
      }
    }

    private static int mix(int hash) {
      return hash ^ (hash >>> 16);
    }

    List<String> keys() {
      List<String> list = new ArrayList<>();
      for (String key : keys) {
        if (key != null) {
          list.add(key);
        }
      }
      return list;
    }

    private Map<String, Long> asMap() {
      Map<String, Long> map = new HashMap<>();
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] != null) {
          map.put(keys[i], values[i]);
        }
      }
      return map;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof PositionMap other && asMap().equals(other.asMap());
    }

    @Override
    public int hashCode() {
      return asMap().hashCode();
    }
  }

  private static int parseIndex(String token) {
    if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
      return -1;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(token);
  }
}
