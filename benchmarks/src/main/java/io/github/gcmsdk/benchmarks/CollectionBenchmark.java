package io.github.gcmsdk.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.validation.GcmValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A collection of generated documents ({@link #sizeMb} MB) as a JSON array or as JSON Lines,
 * streamed from a byte array, one document at a time. One operation is the whole collection: the
 * post-processor {@link Ratios} turns ops/s into MB/s and documents/s and divides the allocation
 * by the number of documents (the data is deterministic, so it recomputes the sizes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class CollectionBenchmark {


  /** The size of the collection in MB (10 for a quick run; 100 for the figure). */
  @Param("10")
  public int sizeMb;

  /** The layout: {@code array} (one JSON array) or {@code lines} (JSON Lines). */
  @Param({"array", "lines"})
  public String layout;

  byte[] bytes;
  CollectionFormat format;
  List<StakeholderInput> documents;

  @Setup(Level.Trial)
  public void setUp() {
    List<byte[]> docs = Data.documents(sizeMb * 1_000_000L);
    bytes = "lines".equals(layout) ? Data.lines(docs) : Data.array(docs);
    format = "lines".equals(layout) ? CollectionFormat.JSON_LINES : CollectionFormat.JSON_ARRAY;
    documents = new ArrayList<>(docs.size());
    try (Stream<ReadResult<StakeholderInput>> results = read()) {
      results.forEach(r -> {
        if (!r.getReport().getProblems().isEmpty()) {
          throw new IllegalStateException("a benchmark document is not clean: " + r);
        }
        documents.add(r.getDocument().orElseThrow());
      });
    }
    if (documents.size() != docs.size()) {
      throw new IllegalStateException(documents.size() + " documents read of " + docs.size());
    }
  }

  private void readAndValidate(GcmValidator validator, Blackhole bh) {
    try (Stream<ReadResult<StakeholderInput>> results = read()) {
      results.forEach(r -> bh.consume(validator.validate(r)));
    }
  }

  private Stream<ReadResult<StakeholderInput>> read() {
    return Validators.JSON.readCollection(new ByteArrayInputStream(bytes), format);
  }

  /** (1) The floor: every token of the collection, nothing built. */
  @Benchmark
  public int b1_jacksonTokens() throws IOException {
    return Mappers.tokens(bytes);
  }

  /** (2) The hand-written baseline: databind into plain classes, one document at a time. */
  @Benchmark
  public void b2_jacksonDatabind(Blackhole bh) throws IOException {
    try (MappingIterator<Pojos.StakeholderInput> it =
        Mappers.POJO_READER.readValues(new ByteArrayInputStream(bytes))) {
      while (it.hasNext()) {
        bh.consume(it.next());
      }
    }
  }

  /** (3) gcm-io read (streaming readCollection). */
  @Benchmark
  public void b3_gcmRead(Blackhole bh) {
    try (Stream<ReadResult<StakeholderInput>> results = read()) {
      results.forEach(bh::consume);
    }
  }

  /** (3) with two threads, each reading the whole collection. */
  @Benchmark
  @Threads(2)
  public void b3_gcmRead_2threads(Blackhole bh) {
    b3_gcmRead(bh);
  }

  /** (4) gcm-io read + Bean Validation constraints (document rules disabled). */
  @Benchmark
  public void b4_gcmReadConstraints(Blackhole bh) {
    readAndValidate(Validators.CONSTRAINTS, bh);
  }

  /** (5) gcm-io read + constraints + document rules: GcmValidator.validate(ReadResult). */
  @Benchmark
  public void b5_gcmReadValidate(Blackhole bh) {
    readAndValidate(Validators.FULL, bh);
  }

  /** (5) with two threads, each reading and validating the whole collection. */
  @Benchmark
  @Threads(2)
  public void b5_gcmReadValidate_2threads(Blackhole bh) {
    b5_gcmReadValidate(bh);
  }

  /** (6) Validation alone (constraints + document rules) of the prebuilt documents. */
  @Benchmark
  public void b6_validateOnly(Blackhole bh) {
    for (StakeholderInput document : documents) {
      Report report = Validators.FULL.validate(document);
      bh.consume(report);
    }
  }
}
