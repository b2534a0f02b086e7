package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.problem.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every value of one document starts in the file, and which elements of each list were
 * left out of the built document, so that a JSON Pointer into the built document finds its place
 * in the file. Filled by one read; read-only (and so thread-safe) after it.
 *
 * <p>The read records each value as a node: its parent node, its member name (or nothing, for a
 * list element, whose index is its rank among its parent's elements) and its packed position, in
 * flat arrays, in the order the values start. No pointer string is made while reading: a read
 * locates few of its values, if any, so pointers are resolved only by {@link #locate(String)},
 * which walks the nodes by a child table built on its first call.
 */
public final class LocationIndex {

  /**
   * The most positions recorded for one document (about 12 MB of nodes): a document of millions
   * of tiny values keeps the positions of its first ones, and locates the others by their nearest
   * recorded ancestor.
   */
  static final int MAX_POSITIONS = 1_000_000;

  /** The node of a value that was not recorded (the index is full, or records nothing). */
  public static final int NO_NODE = -1;

  /** An index that records nothing, for reads that need no locations. */
  public static final LocationIndex NONE = new LocationIndex(false, 0);

  // Nodes are stored in segments of fixed size, so that growing never copies them and a small
  // document allocates one segment only.
  private static final int SEGMENT_BITS = 6;
  private static final int SEGMENT = 1 << SEGMENT_BITS;
  private static final int MASK = SEGMENT - 1;

  private final boolean enabled;
  private final int lineOffset;
  private int size;
  private int[][] parents; // NO_NODE for the root
  private String[][] names; // null for a list element (and the root)
  // Positions, each encoded in an int against the one before (see encode): values start in
  // document order, mostly on the line of the previous one or a few lines further, so that half
  // the memory of a long each is enough. Decoded in order, by the first locate.
  private int[][] positions;
  private long last; // the position of the last node added
  private long[] overflow; // the positions an int cannot encode, in order
  private int overflowSize;
  // The arrays of the segment nodes are added to, and how many nodes it has room for.
  private int[] segmentParents;
  private String[] segmentNames;
  private int[] segmentPositions;
  private int free;
  private Map<Integer, int[]> retained; // list node -> file indexes of its kept elements
  private volatile Children children; // made by the first locate

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
   * Records where the document (the root value) starts: the first node of the index.
   *
   * @param position the packed position
   * @return the root's node, or {@link #NO_NODE}
   */
  public int root(long position) {
    return size == 0 ? add(NO_NODE, null, position) : NO_NODE;
  }

  /**
   * Records where a member of an object starts. Of duplicate names, the first is the one located.
   *
   * @param parent the object's node
   * @param name the member name
   * @param position the packed position
   * @return the member's node, or {@link #NO_NODE}
   */
  public int member(int parent, String name, long position) {
    return parent == NO_NODE ? NO_NODE : add(parent, name, position);
  }

  /**
   * Records where the next element of a list starts; elements are recorded in order, all of them,
   * so that an element's index is its rank among the list's elements.
   *
   * @param parent the list's node
   * @param position the packed position
   * @return the element's node, or {@link #NO_NODE}
   */
  public int element(int parent, long position) {
    return parent == NO_NODE ? NO_NODE : add(parent, null, position);
  }

  private int add(int parent, String name, long position) {
    if (free == 0 && !newSegment()) {
      return NO_NODE;
    }
    // The arrays of the current segment are kept in fields: one store each, no look-up.
    int i = size & MASK;
    segmentParents[i] = parent;
    segmentNames[i] = name;
    segmentPositions[i] = encode(position);
    free--;
    return size++;
  }

  /** Starts the segment of the next node; false if the index records no more nodes. */
  private boolean newSegment() {
    if (!enabled || size >= MAX_POSITIONS) {
      return false;
    }
    int segment = size >>> SEGMENT_BITS;
    if (parents == null) {
      parents = new int[4][];
      names = new String[4][];
      positions = new int[4][];
    } else if (segment == parents.length) {
      parents = Arrays.copyOf(parents, segment * 2);
      names = Arrays.copyOf(names, segment * 2);
      positions = Arrays.copyOf(positions, segment * 2);
    }
    segmentParents = new int[SEGMENT];
    segmentNames = new String[SEGMENT];
    segmentPositions = new int[SEGMENT];
    parents[segment] = segmentParents;
    names[segment] = segmentNames;
    positions[segment] = segmentPositions;
    free = Math.min(SEGMENT - (size & MASK), MAX_POSITIONS - size);
    return true;
  }

  // An encoded position is, against the previous position (0 before the first):
  // - on the same line, the columns it moves forward: 0 to 2^30 - 1;
  // - on a later line, 2^30 | lines forward (1 to 1023) << 20 | the column (below 2^20);
  // - otherwise, -1 - its index in overflow.
  private static final int NEXT_LINE = 1 << 30;
  private static final int LINE_SHIFT = 20;
  private static final int COLUMN_MASK = (1 << LINE_SHIFT) - 1;

  private int encode(long position) {
    long previous = last;
    last = position;
    if (Positions.isKnown(position)) {
      int line = Positions.line(position);
      int column = Positions.column(position);
      int previousLine = Positions.line(previous); // 0 for an unknown one
      if (line == previousLine) {
        int forward = column - Positions.column(previous);
        if (forward >= 0 && forward < NEXT_LINE) {
          return forward;
        }
      } else if (line > previousLine && line - previousLine < 1024 && column <= COLUMN_MASK) {
        return NEXT_LINE | (line - previousLine) << LINE_SHIFT | column;
      }
    }
    if (overflow == null) {
      overflow = new long[4];
    } else if (overflowSize == overflow.length) {
      overflow = Arrays.copyOf(overflow, overflowSize * 2);
    }
    overflow[overflowSize] = position;
    return -1 - overflowSize++;
  }

  /** Decodes the position of a node from the position of the node before it (0 for the first). */
  private long decode(int node, long previous) {
    int code = positions[node >>> SEGMENT_BITS][node & MASK];
    if (code < 0) {
      return overflow[-1 - code];
    }
    if ((code & NEXT_LINE) == 0) {
      return previous + code;
    }
    return Positions.of(Positions.line(previous) + (code >>> LINE_SHIFT & 1023),
        code & COLUMN_MASK);
  }

  /** Decodes the positions of all nodes, in order. */
  private long[] positions() {
    long[] all = new long[size];
    long previous = 0;
    for (int node = 0; node < size; node++) {
      previous = decode(node, previous);
      all[node] = previous;
    }
    return all;
  }

  private int parent(int node) {
    return parents[node >>> SEGMENT_BITS][node & MASK];
  }

  private String name(int node) {
    return names[node >>> SEGMENT_BITS][node & MASK];
  }


  /**
   * Records which elements of a list were kept in the built document.
   *
   * @param list the list's node
   * @param kept the file indexes of the kept elements, in order, in its first {@code count} ints
   * @param count how many elements were kept
   */
  public void retain(int list, int[] kept, int count) {
    if (enabled && list != NO_NODE) {
      if (retained == null) {
        retained = new HashMap<>();
      }
      retained.put(list, Arrays.copyOf(kept, count));
    }
  }

  /**
   * Returns the location of the value at a pointer of the built document: its line and column in
   * the file, or those of the nearest enclosing value present in the file, and its pointer in the
   * file. The two pointers differ where list elements were left out of the built document: the
   * third element built may be the fourth of the file.
   *
   * @param pointer the pointer, into the document as built
   * @return the location, with the pointer in the file; without line and column if nothing was
   *     read
   * @throws IllegalArgumentException if the pointer is not a JSON Pointer
   */
  public Location locate(String pointer) {
    List<String> tokens = Pointers.split(pointer);
    if (size == 0) {
      return Location.of(pointer);
    }
    Children table = children();
    int node = 0;
    long best = table.positions[0];
    // The pointer in the file: the tokens as given, but for the indexes of lists with elements
    // left out, made only when one is met (most pointers are the same in both).
    StringBuilder inFile = null;
    int token = 0;
    for (; token < tokens.size(); token++) {
      String name = tokens.get(token);
      int[] kept = retained == null ? null : retained.get(node);
      int child;
      if (kept != null) {
        int index = parseIndex(name);
        if (index < 0 || index >= kept.length) {
          break;
        }
        child = table.element(node, kept[index]);
        if (kept[index] != index && inFile == null) {
          inFile = new StringBuilder();
          for (int i = 0; i < token; i++) {
            Pointers.appendEscaped(inFile.append('/'), tokens.get(i));
          }
        }
        if (inFile != null) {
          inFile.append('/').append(kept[index]);
        }
      } else {
        child = table.member(node, name);
        if (child == NO_NODE) {
          int index = parseIndex(name);
          child = index < 0 ? NO_NODE : table.element(node, index);
        }
        if (inFile != null) {
          Pointers.appendEscaped(inFile.append('/'), name);
        }
      }
      if (child == NO_NODE || !Positions.isKnown(table.positions[child])) {
        token++; // the token is in inFile already, if it is made
        break;
      }
      node = child;
      best = table.positions[child];
    }
    if (inFile != null) {
      for (; token < tokens.size(); token++) {
        Pointers.appendEscaped(inFile.append('/'), tokens.get(token));
      }
    }
    String filePointer = inFile == null ? pointer : inFile.toString();
    if (!Positions.isKnown(best)) {
      return Location.of(filePointer);
    }
    return Location.of(filePointer, Positions.line(best) + lineOffset, Positions.column(best));
  }

  private Children children() {
    Children table = children;
    if (table == null) {
      // Two threads may both build it: the tables are equal, and either may be kept.
      table = new Children(this);
      children = table;
    }
    return table;
  }

  /**
   * Returns the pointers recorded, in the order their values start, for tests.
   *
   * @return the pointers
   */
  List<String> pointers() {
    List<String> list = new ArrayList<>(size);
    int[] rank = new int[size];
    int[] elementIndex = new int[size];
    for (int node = 0; node < size; node++) {
      int parent = parent(node);
      if (parent == NO_NODE) {
        list.add("");
      } else if (name(node) == null) {
        elementIndex[node] = rank[parent]++;
        list.add(Pointers.child(list.get(parent), elementIndex[node]));
      } else {
        list.add(Pointers.child(list.get(parent), name(node)));
      }
    }
    return list;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof LocationIndex other)) {
      return false;
    }
    if (enabled != other.enabled || lineOffset != other.lineOffset || size != other.size) {
      return false;
    }
    long position = 0;
    long otherPosition = 0;
    for (int node = 0; node < size; node++) {
      position = decode(node, position);
      otherPosition = other.decode(node, otherPosition);
      if (parent(node) != other.parent(node) || position != otherPosition
          || !java.util.Objects.equals(name(node), other.name(node))) {
        return false;
      }
    }
    Map<Integer, int[]> mine = retained == null ? Map.of() : retained;
    Map<Integer, int[]> theirs = other.retained == null ? Map.of() : other.retained;
    if (!mine.keySet().equals(theirs.keySet())) {
      return false;
    }
    for (Map.Entry<Integer, int[]> entry : mine.entrySet()) {
      if (!Arrays.equals(entry.getValue(), theirs.get(entry.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = size * 31 + lineOffset;
    long position = 0;
    for (int node = 0; node < size; node++) {
      position = decode(node, position);
      hash = hash * 31 + Long.hashCode(position);
    }
    return hash;
  }

  /**
   * The children of every node, by member name or element index: an open-addressing table of
   * node numbers. Of two members of the same object with the same name, the first is kept.
   */
  private static final class Children {
    private final LocationIndex index;
    private final int[] slots; // node + 1, 0 for an empty slot
    private final int[] elementIndex; // the index of each list element among its list's
    final long[] positions; // the position of each node

    Children(LocationIndex index) {
      this.index = index;
      int size = index.size;
      int capacity = Integer.highestOneBit(Math.max(4, size) * 2) * 2;
      slots = new int[capacity];
      elementIndex = new int[size];
      int[] rank = new int[size];
      positions = index.positions();
      for (int node = 1; node < size; node++) {
        int parent = index.parent(node);
        String name = index.name(node);
        if (name == null) {
          elementIndex[node] = rank[parent]++;
          insert(node, hash(parent, elementIndex[node]));
        } else if (member(parent, name) == NO_NODE) {
          insert(node, hash(parent, name.hashCode()));
        }
      }
    }

    private void insert(int node, int hash) {
      int mask = slots.length - 1;
      int i = hash & mask;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = node + 1;
    }

    int member(int parent, String name) {
      int mask = slots.length - 1;
      for (int i = hash(parent, name.hashCode()) & mask; slots[i] != 0; i = (i + 1) & mask) {
        int node = slots[i] - 1;
        if (index.parent(node) == parent && name.equals(index.name(node))) {
          return node;
        }
      }
      return NO_NODE;
    }

    int element(int parent, int elementIndexWanted) {
      int mask = slots.length - 1;
      for (int i = hash(parent, elementIndexWanted) & mask; slots[i] != 0; i = (i + 1) & mask) {
        int node = slots[i] - 1;
        if (index.parent(node) == parent && index.name(node) == null
            && elementIndex[node] == elementIndexWanted) {
          return node;
        }
      }
      return NO_NODE;
    }

    private static int hash(int parent, int key) {
      int h = parent * 0x9E3779B9 + key;
      return h ^ (h >>> 16);
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
