package io.github.gcmsdk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares what is written with the bytes of a file, and writes nothing while they are the same.
 * At the first difference it opens the sink, if there is one, copies the common start into it from
 * the file, and writes on there. So a file already canonical costs a read and no write, and the
 * new content streams to its sink in constant memory.
 *
 * <p>Failures to read the file are {@link IOException}s; failures of the sink are
 * {@link WriteFailure}s. {@link #close()} closes the file, never the sink. Not thread-safe.
 */
final class DifferenceStream extends OutputStream {

  /** Where the new content goes, opened at the first difference. */
  interface Sink {
    /**
     * Opens the stream of the new content.
     *
     * @throws Replacement.Refused if the file may not be replaced after all
     * @throws IOException if the stream cannot be opened
     */
    OutputStream open() throws IOException;
  }

  /** A failure to write the new content, as opposed to a failure to read the file. */
  static final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    WriteFailure(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private final Path file;
  private final Optional<Sink> sink;
  private final InputStream compared;
  private final byte[] buffer = new byte[1 << 16];
  private int start;
  private int end;
  private long same;
  private boolean different;
  private boolean discarding;
  private Optional<OutputStream> target = Optional.empty();
  private Optional<String> refusal = Optional.empty();

  /**
   * Starts comparing with a file.
   *
   * @param file the file
   * @param sink where the new content goes, if anywhere
   * @throws IOException if the file cannot be opened
   */
  DifferenceStream(Path file, Optional<Sink> sink) throws IOException {
    this.file = file;
    this.sink = sink;
    this.compared = Files.newInputStream(file);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    if (discarding) {
      return;
    }
    if (different) {
      writeOn(bytes, offset, length);
      return;
    }
    int off = offset;
    int len = length;
    while (len > 0) {
      if (start == end) {
        start = 0;
        end = Math.max(0, compared.read(buffer));
        if (end == 0) { // the file is shorter
          diverge(bytes, off, len);
          return;
        }
      }
      int n = Math.min(len, end - start);
      int mismatch = Arrays.mismatch(bytes, off, off + n, buffer, start, start + n);
      if (mismatch >= 0) {
        same += mismatch;
        diverge(bytes, off + mismatch, len - mismatch);
        return;
      }
      same += n;
      start += n;
      off += n;
      len -= n;
    }
  }

  private void diverge(byte[] bytes, int offset, int length) throws IOException {
    different = true;
    compared.close();
    if (sink.isEmpty()) {
      discarding = true;
      return;
    }
    try {
      target = Optional.of(sink.get().open());
    } catch (Replacement.Refused e) {
      refusal = Optional.of(e.getMessage());
      discarding = true;
      return;
    } catch (IOException e) {
      throw new WriteFailure(e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      for (long left = same; left > 0; ) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          throw new IOException("the file changed while it was being formatted");
        }
        writeOn(buffer, 0, n);
        left -= n;
      }
    }
    writeOn(bytes, offset, length);
  }

  private void writeOn(byte[] bytes, int offset, int length) throws WriteFailure {
    try {
      target.orElseThrow().write(bytes, offset, length);
    } catch (IOException e) {
      throw new WriteFailure(e);
    }
  }

  /** Writes nothing more: the new content will not be used. */
  void discard() {
    discarding = true;
  }

  /**
   * Ends the content: finds whether it differs from the file (the file may be longer) and
   * flushes the sink.
   *
   * @return whether the content differs from the file
   */
  boolean finish() throws IOException {
    if (!different && (start < end || compared.read() >= 0)) {
      diverge(buffer, 0, 0); // the new content is the start of the file
    }
    if (target.isPresent()) {
      try {
        target.get().flush();
      } catch (IOException e) {
        throw new WriteFailure(e);
      }
    }
    return different;
  }

  /** Why the sink refused to open, if it did: the file may not be replaced. */
  Optional<String> refusal() {
    return refusal;
  }

  @Override
  public void close() throws IOException {
    compared.close();
  }
}
