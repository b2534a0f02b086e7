package io.github.gcmsdk.benchmarks;

import com.networknt.schema.Error;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.problem.Severity;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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

/**
 * gcm side by side with the users' alternatives on the same bytes of one document: the bundled
 * example ({@code example}, 44 KB) or the generated 5 KB document ({@code generated}). One
 * operation is one document. The ratios gcm/(7) and gcm/(8) divide ops/s of {@code a5} by those of
 * {@code a7} and {@code a8}; gcm read/databind divides {@code a3} by {@code a2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class AlternativesSingleBenchmark {


  /** The document: {@code example} (examples/data) or {@code generated} (about 5 KB). */
  @Param({"example", "generated"})
  public String doc;

  byte[] bytes;

  /** Loads the bytes and checks that every contender accepts them (no violation, no error). */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    bytes = "example".equals(doc) ? Data.example() : Data.single(Data.SINGLE_BYTES);
    Report gcm = Validators.FULL.validate(bytes);
    Set<ConstraintViolation<Pojos.StakeholderInput>> hv = a7_databindHibernate();
    List<Error> schema = a8_networknt();
    if (gcm.count(Severity.ERROR) > 0 || !hv.isEmpty() || !schema.isEmpty()) {
      throw new IllegalStateException(doc + " is not accepted by every contender: gcm " + gcm
          + ", Hibernate Validator " + hv + ", networknt " + schema);
    }
    System.out.println(doc + ": " + bytes.length + " bytes, gcm problems (no errors): "
        + gcm.getProblems().size());
  }

  /** (2) Databind into plain classes, nothing checked. */
  @Benchmark
  public Pojos.StakeholderInput a2_databind() throws IOException {
    return Mappers.POJO_READER.readValue(bytes);
  }

  /** (3) gcm-io read: located, lossless, typed; every reading problem reported. */
  @Benchmark
  public ReadResult<StakeholderInput> a3_gcmRead() {
    return Validators.JSON.read(bytes);
  }

  /** (5) gcm read + every constraint and document rule, every problem located. */
  @Benchmark
  public Report a5_gcmValidate() {
    return Validators.FULL.validate(bytes);
  }

  /** (7) Databind into the annotated {@link Pojos} + Hibernate Validator. */
  @Benchmark
  public Set<ConstraintViolation<Pojos.StakeholderInput>> a7_databindHibernate()
      throws IOException {
    Pojos.StakeholderInput pojo = Mappers.POJO_READER.readValue(bytes);
    return Alternatives.HIBERNATE.validate(pojo);
  }

  /** (8) networknt json-schema-validator with the published schema, on a Jackson 3 tree. */
  @Benchmark
  public List<Error> a8_networknt() throws IOException {
    return Alternatives.SCHEMA.validate(Alternatives.TREE.<tools.jackson.databind.JsonNode>readValue(bytes));
  }
}
