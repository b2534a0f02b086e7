package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Findings of the fuzz targets whose fix belongs to another change: {@code
 * src/test/resources/fuzz-pending/<target class>/<input>}, each diagnosed in the README.md of
 * that folder. They are reported as skipped unless {@code -Dgcm.fuzz.pending=true}, which runs
 * them through their target (and turns off the targets' guards, {@link FuzzTargets#PENDING}): then
 * they fail until fixed. A fixed one moves to the target's corpus, {@code <target
 * class>Inputs/<method>/}, and its guard goes.
 */
class PendingFuzzFindingsTest {

  private static final Map<String, Consumer<byte[]>> TARGETS = Map.of(
      "ReadFuzzTest", new ReadFuzzTest()::anyBytesGiveASoundResultFromEveryReader,
      "CollectionFuzzTest",
      new CollectionFuzzTest()::anyBytesGiveAFiniteStreamOfSoundResultsInEveryLayout,
      "RoundTripFuzzTest", new RoundTripFuzzTest()::anyDocumentReadSurvivesWriteThenRead);

  @TestFactory
  Stream<DynamicTest> pendingFindingsFailUntilFixed() throws IOException, URISyntaxException {
    Path root = Path.of(PendingFuzzFindingsTest.class.getResource("/fuzz-pending").toURI());
    List<Path> inputs;
    try (Stream<Path> files = Files.walk(root)) {
      inputs = files.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().endsWith(".md")).sorted()
          .collect(Collectors.toList());
    }
    return inputs.stream().map(input -> {
      String target = input.getParent().getFileName().toString();
      return DynamicTest.dynamicTest(target + "/" + input.getFileName(), () -> {
        assumeTrue(FuzzTargets.PENDING, "pending: see fuzz-pending/" + target
            + "/README.md; -Dgcm.fuzz.pending=true runs it");
        Consumer<byte[]> run = TARGETS.get(target);
        if (run == null) {
          throw new AssertionError("no fuzz target named " + target);
        }
        run.accept(Files.readAllBytes(input));
      });
    });
  }
}
