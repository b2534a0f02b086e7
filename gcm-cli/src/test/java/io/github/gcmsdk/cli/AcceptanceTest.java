package io.github.gcmsdk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.util.concurrent.TimeUnit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gcm validate --accepted A --rejected R}: partial acceptance. */
class AcceptanceTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final GcmJson JSON = GcmJson.standard();

  private static StakeholderInput valid(String id) {
    return GcmCommandsTest.document(id, "Open regular pathways.");
  }

  private static StakeholderInput blank(String id) {
    return GcmCommandsTest.document(id, " "); // GCM-V001: an error under publication
  }

  private static String compact(StakeholderInput document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeCollection(List.of(document), out, CollectionFormat.JSON_LINES);
    return out.toString(StandardCharsets.UTF_8).strip();
  }

  /** The lines of a file, split on LF only (a CR stays visible). */
  private static List<String> lines(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.isEmpty() || text.endsWith("\n"), "each record ends with a line feed");
    return text.isEmpty() ? List.of() : List.of(text.substring(0, text.length() - 1).split("\n", -1));
  }

  private static List<String> ids(Path jsonLines) {
    try (Stream<ReadResult<StakeholderInput>> results = JSON.readCollection(jsonLines)) {
      return results.map(r -> r.getDocument().orElseThrow().getId()).collect(Collectors.toList());
    }
  }

  private static List<String> leftovers(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".gcm-"))
          .collect(Collectors.toList());
    }
  }

  @Test
  void aMixedJsonLinesCollectionIsSplitAndNothingIsLost(@TempDir Path dir) throws IOException {
    // a syntax error, a control, a CR inside the line (kept: only one before the LF ends a line)
    String broken = "{\"id\": \"d\",\r \"title\": \u0001 \"x\"}";
    String crlf = compact(blank("e")) + "\r";
    String text = compact(valid("a")) + "\n" + compact(blank("b")) + "\n\n"
        + compact(valid("c")) + "\n" + broken + "\n" + crlf + "\n";
    Path input = dir.resolve("inputs.jsonl");
    Files.writeString(input, text, StandardCharsets.UTF_8);
    Path accepted = dir.resolve("accepted.jsonl");
    Path rejected = dir.resolve("rejected.jsonl");

    Run run = Run.gcm("validate", "--format", "json", "--accepted", accepted.toString(),
        "--rejected", rejected.toString(), input.toString());

    assertEquals(1, run.status, run.toString());
    assertEquals(List.of(compact(valid("a")), compact(valid("c"))), lines(accepted));
    // the exact lines, the CR of a CRLF being the line terminator's
    assertEquals(List.of(compact(blank("b")), broken, compact(blank("e"))), lines(rejected));
    JsonNode report = MAPPER.readTree(run.out);
    long documents = Stream.of(text.split("\n")).filter(l -> !l.isBlank()).count();
    assertEquals(5, documents);
    assertEquals(documents, lines(accepted).size() + lines(rejected).size(), "nothing is lost");
    assertFalse(report.get("files").get(0).get("valid").asBoolean());
    assertEquals(List.of("gcm validate: 2 accepted, written to " + accepted + "; 3 rejected,"
        + " written to " + rejected), run.errLines());
    assertEquals(List.of(), leftovers(dir));
  }

  @Test
  void aPrettyArrayGivesItsRejectedElementsOnOneLineWithTheSameContent(@TempDir Path dir)
      throws IOException {
    Path input = dir.resolve("inputs.json");
    JSON.writeCollection(List.of(valid("a"), blank("b"), valid("c"), blank("d")), input,
        CollectionFormat.JSON_ARRAY);
    Path accepted = dir.resolve("accepted.jsonl");
    Path rejected = dir.resolve("rejected.jsonl");

    Run run = Run.gcm("validate", "--accepted", accepted.toString(), "--rejected",
        rejected.toString(), input.toString());

    assertEquals(1, run.status, run.toString());
    assertEquals(List.of("a", "c"), ids(accepted));
    JsonNode array = MAPPER.readTree(input.toFile());
    List<String> rejectedLines = lines(rejected);
    assertEquals(2, rejectedLines.size());
    assertEquals(array.get(1), MAPPER.readTree(rejectedLines.get(0)));
    assertEquals(array.get(3), MAPPER.readTree(rejectedLines.get(1)));
    // byte for byte but for the line breaks, each a space
    String original = Files.readString(input);
    assertTrue(original.replace('\n', ' ').contains(rejectedLines.get(0)), rejectedLines.get(0));
    assertTrue(rejectedLines.get(0).startsWith("{") && rejectedLines.get(0).endsWith("}"));
    assertEquals(array.size(), ids(accepted).size() + rejectedLines.size(), "nothing is lost");
  }

  @Test
  void aByteOrderMarkIsNoPartOfARejectedDocument(@TempDir Path dir) throws IOException {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    Path array = dir.resolve("array.json");
    Path lines = dir.resolve("lines.jsonl");
    ByteArrayOutputStream pretty = new ByteArrayOutputStream();
    pretty.writeBytes(bom);
    JSON.writeCollection(List.of(blank("a"), valid("b")), pretty, CollectionFormat.JSON_ARRAY);
    Files.write(array, pretty.toByteArray());
    Files.writeString(lines, "\ufeff" + compact(blank("c")) + "\n", StandardCharsets.UTF_8);
    Path accepted = dir.resolve("accepted.jsonl");
    Path rejected = dir.resolve("rejected.jsonl");

    Run run = Run.gcm("validate", "--accepted", accepted.toString(), "--rejected",
        rejected.toString(), array.toString(), lines.toString());

    assertEquals(1, run.status, run.toString());
    assertEquals(List.of("b"), ids(accepted));
    List<String> rejectedLines = lines(rejected);
    assertEquals(MAPPER.readTree(compact(blank("a"))), MAPPER.readTree(rejectedLines.get(0)));
    assertTrue(rejectedLines.get(0).startsWith("{"), rejectedLines.get(0));
    assertEquals(compact(blank("c")), rejectedLines.get(1));
  }

  @Test
  void anArrayWithASyntaxErrorSendsTheRestBack(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("inputs.json");
    String rest = "{\"id\": \"b\", \"title\": ]\n, " + compact(valid("c")) + "]";
    Files.writeString(input, "[" + compact(valid("a")) + ",\n " + rest + "\n");
    Path accepted = dir.resolve("accepted.jsonl");
    Path rejected = dir.resolve("rejected.jsonl");

    Run run = Run.gcm("validate", "--accepted", accepted.toString(), "--rejected",
        rejected.toString(), input.toString());

    assertEquals(1, run.status, run.toString());
    assertEquals(List.of("a"), ids(accepted));
    assertEquals(List.of(rest.replace('\n', ' ')), lines(rejected));
  }

  @Test
  void aSingleDocumentFileIsAcceptedOrRejectedWhole(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("good.json");
    JSON.write(valid("a"), good);
    Path oneLine = dir.resolve("one-line.json");
    Files.writeString(oneLine, compact(blank("b")) + "\n");
    Path pretty = Run.INVALID.resolve("duplicate-key.json");
    Path accepted = dir.resolve("accepted.jsonl");
    Path rejected = dir.resolve("rejected.jsonl");

    Run run = Run.gcm("validate", "--accepted", accepted.toString(), "--rejected",
        rejected.toString(), good.toString(), oneLine.toString(), pretty.toString());

    assertEquals(1, run.status, run.toString());
    assertEquals(List.of(compact(valid("a"))), lines(accepted));
    List<String> rejectedLines = lines(rejected);
    assertEquals(compact(blank("b")), rejectedLines.get(0), "a one-line file, byte for byte");
    byte[] original = Files.readAllBytes(pretty);
    String expected = new String(original, StandardCharsets.UTF_8).stripTrailing()
        .replace('\r', ' ').replace('\n', ' ');
    assertEquals(expected, rejectedLines.get(1), "line breaks as spaces, nothing else changed");
    assertEquals(2, rejectedLines.size());
  }

  @Test
  void anExistingOutputIsReplacedWhole(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("inputs.jsonl");
    JSON.writeCollection(List.of(valid("a")), input, CollectionFormat.JSON_LINES);
    Path accepted = dir.resolve("accepted.jsonl");
    Path rejected = dir.resolve("rejected.jsonl");
    Files.writeString(accepted, "old\nold\nold\n");
    Files.writeString(rejected, "old\n");

    Run run = Run.gcm("validate", "--accepted", accepted.toString(), "--rejected",
        rejected.toString(), input.toString());

    assertEquals(0, run.status, run.toString());
    assertEquals(List.of(compact(valid("a"))), lines(accepted));
    assertEquals(List.of(), lines(rejected));
    assertEquals(List.of(), leftovers(dir));
  }

  @Test
  void theSameFileForBothOutputsIsRefused(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("inputs.jsonl");
    JSON.writeCollection(List.of(valid("a")), input, CollectionFormat.JSON_LINES);
    Path out = dir.resolve("out.jsonl");

    Run run = Run.gcm("validate", "--accepted", out.toString(), "--rejected",
        dir.resolve(".").resolve("out.jsonl").toString(), input.toString());

    assertEquals(2, run.status, run.toString());
    assertEquals(List.of("gcm validate: nothing written: --accepted and --rejected name the"
        + " same file"), run.errLines());
    assertFalse(Files.exists(out));
    assertEquals("", run.out);
  }

  @Test
  void anOutputThatIsAnInputIsRefused(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("inputs.jsonl");
    JSON.writeCollection(List.of(valid("a"), blank("b")), input, CollectionFormat.JSON_LINES);
    byte[] before = Files.readAllBytes(input);

    Run run = Run.gcm("validate", "--accepted", dir.resolve("ok.jsonl").toString(),
        "--rejected", input.toString(), dir.toString());

    assertEquals(2, run.status, run.toString());
    assertEquals(List.of("gcm validate: nothing written: " + input + " is also an input: the"
        + " outputs must be other files"), run.errLines());
    assertArrayEquals(before, Files.readAllBytes(input));
    assertFalse(Files.exists(dir.resolve("ok.jsonl")));
  }

  @Test
  void acceptedWithoutRejectedIsAUsageError(@TempDir Path dir) {
    Run run = Run.gcm("validate", "--accepted", dir.resolve("a.jsonl").toString(),
        Run.EXAMPLE.toString());

    assertEquals(2, run.status, run.toString());
    assertTrue(run.err.startsWith("gcm validate: --accepted and --rejected go together"),
        run.err);
  }

  @Test
  void nothingIsWrittenWhenAnInputCannotBeRead(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("inputs.jsonl");
    JSON.writeCollection(List.of(valid("a")), input, CollectionFormat.JSON_LINES);
    Path accepted = dir.resolve("accepted.jsonl");
    Path rejected = dir.resolve("rejected.jsonl");

    Run run = Run.gcm("validate", "--accepted", accepted.toString(), "--rejected",
        rejected.toString(), input.toString(), dir.resolve("missing.json").toString());

    assertEquals(2, run.status, run.toString());
    assertTrue(run.err.contains("nothing written to --accepted and --rejected"), run.err);
    assertFalse(Files.exists(accepted));
    assertFalse(Files.exists(rejected));
    assertEquals(List.of(), leftovers(dir));
  }

  @Test
  void hostileOutputNamesArePrintedEscaped(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("inputs.jsonl");
    JSON.writeCollection(List.of(valid("a")), input, CollectionFormat.JSON_LINES);
    Path accepted = dir.resolve("ok\u001b[2J.jsonl");
    Path rejected = dir.resolve("no\n.jsonl");

    Run run = Run.gcm("validate", "--accepted", accepted.toString(), "--rejected",
        rejected.toString(), input.toString());

    assertEquals(0, run.status, run.toString());
    assertFalse(run.err.contains("\u001b"), run.err);
    assertEquals(1, run.errLines().size(), run.err);
    assertEquals(List.of("a"), ids(accepted));
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.forEach(f -> names.add(f.getFileName().toString()));
    }
    assertTrue(names.contains("no\n.jsonl"), names.toString());
  }

  @Test
  void aRunKilledWithSigtermLeavesTheOutputsAsTheyWere(@TempDir Path dir) throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"));
    Path input = dir.resolve("inputs.jsonl");
    byte[] line = (compact(valid("a")) + "\n" + compact(blank("b")) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(input)) {
      for (long written = 0; written < (8L << 20); written += line.length) {
        out.write(line);
      }
    }
    Path accepted = dir.resolve("accepted.jsonl");
    Files.writeString(accepted, "old\n");

    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "validate", "--format", "json", "--accepted", accepted.toString(),
        "--rejected", dir.resolve("rejected.jsonl").toString(), input.toString());
    Process process = new ProcessBuilder(command)
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (leftovers(dir).size() < 2 && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5); // wait for the two temporary files
    }
    assertTrue(process.isAlive(), "gcm ended before it could be killed: "
        + Files.readString(dir.resolve("err.txt")));
    process.destroy(); // SIGTERM
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "gcm did not end");

    assertEquals(143, process.exitValue(), Files.readString(dir.resolve("err.txt")));
    assertEquals(List.of(), leftovers(dir), "no temporary file left");
    assertEquals("old\n", Files.readString(accepted), "the output is as it was");
    assertFalse(Files.exists(dir.resolve("rejected.jsonl")), "no half output");
  }
}
