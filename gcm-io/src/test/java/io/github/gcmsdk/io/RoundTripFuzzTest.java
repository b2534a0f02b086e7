package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fuzz target: whatever document any bytes give (valid or not, as far as it could be built),
 * written canonically and read again gives an equal document, no error, and no kind of problem
 * the first reading did not report (an unknown property is kept, so its warning comes again);
 * writing that again gives the same bytes. Corpus: {@code
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
    Set<String> codes = first.getReport().getProblems().stream().map(Problem::getCode)
        .collect(Collectors.toSet());
    for (Problem p : again.getReport().getProblems()) {
      assertTrue(p.getSeverity() != Severity.ERROR && codes.contains(p.getCode()),
          () -> "reading the canonical bytes of what " + TotalityPropertyTest.describe(bytes)
              + " gave reported " + p);
    }
    assertEquals(document, again.getDocument().orElseThrow(), "the document changed");
    assertArrayEquals(written, JSON.toCanonicalBytes(again.getDocument().get()),
        "writing the document read back changed the bytes");
  }
}
