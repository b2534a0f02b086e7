package io.github.gcmsdk.benchmarks;

import com.sun.management.ThreadMXBean;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The alternatives on one document by the reading thread's CPU time and allocated bytes, which
 * the load of a shared machine disturbs less than wall time: rounds of each contender in turn,
 * the median of the last half of the rounds. Run two builds one after the other (or alternately)
 * to compare them; BENCHMARKS.md ("Hand-written parts and the 2x rule") used it so.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.gcmsdk.benchmarks.CpuSideBySide \
 *     example 10 0124
 * </pre>
 *
 * <p>Arguments: {@code example} or {@code generated}; the number of rounds (10); which contenders,
 * as digits: 0 databind (2), 1 gcm read (3), 2 gcm read + validate (5), 3 databind + Hibernate
 * Validator (7), 4 gcm read from an {@code InputStream} (the character path), 5 every token read
 * and nothing built (1), 6 every token read and every name and string made a {@code String}, 7 gcm
 * read on Jackson 3 (gcm-io-jackson3; the others read on Jackson 2).
 */
public final class CpuSideBySide {

  private static Object sink;

  private CpuSideBySide() {}

  /** One operation on the document. */
  @FunctionalInterface
  private interface Op {
    Object run() throws Exception;
  }

  /**
   * Runs the rounds and prints microseconds of CPU and bytes allocated per document.
   *
   * @param args the document, the rounds and the contenders
   * @throws Exception if a contender fails
   */
  public static void main(String[] args) throws Exception {
    ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    String which = args.length > 0 ? args[0] : "example";
    byte[] b = which.equals("example") ? Data.example() : Data.single(Data.SINGLE_BYTES);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    String only = args.length > 2 ? args[2] : "0124";
    int n = which.equals("example") ? 2000 : 15000;
    String[] names = {"a2_databind", "a3_gcmRead", "a5_gcmValidate", "a7_databindHV",
        "gcmReadStream", "a1_tokens", "a1s_tokensText", "a3_gcmReadJackson3"};
    Op[] ops = {
        () -> Mappers.POJO_READER.readValue(b),
        () -> Validators.JSON.read(b),
        () -> Validators.FULL.validate(b),
        () -> Alternatives.HIBERNATE.validate(
            Mappers.POJO_READER.<Pojos.StakeholderInput>readValue(b)),
        () -> Validators.JSON.read(new ByteArrayInputStream(b)),
        () -> Mappers.tokens(b),
        () -> Mappers.tokensAndStrings(b),
        () -> Validators.JSON3.read(b)};
    double[][] cpu = new double[ops.length][rounds];
    double[] alloc = new double[ops.length];
    long thread = Thread.currentThread().getId();
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < ops.length; k++) {
        if (only.indexOf('0' + k) < 0) {
          continue;
        }
        long t0 = mx.getCurrentThreadCpuTime();
        long a0 = mx.getThreadAllocatedBytes(thread);
        for (int i = 0; i < n; i++) {
          sink = ops[k].run();
        }
        cpu[k][r] = (mx.getCurrentThreadCpuTime() - t0) / 1e3 / n;
        alloc[k] = (mx.getThreadAllocatedBytes(thread) - a0) / (double) n;
      }
    }
    System.out.printf(Locale.ROOT, "%s (%d bytes): us of thread CPU per document (median of the"
        + " last %d rounds), bytes allocated per document%n", which, b.length, rounds / 2);
    for (int k = 0; k < ops.length; k++) {
      if (only.indexOf('0' + k) >= 0) {
        double[] last = Arrays.copyOfRange(cpu[k], rounds - rounds / 2, rounds);
        Arrays.sort(last);
        System.out.printf(Locale.ROOT, "%-16s %9.1f us %10.0f B%n", names[k],
            last[last.length / 2], alloc[k]);
      }
    }
    System.out.println("load average: "
        + Files.readString(Path.of("/proc/loadavg")).trim() + (sink == null ? "" : ""));
  }
}
