package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.gcmsdk.model.StakeholderInput;
import java.io.ByteArrayInputStream;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Fuzz target: reading any bytes as a collection (JSON Lines, JSON array, and the detected layout;
 * each reader of {@link TotalityPropertyTest#READERS}) gives a finite stream of sound results
 * ({@link TotalityPropertyTest#assertSound}), consumed to its end, never a throwable. Corpus: {@code
 * src/test/resources/io/github/gcmsdk/io/CollectionFuzzTestInputs/}.
 */
class CollectionFuzzTest {

  @FuzzTest(maxDuration = FuzzTargets.MAX_DURATION)
  void anyBytesGiveAFiniteStreamOfSoundResultsInEveryLayout(byte[] bytes) {
    for (GcmJson reader : TotalityPropertyTest.READERS) {
      for (CollectionFormat format : CollectionFormat.values()) {
        consume(reader.readCollection(new ByteArrayInputStream(bytes), format), bytes);
      }
      consume(reader.readCollection(new ByteArrayInputStream(bytes)), bytes);
    }
  }

  private static void consume(Stream<ReadResult<StakeholderInput>> results, byte[] bytes) {
    // Each result but an empty last one consumes at least one byte: more means a stream that
    // never ends.
    long bound = bytes.length + 1L;
    long count = 0;
    for (Iterator<ReadResult<StakeholderInput>> it = results.iterator(); it.hasNext(); ) {
      TotalityPropertyTest.assertSound(it.next(), bytes);
      count++;
      long seen = count;
      assertTrue(seen <= bound, () -> seen + " results from "
          + TotalityPropertyTest.describe(bytes));
    }
  }
}
