package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Severity;
import java.util.List;

/**
 * Fuzz target: whatever document any bytes give (valid or not, as far as it could be built),
 * written canonically and read again gives an equal document and no error, and writing that again
 * gives the same bytes. Warnings may come again, or anew: an unknown property is kept, and one
 * that the first reading took for a misspelled missing {@code formatVersion} (reported in that
 * error's message) is an unknown property once the canonical bytes hold {@code formatVersion}
 * (input {@code finding-misspelled-format-version}). Corpus: {@code
 * src/test/resources/io/github/gcmsdk/io/RoundTripFuzzTestInputs/}.
 */
class RoundTripFuzzTest {

  private static final GcmJson JSON = GcmJson.standard();

  @FuzzTest(maxDuration = FuzzTargets.MAX_DURATION)
  void anyDocumentReadSurvivesWriteThenRead(byte[] bytes) {
    ReadResult<StakeholderInput> first = JSON.read(bytes);
    if (first.getDocument().isEmpty()) {
      return;
    }
    StakeholderInput document = first.getDocument().get();
    byte[] written = JSON.toCanonicalBytes(document);
    ReadResult<StakeholderInput> again = JSON.read(written);
    assertEquals(List.of(), again.getReport().getProblems(Severity.ERROR),
        () -> "reading the canonical bytes of what " + TotalityPropertyTest.describe(bytes)
            + " gave");
    assertEquals(document, again.getDocument().orElseThrow(), "the document changed");
    assertArrayEquals(written, JSON.toCanonicalBytes(again.getDocument().get()),
        "writing the document read back changed the bytes");
  }
}
