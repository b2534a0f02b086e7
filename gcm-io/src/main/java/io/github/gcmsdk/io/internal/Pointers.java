package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.problem.Excerpt;
import java.util.ArrayList;
import java.util.List;

/** JSON Pointers (RFC 6901): building, escaping and splitting. */
public final class Pointers {

  private Pointers() {}

  /**
   * Returns the pointer to a member of the value at {@code parent}.
   *
   * @param parent the parent's pointer
   * @param name the member name, unescaped
   * @return the child's pointer
   */
  public static String child(String parent, String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return parent + "/" + name;
    }
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Appends a member name as a reference token, escaped.
   *
   * @param out where to append
   * @param name the member name, unescaped
   */
  static void appendEscaped(StringBuilder out, String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      out.append(name);
    } else {
      out.append(name.replace("~", "~0").replace("/", "~1"));
    }
  }

  /**
   * Returns the pointer to an element of the array at {@code parent}.
   *
   * @param parent the parent's pointer
   * @param index the element index
   * @return the child's pointer
   */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /**
   * Splits a pointer into its unescaped reference tokens.
   *
   * @param pointer the pointer, {@code ""} or starting with {@code "/"}
   * @return the tokens, empty for {@code ""}
   * @throws IllegalArgumentException if the pointer is not a JSON Pointer
   */
  public static List<String> split(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException(
          "Not a JSON Pointer (it must be empty or start with /): " + Excerpt.of(pointer));
    }
    int start = 1;
    while (true) {
      int slash = pointer.indexOf('/', start);
      String raw = slash < 0 ? pointer.substring(start) : pointer.substring(start, slash);
      tokens.add(unescape(raw, pointer));
      if (slash < 0) {
        return tokens;
      }
      start = slash + 1;
    }
  }

  private static String unescape(String token, String pointer) {
    if (token.indexOf('~') < 0) {
      return token;
    }
    StringBuilder out = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c != '~') {
        out.append(c);
        continue;
      }
      char next = i + 1 < token.length() ? token.charAt(i + 1) : ' ';
      if (next == '0') {
        out.append('~');
      } else if (next == '1') {
        out.append('/');
      } else {
        throw new IllegalArgumentException(
            "Not a JSON Pointer (~ must be followed by 0 or 1): " + Excerpt.of(pointer));
      }
      i++;
    }
    return out.toString();
  }
}
