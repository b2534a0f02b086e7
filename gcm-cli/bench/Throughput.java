import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Read + validate throughput on a collection file, side by side: each jar named on the command
 * line is loaded in a class loader of its own, and {@code GcmValidator.standard()
 * .validateCollection(file)} of each runs in turn, round after round, in one JVM (one thread,
 * warm), so that a change in the machine's load affects all of them alike.
 *
 * <pre>java gcm-cli/bench/Throughput.java FILE WARMUP ROUNDS NAME=JAR [NAME=JAR ...]</pre>
 *
 * <p>Prints, per jar: documents, problems, the median wall and thread-CPU seconds of a round,
 * documents/s and MB/s (by the wall median).
 */
public class Throughput {
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int warmup = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    int n = args.length - 3;
    String[] names = new String[n];
    Object[] validators = new Object[n];
    Method[] validate = new Method[n];
    Method[] problems = new Method[n];
    Method[] report = new Method[n];
    for (int j = 0; j < n; j++) {
      String[] nameJar = args[3 + j].split("=", 2);
      names[j] = nameJar[0];
      ClassLoader loader = new URLClassLoader(new URL[] {Path.of(nameJar[1]).toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> type = Class.forName("io.github.gcmsdk.validation.GcmValidator", true, loader);
      validators[j] = type.getMethod("standard").invoke(null);
      validate[j] = type.getMethod("validateCollection", Path.class);
      problems[j] = Class.forName("io.github.gcmsdk.validation.DocumentReport", true, loader)
          .getMethod("getReport");
      report[j] = Class.forName("io.github.gcmsdk.problem.Report", true, loader)
          .getMethod("getProblems");
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] wall = new double[n][rounds];
    double[][] cpu = new double[n][rounds];
    long[] documents = new long[n];
    long[] found = new long[n];
    for (int i = -warmup; i < rounds; i++) {
      for (int j = 0; j < n; j++) {
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        documents[j] = 0;
        found[j] = 0;
        try (Stream<?> reports = (Stream<?>) validate[j].invoke(validators[j], file)) {
          for (Iterator<?> it = reports.iterator(); it.hasNext(); ) {
            documents[j]++;
            found[j] += ((java.util.List<?>) report[j].invoke(problems[j].invoke(it.next())))
                .size();
          }
        }
        if (i >= 0) {
          wall[j][i] = (System.nanoTime() - t0) / 1e9;
          cpu[j][i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        }
      }
    }
    long bytes = Files.size(file);
    System.out.printf("%s: %d bytes; %d warm-up rounds, median of %d%n", file, bytes, warmup,
        rounds);
    for (int j = 0; j < n; j++) {
      Arrays.sort(wall[j]);
      Arrays.sort(cpu[j]);
      double median = wall[j][rounds / 2];
      System.out.printf("%-6s %d documents, %d problems: wall %.3f s, cpu %.3f s a round;"
          + " %.0f documents/s, %.1f MB/s%n", names[j], documents[j], found[j], median,
          cpu[j][rounds / 2], documents[j] / median, bytes / median / 1e6);
    }
  }
}
