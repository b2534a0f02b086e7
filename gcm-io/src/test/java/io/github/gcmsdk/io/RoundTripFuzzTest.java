package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.gcmsdk.model.StakeholderInput;
import java.util.List;
import java.util.Optional;

/**
 * Fuzz target: whatever document any bytes give (valid or not, as far as it could be built),
 * written canonically and read again gives no problem and an equal document, and writing that
 * again gives the same bytes. Corpus: {@code
 * src/test/resources/io/github/gcmsdk/io/RoundTripFuzzTestInputs/}.
 */
class RoundTripFuzzTest {

  private static final GcmJson JSON = GcmJson.standard();

  @FuzzTest(maxDuration = FuzzTargets.MAX_DURATION)
  void anyDocumentReadSurvivesWriteThenRead(byte[] bytes) {
    Optional<StakeholderInput> read = JSON.read(bytes).getDocument();
    if (read.isEmpty()) {
      return;
    }
    byte[] written = JSON.toCanonicalBytes(read.get());
    ReadResult<StakeholderInput> again = JSON.read(written);
    assertEquals(List.of(), again.getReport().getProblems(),
        () -> "reading the canonical bytes of what " + TotalityPropertyTest.describe(bytes)
            + " gave");
    assertEquals(read.get(), again.getDocument().orElseThrow(), "the document changed");
    assertArrayEquals(written, JSON.toCanonicalBytes(again.getDocument().get()),
        "writing the document read back changed the bytes");
  }
}
