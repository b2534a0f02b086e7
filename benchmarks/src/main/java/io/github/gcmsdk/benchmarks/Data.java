package io.github.gcmsdk.benchmarks;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.testkit.DocumentGenerator;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Source;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark data: deterministic valid stakeholder-input documents from the test kit, written
 * in canonical form by gcm-io. The same seed gives the same bytes on every run and in every JVM.
 */
public final class Data {

  /** The size of the single document, in bytes (about 5 KB). */
  public static final int SINGLE_BYTES = 5 * 1024;

  /** The seed of every data set. */
  public static final long SEED = 20261128L;

  private static final GcmJson JSON = GcmJson.standard();

  private Data() {}

  /** Settings that give documents of about 5 KB (4 KB to 7 KB with the default seed). */
  static DocumentGenerator generator() {
    return GcmGenerators.documents(DocumentGenerator.Settings.defaults()
        .withSections(2, 3).withItemsPerSection(1, 2).withDepth(2).valid());
  }

  /** One document of roughly {@code targetBytes} (the first generated one of at least 4 KB). */
  public static byte[] single(int targetBytes) {
    Source source = Source.of(SEED);
    DocumentGenerator gen = generator();
    byte[] best = null;
    for (int i = 0; i < 1000; i++) {
      byte[] bytes = JSON.toCanonicalBytes(gen.next(source.split()));
      if (best == null || Math.abs(bytes.length - targetBytes) < Math.abs(best.length - targetBytes)) {
        best = bytes;
      }
      if (Math.abs(bytes.length - targetBytes) < targetBytes / 10) {
        return bytes;
      }
    }
    return best;
  }

  /** Documents, one canonical byte array each, until their total reaches {@code totalBytes}. */
  public static List<byte[]> documents(long totalBytes) {
    Source source = Source.of(SEED);
    DocumentGenerator gen = generator();
    List<byte[]> docs = new ArrayList<>();
    long total = 0;
    while (total < totalBytes) {
      byte[] bytes = compact(JSON.toCanonicalBytes(gen.next(source.split())));
      docs.add(bytes);
      total += bytes.length + 1;
    }
    return docs;
  }

  /** A canonical document on one line (JSON Lines needs it; canonical form may be indented). */
  static byte[] compact(byte[] json) {
    try {
      com.fasterxml.jackson.databind.ObjectMapper m = Mappers.TREE;
      return m.writeValueAsBytes(m.readTree(json));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The documents as one JSON array. */
  public static byte[] array(List<byte[]> docs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write('[');
    for (int i = 0; i < docs.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.writeBytes(docs.get(i));
    }
    out.write(']');
    return out.toByteArray();
  }

  /** The documents as JSON Lines. */
  public static byte[] lines(List<byte[]> docs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] doc : docs) {
      out.writeBytes(doc);
      out.write('\n');
    }
    return out.toByteArray();
  }

  /**
   * The bundled example, examples/data/unece-2020-stakeholder-input.json (44 KB), as a resource
   * of this module's jar (copied there by the build), so that the jar runs from any directory.
   */
  public static byte[] example() {
    try (java.io.InputStream in = Data.class.getResourceAsStream("/" + EXAMPLE)) {
      if (in == null) {
        throw new IllegalStateException(EXAMPLE + " is not in the benchmarks jar");
      }
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The file name of the bundled example. */
  static final String EXAMPLE = "unece-2020-stakeholder-input.json";

  /** The example compacted to one line, repeated until {@code totalBytes}: JSON Lines. */
  public static byte[] exampleLines(long totalBytes) {
    byte[] line = compact(example());
    List<byte[]> docs = new ArrayList<>();
    long total = 0;
    while (total < totalBytes) {
      docs.add(line);
      total += line.length + 1;
    }
    return lines(docs);
  }

  /** Prints one sample document and the sizes (a look at the data). */
  public static void main(String[] args) {
    byte[] one = single(5 * 1024);
    System.out.println(new String(one, StandardCharsets.UTF_8));
    System.out.println("single: " + one.length + " bytes");
    List<byte[]> docs = documents(1 << 20);
    System.out.println("1 MB: " + docs.size() + " documents, array " + array(docs).length + " bytes");
  }
}
