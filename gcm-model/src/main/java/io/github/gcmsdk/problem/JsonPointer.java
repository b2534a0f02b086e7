package io.github.gcmsdk.problem;

import java.util.List;
import java.util.Optional;

/**
 * A JSON Pointer (RFC 6901): the path from the root of a document to one of its values, such as
 * {@code /sections/0/recommendations/1/text}.
 *
 * <p>The one pointer type of gcm-sdk: the reader builds the pointers of what it reads with it, the
 * validator those of what it checks, and the test kit those of what it breaks. A pointer is built
 * child by child in constant time and turned into text only when asked, so walking a document
 * costs nothing per value until a problem needs its location.
 *
 * <p>Two pointers are equal when their texts are equal: {@code ROOT.child("a").child(0)} equals
 * {@code parse("/a/0")}. They are ordered as a reader meets the values: token by token, array
 * indexes by number and before member names, a parent before its children, so that
 * {@code /sections/2} comes before {@code /sections/10}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JsonPointer implements Comparable<JsonPointer> {

  /** The pointer to the whole document, whose text is {@code ""}. */
  public static final JsonPointer ROOT = new JsonPointer(null, null, -1);

  private final JsonPointer parent;
  private final String name; // the unescaped member name; null for an array index
  private final int index;
  private final int depth;
  private String text; // computed on demand; racy but safe, as String is immutable

  private JsonPointer(JsonPointer parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.depth = parent == null ? 0 : parent.depth + 1;
  }

  /**
   * Parses the text of a JSON Pointer.
   *
   * @param text {@code ""} for the whole document, otherwise reference tokens each after a
   *     {@code /}, with {@code ~} written {@code ~0} and {@code /} written {@code ~1}
   * @return the pointer
   * @throws IllegalArgumentException if the text is not a JSON Pointer
   * @throws NullPointerException if the text is null
   */
  public static JsonPointer parse(String text) {
    if (text.isEmpty()) {
      return ROOT;
    }
    if (text.charAt(0) != '/') {
      throw new IllegalArgumentException(
          "Not a JSON Pointer (it must be empty or start with /): " + Excerpt.of(text));
    }
    JsonPointer pointer = ROOT;
    int start = 1;
    while (true) {
      int slash = text.indexOf('/', start);
      int end = slash < 0 ? text.length() : slash;
      pointer = pointer.child(unescape(text, start, end));
      if (slash < 0) {
        pointer.text = text;
        return pointer;
      }
      start = slash + 1;
    }
  }

  /**
   * Returns the pointer to a member of the object this pointer points to.
   *
   * @param name the member name as written in the document, unescaped, not null
   * @return the child pointer
   * @throws NullPointerException if the name is null
   */
  public JsonPointer child(String name) {
    if (name == null) {
      throw new NullPointerException("name");
    }
    return new JsonPointer(this, name, -1);
  }

  /**
   * Returns the pointer to an element of the array this pointer points to.
   *
   * @param index the index, from 0
   * @return the child pointer
   * @throws IllegalArgumentException if the index is negative
   */
  public JsonPointer child(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("An array index counts from 0: " + index);
    }
    return new JsonPointer(this, null, index);
  }

  /**
   * Returns the pointer to the value that holds this one.
   *
   * @return the parent, or empty for {@link #ROOT}
   */
  public Optional<JsonPointer> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * Tells whether this is the pointer to the whole document.
   *
   * @return true for {@link #ROOT}
   */
  public boolean isRoot() {
    return parent == null;
  }

  /**
   * Returns the number of reference tokens.
   *
   * @return 0 for {@link #ROOT}
   */
  public int depth() {
    return depth;
  }

  /**
   * Returns the reference tokens from the root, unescaped; an array index as its decimal text.
   *
   * @return the tokens, empty for {@link #ROOT}
   */
  public List<String> tokens() {
    String[] tokens = new String[depth];
    for (JsonPointer p = this; p.parent != null; p = p.parent) {
      tokens[p.depth - 1] = p.token();
    }
    return List.of(tokens);
  }

  /**
   * Returns the last reference token, unescaped.
   *
   * @return the token, or empty for {@link #ROOT}
   */
  public Optional<String> lastToken() {
    return parent == null ? Optional.empty() : Optional.of(token());
  }

  /**
   * Tells whether this pointer is {@code prefix} or points inside the value {@code prefix} points
   * to.
   *
   * @param prefix the other pointer, not null
   * @return true if every token of {@code prefix} starts this pointer
   */
  public boolean startsWith(JsonPointer prefix) {
    if (prefix.depth > depth) {
      return false;
    }
    JsonPointer p = this;
    while (p.depth > prefix.depth) {
      p = p.parent;
    }
    return p.equals(prefix);
  }

  /**
   * Escapes a reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}.
   *
   * @param token the raw token, not null
   * @return the escaped token, the same string when nothing needs escaping
   */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Returns the pointer's text, as RFC 6901 writes it.
   *
   * @return {@code ""} for {@link #ROOT}, otherwise {@code /a/0/b} with each token escaped
   */
  @Override
  public String toString() {
    String result = text;
    if (result == null) {
      // iterative, not recursive: a document may nest deeper than the thread's stack allows
      JsonPointer[] path = new JsonPointer[depth];
      for (JsonPointer p = this; p.parent != null; p = p.parent) {
        path[p.depth - 1] = p;
      }
      StringBuilder out = new StringBuilder(depth * 12);
      for (JsonPointer p : path) {
        out.append('/').append(p.escapedToken());
      }
      result = out.toString();
      text = result;
    }
    return result;
  }

  /**
   * Compares the texts of two pointers.
   *
   * @param other any object
   * @return true if {@code other} is a pointer with the same text
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof JsonPointer)) {
      return false;
    }
    JsonPointer that = (JsonPointer) other;
    return depth == that.depth && toString().equals(that.toString());
  }

  /**
   * Returns the hash code of the pointer's text.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /**
   * Orders pointers as a reader meets the values: token by token; of two tokens, array indexes (all
   * digits) by number and before member names, member names by their characters; a parent before
   * its children.
   *
   * @param other the other pointer, not null
   * @return negative, zero or positive, as {@link Comparable} says
   */
  @Override
  public int compareTo(JsonPointer other) {
    List<String> mine = tokens();
    List<String> theirs = other.tokens();
    int common = Math.min(mine.size(), theirs.size());
    for (int i = 0; i < common; i++) {
      int byToken = compareTokens(mine.get(i), theirs.get(i));
      if (byToken != 0) {
        return byToken;
      }
    }
    return Integer.compare(mine.size(), theirs.size());
  }

  private String token() {
    return name != null ? name : Integer.toString(index);
  }

  private String escapedToken() {
    return name != null ? escape(name) : Integer.toString(index);
  }

  private static int compareTokens(String a, String b) {
    boolean numberA = isArrayIndex(a);
    boolean numberB = isArrayIndex(b);
    if (numberA && numberB) {
      int byLength = Integer.compare(a.length(), b.length());
      return byLength != 0 ? byLength : a.compareTo(b);
    }
    if (numberA != numberB) {
      return numberA ? -1 : 1;
    }
    return a.compareTo(b);
  }

  /**
   * Tells whether a reference token can be an array index, as RFC 6901 writes one: {@code 0}, or
   * decimal digits without a leading zero. Such tokens are ordered by number ({@link
   * #compareTo(JsonPointer)}); a member name may be made of digits too, so this tells what a token
   * can be, not what the value it names is.
   *
   * @param token an unescaped reference token, not null
   * @return true if the token is an array index in form
   */
  public static boolean isArrayIndex(String token) {
    if (token.isEmpty() || (token.charAt(0) == '0' && token.length() > 1)) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String unescape(String text, int from, int to) {
    int tilde = text.indexOf('~', from);
    if (tilde < 0 || tilde >= to) {
      return text.substring(from, to);
    }
    StringBuilder out = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != '~') {
        out.append(c);
        continue;
      }
      char next = i + 1 < to ? text.charAt(i + 1) : ' ';
      if (next != '0' && next != '1') {
        throw new IllegalArgumentException(
            "Not a JSON Pointer (~ must be followed by 0 or 1): " + Excerpt.of(text));
      }
      out.append(next == '0' ? '~' : '/');
      i++;
    }
    return out.toString();
  }
}
