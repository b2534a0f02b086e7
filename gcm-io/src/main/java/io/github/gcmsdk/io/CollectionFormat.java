package io.github.gcmsdk.io;

/**
 * How a collection of documents is laid out in one file.
 *
 * <p>Reading can also detect it: see {@link GcmJson#readCollection(java.io.InputStream)}.
 */
public enum CollectionFormat {
  /**
   * A JSON array whose elements are documents, each with its own {@code formatVersion}; written
   * pretty-printed like a single document.
   */
  JSON_ARRAY,
  /**
   * JSON Lines: one document per line, each compact and complete; blank lines are skipped. The
   * file extension is {@code .jsonl} (or {@code .ndjson}). Suited to appending and to very large
   * collections.
   */
  JSON_LINES
}
