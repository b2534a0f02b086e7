package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the hostile-input manifest, {@code src/test/resources/hostile/manifest.json}: each entry
 * names a file of that folder or a recipe (for big inputs, built here rather than committed), the
 * problem codes reading it must produce, and whether the document is still valid. Each entry must
 * end in a result within its time ({@code timeoutSeconds}, default 30), and no message or hint may
 * echo more than a bounded, escaped excerpt of the input ({@link Hostile}). gcm-validation walks the
 * same manifest for its {@code validationCodes}.
 *
 * <p>The build runs this test twice: in the ordinary test JVM, and in a JVM of its own with
 * {@code -Xmx256m} (Surefire execution {@code hostile-xmx256m} of gcm-io's pom), which shows that
 * every entry is read in bounded memory. Entries marked {@code big} (50 MB strings, 100,000-deep
 * nesting, ...) are read only in the second run ({@code -Dgcm.hostile.big=true}), once.
 */
class HostileManifestTest {

  /** The entries of the manifest, as test arguments: name and entry. */
  static Stream<Arguments> entries() {
    JsonNode manifest = HostileManifest.manifest();
    List<Arguments> out = new ArrayList<>();
    for (JsonNode entry : manifest.get("entries")) {
      out.add(Arguments.of(entry.get("name").asText(), entry));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void entryEndsInTheExpectedProblemsInBoundedTimeAndWithSafeMessages(String name, JsonNode entry) {
    if (entry.hasNonNull("bug")) {
      Assumptions.abort("known bug, see BugsFoundTest: " + entry.get("bug").asText());
    }
    if (entry.path("big").asBoolean(false) && !Boolean.getBoolean("gcm.hostile.big")) {
      Assumptions.abort("a big input: read in the -Xmx256m run (-Dgcm.hostile.big=true)");
    }
    Duration timeout = Duration.ofSeconds(entry.path("timeoutSeconds").asInt(30));
    List<ReadResult<StakeholderInput>> results = assertTimeoutPreemptively(timeout, () -> {
      byte[] bytes = HostileManifest.bytes(entry);
      List<ReadResult<StakeholderInput>> both = new ArrayList<>();
      try {
        both.add(GcmJson.standard().read(bytes));
        both.add(GcmJson.strict().read(bytes));
      } catch (Throwable e) {
        throw new AssertionError(name + ": reading threw " + e, e);
      }
      return both;
    }, () -> name + ": no result within " + timeout);
    ReadResult<StakeholderInput> result = results.get(0);
    Set<String> codes = result.getReport().getProblems().stream().map(Problem::getCode)
        .collect(Collectors.toCollection(TreeSet::new));
    if (Boolean.getBoolean("gcm.hostile.print")) {
      System.out.println("HOSTILE " + name + " valid=" + result.isValid() + " " + codes + " "
          + result.getReport().getProblems().stream().map(p -> p.getCode() + ":"
              + p.getMessage().replaceAll("\\p{Cc}", "?")).collect(Collectors.toList()));
    }
    Set<String> expected = new TreeSet<>();
    entry.path("codes").forEach(code -> expected.add(code.asText()));
    assertTrue(codes.containsAll(expected), () -> name + ": expected " + expected + ", read "
        + result.getReport().getProblems().stream().map(p -> p.getCode() + " " + p.getMessage())
            .collect(Collectors.toList()));
    if (expected.isEmpty()) {
      assertEquals(Set.of(), codes, name + ": no problem expected");
    }
    assertEquals(entry.path("valid").asBoolean(false), result.isValid(),
        () -> name + ": validity; problems " + result.getReport().getProblems());
    for (ReadResult<StakeholderInput> r : results) {
      for (Problem p : r.getReport().getProblems()) {
        Hostile.assertSafeMessage(p);
        assertTrue(p.getLocation().getLine().isPresent(), () -> name + ": unlocated " + p);
      }
    }
  }

  @Test
  void manifestHasAtLeastTwentyFiveEntriesAndEveryFileIsListed() throws IOException {
    JsonNode manifest = HostileManifest.manifest();
    assertTrue(manifest.get("entries").size() >= 25, "entries: " + manifest.get("entries").size());
    Set<String> names = new TreeSet<>();
    for (JsonNode entry : manifest.get("entries")) {
      assertTrue(names.add(entry.get("name").asText()), "duplicate name " + entry.get("name"));
      assertTrue(entry.has("file") != entry.has("recipe"),
          entry.get("name") + ": a file or a recipe");
      assertFalse(entry.path("description").asText().isBlank(),
          entry.get("name") + ": a description");
    }
    Set<String> listed = new TreeSet<>();
    manifest.get("entries").forEach(e -> {
      if (e.has("file")) {
        listed.add(e.get("file").asText());
      }
    });
    try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of(
        "src/test/resources/hostile"))) {
      Set<String> present = files.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("manifest.json") && !n.equals("README.md"))
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(present, listed, "every file of the folder is in the manifest, and back");
    }
  }

  @Test
  void heapIsTheOneExpected() {
    String expected = System.getProperty("gcm.hostile.maxHeapMb", "");
    if (!expected.isEmpty()) {
      long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
      assertTrue(mb <= Long.parseLong(expected), "max heap " + mb + " MB");
      System.out.println("gcm-io hostile manifest: running with a max heap of " + mb + " MB");
    }
  }
}
