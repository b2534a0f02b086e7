package io.github.gcmsdk.io;

import io.github.gcmsdk.io.internal.CanonicalWriter;
import io.github.gcmsdk.io.internal.CollectionReader;
import io.github.gcmsdk.io.internal.DocumentReader;
import io.github.gcmsdk.io.internal.Format;
import io.github.gcmsdk.io.internal.JsonEngine;
import io.github.gcmsdk.io.internal.JsonEngines;
import io.github.gcmsdk.io.internal.Migration;
import io.github.gcmsdk.io.internal.Outcome;
import io.github.gcmsdk.io.internal.ReadSettings;
import io.github.gcmsdk.io.internal.TokenWriter;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads and writes stakeholder input documents in the gcm-sdk JSON format: the one entry point of
 * gcm-io for people who just want to read and write files.
 *
 * <pre>{@code
 * ReadResult<StakeholderInput> result = GcmJson.standard().read(Path.of("input.json"));
 * result.getReport().getProblems().forEach(p -> System.out.println(p.getLocation().describe()
 *     + " " + p.getCode() + " " + p.getMessage()));
 * StakeholderInput document = result.getDocument().orElseThrow();
 * GcmJson.standard().write(document, Path.of("copy.json"));
 * }</pre>
 *
 * <h2>Reading</h2>
 * Reading reports every problem it can find in one pass, each with a stable {@linkplain
 * ReadProblem code}, a severity, a JSON Pointer, a line and column and a message in the
 * {@linkplain Builder#locale(Locale) chosen language}. It never throws for bad input: any bytes
 * give a {@link ReadResult}. Unknown properties and {@code x-} extension data are kept on the
 * objects they were found in, so that writing an accepted document back loses nothing. The
 * {@linkplain #standard() standard} reader warns about unknown properties; the {@linkplain
 * #strict() strict} one reports them as errors (useful in development and to check partners'
 * files; in production, lenient reading lets newer files through).
 *
 * <h2>Writing</h2>
 * Writing produces the canonical form: properties in the order of the format, extensions after
 * them in the order read, empty lists, absent values and defaults left out, two-space indentation,
 * UTF-8 without byte order mark, a newline at the end. Writing a canonical file that was read gives
 * the same bytes. A document keeps the {@code formatVersion} it was read with ({@code "1.3"} is
 * written back as {@code "1.3"}). Writing never produces what this instance's reader would reject:
 * a value that could not be read back equal (a number longer than the {@linkplain
 * ReadLimits#getMaxNumberLength() number length limit} in every form, a {@code formatVersion}
 * that is not 1.x) is refused with an {@link IllegalArgumentException}.
 *
 * <h2>Jackson 2 or Jackson 3</h2>
 * gcm-io parses and writes with Jackson's streaming API, on the Jackson the application has:
 * Jackson 2 (2.19 or newer) always, and Jackson 3 (3.1.4 or newer) when the module {@code
 * gcm-io-jackson3} is on the class path or module path, in which case it is preferred. Both
 * engines give the same results, problems and bytes. {@link Builder#jacksonMajorVersion(int)}
 * chooses one; {@link #getJacksonVersion()} tells which is used.
 *
 * <h2>Streams, paths and errors</h2>
 * Methods that take a stream, reader or writer never close it; methods that take a {@link Path}
 * open and close the file. I/O failures of the underlying file or stream (not problems of the
 * content) are thrown as {@link UncheckedIOException}. Null arguments throw {@link
 * NullPointerException}.
 *
 * <p>Instances are immutable and thread-safe; build them once and share them.
 */
public final class GcmJson {

  /**
   * The version of the format this library writes, {@value}; files of format 1.x are upgraded to
   * it when read ({@link ReadResult#getMigration()}).
   */
  public static final String FORMAT_VERSION = Format.VERSION;


  private static final GcmJson STANDARD = builder().build();
  private static final GcmJson STRICT = builder().strict(true).build();

  private final boolean strict;
  private final ReadLimits limits;
  private final Locale locale;
  private final int jacksonMajorVersion;
  private final ReadSettings settings;
  private final DocumentReader reader;
  private final CanonicalWriter writer;

  private GcmJson(Builder builder) {
    this.strict = builder.strict;
    this.limits = builder.limits;
    this.locale = builder.locale;
    this.jacksonMajorVersion = builder.jacksonMajorVersion;
    JsonEngine.Provider engines = jacksonMajorVersion == 0 ? JsonEngines.preferred()
        : JsonEngines.forMajorVersion(jacksonMajorVersion).orElseThrow(
            () -> new IllegalStateException("Jackson " + jacksonMajorVersion
                + " needs the module gcm-io-jackson3 (io.github.gcmsdk:gcm-io-jackson3) on the"
                + " class path or module path, with tools.jackson.core:jackson-core"));
    this.settings = ReadSettings.of(strict, limits.getMaxDocumentSize(),
        limits.getMaxNestingDepth(), limits.getMaxStringLength(), limits.getMaxNumberLength(),
        limits.getMaxNameLength(), limits.getMaxProblems(), locale, engines);
    this.reader = new DocumentReader(settings);
    this.writer = new CanonicalWriter(settings);
  }

  /**
   * Returns the standard reader and writer: lenient (unknown properties are warnings), default
   * limits, messages in English.
   *
   * @return the standard instance
   */
  public static GcmJson standard() {
    return STANDARD;
  }

  /**
   * Returns the strict reader and writer: unknown properties are errors; default limits, messages
   * in English.
   *
   * @return the strict instance
   */
  public static GcmJson strict() {
    return STRICT;
  }

  /**
   * Returns a builder, starting from the standard settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the format, as shipped in the resource {@code
   * io/github/gcmsdk/io/gcm-stakeholder-input.schema.json}. It describes the strict form.
   *
   * @return the schema text
   */
  public static String jsonSchema() {
    try (InputStream in = GcmJson.class.getResourceAsStream("gcm-stakeholder-input.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("The schema resource is missing from gcm-io");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Tells whether unknown properties are errors.
   *
   * @return true for strict reading
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Returns the limits of reading.
   *
   * @return the limits
   */
  public ReadLimits getLimits() {
    return limits;
  }

  /**
   * Returns the locale given to {@link Builder#locale(Locale)}; messages are in its language, or
   * in English if that language has no translation.
   *
   * @return the locale
   */
  public Locale getLocale() {
    return locale;
  }

  /**
   * Returns the version of the Jackson that parses and writes for this instance, such as {@code
   * 2.21.4} or {@code 3.1.4}.
   *
   * @return the version of its jackson-core
   */
  public String getJacksonVersion() {
    return settings.engine().version();
  }

  /**
   * Returns a builder with this instance's settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder().strict(strict).limits(limits).locale(locale);
    builder.jacksonMajorVersion = jacksonMajorVersion;
    return builder;
  }

  ReadSettings settings() {
    return settings;
  }

  // --- Reading one document -------------------------------------------------------------------

  /**
   * Reads a document from a file.
   *
   * @param path the file, not null
   * @return the result
   * @throws UncheckedIOException if the file cannot be read
   */
  public ReadResult<StakeholderInput> read(Path path) {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return result(reader.read(Format.DOCUMENT_CODEC, in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document from a byte stream, UTF-8 with or without byte order mark. The stream is
   * read to its end (nothing may follow the document), or up to the size limit, and not closed.
   *
   * @param in the bytes, not null
   * @return the result
   * @throws UncheckedIOException if the stream fails
   */
  public ReadResult<StakeholderInput> read(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      return result(reader.read(Format.DOCUMENT_CODEC, in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document from characters. The reader is not closed.
   *
   * @param in the characters, not null
   * @return the result
   * @throws UncheckedIOException if the reader fails
   */
  public ReadResult<StakeholderInput> read(Reader in) {
    Objects.requireNonNull(in, "in");
    try {
      return result(reader.read(Format.DOCUMENT_CODEC, in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document from JSON text held in a string. The string is the document itself, not
   * the name of a file: read a file with {@link #read(Path)}.
   *
   * @param json the JSON text, not null
   * @return the result
   */
  public ReadResult<StakeholderInput> readJson(String json) {
    Objects.requireNonNull(json, "json");
    return read(new StringReader(json));
  }

  /**
   * Reads a document from bytes, UTF-8 with or without byte order mark.
   *
   * @param json the bytes, not null
   * @return the result
   */
  public ReadResult<StakeholderInput> read(byte[] json) {
    Objects.requireNonNull(json, "json");
    return result(reader.read(Format.DOCUMENT_CODEC, json));
  }

  // --- Reading collections --------------------------------------------------------------------

  /**
   * Reads a collection of documents from a file, lazily: a file named {@code *.jsonl} or {@code
   * *.ndjson} is JSON Lines; any other is detected as {@link #readCollection(InputStream)} does.
   * Close the stream to close the file.
   *
   * @param path the file, not null
   * @return the documents, one result each, in file order
   * @throws UncheckedIOException if the file cannot be opened, or later if reading it fails
   */
  public Stream<ReadResult<StakeholderInput>> readCollection(Path path) {
    Objects.requireNonNull(path, "path");
    String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
    CollectionReader.Layout layout = name.endsWith(".jsonl") || name.endsWith(".ndjson")
        ? CollectionReader.Layout.LINES : CollectionReader.Layout.DETECT;
    InputStream in;
    try {
      in = Files.newInputStream(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stream(CollectionReader.open(reader, Format.DOCUMENT_CODEC, in, layout))
        .onClose(() -> {
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Reads a collection of documents from a byte stream, lazily, one document at a time in
   * constant memory, detecting the layout: a JSON array if the first character is {@code [};
   * otherwise JSON Lines if the first line holds a whole JSON value; otherwise a single document
   * written over several lines (a collection of one). A stream with nothing but white space has
   * no documents. The stream is not closed.
   *
   * @param in the bytes, not null
   * @return the documents, one result each, in order
   */
  public Stream<ReadResult<StakeholderInput>> readCollection(InputStream in) {
    Objects.requireNonNull(in, "in");
    return stream(CollectionReader.open(reader, Format.DOCUMENT_CODEC, in,
        CollectionReader.Layout.DETECT));
  }

  /**
   * Reads a collection of documents in a given layout from a byte stream, lazily. A stream with
   * nothing but white space (or a byte order mark) is not a collection in either layout: it gives
   * one result, without document, with {@link ReadProblem#EMPTY_INPUT}. The stream is not closed.
   *
   * @param in the bytes, not null
   * @param format the layout, not null
   * @return the documents, one result each, in order
   */
  public Stream<ReadResult<StakeholderInput>> readCollection(InputStream in,
      CollectionFormat format) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    return stream(CollectionReader.open(reader, Format.DOCUMENT_CODEC, in,
        format == CollectionFormat.JSON_LINES ? CollectionReader.Layout.LINES
            : CollectionReader.Layout.ARRAY));
  }

  private Stream<ReadResult<StakeholderInput>> stream(
      Iterator<Outcome<StakeholderInput>> outcomes) {
    Iterator<ReadResult<StakeholderInput>> results = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return outcomes.hasNext();
      }

      @Override
      public ReadResult<StakeholderInput> next() {
        return result(outcomes.next());
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results,
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private static <T> ReadResult<T> result(Outcome<T> outcome) {
    T value = outcome.value();
    MigrationReport migration = null;
    if (value instanceof StakeholderInput document) {
      Optional<Migration.Upgraded> upgraded = Migration.upgrade(document);
      if (upgraded.isPresent()) {
        @SuppressWarnings("unchecked") // T is StakeholderInput: value is one
        T upgradedValue = (T) upgraded.get().document();
        value = upgradedValue;
        migration = report(upgraded.get());
      }
    }
    return new ReadResult<>(value, Report.of(outcome.problems()), outcome.index(),
        outcome.recordIndex(), outcome.line(), migration);
  }

  private static MigrationReport report(Migration.Upgraded upgraded) {
    List<MigrationReport.Move> moves = new ArrayList<>();
    for (Migration.Moved moved : upgraded.moves()) {
      moves.add(new MigrationReport.Move(moved.from(), moved.to(), moved.description()));
    }
    return new MigrationReport(upgraded.fromVersion(), Format.VERSION, moves);
  }

  // --- Writing --------------------------------------------------------------------------------

  /**
   * Returns the canonical bytes of a document: UTF-8, pretty-printed, a newline at the end.
   *
   * @param document the document, not null
   * @return the bytes
   * @throws IllegalArgumentException if an extension of an object has the name of a property of
   *     the format, or a value could not be read back (see Writing, above)
   */
  public byte[] toCanonicalBytes(StakeholderInput document) {
    Objects.requireNonNull(document, "document");
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    write(document, out);
    return out.toByteArray();
  }

  /**
   * Returns the canonical text of a document.
   *
   * @param document the document, not null
   * @return the JSON text, ending with a newline
   */
  public String write(StakeholderInput document) {
    return new String(toCanonicalBytes(document), StandardCharsets.UTF_8);
  }

  /**
   * Writes the canonical form of a document to a file, replacing it.
   *
   * @param document the document, not null
   * @param path the file, not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(StakeholderInput document, Path path) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(path, "path");
    byte[] bytes = toCanonicalBytes(document);
    try {
      Files.write(path, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the canonical form of a document to a byte stream, which is flushed, not closed.
   *
   * @param document the document, not null
   * @param out the stream, not null
   * @throws UncheckedIOException if the stream fails
   */
  public void write(StakeholderInput document, OutputStream out) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    try {
      writer.writeFile(Format.DOCUMENT_CODEC, document, out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the canonical text of a document to a writer, which is flushed, not closed.
   *
   * @param document the document, not null
   * @param out the writer, not null
   * @throws UncheckedIOException if the writer fails
   */
  public void write(StakeholderInput document, Writer out) {
    Objects.requireNonNull(out, "out");
    String text = write(document);
    try {
      out.write(text);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes documents as a collection to a file, replacing it.
   *
   * @param documents the documents, not null
   * @param path the file, not null
   * @param format the layout, not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public void writeCollection(Iterable<? extends StakeholderInput> documents, Path path,
      CollectionFormat format) {
    Objects.requireNonNull(path, "path");
    try (OutputStream out = Files.newOutputStream(path)) {
      writeCollection(documents, out, format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes documents as a collection to a byte stream, which is flushed, not closed: JSON Lines
   * (one compact document per line, each line ending with a newline) or a pretty-printed JSON
   * array.
   *
   * @param documents the documents, not null
   * @param out the stream, not null
   * @param format the layout, not null
   * @throws UncheckedIOException if the stream fails
   */
  public void writeCollection(Iterable<? extends StakeholderInput> documents, OutputStream out,
      CollectionFormat format) {
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(format, "format");
    try {
      if (format == CollectionFormat.JSON_LINES) {
        for (StakeholderInput document : documents) {
          Objects.requireNonNull(document, "document");
          try (TokenWriter line = writer.open(out, false)) {
            Format.DOCUMENT_CODEC.write(line, document);
            line.newline();
          }
        }
      } else {
        try (TokenWriter array = writer.open(out, true)) {
          array.startArray();
          for (StakeholderInput document : documents) {
            Objects.requireNonNull(document, "document");
            Format.DOCUMENT_CODEC.write(array, document);
          }
          array.endArray();
          array.newline();
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "GcmJson{" + (strict ? "strict" : "lenient") + ", " + limits + ", locale=" + locale
        + ", jackson=" + getJacksonVersion() + "}";
  }

  /**
   * Builds {@link GcmJson} instances. Not thread-safe; the instances it builds are.
   */
  public static final class Builder {
    private boolean strict;
    private ReadLimits limits = ReadLimits.defaults();
    private Locale locale = Locale.ENGLISH;
    private int jacksonMajorVersion;

    private Builder() {}

    /**
     * Sets whether unknown properties are errors ({@code true}) or warnings ({@code false}, the
     * default). Either way they are kept.
     *
     * @param value whether to read strictly
     * @return this builder
     */
    public Builder strict(boolean value) {
      this.strict = value;
      return this;
    }

    /**
     * Sets the limits of reading.
     *
     * @param value the limits, not null
     * @return this builder
     */
    public Builder limits(ReadLimits value) {
      this.limits = Objects.requireNonNull(value, "limits");
      return this;
    }

    /**
     * Sets the language of problem messages and hints: English (the default), French, Spanish or
     * Russian. A locale is matched by its language, so {@code fr-CA} gives French and {@code
     * es-MX} Spanish; any other language (German, Arabic...) gives English, whatever the JVM's
     * default locale ({@link io.github.gcmsdk.problem.MessageLocales#resolve(Locale)}, the rule
     * gcm-validation follows too). Codes, severities and locations are the same in every language.
     *
     * @param value the locale, not null
     * @return this builder
     */
    public Builder locale(Locale value) {
      this.locale = Objects.requireNonNull(value, "locale");
      return this;
    }

    /**
     * Chooses the Jackson that parses and writes: {@code 2}, or {@code 3} (which needs the module
     * {@code gcm-io-jackson3}). By default the newest at hand is used.
     *
     * @param major 2 or 3
     * @return this builder
     * @throws IllegalArgumentException if it is neither
     */
    public Builder jacksonMajorVersion(int major) {
      if (major != 2 && major != 3) {
        throw new IllegalArgumentException("Jackson's major version is 2 or 3, not " + major);
      }
      this.jacksonMajorVersion = major;
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return a new, immutable {@link GcmJson}
     * @throws IllegalStateException if the Jackson chosen is not at hand (Jackson 3 without
     *     gcm-io-jackson3)
     */
    public GcmJson build() {
      return new GcmJson(this);
    }
  }
}
