package io.github.gcmsdk.cli;

import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

  /** The documents of a file, read lazily, and its layout. Close it to close the file. */
  static final class Documents implements AutoCloseable {
    private final Layout layout;
    private final Stream<ReadResult<StakeholderInput>> results;

    private Documents(Layout layout, Stream<ReadResult<StakeholderInput>> results) {
      this.layout = layout;
      this.results = results;
    }

    Layout layout() {
      return layout;
    }

    /**
     * The results, one per document, in file order; read as they are consumed, so that a
     * collection takes memory for one document at a time. {@link UncheckedIOException} when
     * reading fails.
     */
    Stream<ReadResult<StakeholderInput>> results() {
      return results;
    }

    @Override
    public void close() {
      results.close();
    }
  }

  /**
   * Opens the documents of a file: nothing but the start of the file is read until the results
   * are consumed.
   *
   * @throws IOException if the file cannot be read
   */
  static Documents open(GcmJson json, InputFiles.Input input) throws IOException {
    Layout layout = layout(input);
    try {
      if (layout == Layout.DOCUMENT) {
        return new Documents(layout, Stream.of(input).map(i -> i.bytes().isPresent()
            ? json.read(i.bytes().get()) : json.read(i.path())));
      }
      InputStream in = input.open();
      return new Documents(layout, json.readCollection(in,
              layout == Layout.JSON_LINES ? CollectionFormat.JSON_LINES : CollectionFormat.JSON_ARRAY)
          .onClose(() -> close(in)));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

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
    try (InputStream in = new BufferedInputStream(input.open())) {
      return startsWithArray(in) ? Layout.JSON_ARRAY : Layout.DOCUMENT;
    }
  }

  /**
   * Reads every document of a file, in order, and hands each result to {@code action}.
   *
   * @return the file's layout
   * @throws IOException if the file cannot be read
   */
  static Layout each(GcmJson json, InputFiles.Input input,
      Consumer<ReadResult<StakeholderInput>> action) throws IOException {
    try (Documents documents = open(json, input)) {
      Iterator<ReadResult<StakeholderInput>> i = documents.results().iterator();
      while (i.hasNext()) {
        action.accept(i.next());
      }
      return documents.layout();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
