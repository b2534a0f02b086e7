package io.github.gcmsdk.io;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target: reading any bytes as one document gives a sound {@link ReadResult}
 * ({@link TotalityPropertyTest#assertSound}: a report, every problem located, every message safe)
 * from every reader of {@link TotalityPropertyTest#READERS} (lenient, strict, tight limits), never
 * a throwable. Without {@code JAZZER_FUZZ} it replays its corpus, {@code
 * src/test/resources/io/github/gcmsdk/io/ReadFuzzTestInputs/}; with it, it fuzzes (see
 * docs/HOSTILE-INPUT.md, "Coverage-guided fuzzing").
 */
class ReadFuzzTest {

  @FuzzTest(maxDuration = FuzzTargets.MAX_DURATION)
  void anyBytesGiveASoundResultFromEveryReader(byte[] bytes) {
    for (GcmJson reader : TotalityPropertyTest.READERS) {
      TotalityPropertyTest.assertSound(reader.read(bytes), bytes);
    }
  }
}
