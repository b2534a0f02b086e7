package io.github.gcmsdk.problem;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a problem is: a JSON Pointer (RFC 6901) into the document, and the line and column in the
 * file where that value starts, when the problem was found in a file.
 *
 * <p>A problem found in an object graph built in code has a pointer but no line or column. A
 * problem found in a spreadsheet (gcm-spreadsheet) has a pointer and the cell the value came from
 * ({@code Findings!C7}), and no line or column.
 */
@Value.Immutable
public interface Location extends WithLocation {

  /** The location of the whole document: the empty JSON Pointer. */
  Location ROOT = of("");

  /**
   * Returns a location with a pointer only.
   *
   * @param pointer the JSON Pointer, {@code ""} for the whole document, not null
   * @return the location
   */
  static Location of(String pointer) {
    return ImmutableLocation.builder().pointer(pointer).build();
  }

  /**
   * Returns a location with a pointer, line and column.
   *
   * @param pointer the JSON Pointer, not null
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the location
   */
  static Location of(String pointer, int line, int column) {
    return ImmutableLocation.builder().pointer(pointer).line(line).column(column).build();
  }

  /**
   * Returns a location with a pointer only.
   *
   * @param pointer the pointer, not null
   * @return the location
   */
  static Location of(JsonPointer pointer) {
    return of(pointer.toString());
  }

  /**
   * Returns a location with a pointer, line and column.
   *
   * @param pointer the pointer, not null
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the location
   */
  static Location of(JsonPointer pointer, int line, int column) {
    return of(pointer.toString(), line, column);
  }

  /**
   * Returns the JSON Pointer of the value the problem is about ({@code /sections/0/recommendations/1/text}).
   *
   * @return the pointer, {@code ""} for the whole document
   */
  String getPointer();

  /**
   * Returns {@link #getPointer()} as a {@link JsonPointer}, to walk its tokens or compare it in
   * document order.
   *
   * @return the pointer
   * @throws IllegalArgumentException if the location was built from a text that is not a JSON
   *     Pointer
   */
  default JsonPointer toJsonPointer() {
    return JsonPointer.parse(getPointer());
  }

  /**
   * Returns the line in the file, counted from 1.
   *
   * @return the line, if known
   */
  OptionalInt getLine();

  /**
   * Returns the column in the line, counted from 1.
   *
   * @return the column, if known
   */
  OptionalInt getColumn();

  /**
   * Returns the spreadsheet cell the value came from, in the A1 notation with its sheet
   * ({@code Findings!C7}), or a whole row ({@code Findings!7:7}) for a problem about a row; the
   * sheet name is quoted as in spreadsheet formulas when it holds other than letters, digits and
   * underscores ({@code 'Open questions'!B2}).
   *
   * @return the cell, if the problem was found in a spreadsheet
   */
  Optional<String> getCell();

  /**
   * Returns this location with a spreadsheet cell, and without line and column (those of a
   * spreadsheet would be of no use to the person who fills it).
   *
   * @param cell the cell, as {@link #getCell()} describes it, not null
   * @return the location
   */
  default Location withCellOnly(String cell) {
    return ImmutableLocation.builder().pointer(getPointer()).cell(cell).build();
  }

  /**
   * Checks the line and column: both or neither, each at least 1.
   */
  @Value.Check
  default void check() {
    if (getLine().isPresent() != getColumn().isPresent()) {
      throw new IllegalStateException("Location needs both line and column, or neither");
    }
    if (getLine().orElse(1) < 1 || getColumn().orElse(1) < 1) {
      throw new IllegalStateException(
          "Location line and column count from 1: " + getLine() + ":" + getColumn());
    }
  }

  /**
   * Returns {@code line:column pointer}, {@code cell pointer} ({@code Findings!C7
   * /sections/0/findings/0/text}, the cell alone for a problem of the cell itself, such as a
   * formula) for a spreadsheet, or the pointer alone when neither is known;
   * the pointer and cell are escaped (see {@link Excerpt#escape(CharSequence)}), since they hold
   * names as partners wrote them.
   *
   * @return a short readable form, safe to print
   */
  default String describe() {
    String pointer = getPointer().isEmpty() ? "(document)" : Excerpt.escape(getPointer());
    if (getCell().isPresent()) {
      String cell = Excerpt.escape(getCell().get());
      return getPointer().isEmpty() ? cell : cell + " " + pointer;
    }
    return getLine().isPresent()
        ? getLine().getAsInt() + ":" + getColumn().getAsInt() + " " + pointer
        : pointer;
  }
}
