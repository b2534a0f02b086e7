package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.StakeholderInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The canonical JSON of the bundled example documents is pinned in
 * {@code src/test/resources/golden/}, so that any change of the format or of the canonical writer
 * shows in review as a change of a golden file. To accept an intended change, regenerate them:
 * {@code mvn -pl gcm-io test -Dtest=GoldenFilesTest -Dgcm.golden.write=true}, and review the diff.
 */
class GoldenFilesTest {

  private static final Path EXAMPLES = Path.of("..", "examples", "data");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final String HOW_TO_UPDATE = "if the change of format is intended, regenerate the"
      + " golden files with `mvn -pl gcm-io test -Dtest=GoldenFilesTest -Dgcm.golden.write=true`"
      + " and review the diff";

  @Test
  void uneceExampleIsWrittenAsItsGoldenFile() throws IOException {
    check("unece-2020-stakeholder-input.json", "unece-2020-stakeholder-input.canonical.json");
  }

  private static void check(String example, String golden) throws IOException {
    ReadResult<StakeholderInput> result = GcmJson.standard().read(EXAMPLES.resolve(example));
    assertTrue(result.isValid(), () -> example + ": " + result.getReport().getProblems());
    String canonical = GcmJson.standard().write(result.getDocument().orElseThrow());
    Path file = GOLDEN.resolve(golden);
    if (Boolean.getBoolean("gcm.golden.write")) {
      Files.writeString(file, canonical, StandardCharsets.UTF_8);
      System.out.println("gcm-io: wrote golden file " + file.toAbsolutePath());
    }
    assertTrue(Files.exists(file), () -> file + " is missing; " + HOW_TO_UPDATE);
    String pinned = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(pinned, canonical, () -> "the canonical JSON of " + example + " differs from "
        + file + ": " + HOW_TO_UPDATE);
    // The golden file is itself canonical: reading and writing it gives its bytes back.
    assertEquals(pinned, GcmJson.standard().write(GcmJson.standard().readJson(pinned).getDocument()
        .orElseThrow()), golden + " is not a fixed point of read-then-write");
  }
}
