package io.github.gcmsdk.validation.internal;

import java.util.ArrayDeque;
import java.util.List;

/**
 * A JSON Pointer (RFC 6901) built child by child and turned into text only when a problem needs
 * it, so that walking a document costs constant time per node.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Pointer {

  /** The pointer to the whole document, {@code ""}. */
  public static final Pointer ROOT = new Pointer(null, null, -1);

  private final Pointer parent;
  private final String token; // null for an array index, kept as a number until printed
  private final int index;

  private Pointer(Pointer parent, String token, int index) {
    this.parent = parent;
    this.token = token;
    this.index = index;
  }

  /**
   * Returns the pointer to a member of the object this pointer points to.
   *
   * @param name the member name, not null
   * @return the child pointer
   */
  public Pointer child(String name) {
    return new Pointer(this, escape(name), -1);
  }

  /**
   * Returns the pointer to an element of the array this pointer points to.
   *
   * @param index the index, from 0
   * @return the child pointer
   */
  public Pointer child(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("Invalid array index: " + index);
    }
    return new Pointer(this, null, index);
  }

  /**
   * Escapes a reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}.
   *
   * @param token the raw token, not null
   * @return the escaped token
   */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Returns the reference tokens from the root: a {@link String} (unescaped) for a member, an
   * {@link Integer} for an array index.
   *
   * @return the tokens, empty for the root
   */
  public List<Object> tokens() {
    ArrayDeque<Object> tokens = new ArrayDeque<>();
    for (Pointer p = this; p.parent != null; p = p.parent) {
      tokens.addFirst(p.token != null
          ? p.token.replace("~1", "/").replace("~0", "~") : (Object) p.index);
    }
    return List.copyOf(tokens);
  }

  /**
   * Returns the pointer as text.
   *
   * @return {@code ""} for the root, otherwise {@code /a/0/b}
   */
  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    int depth = 0;
    for (Pointer p = this; p.parent != null; p = p.parent) {
      depth++;
    }
    Pointer[] path = new Pointer[depth];
    int i = depth;
    for (Pointer p = this; p.parent != null; p = p.parent) {
      path[--i] = p;
    }
    StringBuilder out = new StringBuilder(depth * 12);
    for (Pointer p : path) {
      out.append('/');
      if (p.token != null) {
        out.append(p.token);
      } else {
        out.append(p.index);
      }
    }
    return out.toString();
  }
}
