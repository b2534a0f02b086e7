package io.github.gcmsdk.io;

import java.util.List;
import java.util.Objects;

/**
 * What upgrading a document of format 1.x to format 2.0 did: the version it claimed, the version
 * it claims now, and each value that moved, from its JSON Pointer in the 1.x file to its JSON
 * Pointer in the 2.0 document.
 *
 * <p>A value of the 1.x file that no move names is at the same pointer in the 2.0 document: every
 * property of format 1.0 keeps its name and place in 2.0. Given by {@link
 * ReadResult#getMigration()} when a 1.x file is read. Immutable and thread-safe.
 */
public final class MigrationReport {

  private final String fromVersion;
  private final String toVersion;
  private final List<Move> moves;

  MigrationReport(String fromVersion, String toVersion, List<Move> moves) {
    this.fromVersion = Objects.requireNonNull(fromVersion, "fromVersion");
    this.toVersion = Objects.requireNonNull(toVersion, "toVersion");
    this.moves = List.copyOf(moves);
  }

  /**
   * Returns the format version the file claimed.
   *
   * @return the version, such as {@code "1.0"}
   */
  public String getFromVersion() {
    return fromVersion;
  }

  /**
   * Returns the format version the upgraded document claims.
   *
   * @return the version, {@code "2.0"}
   */
  public String getToVersion() {
    return toVersion;
  }

  /**
   * Returns what moved where, in the order the upgrade made the moves.
   *
   * @return the moves, the change of {@code formatVersion} first
   */
  public List<Move> getMoves() {
    return moves;
  }

  /**
   * Returns the report as lines of text, a line per move ({@code /formatVersion -> /formatVersion:
   * "1.0" becomes "2.0"}), as {@code gcm migrate} prints it.
   *
   * @return the lines, in the order of the moves
   */
  public List<String> toLines() {
    return moves.stream().map(Move::toString).collect(java.util.stream.Collectors.toList());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof MigrationReport other && fromVersion.equals(other.fromVersion)
        && toVersion.equals(other.toVersion) && moves.equals(other.moves);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fromVersion, toVersion, moves);
  }

  @Override
  public String toString() {
    return "MigrationReport{" + fromVersion + " -> " + toVersion + ", moves=" + moves + "}";
  }

  /**
   * One value that moved: from where it was in the 1.x file to where it is in the 2.0 document,
   * and what changed. Immutable and thread-safe.
   */
  public static final class Move {
    private final String from;
    private final String to;
    private final String description;

    Move(String from, String to, String description) {
      this.from = Objects.requireNonNull(from, "from");
      this.to = Objects.requireNonNull(to, "to");
      this.description = Objects.requireNonNull(description, "description");
    }

    /**
     * Returns the JSON Pointer of the value in the 1.x file.
     *
     * @return the pointer, such as {@code /review/regionalReview}
     */
    public String getFrom() {
      return from;
    }

    /**
     * Returns the JSON Pointer of the value in the 2.0 document.
     *
     * @return the pointer, such as {@code /review/events/0}
     */
    public String getTo() {
      return to;
    }

    /**
     * Returns what changed, in English; partner data in it is escaped.
     *
     * @return the description
     */
    public String getDescription() {
      return description;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Move other && from.equals(other.from) && to.equals(other.to)
          && description.equals(other.description);
    }

    @Override
    public int hashCode() {
      return Objects.hash(from, to, description);
    }

    /**
     * Returns the move as {@code gcm migrate} prints it: {@code FROM -> TO: DESCRIPTION}.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return from + " -> " + to + ": " + description;
    }
  }
}
