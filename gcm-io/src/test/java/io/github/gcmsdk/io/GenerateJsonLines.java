package io.github.gcmsdk.io;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.testkit.DocumentGenerator;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Source;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Writes a JSON Lines collection of generated, valid documents (gcm-testkit) of about a given size,
 * streaming: memory does not grow with the size. Not a test; see docs/HOSTILE-INPUT.md.
 *
 * <pre>
 * java -cp ... io.github.gcmsdk.io.GenerateJsonLines OUT.jsonl MEGABYTES [SEED]
 * </pre>
 */
public final class GenerateJsonLines {

  private GenerateJsonLines() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    long limit = Long.parseLong(args[1]) * 1024 * 1024;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
    DocumentGenerator generator = GcmGenerators.documents(DocumentGenerator.Settings.defaults()
        .withExtensions(true));
    Source master = Source.of(seed);
    long[] written = {0};
    long[] count = {0};
    long start = System.nanoTime();
    try (OutputStream file = new FilterOutputStream(new BufferedOutputStream(
        Files.newOutputStream(out), 1 << 16)) {
          @Override
          public void write(int b) throws IOException {
            out.write(b);
            written[0]++;
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written[0] += len;
          }
        }) {
      Iterable<StakeholderInput> documents = () -> new Iterator<>() {
        @Override
        public boolean hasNext() {
          return written[0] < limit;
        }

        @Override
        public StakeholderInput next() {
          count[0]++;
          return generator.next(master.split());
        }
      };
      GcmJson.standard().writeCollection(documents, file, CollectionFormat.JSON_LINES);
    }
    System.out.printf("wrote %d documents, %d bytes, to %s in %.1f s (seed %d)%n", count[0],
        Files.size(out), out, (System.nanoTime() - start) / 1e9, seed);
  }
}
