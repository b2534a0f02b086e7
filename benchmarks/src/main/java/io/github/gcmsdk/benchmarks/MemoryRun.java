package io.github.gcmsdk.benchmarks;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.testkit.DocumentGenerator;
import io.github.gcmsdk.testkit.Source;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The memory target of issue 7: streaming read + validation of a large JSON Lines collection,
 * run once under a small heap and once under a large one (see BENCHMARKS.md).
 *
 * <pre>
 * java -cp benchmarks.jar io.github.gcmsdk.benchmarks.MemoryRun write FILE.jsonl SIZE_MB
 * java -Xmx64m -cp benchmarks.jar io.github.gcmsdk.benchmarks.MemoryRun read FILE.jsonl [ROUNDS]
 * </pre>
 *
 * <p>{@code write} generates the deterministic documents of the benchmarks one at a time (in
 * constant memory); {@code read} streams the file with {@code GcmJson.readCollection(Path)},
 * validates every document with {@code GcmValidator.validate(ReadResult)}, and prints MB/s of
 * each round (the first rounds warm the JIT up; the best round is the figure).
 */
public final class MemoryRun {

  private MemoryRun() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[1]);
    if (args[0].equals("write")) {
      write(file, Long.parseLong(args[2]) * 1_000_000L);
    } else {
      int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
      read(file, rounds);
    }
  }

  private static void write(Path file, long totalBytes) throws IOException {
    Source source = Source.of(Data.SEED);
    DocumentGenerator gen = Data.generator();
    GcmJson json = GcmJson.standard();
    long total = 0;
    long docs = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      while (total < totalBytes) {
        byte[] bytes = Data.compact(json.toCanonicalBytes(gen.next(source.split())));
        out.write(bytes);
        out.write('\n');
        total += bytes.length + 1;
        docs++;
      }
    }
    System.out.printf(Locale.ROOT, "wrote %s: %,d bytes, %,d documents%n", file, total, docs);
  }

  private static void read(Path file, int rounds) throws IOException {
    long size = Files.size(file);
    double best = 0;
    for (int round = 1; round <= rounds; round++) {
      long start = System.nanoTime();
      long docs = 0;
      long problems = 0;
      try (Stream<ReadResult<StakeholderInput>> results = Validators.JSON.readCollection(file)) {
        for (ReadResult<StakeholderInput> result : (Iterable<ReadResult<StakeholderInput>>)
            results::iterator) {
          Report report = Validators.FULL.validate(result);
          problems += report.getProblems().size();
          docs++;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double mbs = size / 1e6 / seconds;
      best = Math.max(best, mbs);
      System.out.printf(Locale.ROOT,
          "round %d: %,d documents, %,d problems, %.1f s, %.1f MB/s, %.0f documents/s%n",
          round, docs, problems, seconds, mbs, docs / seconds);
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "best %.1f MB/s (max heap %d MB)%n", best,
        rt.maxMemory() >> 20);
  }
}
