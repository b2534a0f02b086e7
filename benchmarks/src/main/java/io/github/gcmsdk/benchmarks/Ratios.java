package io.github.gcmsdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Post-processor of a JMH JSON result ({@code -rf json -rff result.json}): prints, per data set,
 * MB/s, documents/s, allocation per document and the ratios to (1) the Jackson token pass and (2)
 * Jackson databind, then the targets of issue 7. The sizes are recomputed from the deterministic
 * data, so the result file is all it needs.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.gcmsdk.benchmarks.Ratios result.json</pre>
 */
public final class Ratios {

  private Ratios() {}

  /** One benchmark's figures. */
  record Row(String name, double opsPerSecond, double error, double allocPerOp) {}

  public static void main(String[] args) throws IOException {
    JsonNode results = Mappers.TREE.readTree(new File(args.length > 0 ? args[0] : "result.json"));
    Map<String, Map<String, Row>> groups = new LinkedHashMap<>();
    for (JsonNode r : results) {
      String full = r.get("benchmark").asText();
      String cls = full.substring(0, full.lastIndexOf('.'));
      cls = cls.substring(cls.lastIndexOf('.') + 1);
      String method = full.substring(full.lastIndexOf('.') + 1);
      String group = cls;
      if (cls.startsWith("Alternatives")) {
        group += r.has("params") && r.get("params").has("doc")
            ? " " + r.get("params").get("doc").asText()
            : " " + r.get("params").get("sizeMb").asText() + "MB";
      } else if (r.has("params")) {
        group += " " + r.get("params").get("layout").asText() + " " + r.get("params").get("sizeMb")
            .asText() + "MB";
      }
      JsonNode pm = r.get("primaryMetric");
      JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
      groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(method, new Row(method,
          pm.get("score").asDouble(), pm.get("scoreError").asDouble(),
          alloc.isMissingNode() ? Double.NaN : alloc.asDouble()));
    }
    for (Map.Entry<String, Map<String, Row>> g : groups.entrySet()) {
      printGroup(g.getKey(), g.getValue());
    }
  }

  private static void printGroup(String group, Map<String, Row> rows) {
    String[] parts = group.split(" ");
    if (parts[0].startsWith("Alternatives")) {
      printAlternatives(group, rows);
      return;
    }
    long bytes;
    int docs;
    if (parts[0].equals("SingleDocumentBenchmark")) {
      bytes = Data.single(Data.SINGLE_BYTES).length;
      docs = 1;
    } else {
      int sizeMb = Integer.parseInt(parts[2].replace("MB", ""));
      List<byte[]> d = Data.documents(sizeMb * 1_000_000L);
      bytes = parts[1].equals("lines") ? Data.lines(d).length : Data.array(d).length;
      docs = d.size();
    }
    System.out.printf(Locale.ROOT, "%n### %s (%,d bytes, %,d documents, %,d bytes per document)%n%n",
        group, bytes, docs, bytes / docs);
    System.out.println("| benchmark | ops/s | MB/s | documents/s | alloc B/document | vs (1) tokens"
        + " | vs (2) databind |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    Row tokens = rows.get("b1_jacksonTokens");
    Row databind = rows.get("b2_jacksonDatabind");
    for (Row row : rows.values()) {
      double mbs = row.opsPerSecond() * bytes / 1e6;
      System.out.printf(Locale.ROOT, "| %s | %.3f ± %.3f | %.1f | %,.0f | %,.0f | %s | %s |%n",
          row.name(), row.opsPerSecond(), row.error(), mbs, row.opsPerSecond() * docs,
          row.allocPerOp() / docs, pct(row, tokens), pct(row, databind));
    }
    System.out.println();
    target(rows, "b3_gcmRead", "b2_jacksonDatabind", 0.70, "(3) read >= 70% of (2)");
    target(rows, "b4_gcmReadConstraints", "b2_jacksonDatabind", 0.50,
        "(4) read + constraints >= 50% of (2)");
    target(rows, "b5_gcmReadValidate", "b2_jacksonDatabind", 0.45,
        "(5) read + validation + rules >= 45% of (2)");
    target(rows, "b3_gcmRead_2threads", "b3_gcmRead", 1.8, "(3) two threads >= 1.8x one");
    target(rows, "b5_gcmReadValidate_2threads", "b5_gcmReadValidate", 1.8,
        "(5) two threads >= 1.8x one");
    Row read = rows.get("b3_gcmRead");
    if (read != null && databind != null) {
      double ratio = read.allocPerOp() / databind.allocPerOp();
      System.out.printf(Locale.ROOT, "- alloc/document of (3) <= 2x (2): %.2fx: %s%n", ratio,
          ratio <= 2 ? "met" : "NOT met");
    }
  }

  /**
   * The users' alternatives (issue "Library-first core"): throughputs, then gcm read / databind
   * (target 1.0), gcm read + validate / (7) (target 1.0) and / (8) (target 1.5).
   */
  private static void printAlternatives(String group, Map<String, Row> rows) {
    String[] parts = group.split(" ");
    byte[] data;
    if (parts[0].equals("AlternativesSingleBenchmark")) {
      data = parts[1].equals("example") ? Data.example() : Data.single(Data.SINGLE_BYTES);
    } else {
      data = Data.exampleLines(Integer.parseInt(parts[1].replace("MB", "")) * 1_000_000L);
    }
    long docs = 1; // a single document is one, whatever its line count; JSON Lines: one a line
    if (!parts[0].equals("AlternativesSingleBenchmark")) {
      docs = 0;
      for (byte b : data) {
        docs += b == '\n' ? 1 : 0;
      }
    }
    System.out.printf(Locale.ROOT, "%n### %s (%,d bytes, %,d documents)%n%n", group, data.length,
        docs);
    System.out.println("| benchmark | ops/s | MB/s | documents/s | alloc B/document |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (Row row : rows.values()) {
      System.out.printf(Locale.ROOT, "| %s | %.3f ± %.3f | %.1f | %,.0f | %s |%n", row.name(),
          row.opsPerSecond(), row.error(), row.opsPerSecond() * data.length / 1e6,
          row.opsPerSecond() * docs, Double.isNaN(row.allocPerOp()) ? "-"
              : String.format(Locale.ROOT, "%,.0f", row.allocPerOp() / docs));
    }
    System.out.println();
    Row read = rows.get("a3_gcmRead");
    Row databind = rows.get("a2_databind");
    if (read != null && databind != null && !Double.isNaN(read.allocPerOp())) {
      double ratio = read.allocPerOp() / databind.allocPerOp();
      System.out.printf(Locale.ROOT, "- alloc/document of gcm read <= 2x databind (2): %.2fx: %s%n",
          ratio, ratio <= 2 ? "met" : "NOT met");
    }
    target(rows, "a3_gcmRead", "a2_databind", 1.0, "gcm read >= 1.0x databind (2)");
    target(rows, "a5_gcmValidate", "a7_databindHibernate", 1.0,
        "gcm read + validate >= 1.0x (7) databind + Hibernate Validator");
    target(rows, "a5_gcmValidate", "a8_networknt", 1.5,
        "gcm read + validate >= 1.5x (8) networknt");
  }

  private static String pct(Row row, Row base) {
    return base == null ? "-" : String.format(Locale.ROOT, "%.1f%%",
        100 * row.opsPerSecond() / base.opsPerSecond());
  }

  private static void target(Map<String, Row> rows, String name, String base, double min,
      String label) {
    Row a = rows.get(name);
    Row b = rows.get(base);
    if (a == null || b == null) {
      return;
    }
    double ratio = a.opsPerSecond() / b.opsPerSecond();
    System.out.printf(Locale.ROOT, "- %s: %.2f (%s)%n", label, ratio,
        ratio >= min ? "met" : "NOT met, gap " + String.format(Locale.ROOT, "%.2f", min - ratio));
  }
}
