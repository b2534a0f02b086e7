package io.github.gcmsdk.benchmarks;

import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Report;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One stakeholder-input document of about 5 KB (canonical, indented), read from a byte array.
 * One operation is one document: ops/s is documents/s; MB/s is ops/s times {@link #bytes}'s length
 * (the post-processor {@link Ratios} prints both).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SingleDocumentBenchmark {


  byte[] bytes;
  StakeholderInput document;

  @Setup(Level.Trial)
  public void setUp() {
    bytes = Data.single(Data.SINGLE_BYTES);
    ReadResult<StakeholderInput> result = Validators.JSON.read(bytes);
    document = result.getDocument().orElseThrow();
    Report report = Validators.FULL.validate(result);
    if (!report.getProblems().isEmpty() || !result.getReport().getProblems().isEmpty()) {
      throw new IllegalStateException("the benchmark document is not clean: " + report);
    }
  }

  /** (1) The floor: every token of the document, nothing built. */
  @Benchmark
  public int b1_jacksonTokens() throws IOException {
    return Mappers.tokens(bytes);
  }

  /** (2) The hand-written baseline: databind into plain mutable classes. */
  @Benchmark
  public Pojos.StakeholderInput b2_jacksonDatabind() throws IOException {
    return Mappers.POJO_READER.readValue(bytes);
  }

  /** (3) gcm-io read. */
  @Benchmark
  public ReadResult<StakeholderInput> b3_gcmRead() {
    return Validators.JSON.read(bytes);
  }

  /** (3) with two threads on the same bytes. */
  @Benchmark
  @Threads(2)
  public ReadResult<StakeholderInput> b3_gcmRead_2threads() {
    return Validators.JSON.read(bytes);
  }

  /** (4) gcm-io read + Bean Validation constraints (document rules disabled). */
  @Benchmark
  public Report b4_gcmReadConstraints() {
    return Validators.CONSTRAINTS.validate(Validators.JSON.read(bytes));
  }

  /** (5) gcm-io read + constraints + document rules: the full GcmValidator.validate(ReadResult). */
  @Benchmark
  public Report b5_gcmReadValidate() {
    return Validators.FULL.validate(Validators.JSON.read(bytes));
  }

  /** (5) with two threads on the same bytes. */
  @Benchmark
  @Threads(2)
  public Report b5_gcmReadValidate_2threads() {
    return Validators.FULL.validate(Validators.JSON.read(bytes));
  }

  /** (6) Validation alone (constraints + document rules) of the prebuilt document. */
  @Benchmark
  public Report b6_validateOnly() {
    return Validators.FULL.validate(document);
  }
}
