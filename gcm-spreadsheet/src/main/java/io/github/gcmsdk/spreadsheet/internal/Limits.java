package io.github.gcmsdk.spreadsheet.internal;

/**
 * The read limits of a spreadsheet.
 *
 * @param maxRows the most rows read in a sheet
 * @param maxCellLength the most characters in a cell (Excel's own limit is 32,767)
 * @param maxCharacters the most characters of cell text read in all, the sheets together
 */
public record Limits(int maxRows, int maxCellLength, long maxCharacters) {}
