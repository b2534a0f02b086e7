package io.github.gcmsdk.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadProblem;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import java.io.BufferedInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Partial acceptance ({@code gcm validate --accepted A --rejected R}): every document without
 * error goes to A in canonical form, one per line (JSON Lines); every other one goes to R as it
 * was read, one per line, so that it can be sent back to whoever wrote it.
 *
 * <p>What "as it was read" means, by layout:
 *
 * <ul>
 *   <li>JSON Lines: the document's line, byte for byte (without its line terminator, and without
 *       the byte order mark of a first line);</li>
 *   <li>a document of its own, or a document of a JSON array: its bytes, from its first to its
 *       last, each carriage return and line feed replaced by a space (JSON allows line breaks
 *       only between tokens, where a space means the same; byte offsets are kept); a line break
 *       inside a string, itself a syntax error, becomes a space too, and a warning says so. Where
 *       reading stopped at a syntax error, the rest of the file from there is one record.</li>
 * </ul>
 *
 * <p>Both files are written as {@code gcm format} writes: to a temporary file beside each, renamed
 * over it at the end; an interrupted run leaves neither half written. They are written only if
 * every input was read: otherwise neither is, and nothing is lost.
 */
final class Acceptance {

  private final GcmJson json;
  /** The two files written, accepted then rejected; none when the outputs are in memory. */
  private final List<Replacement> files;
  private OutputStream acceptedOut;
  private OutputStream rejectedOut;
  private long acceptedCount;
  private long rejectedCount;
  private boolean acceptedWritten;

  private Acceptance(GcmJson json, List<Replacement> files) {
    this.json = json;
    this.files = files;
  }

  /**
   * Partial acceptance into two streams held by the caller (as {@code gcm serve} does, which
   * writes nothing to disk): {@link #commit()} and {@link #abandon()} do nothing.
   */
  static Acceptance inMemory(GcmJson json, OutputStream accepted, OutputStream rejected) {
    Acceptance acceptance = new Acceptance(json, List.of());
    acceptance.acceptedOut = accepted;
    acceptance.rejectedOut = rejected;
    return acceptance;
  }

  /**
   * Checks the two outputs and opens their temporary files.
   *
   * @throws Replacement.Refused if an output is the other output, an input, a directory, or may
   *     not be written
   * @throws IOException if a temporary file cannot be created
   */
  static Acceptance open(GcmJson json, Path acceptedPath, Path rejectedPath,
      List<InputFiles.Input> inputs) throws IOException {
    if (same(acceptedPath, rejectedPath)) {
      throw new Replacement.Refused("--accepted and --rejected name the same file");
    }
    for (Path output : List.of(acceptedPath, rejectedPath)) {
      if (Files.isDirectory(output)) {
        throw new Replacement.Refused(InputFiles.display(output.toString()) + " is a directory");
      }
      for (InputFiles.Input input : inputs) {
        if (same(output, input.path())) {
          throw new Replacement.Refused(InputFiles.display(output.toString())
              + " is also an input: the outputs must be other files");
        }
      }
    }
    Replacement accepted = Replacement.ofNewOrExisting(acceptedPath);
    Replacement rejected = Replacement.ofNewOrExisting(rejectedPath);
    for (Replacement r : List.of(accepted, rejected)) {
      if (r.refusal().isPresent()) {
        throw new Replacement.Refused(
            InputFiles.display(r.file().toString()) + ": " + r.refusal().get());
      }
    }
    Acceptance acceptance = new Acceptance(json, List.of(accepted, rejected));
    try {
      acceptance.acceptedOut = new Writing(accepted.open());
      acceptance.rejectedOut = new Writing(rejected.open());
    } catch (IOException | RuntimeException e) {
      acceptance.abandon();
      throw e;
    }
    return acceptance;
  }

  /** Whether two paths name one file: equal once absolute, or the same file if both exist. */
  private static boolean same(Path a, Path b) {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** The directories of the two outputs, whose leftovers of killed runs may be removed. */
  List<Path> directories() {
    return files.stream().map(Replacement::directory).collect(Collectors.toList());
  }

  long acceptedCount() {
    return acceptedCount;
  }

  long rejectedCount() {
    return rejectedCount;
  }

  /** Opens the bytes of a file, to copy its rejected documents from. */
  Raw raw(InputFiles.Input input, Reading.Layout layout, Consumer<String> warnings)
      throws IOException {
    switch (layout) {
      case JSON_LINES:
        return new LinesRaw(input);
      case JSON_ARRAY:
        return new ArrayRaw(input, warnings);
      default:
        return new DocumentRaw(input, warnings);
    }
  }

  /**
   * Writes one document where it belongs: accepted if its report has no error, rejected
   * otherwise.
   */
  void sort(ReadResult<StakeholderInput> result, boolean valid, Raw raw) throws IOException {
    if (valid && result.getDocument().isPresent()) {
      raw.skip(result);
      json.writeCollection(List.of(result.getDocument().get()), acceptedOut,
          CollectionFormat.JSON_LINES);
      acceptedCount++;
    } else if (result.getDocument().isEmpty() && result.getReport().getProblems().stream()
        .anyMatch(p -> p.getCode().equals(ReadProblem.EMPTY_INPUT.getCode()))) {
      raw.skip(result); // nothing but white space: no document to send back
    } else {
      raw.copy(result, rejectedOut);
      rejectedOut.write('\n');
      rejectedCount++;
    }
  }

  /**
   * After the last document of a file: what gcm-io left unread goes to the rejected file.
   *
   * @return whether anything was left
   */
  boolean finish(Raw raw) throws IOException {
    if (raw.rest(rejectedOut)) {
      rejectedOut.write('\n');
      rejectedCount++;
      return true;
    }
    return false;
  }

  /** Renames both temporary files over their files. */
  void commit() throws IOException {
    for (Replacement file : files) {
      file.commit();
      acceptedWritten = true;
    }
  }

  /** Whether {@link #commit()} got as far as writing the accepted file. */
  boolean isAcceptedWritten() {
    return acceptedWritten;
  }

  /** Deletes both temporary files; the outputs stay as they were. */
  void abandon() {
    files.forEach(Replacement::abandon);
  }

  /** An output whose failures are told apart from those of reading: {@code WriteFailure}s. */
  private static final class Writing extends FilterOutputStream {
    Writing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw new DifferenceStream.WriteFailure(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw new DifferenceStream.WriteFailure(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw new DifferenceStream.WriteFailure(e);
      }
    }

    @Override
    public void close() {
      // Replacement closes the file
    }
  }

  /** The bytes of a file, copied document by document, in file order. */
  abstract static class Raw implements AutoCloseable {
    final InputStream in;
    long position;

    Raw(InputFiles.Input file) throws IOException {
      in = new BufferedInputStream(file.open(), 1 << 16);
    }

    /** Moves past the document of this result. */
    abstract void skip(ReadResult<StakeholderInput> result) throws IOException;

    /** Copies the document of this result, on one line (without its line feed). */
    abstract void copy(ReadResult<StakeholderInput> result, OutputStream out) throws IOException;

    /**
     * After the last result: whether bytes that gcm-io did not read as documents are left (a
     * reader that stopped early); they are copied to {@code out} as one record if so.
     */
    boolean rest(OutputStream out) throws IOException {
      return false;
    }

    int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        position++;
      }
      return b;
    }

    /** Skips a UTF-8 byte order mark at the start, if there is one. */
    void skipByteOrderMark() throws IOException {
      in.mark(3);
      if (in.read() == 0xef && in.read() == 0xbb && in.read() == 0xbf) {
        position = 3;
      } else {
        in.reset();
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** JSON Lines: a document is its line, as gcm-io splits lines (LF, a CR before it dropped). */
  private static final class LinesRaw extends Raw {
    private int line = 1;

    LinesRaw(InputFiles.Input file) throws IOException {
      super(file);
      skipByteOrderMark();
    }

    private void toLine(int target) throws IOException {
      while (line < target) {
        int b = read();
        if (b < 0) {
          throw new IOException("the file changed while it was read (line " + target
              + " is gone)");
        }
        if (b == '\n') {
          line++;
        }
      }
    }

    @Override
    void skip(ReadResult<StakeholderInput> result) throws IOException {
      toLine(result.getLine());
    }

    @Override
    void copy(ReadResult<StakeholderInput> result, OutputStream out) throws IOException {
      toLine(result.getLine());
      boolean carriageReturn = false;
      for (int b = read(); b >= 0 && b != '\n'; b = read()) {
        if (carriageReturn) {
          out.write('\r'); // not before a line feed: part of the line
        }
        carriageReturn = b == '\r';
        if (!carriageReturn) {
          out.write(b);
        }
      }
      line++;
    }
  }

  /**
   * Copies bytes onto one line: each CR and LF becomes a space, and those at the end are left
   * out; says when one was inside a string.
   */
  private static final class OneLine {
    private final OutputStream out;
    private int pendingBreaks;
    private boolean inString;
    private boolean escaped;
    private boolean breakInString;

    OneLine(OutputStream out) {
      this.out = out;
    }

    void write(int b) throws IOException {
      if (b == '\r' || b == '\n') {
        pendingBreaks++;
        breakInString |= inString;
        return;
      }
      for (; pendingBreaks > 0; pendingBreaks--) {
        out.write(' ');
      }
      out.write(b);
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      }
    }

    boolean breakInString() {
      return breakInString;
    }
  }

  /** A file of one document: the whole file. */
  private static final class DocumentRaw extends Raw {
    private final Consumer<String> warnings;

    DocumentRaw(InputFiles.Input file, Consumer<String> warnings) throws IOException {
      super(file);
      this.warnings = warnings;
      skipByteOrderMark();
    }

    @Override
    void skip(ReadResult<StakeholderInput> result) {
      // nothing follows the one document
    }

    @Override
    void copy(ReadResult<StakeholderInput> result, OutputStream out) throws IOException {
      OneLine line = new OneLine(out);
      int leading = 0;
      for (int b = read(); b >= 0; b = read()) {
        // white space before the document is no part of it
        if (leading >= 0 && (b == ' ' || b == '\t' || b == '\r' || b == '\n')) {
          continue;
        }
        leading = -1;
        line.write(b);
      }
      if (line.breakInString()) {
        warnings.accept("a line break inside a string (a syntax error) became a space in the"
            + " rejected document");
      }
    }
  }

  /**
   * A JSON array: a document is an element, found with a parser of its own (no limits but
   * syntax: gcm-io reports the limits); the bytes from its first to its last. When the parser
   * meets a syntax error, or gcm-io reports something after the last element, the rest of the
   * file from the end of the last element is the document.
   */
  private static final class ArrayRaw extends Raw {
    private static final JsonFactory FACTORY = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(Integer.MAX_VALUE)
            .maxStringLength(Integer.MAX_VALUE)
            .maxNumberLength(Integer.MAX_VALUE)
            .maxNameLength(Integer.MAX_VALUE)
            .build())
        .build();

    private final JsonParser parser;
    private final Consumer<String> warnings;
    private int next;
    private long start;
    private long end;
    private boolean broken;

    ArrayRaw(InputFiles.Input file, Consumer<String> warnings) throws IOException {
      super(file);
      this.warnings = warnings;
      parser = FACTORY.createParser(file.open());
      try {
        parser.nextToken(); // '[': Reading.layout saw it
        end = parser.currentLocation().getByteOffset();
      } catch (IOException e) {
        broken = true;
      }
    }

    /** Finds element {@code index}: its range in {@link #start} and {@link #end}. */
    private Optional<long[]> find(int index) {
      while (!broken && next <= index) {
        try {
          JsonToken token = parser.nextToken();
          if (token == null || token == JsonToken.END_ARRAY) {
            broken = true;
            break;
          }
          start = parser.currentTokenLocation().getByteOffset();
          parser.skipChildren();
          end = parser.currentLocation().getByteOffset();
          next++;
          if (next > index) {
            return Optional.of(new long[] {start, end});
          }
        } catch (IOException e) {
          broken = true;
        }
      }
      return Optional.empty();
    }

    @Override
    void skip(ReadResult<StakeholderInput> result) throws IOException {
      find(result.getIndex().orElse(0));
    }

    @Override
    void copy(ReadResult<StakeholderInput> result, OutputStream out) throws IOException {
      // no result: the rest of the file
      Optional<long[]> range = result == null ? Optional.empty()
          : find(result.getIndex().orElse(0));
      long from = range.map(r -> r[0]).orElse(end);
      long to = range.map(r -> r[1]).orElse(Long.MAX_VALUE);
      while (position < from && read() >= 0) {
        // up to the document
      }
      OneLine line = new OneLine(out);
      boolean leading = range.isEmpty(); // the rest of a file starts with the white space
      for (int b = position < to ? read() : -1; b >= 0; b = position < to ? read() : -1) {
        if (leading && (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == ',')) {
          continue;
        }
        leading = false;
        line.write(b);
      }
      if (line.breakInString()) {
        warnings.accept((result == null ? "the rest of the file" : "document "
            + (result.getIndex().orElse(0) + 1)) + ": a line break inside a string (a syntax"
            + " error) became a space in the rejected document");
      }
    }

    @Override
    boolean rest(OutputStream out) throws IOException {
      if (broken) {
        return false;
      }
      try {
        JsonToken token = parser.nextToken();
        if (token == null || token == JsonToken.END_ARRAY) {
          return false;
        }
      } catch (IOException e) {
        // a syntax error after the last document gcm-io gave: that is left too
      }
      broken = true;
      copy(null, out);
      return true;
    }

    @Override
    public void close() throws IOException {
      try {
        parser.close();
      } finally {
        super.close();
      }
    }
  }
}
