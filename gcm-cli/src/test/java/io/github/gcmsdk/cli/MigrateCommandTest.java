package io.github.gcmsdk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gcm migrate} rewrites files of format 1.x as 2.0, prints what moved where, and leaves
 * alone what it must not rewrite, as {@code gcm format} does.
 */
class MigrateCommandTest {

  private static final GcmJson JSON = GcmJson.standard();
  private static final Path OLD_EXAMPLE =
      Run.ROOT.resolve("examples/data/format-1.0/unece-2020-stakeholder-input.json");

  /** A document of format 1.0: the canonical text of a document, its version changed. */
  private static String old(String id) {
    return JSON.write(GcmCommandsTest.document(id, "Open regular pathways."))
        .replace("\"formatVersion\": \"2.0\"", "\"formatVersion\": \"1.0\"");
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void theUnece2020ExampleOfFormat10IsRewrittenAsTheBundled20ExampleAndItsMovesPrinted(
      @TempDir Path dir) throws IOException {
    Path file = dir.resolve("unece.json");
    Files.copy(OLD_EXAMPLE, file);

    Run run = Run.gcm("migrate", file.toString());

    assertEquals(0, run.status, run.toString());
    assertEquals(List.of(file + ": migrated to format 2.0",
        "  /formatVersion -> /formatVersion: \"1.0\" becomes \"2.0\""), run.outLines());
    ReadResult<StakeholderInput> migrated = JSON.read(file);
    assertTrue(migrated.getReport().getProblems().isEmpty(), migrated.getReport().toString());
    StakeholderInput example = JSON.read(Run.EXAMPLE).getDocument().orElseThrow();
    assertEquals(example.withReview(example.getReview().orElseThrow().withEvents(List.of())),
        migrated.getDocument().orElseThrow(), "the bundled example less the events 2.0 records");
    assertEquals(List.of("unece.json"), names(dir), "no temporary file is left");
    Run again = Run.gcm("migrate", file.toString());
    assertEquals(List.of(file + ": already format 2.0, left as it was"), again.outLines());
  }

  @Test
  void aFileOfFormat20IsLeftAsItWasEvenIfNotCanonical(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("new.json");
    byte[] compact = JSON.write(GcmCommandsTest.document("a", "Open regular pathways."))
        .replace("\n", "").getBytes(StandardCharsets.UTF_8);
    Files.write(file, compact);

    Run run = Run.gcm("migrate", file.toString());

    assertEquals(0, run.status, run.toString());
    assertArrayEquals(compact, Files.readAllBytes(file));
    assertEquals(List.of("new.json"), names(dir));
  }

  @Test
  void eachDocumentOfAJsonLinesCollectionIsMigratedAndNamedByItsIndex(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("all.jsonl");
    String lines = Stream.of("a", "b").map(id -> old(id).replace("\n", "").replace("  ", ""))
        .collect(Collectors.joining("\n", "", "\n"));
    Files.writeString(file, lines);

    Run run = Run.gcm("migrate", file.toString());

    assertEquals(0, run.status, run.toString());
    assertEquals(List.of(file + ": migrated to format 2.0",
        "  document 0: /formatVersion -> /formatVersion: \"1.0\" becomes \"2.0\"",
        "  document 1: /formatVersion -> /formatVersion: \"1.0\" becomes \"2.0\""),
        run.outLines());
    List<String> written = Files.readAllLines(file);
    assertEquals(2, written.size());
    assertTrue(written.stream().allMatch(l -> l.startsWith("{\"formatVersion\":\"2.0\"")),
        written.toString());
  }

  @Test
  void aFileWithAReadingErrorIsNotRewrittenAndTheExitIsOne(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("broken.json");
    String broken = old("a").replace("\"objectives\": [\n        11", "\"objectives\": [\n        24");
    Files.writeString(file, broken);

    Run run = Run.gcm("migrate", file.toString());

    assertEquals(1, run.status, run.toString());
    assertEquals(broken, Files.readString(file));
    assertTrue(run.err.contains("GCM-J020"), run.err);
    assertTrue(run.err.contains("gcm migrate: " + file + ": not migrated: it has reading errors"),
        run.err);
  }

  @Test
  void aReadOnlyFileIsNotRewrittenAndTheExitIsTwo(@TempDir Path dir) throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"));
    Path file = dir.resolve("read-only.json");
    Files.writeString(file, old("a"));
    Files.setAttribute(file, "unix:mode", 0444);

    Run run = Run.gcm("migrate", file.toString());

    assertEquals(2, run.status, run.toString());
    assertEquals(old("a"), Files.readString(file), "the file is as it was");
    assertEquals(List.of("gcm migrate: " + file + ": not migrated: the file is read-only"),
        run.errLines());
    assertEquals(List.of("read-only.json"), names(dir));
  }
}
