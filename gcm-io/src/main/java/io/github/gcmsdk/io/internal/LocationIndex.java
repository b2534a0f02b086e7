package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.problem.JsonPointer;
import io.github.gcmsdk.problem.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where every value of one document starts in the file, and which elements of each list were
 * left out of the built document, so that a JSON Pointer into the built document finds its place
 * in the file. Filled by one read; thread-safe after it.
 *
 * <p>Each value is a node: its parent node, its member name (or nothing, for a list element, whose
 * index is its rank among its parent's elements) and its position, in plain arrays, in the order
 * the values start. A read of characters records the nodes as it goes; a read of bytes in memory
 * ({@link #of}) records nothing, and the first {@link #locate(String)} parses the bytes again to
 * record them. No pointer string is made while reading: a read locates few of its values, if any,
 * so pointers are resolved only by {@link #locate(String)}, which walks the nodes by a child table
 * built on its first call.
 */
public final class LocationIndex {

  /**
   * The most positions recorded for one document (about 16 MB of nodes): a document of millions
   * of tiny values keeps the positions of its first ones, and locates the others by their nearest
   * recorded ancestor.
   */
  static final int MAX_POSITIONS = 1_000_000;

  /** The node of a value that was not recorded (the index is full, or records nothing). */
  public static final int NO_NODE = -1;

  /** An index that records nothing, for reads that need no locations. */
  public static final LocationIndex NONE = new LocationIndex(false, 0);

  private static final int INITIAL = 64;

  private final boolean enabled;
  private final int lineOffset;
  private int size;
  private int[] parents = new int[0]; // NO_NODE for the root
  private String[] names = new String[0]; // null for a list element (and the root)
  private long[] positions = new long[0]; // as given: packed, or byte offsets resolved by lines
  private final ByteLines lines; // for byte offsets; null when there are none
  private Map<Integer, int[]> retained; // list node -> file indexes of its kept elements
  // Bytes whose values are recorded only when the first location is asked for (see of(...)).
  private final byte[] source;
  private final int sourceFrom;
  private final int sourceLength;
  private final TokenSource.OnBytes parsers;
  private final int maxDepth;
  private Map<String, int[]> retainedAt; // list pointer in the file -> kept elements, till recorded
  private volatile Children children; // made by the first locate

  private LocationIndex(boolean enabled, int lineOffset) {
    this(enabled, lineOffset, null, 0, 0, null, 0);
  }

  private LocationIndex(boolean enabled, int lineOffset, byte[] source, int from, int length,
      TokenSource.OnBytes parsers, int maxDepth) {
    this.enabled = enabled;
    this.lineOffset = lineOffset;
    this.source = source;
    this.sourceFrom = from;
    this.sourceLength = length;
    this.parsers = parsers;
    this.maxDepth = maxDepth;
    this.lines = source == null ? null : new ByteLines(source, from, length);
  }

  /**
   * Returns an index of UTF-8 bytes in memory that a read parses without error: nothing is
   * recorded while reading; the first {@link #locate(String)} parses the bytes again, token by
   * token, and records every value as a read records it (values nested deeper than the limit
   * excepted), with its byte offset, turned into line and column when located. Most reads locate
   * nothing, so that most reads pay nothing for their locations.
   *
   * @param bytes the bytes, referred to, not copied: they must not change
   * @param from where the document starts
   * @param length how many bytes it has
   * @param lineOffset the number of lines before line 1 of the bytes
   * @param parsers opens the parser that reads them, of the engine that read them
   * @param maxDepth the nesting depth limit of the read
   * @return the index
   */
  static LocationIndex of(byte[] bytes, int from, int length, int lineOffset,
      TokenSource.OnBytes parsers, int maxDepth) {
    return new LocationIndex(true, lineOffset, bytes, from, length, parsers, maxDepth);
  }

  /**
   * Returns the lines of the bytes of an index made by {@link #of}, to resolve the positions of
   * problems.
   *
   * @return the lines, or null for an index of recorded positions
   */
  ByteLines lines() {
    return lines;
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
    return size == 0 && source == null ? add(NO_NODE, null, position) : NO_NODE;
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
    return parent == NO_NODE || source != null ? NO_NODE : add(parent, name, position);
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
    return parent == NO_NODE || source != null ? NO_NODE : add(parent, null, position);
  }

  private int add(int parent, String name, long position) {
    if (size == parents.length) {
      if (!enabled || size >= MAX_POSITIONS) {
        return NO_NODE;
      }
      int capacity = Math.min(MAX_POSITIONS, Math.max(INITIAL, size * 2));
      parents = Arrays.copyOf(parents, capacity);
      names = Arrays.copyOf(names, capacity);
      positions = Arrays.copyOf(positions, capacity);
    }
    parents[size] = parent;
    names[size] = name;
    positions[size] = position;
    return size++;
  }

  private long position(int node) {
    return lines == null ? positions[node] : lines.resolve(positions[node]);
  }

  /**
   * Records which elements of a list were kept in the built document.
   *
   * @param list the list's node
   * @param kept the file indexes of the kept elements, in order, in its first {@code count} ints
   * @param count how many elements were kept
   */
  public void retain(int list, int[] kept, int count) {
    retain(list, null, kept, count);
  }

  /**
   * Records which elements of a list were kept in the built document.
   *
   * @param list the list's node
   * @param pointer the list's pointer in the file, for an index made by {@link #of}; else null
   * @param kept the file indexes of the kept elements, in order, in its first {@code count} ints
   * @param count how many elements were kept
   */
  void retain(int list, String pointer, int[] kept, int count) {
    if (source != null && pointer != null) {
      if (retainedAt == null) {
        retainedAt = new HashMap<>();
      }
      retainedAt.put(pointer, Arrays.copyOf(kept, count));
    } else if (enabled && list != NO_NODE) {
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
    List<String> tokens = JsonPointer.parse(pointer).tokens();
    Children table = children();
    if (size == 0) {
      return Location.of(pointer);
    }
    int node = 0;
    long best = position(0);
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
            inFile.append('/').append(JsonPointer.escape(tokens.get(i)));
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
          inFile.append('/').append(JsonPointer.escape(name));
        }
      }
      if (child == NO_NODE || !Positions.isKnown(positions[child])) {
        token++; // the token is in inFile already, if it is made
        break;
      }
      node = child;
      best = position(child);
    }
    if (inFile != null) {
      for (; token < tokens.size(); token++) {
        inFile.append('/').append(JsonPointer.escape(tokens.get(token)));
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
      synchronized (this) { // the nodes of bytes are recorded once
        table = children;
        if (table == null) {
          if (source != null) {
            record();
          }
          table = new Children(this);
          children = table;
        }
      }
    }
    return table;
  }

  /** Records the values of the bytes, as a read that found no problem of the input does. */
  private void record() {
    int[] stack = new int[16]; // the node of each open container (NO_NODE if not recorded)
    boolean[] inObject = new boolean[16];
    int depth = 0;
    String name = null;
    try (TokenSource parser = parsers.open(source, sourceFrom, sourceLength)) {
      for (Token token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == Token.NAME) {
          name = parser.currentName();
          continue;
        }
        if (token == Token.END_OBJECT || token == Token.END_ARRAY) {
          depth--;
          continue;
        }
        int node = NO_NODE;
        int parent = depth == 0 ? NO_NODE : stack[depth - 1];
        // A value nested deeper than the limit is recorded; what is inside it, not read, is not.
        if ((depth == 0 && size == 0) || (parent != NO_NODE && depth + 1 <= maxDepth + 1)) {
          long position = Positions.ofOffset(parser.tokenByteOffset());
          node = add(parent, depth > 0 && inObject[depth - 1] ? name : null, position);
        }
        if (token.isStructStart()) {
          if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
            inObject = Arrays.copyOf(inObject, depth * 2);
          }
          inObject[depth] = token == Token.START_OBJECT;
          stack[depth++] = node;
        }
      }
    } catch (IOException e) {
      // not for bytes that were read without a problem of the input: keep what was recorded
    }
    if (retainedAt != null) {
      Children table = new Children(this);
      retained = new HashMap<>();
      for (Map.Entry<String, int[]> entry : retainedAt.entrySet()) {
        int node = 0;
        for (String token : JsonPointer.parse(entry.getKey()).tokens()) {
          int child = table.member(node, token);
          node = child != NO_NODE || parseIndex(token) < 0 ? child
              : table.element(node, parseIndex(token));
          if (node == NO_NODE) {
            break;
          }
        }
        if (node != NO_NODE) {
          retained.put(node, entry.getValue());
        }
      }
    }
  }

  /**
   * Returns the pointers recorded, in the order their values start, for tests.
   *
   * @return the pointers
   */
  List<String> pointers() {
    children();
    List<JsonPointer> list = new ArrayList<>(size);
    int[] rank = new int[size];
    for (int node = 0; node < size; node++) {
      int parent = parents[node];
      if (parent == NO_NODE) {
        list.add(JsonPointer.ROOT);
      } else if (names[node] == null) {
        list.add(list.get(parent).child(rank[parent]++));
      } else {
        list.add(list.get(parent).child(names[node]));
      }
    }
    return list.stream().map(JsonPointer::toString).collect(Collectors.toList());
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof LocationIndex other)) {
      return false;
    }
    children();
    other.children();
    if (enabled != other.enabled || lineOffset != other.lineOffset || size != other.size) {
      return false;
    }
    for (int node = 0; node < size; node++) {
      if (parents[node] != other.parents[node] || position(node) != other.position(node)
          || !java.util.Objects.equals(names[node], other.names[node])) {
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
    children();
    int hash = size * 31 + lineOffset;
    for (int node = 0; node < size; node++) {
      hash = hash * 31 + Long.hashCode(position(node));
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

    Children(LocationIndex index) {
      this.index = index;
      int size = index.size;
      int capacity = Integer.highestOneBit(Math.max(4, size) * 2) * 2;
      slots = new int[capacity];
      elementIndex = new int[size];
      int[] rank = new int[size];
      for (int node = 1; node < size; node++) {
        int parent = index.parents[node];
        String name = index.names[node];
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
        if (index.parents[node] == parent && name.equals(index.names[node])) {
          return node;
        }
      }
      return NO_NODE;
    }

    int element(int parent, int elementIndexWanted) {
      int mask = slots.length - 1;
      for (int i = hash(parent, elementIndexWanted) & mask; slots[i] != 0; i = (i + 1) & mask) {
        int node = slots[i] - 1;
        if (index.parents[node] == parent && index.names[node] == null
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
