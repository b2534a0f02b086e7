package io.github.gcmsdk.cli;

import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the documents of a file, whatever its layout: JSON Lines ({@code *.jsonl} or
 * {@code *.ndjson}, one document per line), a JSON array of documents, or a single document.
 *
 * <p>No file is read into memory whole: collections are read one document at a time, and a
 * single document is read by gcm-io up to its size limit, so that a file of any size (over 2 GiB
 * too) is a located problem of its own, never an error that stops the run.
 */
final class Reading {

  /** The layout of a file. */
  enum Layout {
    DOCUMENT, JSON_ARRAY, JSON_LINES
  }

  private Reading() {}

  /**
   * The layout of a file: JSON Lines by its name; otherwise a JSON array when its first
   * character that is not white space (or a byte order mark) is '[', else a document.
   *
   * @throws IOException if the file cannot be read
   */
  static Layout layout(InputFiles.Input input) throws IOException {
    if (input.isJsonLines()) {
      return Layout.JSON_LINES;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(input.path()))) {
      return startsWithArray(in) ? Layout.JSON_ARRAY : Layout.DOCUMENT;
    }
  }

  /**
   * Reads every document of a file, in order, and hands each result to {@code action}.
   *
   * @return the layout found
   * @throws IOException if the file cannot be read
   */
  static Layout each(GcmJson json, InputFiles.Input input,
      Consumer<ReadResult<StakeholderInput>> action) throws IOException {
    Layout layout = layout(input);
    try {
      if (layout == Layout.DOCUMENT) {
        action.accept(json.read(input.path()));
        return layout;
      }
      try (InputStream in = Files.newInputStream(input.path());
          Stream<ReadResult<StakeholderInput>> records = collection(json, layout, in)) {
        Iterator<ReadResult<StakeholderInput>> i = records.iterator();
        while (i.hasNext()) {
          action.accept(i.next());
        }
      }
      return layout;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The documents of a collection file, read lazily from {@code in}. */
  static Stream<ReadResult<StakeholderInput>> collection(GcmJson json, Layout layout,
      InputStream in) {
    return json.readCollection(in,
        layout == Layout.JSON_LINES ? CollectionFormat.JSON_LINES : CollectionFormat.JSON_ARRAY);
  }

  /** Whether the first byte that is not white space (or a UTF-8 byte order mark) is '['. */
  static boolean startsWithArray(InputStream in) throws IOException {
    int b = in.read();
    if (b == 0xef && in.read() == 0xbb && in.read() == 0xbf) {
      b = in.read();
    }
    while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
      b = in.read();
    }
    return b == '[';
  }
}
