package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.io.ReadProblem;
import io.github.gcmsdk.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads a collection of documents lazily, one at a time, in constant memory: a JSON array of
 * documents, or JSON Lines (one document per line). Each document's problems are located by line
 * and column in the file, with pointers from the document's root. Not thread-safe.
 */
public final class CollectionReader {

  /** How a collection is laid out. */
  public enum Layout {
    /** A JSON array of documents. */
    ARRAY,
    /** One document per line. */
    LINES,
    /** One document written over several lines: a collection of one (detected only). */
    SINGLE,
    /** Decide from the content. */
    DETECT
  }

  private CollectionReader() {}

  /**
   * Opens a collection; nothing is read until the iterator is used.
   *
   * @param <V> the document type
   * @param reader the document reader
   * @param codec the codec of a document
   * @param in the bytes; not closed
   * @param layout the layout, or {@link Layout#DETECT}
   * @return the documents, as outcomes; {@link UncheckedIOException} on I/O errors
   */
  public static <V> Iterator<Outcome<V>> open(DocumentReader reader, Codec<V> codec,
      InputStream in, Layout layout) {
    return new LazyStart<>(reader, codec, in, layout);
  }

  /** Detects the layout on first use, then delegates. */
  private static final class LazyStart<V> implements Iterator<Outcome<V>> {
    private final DocumentReader reader;
    private final Codec<V> codec;
    private final InputStream in;
    private final Layout layout;
    private Iterator<Outcome<V>> delegate;

    LazyStart(DocumentReader reader, Codec<V> codec, InputStream in, Layout layout) {
      this.reader = reader;
      this.codec = codec;
      this.in = in;
      this.layout = layout;
    }

    private Iterator<Outcome<V>> delegate() {
      if (delegate == null) {
        try {
          delegate = start();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return delegate;
    }

    private Iterator<Outcome<V>> start() throws IOException {
      ProblemSink sink = reader.settings().newSink(0);
      PushbackInputStream pushback = new PushbackInputStream(in, 4);
      if (!Encodings.check(pushback, sink)) {
        return List.of(new Outcome<V>(null, sink.sorted(), LocationIndex.create(0), 0, 1))
            .iterator();
      }
      List<Problem> preamble = sink.sorted();
      LineSource lines = new LineSource(pushback);
      Layout chosen = layout == Layout.DETECT ? lines.detect(reader.settings().maxDocumentSize())
          : layout;
      if (chosen == null) {
        return new ArrayList<Outcome<V>>().iterator(); // nothing but white space: no documents
      }
      switch (chosen) {
        case ARRAY:
          return new ArrayDocuments<>(reader, codec, lines, preamble);
        case LINES:
          return new LineDocuments<>(reader, codec, lines, preamble);
        default: // one document over several lines: a collection of one
          Outcome<V> single = reader.parse(codec,
              SourceReader.utf8(lines, reader.settings().maxDocumentSize()),
              withPreamble(reader, preamble, 0), LocationIndex.create(0), false, 0, 1);
          return List.of(single).iterator();
      }
    }

    @Override
    public boolean hasNext() {
      return delegate().hasNext();
    }

    @Override
    public Outcome<V> next() {
      return delegate().next();
    }
  }

  private static ProblemSink withPreamble(DocumentReader reader, List<Problem> preamble,
      int lineOffset) {
    ProblemSink sink = reader.settings().newSink(lineOffset);
    for (Problem problem : preamble) {
      sink.add(problem);
    }
    return sink;
  }

  /** The documents of a JSON array, read with one parser. */
  private static final class ArrayDocuments<V> implements Iterator<Outcome<V>> {
    private final DocumentReader reader;
    private final Codec<V> codec;
    private final ReadSettings settings;
    private final SourceReader source;
    private final TokenSource tokens;
    private List<Problem> preamble;
    private Outcome<V> next;
    private boolean started;
    private boolean done;
    private int count;

    ArrayDocuments(DocumentReader reader, Codec<V> codec, InputStream in, List<Problem> preamble)
        throws IOException {
      this.reader = reader;
      this.codec = codec;
      this.settings = reader.settings();
      this.source = SourceReader.utf8(in, -1);
      this.tokens = settings.engine().parse(source);
      this.preamble = preamble;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        try {
          next = advance();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return next != null;
    }

    @Override
    public Outcome<V> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Outcome<V> result = next;
      next = null;
      return result;
    }

    private ProblemSink sink() {
      ProblemSink sink = withPreamble(reader, preamble, 0);
      preamble = List.of();
      return sink;
    }

    private Outcome<V> advance() throws IOException {
      ProblemSink sink = sink();
      LocationIndex index = LocationIndex.create(0);
      Binder binder = new Binder(tokens, settings, sink, index, source);
      int line = 1;
      V value = null;
      boolean between = true;
      try {
        if (!started) {
          started = true;
          Token first = tokens.nextToken();
          if (first == null) { // nothing but white space (and a byte order mark)
            done = true;
            sink.report(ReadProblem.EMPTY_INPUT, "", Positions.of(1, 1), "msg.empty");
            return new Outcome<>(null, sink.sorted(), index, count, line);
          }
          if (first != Token.START_ARRAY) {
            done = true;
            binder.wrongType(binder.position(), settings.messages().text("type.collection"));
            return new Outcome<>(null, sink.sorted(), index, count, line);
          }
        }
        Token token = tokens.nextToken();
        if (token == Token.END_ARRAY) {
          done = true;
          if (tokens.nextToken() != null) {
            sink.report(ReadProblem.SYNTAX_ERROR, "", binder.position(), "msg.syntax.trailing");
            return new Outcome<>(null, sink.sorted(), index, count, line);
          }
          return null;
        }
        line = Positions.line(binder.position());
        between = false;
        binder.limitElement(settings.maxDocumentSize());
        try {
          value = binder.readRoot(codec);
        } catch (StopBinding stop) {
          binder.skipRest(1);
        }
      } catch (InputFailure e) {
        done = true;
        e.report(sink, between ? "" : binder.at());
        value = null;
      } catch (IOException e) {
        ParseFailure failure = settings.engine().parseFailure(e);
        if (failure == null) {
          throw e; // the underlying stream's
        }
        done = true;
        String at = failure.kind() == ParseFailure.Kind.LIMIT || !between ? binder.at() : "";
        SyntaxErrors.report(failure, tokens, sink, at, false, false, source,
            between ? null : binder, settings);
        value = null;
      }
      return new Outcome<>(value, sink.sorted(), index, count++, line);
    }
  }

  /** The documents of JSON Lines, each line parsed on its own. */
  private static final class LineDocuments<V> implements Iterator<Outcome<V>> {
    private final DocumentReader reader;
    private final Codec<V> codec;
    private final LineSource lines;
    private List<Problem> preamble;
    private Outcome<V> next;
    private boolean done;
    private int count;

    LineDocuments(DocumentReader reader, Codec<V> codec, LineSource lines,
        List<Problem> preamble) {
      this.reader = reader;
      this.codec = codec;
      this.lines = lines;
      this.preamble = preamble;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        try {
          next = advance();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        done = next == null;
      }
      return next != null;
    }

    @Override
    public Outcome<V> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Outcome<V> result = next;
      next = null;
      return result;
    }

    private Outcome<V> advance() throws IOException {
      long limit = reader.settings().maxDocumentSize();
      while (true) {
        LineSource.Line line = lines.nextLine(limit);
        if (line == null) {
          if (count == 0) { // no line but blank ones: an empty file, as for a single document
            count++;
            ProblemSink sink = withPreamble(reader, preamble, 0);
            sink.report(ReadProblem.EMPTY_INPUT, "", Positions.of(1, 1), "msg.empty");
            return new Outcome<>(null, sink.sorted(), LocationIndex.create(0), 0, 1);
          }
          return null;
        }
        if (line.blank()) {
          continue;
        }
        List<Problem> before = preamble;
        preamble = List.of();
        ProblemSink sink = withPreamble(reader, before, line.number() - 1);
        if (line.tooLong()) {
          sink.report(ReadProblem.DOCUMENT_TOO_LARGE, "", Positions.of(1, 1),
              "msg.limit.document.bytes", Map.of("limit", Long.toString(limit)));
          return new Outcome<>(null, sink.sorted(), LocationIndex.create(line.number() - 1),
              count++, line.number());
        }
        if (before.isEmpty()) {
          // The line's bytes are its own: the index resolves positions in them later.
          Outcome<V> fast = reader.parseBytes(codec, line.bytes(), 0, line.length(), sink,
              line.number() - 1, count, line.number());
          if (fast != null) {
            count++;
            return fast;
          }
          sink = withPreamble(reader, before, line.number() - 1);
        }
        SourceReader source = SourceReader.utf8(line.bytes(), 0, line.length(), -1);
        return reader.parse(codec, source, sink, LocationIndex.create(line.number() - 1), true,
            count++, line.number());
      }
    }
  }
}
