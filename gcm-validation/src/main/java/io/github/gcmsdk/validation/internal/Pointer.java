package io.github.gcmsdk.validation.internal;

/**
 * A JSON Pointer (RFC 6901) built child by child and turned into text only when a problem needs
 * it, so that walking a document costs constant time per node.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Pointer {

  /** The pointer to the whole document, {@code ""}. */
  public static final Pointer ROOT = new Pointer(null, null);

  private final Pointer parent;
  private final String token;

  private Pointer(Pointer parent, String token) {
    this.parent = parent;
    this.token = token;
  }

  /**
   * Returns the pointer to a member of the object this pointer points to.
   *
   * @param name the member name, not null
   * @return the child pointer
   */
  public Pointer child(String name) {
    return new Pointer(this, escape(name));
  }

  /**
   * Returns the pointer to an element of the array this pointer points to.
   *
   * @param index the index, from 0
   * @return the child pointer
   */
  public Pointer child(int index) {
    return new Pointer(this, Integer.toString(index));
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
    String[] tokens = new String[depth];
    int i = depth;
    for (Pointer p = this; p.parent != null; p = p.parent) {
      tokens[--i] = p.token;
    }
    StringBuilder out = new StringBuilder(depth * 12);
    for (String t : tokens) {
      out.append('/').append(t);
    }
    return out.toString();
  }
}
