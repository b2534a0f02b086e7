package io.github.gcmsdk.catalog;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * An entry of an <b>open</b> catalogue: one whose known entries are constants, but which also
 * holds a code of a partner's own, such as a theme {@code "kafala"} or a stakeholder group {@code
 * "non-state-actors"}, the way {@link java.time.ZoneId} holds region ids the JDK does not list.
 * {@link Theme}, {@link SubRegion}, {@link StakeholderGroup} and {@code
 * io.github.gcmsdk.model.ReferenceKind} are open; the other catalogues are closed enums.
 *
 * <p>Each open catalogue offers {@code of(String)}, which returns the known constant for a known
 * code and an entry that {@linkplain #isKnown() is not known} for any other well-formed code;
 * {@code fromCode(String)} stays strict (known codes only), and {@code values()} lists the known
 * entries. A partner's code is kept exactly, so that a file is written back as it was read. It must
 * still be a code: lower-case ASCII letters and digits in groups joined by single hyphens, 1 to
 * {@value #MAX_CODE_LENGTH} characters ({@link #isWellFormed(CharSequence)}).
 *
 * <p>Two entries are equal when they are of the same catalogue and have the same code; a known
 * code always gives the same constant, so {@code ==} works for known entries. Entries sort known
 * ones first, in catalogue order (as the enums did), then partners' codes in code order.
 *
 * <p>Instances are immutable and thread-safe. Subclasses are the final classes of this project.
 *
 * @param <T> the catalogue type
 */
public abstract class OpenCoded<T extends OpenCoded<T>> implements Coded, Comparable<T> {

  /** The longest code an open catalogue accepts, in characters. */
  public static final int MAX_CODE_LENGTH = 100;

  private final String code;
  private final String name;

  /**
   * Creates a known constant ({@code name} given) or a partner's code ({@code name} null).
   *
   * @param code the code, well formed, not null
   * @param name the name of the constant, or null for a code that is not known
   * @throws IllegalArgumentException if the code is not well formed
   */
  protected OpenCoded(String code, String name) {
    if (!isWellFormed(code)) {
      throw new IllegalArgumentException("Malformed code: " + CatalogException.escape(code));
    }
    this.code = code;
    this.name = name;
  }

  /**
   * Returns the known entries and lookups of this entry's catalogue.
   *
   * @return the catalogue's entries, not null
   */
  protected abstract Entries<T> entries();

  /**
   * Tells whether a text is a well-formed code: 1 to {@value #MAX_CODE_LENGTH} characters, groups
   * of lower-case ASCII letters and digits joined by single hyphens ({@code "free-movement"},
   * {@code "gcc"}; not {@code "Free movement"}, {@code "free--movement"} or {@code "-x"}).
   *
   * @param code the text, not null
   * @return true if an open catalogue accepts it as a code
   * @throws NullPointerException if the text is null
   */
  public static boolean isWellFormed(CharSequence code) {
    Objects.requireNonNull(code, "code");
    return code.length() <= MAX_CODE_LENGTH && CatalogSupport.CODE_SYNTAX.matcher(code).matches();
  }

  /**
   * Returns the code, as written in JSON files.
   *
   * @return the code, not null
   */
  @Override
  public final String getCode() {
    return code;
  }

  /**
   * Tells whether the entry is one of the catalogue's constants rather than a partner's code.
   *
   * @return true for a constant of {@code values()}
   */
  @Override
  public final boolean isKnown() {
    return name != null;
  }

  /**
   * Returns the name of the constant ({@code "LABOUR_RIGHTS"}), as the enum this type once was
   * had it; for a partner's code, the code itself.
   *
   * @return the name, not null
   */
  public final String name() {
    return name != null ? name : code;
  }

  /**
   * Compares by catalogue order: known entries first, in the order of {@code values()}, then
   * partners' codes in code order.
   *
   * @param other the other entry, not null
   * @return negative, zero or positive
   */
  @Override
  public final int compareTo(T other) {
    Entries<T> entries = entries();
    int mine = entries.position(code);
    int theirs = entries.position(other.getCode());
    if (mine >= 0 || theirs >= 0) {
      if (mine < 0) {
        return 1;
      }
      if (theirs < 0) {
        return -1;
      }
      return Integer.compare(mine, theirs);
    }
    return code.compareTo(other.getCode());
  }

  @Override
  public final boolean equals(Object obj) {
    return obj == this
        || (obj != null && obj.getClass() == getClass() && ((OpenCoded<?>) obj).code.equals(code));
  }

  @Override
  public final int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the name of a constant, as an enum does, or the code of a partner's entry.
   *
   * @return the name, not null
   */
  @Override
  public String toString() {
    return name();
  }

  /**
   * The known entries of one open catalogue, with the lookups every open catalogue offers.
   * Immutable and thread-safe.
   *
   * @param <T> the catalogue type
   */
  protected static final class Entries<T extends OpenCoded<T>> {
    private final String catalog;
    private final List<T> known;
    private final Map<String, T> byCode;
    private final Map<String, Integer> positions;
    private final Function<String, T> partner;

    /**
     * Indexes the known entries.
     *
     * @param catalog the catalogue's name, as in messages ({@code "Theme"}), not null
     * @param known the known entries, in catalogue order, not null
     * @param partner makes the entry of a well-formed code that is not known, not null
     * @throws IllegalStateException if two entries have the same code (a bug, caught by tests)
     */
    public Entries(String catalog, List<T> known, Function<String, T> partner) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      this.known = List.copyOf(known);
      this.partner = Objects.requireNonNull(partner, "partner");
      Map<String, T> index = new HashMap<>();
      Map<String, Integer> order = new HashMap<>();
      for (int i = 0; i < this.known.size(); i++) {
        T entry = this.known.get(i);
        if (!entry.isKnown() || index.put(entry.getCode(), entry) != null) {
          throw new IllegalStateException("Duplicate or unnamed code: " + entry.getCode());
        }
        order.put(entry.getCode(), i);
      }
      this.byCode = Collections.unmodifiableMap(index);
      this.positions = Collections.unmodifiableMap(order);
    }

    /**
     * Returns the known entries.
     *
     * @return an unmodifiable list in catalogue order, not null
     */
    public List<T> known() {
      return known;
    }

    /**
     * Returns the known entry with a code, strictly.
     *
     * @param code the code, not null
     * @return the entry, not null
     * @throws CatalogException if no known entry has the code; the message lists the known codes
     * @throws NullPointerException if the code is null
     */
    public T fromCode(String code) {
      Objects.requireNonNull(code, "code");
      T entry = byCode.get(code);
      if (entry == null) {
        throw CatalogException.unknownCode(catalog, code, knownCodes());
      }
      return entry;
    }

    /**
     * Returns the known entry with a code, or a partner's entry for any other well-formed code.
     *
     * @param code the code, not null
     * @return the entry, not null
     * @throws CatalogException if the code is not well formed
     * @throws NullPointerException if the code is null
     */
    public T of(String code) {
      Objects.requireNonNull(code, "code");
      T entry = byCode.get(code);
      if (entry != null) {
        return entry;
      }
      if (!isWellFormed(code)) {
        throw CatalogException.malformedCode(catalog, code,
            "a code is 1 to " + MAX_CODE_LENGTH + " lower-case letters a-z and digits, in groups"
                + " joined by single hyphens, for example \"free-movement\"");
      }
      return partner.apply(code);
    }

    /**
     * Returns the known entry whose constant has a name, as an enum's {@code valueOf} does.
     *
     * @param name the constant's name ({@code "LABOUR_RIGHTS"}), not null
     * @return the entry, not null
     * @throws IllegalArgumentException if no constant has that name
     * @throws NullPointerException if the name is null
     */
    public T valueOf(String name) {
      Objects.requireNonNull(name, "name");
      for (T entry : known) {
        if (entry.name().equals(name)) {
          return entry;
        }
      }
      throw new IllegalArgumentException("No constant " + catalog + "."
          + CatalogException.escape(name));
    }

    /** The position of a code in catalogue order, or -1 for a code that is not known. */
    int position(String code) {
      Integer position = positions.get(code);
      return position == null ? -1 : position;
    }

    private String knownCodes() {
      return CatalogSupport.knownCodes(known.toArray(new Coded[0]));
    }
  }
}
