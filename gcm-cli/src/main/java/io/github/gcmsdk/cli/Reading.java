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
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the documents of a file, whatever its layout: JSON Lines ({@code *.jsonl}, one document per
 * line), a JSON array of documents (both read lazily), or a single document.
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
   * are consumed (a single document is read whole).
   *
   * @throws IOException if the file cannot be read
   */
  static Documents open(GcmJson json, InputFiles.Input input) throws IOException {
    try {
      if (input.isJsonLines()) {
        return new Documents(Layout.JSON_LINES, json.readCollection(input.path()));
      }
      if (startsWithArray(input.path())) {
        InputStream in = Files.newInputStream(input.path());
        return new Documents(Layout.JSON_ARRAY,
            json.readCollection(in, CollectionFormat.JSON_ARRAY).onClose(() -> close(in)));
      }
      return new Documents(Layout.DOCUMENT,
          Stream.of(json.read(Files.readAllBytes(input.path()))));
    } catch (UncheckedIOException e) {
      throw e.getCause();
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

  /** {@link #isArray(byte[])} on the start of a file, read only as far as the first character. */
  private static boolean startsWithArray(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      in.mark(3);
      if (!(in.read() == 0xef && in.read() == 0xbb && in.read() == 0xbf)) {
        in.reset(); // no byte order mark
      }
      for (int b; (b = in.read()) >= 0; ) {
        if (!isWhiteSpace((byte) b)) {
          return b == '[';
        }
      }
      return false;
    }
  }

  private static boolean isWhiteSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }

  /** Whether the first character that is not white space (or a byte order mark) is '['. */
  static boolean isArray(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      i = 3;
    }
    while (i < bytes.length && isWhiteSpace(bytes[i])) {
      i++;
    }
    return i < bytes.length && bytes[i] == '[';
  }
}
