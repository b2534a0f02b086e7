package io.github.gcmsdk.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Severity;
import io.github.gcmsdk.validation.DocumentReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * gcm side by side with the users' alternatives on the same bytes of a collection: the bundled
 * example compacted to one line and repeated into {@link #sizeMb} MB of JSON Lines, streamed from
 * a byte array one document at a time. One operation is the whole collection.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class AlternativesCollectionBenchmark {


  /** The size of the collection in MB. */
  @Param("10")
  public int sizeMb;

  byte[] bytes;

  /** Builds the collection and checks that every contender accepts every document. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    bytes = Data.exampleLines(sizeMb * 1_000_000L);
    long[] errors = new long[3];
    long[] documents = new long[3];
    try (Stream<DocumentReport> reports = validateCollection()) {
      reports.forEach(r -> {
        documents[0]++;
        errors[0] += r.getReport().count(Severity.ERROR);
      });
    }
    try (MappingIterator<Pojos.StakeholderInput> it = Mappers.POJO_READER.readValues(bytes)) {
      while (it.hasNext()) {
        documents[1]++;
        errors[1] += Alternatives.HIBERNATE.validate(it.next()).size();
      }
    }
    try (tools.jackson.databind.MappingIterator<tools.jackson.databind.JsonNode> it =
        Alternatives.TREE.readValues(bytes)) {
      while (it.hasNext()) {
        documents[2]++;
        errors[2] += Alternatives.SCHEMA.validate(it.next()).size();
      }
    }
    if (errors[0] + errors[1] + errors[2] > 0 || documents[0] != documents[1]
        || documents[0] != documents[2]) {
      throw new IllegalStateException("not accepted by every contender: documents "
          + java.util.Arrays.toString(documents) + ", errors " + java.util.Arrays.toString(errors));
    }
    System.out.println("collection: " + bytes.length + " bytes, " + documents[0] + " documents");
  }

  private Stream<DocumentReport> validateCollection() {
    return Validators.FULL.validateCollection(new ByteArrayInputStream(bytes),
        CollectionFormat.JSON_LINES);
  }

  /** (2) Databind into plain classes, nothing checked. */
  @Benchmark
  public void a2_databind(Blackhole bh) throws IOException {
    try (MappingIterator<Pojos.StakeholderInput> it = Mappers.POJO_READER.readValues(bytes)) {
      while (it.hasNext()) {
        bh.consume(it.next());
      }
    }
  }

  /** (3) gcm-io read of every document. */
  @Benchmark
  public void a3_gcmRead(Blackhole bh) {
    try (Stream<ReadResult<StakeholderInput>> results = Validators.JSON.readCollection(
        new ByteArrayInputStream(bytes), CollectionFormat.JSON_LINES)) {
      results.forEach(bh::consume);
    }
  }

  /** (5) gcm read + every constraint and rule: {@code validateCollection}. */
  @Benchmark
  public void a5_gcmValidate(Blackhole bh) {
    try (Stream<DocumentReport> reports = validateCollection()) {
      reports.forEach(bh::consume);
    }
  }

  /** (7) Databind over the lines + Hibernate Validator per document. */
  @Benchmark
  public void a7_databindHibernate(Blackhole bh) throws IOException {
    try (MappingIterator<Pojos.StakeholderInput> it = Mappers.POJO_READER.readValues(bytes)) {
      while (it.hasNext()) {
        bh.consume(Alternatives.HIBERNATE.validate(it.next()));
      }
    }
  }

  /** (8) networknt per line: a Jackson 3 tree per document, validated against the schema. */
  @Benchmark
  public void a8_networknt(Blackhole bh) {
    try (tools.jackson.databind.MappingIterator<tools.jackson.databind.JsonNode> it =
        Alternatives.TREE.readValues(bytes)) {
      while (it.hasNext()) {
        bh.consume(Alternatives.SCHEMA.validate(it.next()));
      }
    }
  }
}
