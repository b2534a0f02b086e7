package io.github.gcmsdk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.model.StakeholderInput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gcm format} respects the file it rewrites (permissions, owner, links), leaves no temporary
 * file behind, and formats collections in bounded memory.
 */
class FormatCommandTest {

  private static final GcmJson JSON = GcmJson.standard();

  /** A file that is not canonical: the compact form of a canonical document. */
  private static byte[] messy(String id) {
    String canonical = JSON.write(GcmCommandsTest.document(id, "Open regular pathways."));
    return canonical.replace("\n", "").replace("  ", "").concat("\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] canonical(String id) {
    return JSON.toCanonicalBytes(GcmCommandsTest.document(id, "Open regular pathways."));
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
  }

  private static int mode(Path file) throws IOException {
    return (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  // --- permissions, owner, links -------------------------------------------------------------

  @Test
  void aReadOnlyFileIsNotRewrittenAndTheExitIsTwo(@TempDir Path dir) throws IOException {
    assumeTrue(posix());
    Path file = dir.resolve("read-only.json");
    Files.write(file, messy("a"));
    Files.setAttribute(file, "unix:mode", 0444);

    Run run = Run.gcm("format", file.toString());

    assertEquals(2, run.status, run.toString());
    assertArrayEquals(messy("a"), Files.readAllBytes(file), "the file is as it was");
    assertEquals(0444, mode(file));
    assertEquals(List.of("gcm format: " + file + ": not formatted: the file is read-only"),
        run.errLines());
    assertEquals(List.of("read-only.json"), names(dir));
  }

  @Test
  void checkOnAReadOnlyFileOnlyReportsIt(@TempDir Path dir) throws IOException {
    assumeTrue(posix());
    Path file = dir.resolve("read-only.json");
    Files.write(file, messy("a"));
    Files.setAttribute(file, "unix:mode", 0444);

    Run run = Run.gcm("format", "--check", file.toString());

    assertEquals(1, run.status, run.toString());
    assertEquals(List.of(file + ": not canonical"), run.outLines());
  }

  @Test
  void aReadOnlyFileAlreadyCanonicalIsNoError(@TempDir Path dir) throws IOException {
    assumeTrue(posix());
    Path file = dir.resolve("read-only.json");
    Files.write(file, canonical("a"));
    Files.setAttribute(file, "unix:mode", 0444);

    Run run = Run.gcm("format", file.toString());

    assertEquals(0, run.status, run.toString());
    assertEquals("", run.out + run.err);
  }

  @Test
  void aFileInAReadOnlyDirectoryIsNotRewritten(@TempDir Path dir) throws IOException {
    assumeTrue(posix());
    Path sub = Files.createDirectory(dir.resolve("sealed"));
    Path file = sub.resolve("input.json");
    Files.write(file, messy("a"));
    Files.setAttribute(sub, "unix:mode", 0555);
    try {
      Run run = Run.gcm("format", file.toString());

      assertEquals(2, run.status, run.toString());
      assertArrayEquals(messy("a"), Files.readAllBytes(file));
      assertEquals(List.of("gcm format: " + file
          + ": not formatted: its directory is read-only"), run.errLines());
    } finally {
      Files.setAttribute(sub, "unix:mode", 0755);
    }
  }

  @Test
  void keepsTheOwnerGroupAndModeOfAnotherUsersFile(@TempDir Path dir) throws IOException {
    assumeTrue(posix());
    assumeTrue((Integer) Files.getAttribute(dir, "unix:uid") == 0, "needs root to chown");
    Path file = dir.resolve("alice.json");
    Files.write(file, messy("a"));
    Files.setAttribute(file, "unix:uid", 4321);
    Files.setAttribute(file, "unix:gid", 4322);
    Files.setAttribute(file, "unix:mode", 0600);

    Run run = Run.gcm("format", file.toString());

    assertEquals(0, run.status, run.toString());
    assertArrayEquals(canonical("a"), Files.readAllBytes(file));
    assertEquals(4321, Files.getAttribute(file, "unix:uid"), "owner");
    assertEquals(4322, Files.getAttribute(file, "unix:gid"), "group");
    assertEquals(0600, mode(file));
  }

  @Test
  void aFileWhoseOwnerCannotBeKeptIsNotRewrittenAndTheExitIsTwo(@TempDir Path dir)
      throws Exception {
    assumeTrue(posix());
    assumeTrue((Integer) Files.getAttribute(dir, "unix:uid") == 0, "needs root to change user");
    Path setpriv = Path.of("/usr/bin/setpriv");
    assumeTrue(Files.isExecutable(setpriv), "needs setpriv");
    Files.setAttribute(dir, "unix:mode", 0755);
    Path shared = Files.createDirectory(dir.resolve("shared"));
    Files.setAttribute(shared, "unix:mode", 0777);
    Path file = shared.resolve("bob.json");
    Files.write(file, messy("a"));
    Files.setAttribute(file, "unix:uid", 4322);
    Files.setAttribute(file, "unix:gid", 4322);
    Files.setAttribute(file, "unix:mode", 0666);

    // gcm runs as user 4321, who may write bob's file but not give a new file to bob; it keeps
    // the right to read any file, so that it can load its classes from root's home.
    Process process = fork(dir, List.of(setpriv.toString(), "--reuid=4321", "--regid=4321",
        "--clear-groups", "--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search"),
        "-Xmx256m", "format", file.toString());
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "gcm did not end");
    assumeFalse(read(dir, "err.txt").startsWith("setpriv:"), read(dir, "err.txt"));

    assertEquals(2, process.exitValue(), read(dir, "err.txt"));
    assertEquals("gcm format: " + file + ": not formatted: its owner and group (4322:4322) cannot"
        + " be kept: run as its owner or as root\n", read(dir, "err.txt"));
    assertArrayEquals(messy("a"), Files.readAllBytes(file));
    assertEquals(4322, Files.getAttribute(file, "unix:uid"));
    assertEquals(List.of("bob.json"), names(shared));
  }

  @Test
  void keepsTheSetgidBit(@TempDir Path dir) throws IOException {
    assumeTrue(posix());
    Path file = dir.resolve("shared.json");
    Files.write(file, messy("a"));
    Files.setAttribute(file, "unix:mode", 02664);

    Run run = Run.gcm("format", file.toString());

    assertEquals(0, run.status, run.toString());
    assertArrayEquals(canonical("a"), Files.readAllBytes(file));
    assertEquals(02664, mode(file), Integer.toOctalString(mode(file)));
  }

  @Test
  void writesThroughASymbolicLink(@TempDir Path dir) throws IOException {
    Path target = Files.createDirectory(dir.resolve("real")).resolve("target.json");
    Files.write(target, messy("a"));
    Path link = dir.resolve("link.json");
    Files.createSymbolicLink(link, Path.of("real", "target.json"));

    Run run = Run.gcm("format", link.toString());

    assertEquals(0, run.status, run.toString());
    assertTrue(Files.isSymbolicLink(link), "the link is still a link");
    assertEquals(Path.of("real", "target.json"), Files.readSymbolicLink(link));
    assertArrayEquals(canonical("a"), Files.readAllBytes(target), "the target is formatted");
    assertEquals(List.of("link.json", "real"), names(dir));
    assertEquals(List.of("target.json"), names(dir.resolve("real")));
  }

  @Test
  void aHardLinkedFileIsNotRewrittenAndTheExitIsTwo(@TempDir Path dir) throws IOException {
    assumeTrue(posix());
    Path file = dir.resolve("one.json");
    Files.write(file, messy("a"));
    Path other = Files.createLink(dir.resolve("other.json"), file);
    Object inode = Files.getAttribute(file, "unix:ino");

    Run run = Run.gcm("format", file.toString());

    assertEquals(2, run.status, run.toString());
    assertEquals(List.of("gcm format: " + file + ": not formatted: it has 2 hard links, which"
        + " replacing it would split; format a copy, then copy it over the file (cp writes in"
        + " place)"), run.errLines());
    assertEquals(inode, Files.getAttribute(file, "unix:ino"));
    assertEquals(inode, Files.getAttribute(other, "unix:ino"));
    assertArrayEquals(messy("a"), Files.readAllBytes(other));
  }

  @Test
  void aFileDifferingOnlyAfterTheCanonicalFormOrShortOfItIsFormatted(@TempDir Path dir)
      throws IOException {
    Path longer = dir.resolve("longer.json");
    Path shorter = dir.resolve("shorter.json");
    byte[] canonical = canonical("a");
    Files.write(longer, (new String(canonical, StandardCharsets.UTF_8) + "\n")
        .getBytes(StandardCharsets.UTF_8));
    Files.write(shorter, java.util.Arrays.copyOf(canonical, canonical.length - 1));

    Run run = Run.gcm("format", longer.toString(), shorter.toString());

    assertEquals(0, run.status, run.toString());
    assertEquals(List.of(longer + ": formatted", shorter + ": formatted"), run.outLines());
    assertArrayEquals(canonical, Files.readAllBytes(longer));
    assertArrayEquals(canonical, Files.readAllBytes(shorter));
    assertEquals(List.of("longer.json", "shorter.json"), names(dir));
  }

  // --- temporary files ------------------------------------------------------------------------

  @Test
  void formatsAFileWithA250ByteName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("x".repeat(245) + ".json");
    Files.write(file, messy("a"));

    Run run = Run.gcm("format", file.toString());

    assertEquals(0, run.status, run.toString());
    assertArrayEquals(canonical("a"), Files.readAllBytes(file));
    assertEquals(List.of(file.getFileName().toString()), names(dir));
  }

  @Test
  void removesTheTemporaryFilesOfDeadRunsOnly(@TempDir Path dir) throws Exception {
    Process gone = new ProcessBuilder("true").start();
    assertTrue(gone.waitFor(30, TimeUnit.SECONDS));
    long dead = gone.pid();
    assumeTrue(ProcessHandle.of(dead).isEmpty(), "the pid is free");
    long alive = ProcessHandle.current().pid();
    Path file = dir.resolve("input.json");
    Files.write(file, messy("a"));
    Files.write(dir.resolve(".gcm-format." + dead + ".k3x9q2.tmp"), messy("b"));
    Files.write(dir.resolve(".gcm-format." + alive + ".a1b2c3.tmp"), messy("c"));
    Files.write(dir.resolve(".gcm-format.notes.tmp"), messy("d"));

    Run run = Run.gcm("format", file.toString());

    assertEquals(0, run.status, run.toString());
    assertEquals(List.of(".gcm-format." + alive + ".a1b2c3.tmp", ".gcm-format.notes.tmp",
        "input.json"), names(dir));
    assertEquals(List.of("gcm format: removed .gcm-format." + dead + ".k3x9q2.tmp, left in "
        + dir + " by an interrupted run"), run.errLines());
  }

  @Test
  void aCollectionWithAnErrorIsNotRewrittenAndLeavesNoTemporaryFile(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("all.jsonl");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      text.append(new String(messy("d" + i), StandardCharsets.UTF_8)).append('\n');
    }
    text.append("{\"formatVersion\": \"1.0\", \"id\": \"x\", \"id\": \"y\"}\n");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    byte[] before = Files.readAllBytes(file);

    Run run = Run.gcm("format", file.toString());

    assertEquals(1, run.status, run.toString());
    assertTrue(run.err.contains("GCM-J014"), run.toString());
    assertTrue(run.err.contains(file + ": not formatted: it has reading errors"), run.toString());
    assertArrayEquals(before, Files.readAllBytes(file));
    assertEquals(List.of("all.jsonl"), names(dir));
  }

  @Test
  void noTemporaryFileIsLeftWhenKilledWithSigterm(@TempDir Path dir) throws Exception {
    assumeTrue(posix());
    Path file = dir.resolve("big.jsonl");
    writeMessyJsonLines(file, 20L << 20);
    byte[] digest = sha256(file);

    Process process = fork(dir, "-Xmx512m", "format", file.toString());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (names(dir).size() < 4 && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5); // wait for the temporary file beside big.jsonl, out.txt and err.txt
    }
    assertTrue(process.isAlive(), "gcm ended before it could be killed: " + read(dir, "err.txt"));
    process.destroy(); // SIGTERM
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "gcm did not end");

    assertEquals(143, process.exitValue(), "killed by SIGTERM: " + read(dir, "err.txt"));
    assertEquals(List.of("big.jsonl", "err.txt", "out.txt"), names(dir));
    assertArrayEquals(digest, sha256(file), "the file is as it was");
  }

  // --- bounded memory -------------------------------------------------------------------------

  private static final String HEAP = "-Xmx8m";
  private static final long BIGGER_THAN_HEAP = 32L << 20;

  @Test
  void formatsJsonLinesFourTimesLargerThanTheHeap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.jsonl");
    long documents = writeMessyJsonLines(file, BIGGER_THAN_HEAP);

    Process process = fork(dir, HEAP, "format", file.toString());
    assertTrue(process.waitFor(300, TimeUnit.SECONDS), "gcm did not end");

    assertEquals(0, process.exitValue(), read(dir, "err.txt"));
    assertEquals(file + ": formatted\n", read(dir, "out.txt"));
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      assertEquals(documents, lines.count(), "one line per document, no blank line");
    }
  }

  @Test
  void formatsAJsonArrayFourTimesLargerThanTheHeap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.json");
    long documents = writeCompactArray(file, BIGGER_THAN_HEAP);
    long before = Files.size(file);

    Process process = fork(dir, HEAP, "format", file.toString());
    assertTrue(process.waitFor(300, TimeUnit.SECONDS), "gcm did not end");

    assertEquals(0, process.exitValue(), read(dir, "err.txt"));
    assertEquals(file + ": formatted\n", read(dir, "out.txt"));
    assertTrue(Files.size(file) > before, "pretty-printed");
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      assertEquals(documents, lines.filter(l -> l.equals("  {")).count(), "every document");
    }
  }

  // --- helpers --------------------------------------------------------------------------------

  private static StakeholderInput bigDocument(long i) {
    return GcmCommandsTest.document("d" + i, ("Open regular pathways " + i + ". ").repeat(60));
  }

  /** Writes compact documents with a blank line after each (not canonical), up to a size. */
  private static long writeMessyJsonLines(Path file, long size) throws IOException {
    long n = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      long written = 0;
      while (written < size) {
        byte[] line = JSON.write(bigDocument(n)).replace("\n", "").replace("  ", "")
            .concat("\n\n").getBytes(StandardCharsets.UTF_8);
        out.write(line);
        written += line.length;
        n++;
      }
    }
    return n;
  }

  /** Writes a JSON array of compact documents on one line each (not canonical), up to a size. */
  private static long writeCompactArray(Path file, long size) throws IOException {
    long n = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write('[');
      long written = 1;
      while (written < size) {
        byte[] element = ((n == 0 ? "" : ",\n") + JSON.write(bigDocument(n)).replace("\n", "")
            .replace("  ", "")).getBytes(StandardCharsets.UTF_8);
        out.write(element);
        written += element.length;
        n++;
      }
      out.write("]\n".getBytes(StandardCharsets.UTF_8));
    }
    return n;
  }

  /** Starts {@code gcm} in a JVM of its own; its output goes to out.txt and err.txt in dir. */
  private static Process fork(Path dir, String heap, String... args) throws IOException {
    return fork(dir, List.of(), heap, args);
  }

  /** The same, the command prefixed (to run it as another user). */
  private static Process fork(Path dir, List<String> prefix, String heap, String... args)
      throws IOException {
    List<String> command = new ArrayList<>(prefix);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(heap);
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
  }

  private static String read(Path dir, String name) throws IOException {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  private static byte[] sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (var in = Files.newInputStream(file)) {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
          digest.update(buffer, 0, n);
        }
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
