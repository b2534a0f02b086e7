package io.github.gcmsdk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.io.GcmJson;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks through the command line and the file system rather than through a file's content:
 * {@code @}-files, file names with terminal controls, unreadable directories, oversized files,
 * a POSIX locale, and JSON Lines named {@code .ndjson}. docs/HOSTILE-INPUT.md lists them.
 */
class HostileCommandLineTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** ESC [31m (red), a carriage return, a right-to-left override and a line feed. */
  private static final String HOSTILE_NAME = "a\u001B[31m\rb\u202E\nc.json";

  private static String canonical() {
    return GcmJson.standard().write(GcmCommandsTest.document("a", "Open regular pathways."));
  }

  /** A valid document, not in canonical form (one line). */
  private static String messy() throws IOException {
    return MAPPER.readTree(canonical()).toString();
  }

  private static Path objective24(Path dir, String name) throws IOException {
    return Files.copy(Run.INVALID.resolve("objective-24.json"), dir.resolve(name));
  }

  /** No raw control, bidirectional control or lone surrogate: safe to print on a terminal. */
  private static void assertSafeToPrint(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        continue;
      }
      assertFalse(Character.isISOControl(c), () -> "raw control U+" + Integer.toHexString(c)
          + " in\n" + text);
      assertFalse(c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069',
          () -> "raw bidirectional control in\n" + text);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else {
        assertFalse(Character.isSurrogate(c), () -> "lone surrogate in\n" + text);
      }
    }
  }

  @Nested
  class AtFiles {

    @Test
    void formatTakesAnAtArgumentAsAFileNameAndRewritesNothingItLists(@TempDir Path dir)
        throws IOException {
      Path victim = Files.writeString(dir.resolve("victim.json"), messy());
      Path evil = Files.writeString(dir.resolve("evil.json"), victim + "\n");
      byte[] before = Files.readAllBytes(victim);

      Run run = Run.gcm("format", "--", "@" + evil);

      assertArrayEquals(before, Files.readAllBytes(victim), run.toString());
      assertEquals(2, run.status, run.toString());
      assertEquals(List.of("gcm format: @" + evil + ": no such file or directory"),
          run.errLines());
    }

    @Test
    void validateAndSummaryDoNotExpandAtFiles(@TempDir Path dir) throws IOException {
      Path listed = Files.writeString(dir.resolve("listed.json"), canonical());
      Path list = Files.writeString(dir.resolve("list"), listed + "\n");
      for (String command : List.of("validate", "summary")) {
        Run run = Run.gcm(command, "@" + list);
        assertEquals(2, run.status, run.toString());
        assertTrue(run.err.contains("@" + list + ": no such file or directory"), run.toString());
      }
    }
  }

  @Nested
  class FileNames {

    @Test
    void aFileNameWithTerminalControlsIsPrintedEscapedAndForgesNoLine(@TempDir Path dir)
        throws IOException {
      Path file = objective24(dir, HOSTILE_NAME);

      Run run = Run.gcm("validate", file.toString());

      assertEquals(1, run.status, run.toString());
      assertSafeToPrint(run.out);
      assertEquals(2, run.outLines().size(), "one problem line and the summary:\n" + run.out);
      assertTrue(run.outLines().get(0).startsWith(
          dir + "/a\\u001B[31m\\rb\\u202E\\nc.json:46:9: error GCM-J020 "), run.out);
    }

    @Test
    void errorLinesEscapeTheFileName(@TempDir Path dir) {
      Path missing = dir.resolve(HOSTILE_NAME);
      for (String command : List.of("validate", "summary", "format")) {
        Run run = Run.gcm(command, missing.toString());
        assertEquals(2, run.status, run.toString());
        assertSafeToPrint(run.err);
        assertEquals(List.of("gcm " + command + ": " + dir
            + "/a\\u001B[31m\\rb\\u202E\\nc.json: no such file or directory"), run.errLines());
      }
    }

    @Test
    void formatPrintsTheNamesOfTheFilesItRewritesEscaped(@TempDir Path dir) throws IOException {
      Files.writeString(dir.resolve(HOSTILE_NAME), messy());
      Run run = Run.gcm("format", dir.toString());
      assertEquals(0, run.status, run.toString());
      assertSafeToPrint(run.out);
      assertEquals(List.of(dir + "/a\\u001B[31m\\rb\\u202E\\nc.json: formatted"), run.outLines());
    }

    @Test
    void jsonOutputIsSafeToPrintYetGivesBackTheExactNameAndPointer(@TempDir Path dir)
        throws IOException {
      // A property the format does not know, whose name holds a right-to-left override and
      // ESC: the warning's pointer is made of it.
      String property = "x\u202Ey\u001B[2J";
      String json = canonical().replace("\"language\": \"en\",",
          "\"language\": \"en\",\n  \"" + property.replace("\u001B", "\\u001b") + "\": 1,");
      Path file = Files.writeString(dir.resolve(HOSTILE_NAME), json);

      Run run = Run.gcm("validate", "--format", "json", file.toString());

      assertEquals(0, run.status, run.toString());
      assertSafeToPrint(run.out);
      JsonNode report = MAPPER.readTree(run.out);
      JsonNode entry = report.get("files").get(0);
      assertEquals(file.toString(), entry.get("path").asText());
      JsonNode problem = entry.get("problems").get(0);
      assertEquals("GCM-J013", problem.get("code").asText(), run.out);
      assertEquals("/" + property, problem.get("pointer").asText());
    }

    @Test
    void theJsonWriterEscapesLoneSurrogatesDelAndBidiControlsLosslessly() throws IOException {
      String hostile = "\uD800 \uDC00 \u007F \u202E \u2066 \u001B \uD83D\uDE00 \u00E9";
      java.io.StringWriter out = new java.io.StringWriter();
      try (com.fasterxml.jackson.core.JsonGenerator json = Json.generator(out)) {
        json.writeString(hostile);
      }
      assertSafeToPrint(out.toString());
      assertTrue(out.toString().contains("\u00E9"), "letters stay as they are: " + out);
      assertEquals(hostile, MAPPER.readValue(out.toString(), String.class));
    }

    @Test
    void anArgumentThatLooksLikeAnOptionIsEchoedEscaped() {
      // As a shell glob may hand over a file named so: picocli quotes it as an unknown option.
      Run run = Run.gcm("validate", Run.EXAMPLE.toString(), "--\u001B[2J\u202E");
      assertEquals(2, run.status, run.toString());
      assertSafeToPrint(run.err);
      assertTrue(run.err.contains("'--\\u001B[2J\\u202E'"), run.err);
    }
  }

  @Nested
  class Directories {

    @Test
    void aSymbolicLinkLoopIsReportedAndTheRestOfTheTreeIsValidated(@TempDir Path dir)
        throws IOException {
      Path tree = Files.createDirectory(dir.resolve("tree"));
      objective24(tree, "broken.json");
      Files.writeString(tree.resolve("valid.json"), canonical());
      Path loop = tree.resolve("loop.json");
      Files.createSymbolicLink(loop, loop.getFileName());

      Run run = Run.gcm("validate", "--format", "json", tree.toString());

      assertEquals(2, run.status, run.toString());
      JsonNode files = MAPPER.readTree(run.out).get("files");
      assertEquals(2, files.size(), run.out);
      assertEquals(tree.resolve("broken.json").toString(), files.get(0).get("path").asText());
      assertFalse(files.get(0).get("valid").asBoolean());
      assertEquals(1, run.errLines().size(), run.toString());
      assertTrue(run.err.startsWith("gcm validate: " + loop + ": cannot read"), run.toString());
    }

    @Test
    void anUnreadableSubdirectoryIsReportedAndTheRestOfTheTreeIsValidated(@TempDir Path dir)
        throws Exception {
      Path tree = Files.createDirectory(dir.resolve("tree"));
      objective24(tree, "broken.json");
      Files.writeString(tree.resolve("valid.json"), canonical());
      Path locked = Files.createDirectory(tree.resolve("locked"));
      Files.writeString(locked.resolve("inside.json"), canonical());
      Path hidden = Files.createDirectory(tree.resolve(".hidden"));
      Files.writeString(hidden.resolve("inside.json"), canonical());
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
      Files.setPosixFilePermissions(hidden, PosixFilePermissions.fromString("---------"));
      try {
        Forked run = Forked.unprivileged(dir, locked, "validate", "--format", "json",
            tree.toString());

        assertEquals(2, run.status, run.toString());
        JsonNode files = MAPPER.readTree(run.out).get("files");
        assertEquals(2, files.size(), run.out);
        assertEquals(tree.resolve("broken.json").toString(), files.get(0).get("path").asText());
        assertFalse(files.get(0).get("valid").asBoolean());
        assertEquals(List.of("gcm validate: " + locked + ": cannot read directory: permission"
            + " denied"), run.errLines(), "the hidden directory is skipped unread");
      } finally {
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(hidden, PosixFilePermissions.fromString("rwx------"));
      }
    }
  }

  @Nested
  class Oversized {

    /** A sparse file of more than 2 GiB: an opening brace, then zero bytes. */
    private Path huge(Path dir) throws IOException {
      Path file = dir.resolve("huge.json");
      try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
        out.write("{\"formatVersion\": \"1.0\", \"x-pad\": \"".getBytes(StandardCharsets.UTF_8));
        out.setLength(2_500_000_000L);
      }
      return file;
    }

    @Test
    void aFileOverTwoGibibytesFailsAloneAndTheJsonReportIsComplete(@TempDir Path dir)
        throws IOException {
      Path broken = objective24(dir, "a-broken.json");
      Path huge = huge(dir);
      Path valid = Files.writeString(dir.resolve("z-valid.json"), canonical());

      Run run = Run.gcm("validate", "--format", "json", broken.toString(), huge.toString(),
          valid.toString());

      assertEquals(1, run.status, run.toString());
      JsonNode files = MAPPER.readTree(run.out).get("files");
      assertEquals(3, files.size(), run.out);
      assertEquals(huge.toString(), files.get(1).get("path").asText());
      assertFalse(files.get(1).get("valid").asBoolean());
      assertTrue(files.get(2).get("valid").asBoolean());
    }

    @Test
    void aFileThatRunsOutOfMemoryFailsAloneAndTheJsonReportIsComplete(@TempDir Path dir)
        throws Exception {
      // 3.6 MB of JSON whose 300,000 objects (in an extension) take far more than a 16 MiB heap.
      StringBuilder objects = new StringBuilder();
      for (int i = 0; i < 300_000; i++) {
        objects.append(i == 0 ? "" : ",").append("{\"k\":\"v\"}");
      }
      Path big = Files.writeString(dir.resolve("big.json"), canonical().replace(
          "\"language\": \"en\",", "\"language\": \"en\",\n  \"x-big\": [" + objects + "],"));
      Path valid = Files.writeString(dir.resolve("valid.json"), canonical());

      Forked run = Forked.run(dir, Forked.jvm(List.of("-Xmx16m"), "validate", "--format",
          "json", big.toString(), valid.toString()), Map.of("LANG", "C.UTF-8"));

      assertEquals(2, run.status, run.toString());
      JsonNode report = MAPPER.readTree(run.out);
      assertEquals(1, report.get("files").size(), run.out);
      assertTrue(report.get("files").get(0).get("valid").asBoolean(), run.out);
      JsonNode unreadable = report.get("unreadable").get(0);
      assertEquals(big.toString(), unreadable.get("path").asText(), run.out);
      assertTrue(unreadable.get("reason").asText().startsWith("cannot read: out of memory"),
          run.out);
      assertTrue(run.err.contains("out of memory"), run.toString());
      assertFalse(run.err.contains("-Xmx2g"), run.toString());
    }

    @Test
    void formatOfAFileThatRunsOutOfMemoryFailsAloneAndTheOthersAreFormatted(@TempDir Path dir)
        throws Exception {
      StringBuilder objects = new StringBuilder();
      for (int i = 0; i < 300_000; i++) {
        objects.append(i == 0 ? "" : ",").append("{\"k\":\"v\"}");
      }
      String big = canonical().replace(
          "\"language\": \"en\",", "\"language\": \"en\",\n  \"x-big\": [" + objects + "],");
      Path bigFile = Files.writeString(dir.resolve("a-big.json"), big);
      Path other = Files.writeString(dir.resolve("b-other.json"), canonical().replace("\n", "\n\n"));

      Forked run = Forked.run(dir, Forked.jvm(List.of("-Xmx16m"), "format", bigFile.toString(),
          other.toString()), Map.of("LANG", "C.UTF-8"));

      assertEquals(2, run.status, run.toString());
      assertTrue(run.err.contains(bigFile + ": cannot read: out of memory"), run.toString());
      assertEquals(big, Files.readString(bigFile), "the file that failed is untouched");
      assertEquals(canonical(), Files.readString(other), run.toString());
      try (java.util.stream.Stream<Path> left = Files.list(dir)) {
        assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".tmp"))
            .collect(java.util.stream.Collectors.toList()));
      }
    }

    @Test
    void summaryCountsTheOtherFiles(@TempDir Path dir) throws IOException {
      Path huge = huge(dir);
      Path valid = Files.writeString(dir.resolve("valid.json"), canonical());

      Run run = Run.gcm("summary", "--format", "json", huge.toString(), valid.toString());

      assertEquals(1, run.status, run.toString());
      assertEquals(1, MAPPER.readTree(run.out).get("documents").asInt(), run.out);
      assertTrue(run.err.startsWith("gcm summary: " + huge + ": the document not counted"),
          run.err);
    }
  }

  @Nested
  class PosixLocale {

    @Test
    void aNameTheLocaleCannotRepresentIsAClearExitTwo(@TempDir Path dir) throws Exception {
      Path file = Files.writeString(utf8Names(dir).resolve("\u00E9.json"), canonical());

      Forked run = Forked.posix(dir, "validate", file.toString());

      assertEquals(2, run.status, run.toString());
      assertTrue(run.err.contains("UTF-8"), run.toString());
      assertTrue(run.err.contains("LC_ALL=C.UTF-8"), run.toString());
      assertFalse(run.err.contains("Exception"), run.toString());
    }

    @Test
    void formatRewritesAFileWithANonAsciiNameFoundInADirectory(@TempDir Path dir)
        throws Exception {
      Path tree = Files.createDirectory(utf8Names(dir).resolve("tree"));
      Path file = Files.writeString(tree.resolve("\u00E9.json"), messy());

      Forked run = Forked.posix(dir, "format", tree.toString());

      assertEquals(0, run.status, run.toString());
      assertEquals(canonical(), Files.readString(file), run.toString());
    }

    @Test
    void theLauncherRunsJavaUnderAUtf8LocaleSoTheNameWorks(@TempDir Path dir) throws Exception {
      Path file = Files.writeString(utf8Names(dir).resolve("\u00E9.json"), canonical());

      Forked run = Forked.launcher(dir, "validate", file.toString());

      assertEquals(0, run.status, run.toString());
      assertEquals(List.of("1 file, 1 valid, 0 errors, 0 warnings"), run.outLines());
    }

    private Path utf8Names(Path dir) {
      Assumptions.assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")),
          "the test JVM itself must run under a UTF-8 locale to make the file");
      return dir;
    }
  }

  @Nested
  class NdJson {

    @Test
    void anNdjsonFileIsJsonLines(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("inputs.ndjson");
      GcmJson.standard().writeCollection(
          List.of(GcmCommandsTest.document("a", "One."), GcmCommandsTest.document("b", " ")),
          file, CollectionFormat.JSON_LINES);

      Run run = Run.gcm("validate", "--format", "json", file.toString());

      assertEquals(1, run.status, run.toString());
      JsonNode problem = MAPPER.readTree(run.out).get("files").get(0).get("problems").get(0);
      assertEquals("GCM-V001", problem.get("code").asText(), run.out);
      assertEquals(2, problem.get("line").asInt());
      assertEquals(1, problem.get("document").asInt());
    }

    @Test
    void aDirectorySearchFindsNdjsonFiles(@TempDir Path dir) throws IOException {
      GcmJson.standard().writeCollection(
          List.of(GcmCommandsTest.document("a", "One."), GcmCommandsTest.document("b", "Two.")),
          dir.resolve("inputs.ndjson"), CollectionFormat.JSON_LINES);

      Run run = Run.gcm("summary", "--format", "json", dir.toString());

      assertEquals(0, run.status, run.toString());
      assertEquals(2, MAPPER.readTree(run.out).get("documents").asInt(), run.out);
    }
  }

  /** A run of {@code gcm} in a JVM of its own. */
  static final class Forked {
    final int status;
    final String out;
    final String err;

    private Forked(int status, String out, String err) {
      this.status = status;
      this.out = out;
      this.err = err;
    }

    List<String> outLines() {
      return out.lines().collect(java.util.stream.Collectors.toList());
    }

    List<String> errLines() {
      return err.lines().collect(java.util.stream.Collectors.toList());
    }

    static String java() {
      return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static List<String> jvm(String... args) {
      return jvm(List.of(), args);
    }

    static List<String> jvm(List<String> options, String... args) {
      List<String> command = new ArrayList<>(List.of(java(), "-Xshare:auto",
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
      command.addAll(options);
      command.addAll(List.of("-cp", System.getProperty("java.class.path"),
          Main.class.getName()));
      command.addAll(List.of(args));
      return command;
    }

    static Forked run(Path dir, List<String> command, Map<String, String> environment)
        throws IOException, InterruptedException {
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectOutput(dir.resolve("out.txt").toFile())
          .redirectError(dir.resolve("err.txt").toFile());
      builder.environment().keySet().removeIf(name -> name.equals("LANG")
          || name.equals("LANGUAGE") || name.startsWith("LC_"));
      builder.environment().putAll(environment);
      Process process = builder.start();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "gcm did not end");
      return new Forked(process.exitValue(),
          Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
          Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /** Runs gcm with no locale set at all (LANG, LC_ALL... unset): the POSIX locale. */
    static Forked posix(Path dir, String... args) throws Exception {
      return run(dir, jvm(args), Map.of());
    }

    /**
     * Runs gcm where a directory with no permissions cannot be read: in this JVM's user when it
     * is not root; as root, without the capabilities that let root read anything (setpriv).
     */
    static Forked unprivileged(Path dir, Path locked, String... args) throws Exception {
      List<String> command = jvm(args);
      if (!Files.isReadable(locked) || !Files.isExecutable(locked)) {
        return run(dir, command, Map.of("LANG", "C.UTF-8"));
      }
      List<String> drop = List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search");
      List<String> probe = new ArrayList<>(drop);
      probe.addAll(List.of("ls", locked.toString()));
      boolean canDrop;
      try {
        canDrop = new ProcessBuilder(probe).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() != 0;
      } catch (IOException e) {
        canDrop = false;
      }
      Assumptions.assumeTrue(canDrop, "running as root, and setpriv cannot drop the capability"
          + " to read any directory: no way to make a directory unreadable");
      List<String> dropped = new ArrayList<>(drop);
      dropped.addAll(command);
      return run(dir, dropped, Map.of("LANG", "C.UTF-8"));
    }

    /**
     * Runs the repository's launcher script {@code gcm}, with no locale set, from a copy whose
     * jar is a fresh placeholder (so that it builds nothing) and whose "java" runs this build's
     * classes: what the launcher decides about the JVM's environment is what is tested.
     */
    static Forked launcher(Path dir, String... args) throws Exception {
      Path root = Files.createDirectory(dir.resolve("repo"));
      Path script = Files.copy(Run.ROOT.resolve("gcm"), root.resolve("gcm"));
      Files.createDirectories(root.resolve("gcm-cli/target"));
      Files.writeString(root.resolve("gcm-cli/target/gcm.jar"), "placeholder");
      Path javaHome = Files.createDirectories(dir.resolve("jdk/bin"));
      Path java = javaHome.resolve("java");
      // Drops the launcher's JVM options and -jar JAR, then runs Main from the test class path.
      Files.writeString(java, "#!/usr/bin/env bash\n"
          + "while [[ $# -gt 0 && $1 != -jar ]]; do shift; done\nshift 2\n"
          + "exec '" + java() + "' -cp '" + System.getProperty("java.class.path") + "' "
          + Main.class.getName() + " \"$@\"\n");
      Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
      List<String> command = new ArrayList<>(List.of("bash", script.toString()));
      command.addAll(List.of(args));
      return run(dir, command, Map.of("JAVA_HOME", javaHome.getParent().toString(),
          "GCM_NO_CDS", "1"));
    }

    @Override
    public String toString() {
      return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
