package io.github.gcmsdk.cli;

import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the documents of a file, whatever its layout: JSON Lines ({@code *.jsonl}, one document per
 * line, read lazily), a JSON array of documents, or a single document.
 */
final class Reading {

  /** The layout of a file. */
  enum Layout {
    DOCUMENT, JSON_ARRAY, JSON_LINES
  }

  private Reading() {}

  /**
   * Reads every document of a file, in order, and hands each result to {@code action}.
   *
   * @return the layout found
   * @throws IOException if the file cannot be read
   */
  static Layout each(GcmJson json, InputFiles.Input input,
      Consumer<ReadResult<StakeholderInput>> action) throws IOException {
    try {
      if (input.isJsonLines()) {
        try (Stream<ReadResult<StakeholderInput>> records = json.readCollection(input.path())) {
          Iterator<ReadResult<StakeholderInput>> i = records.iterator();
          while (i.hasNext()) {
            action.accept(i.next());
          }
        }
        return Layout.JSON_LINES;
      }
      byte[] bytes = Files.readAllBytes(input.path());
      if (isArray(bytes)) {
        try (Stream<ReadResult<StakeholderInput>> records =
            json.readCollection(new ByteArrayInputStream(bytes), CollectionFormat.JSON_ARRAY)) {
          Iterator<ReadResult<StakeholderInput>> i = records.iterator();
          while (i.hasNext()) {
            action.accept(i.next());
          }
        }
        return Layout.JSON_ARRAY;
      }
      action.accept(json.read(bytes));
      return Layout.DOCUMENT;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Whether the first character that is not white space (or a byte order mark) is '['. */
  static boolean isArray(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      i = 3;
    }
    while (i < bytes.length
        && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
      i++;
    }
    return i < bytes.length && bytes[i] == '[';
  }
}
