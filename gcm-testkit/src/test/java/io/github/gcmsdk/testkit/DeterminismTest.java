package io.github.gcmsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.gcmsdk.model.StakeholderInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeterminismTest {

  @Test
  void sameSeedGivesEqualDocuments() {
    DocumentGenerator gen = GcmGenerators.documents(
        DocumentGenerator.Settings.defaults().withExtensions(true));
    assertEquals(gen.samples(7, 100), gen.samples(7, 100));
  }

  @Test
  void sameSeedGivesEqualInvalidDocumentsWithTheSameFaultAndPointer() {
    Gen<GeneratedDocument> gen = GcmGenerators.invalidDocuments();
    assertEquals(gen.samples(11, 100), gen.samples(11, 100));
  }

  @Test
  void differentSeedsGiveDifferentDocuments() {
    DocumentGenerator gen = GcmGenerators.documents();
    assertNotEquals(gen.sample(1), gen.sample(2));
    assertNotEquals(gen.samples(1, 20), gen.samples(2, 20));
  }

  @Test
  void casesOfOneSeedDifferFromEachOther() {
    List<StakeholderInput> docs = GcmGenerators.documents().samples(3, 50);
    assertEquals(50, docs.stream().distinct().count());
  }

  @Test
  void samplesAreExactlyTheCasesThatForAllChecks() {
    DocumentGenerator gen = GcmGenerators.documents();
    List<StakeholderInput> checked = new ArrayList<>();
    RunSummary run = Properties.forAll(gen, 25, 99L, checked::add);
    assertEquals(gen.samples(run.getSeed(), run.getCases()), checked);
  }

  static Stream<Arguments> everyGenerator() {
    return Stream.of(
        Arguments.of("objectives", GcmGenerators.objectives()),
        Arguments.of("principles", GcmGenerators.principles()),
        Arguments.of("stakeholderGroups", GcmGenerators.stakeholderGroups()),
        Arguments.of("themes", GcmGenerators.themes()),
        Arguments.of("subRegions", GcmGenerators.subRegions()),
        Arguments.of("regionalReviews", GcmGenerators.regionalReviews()),
        Arguments.of("countries", GcmGenerators.countries()),
        Arguments.of("uneceCountries", GcmGenerators.uneceCountries()),
        Arguments.of("partialDates", GcmGenerators.partialDates()),
        Arguments.of("dateRanges", GcmGenerators.dateRanges()),
        Arguments.of("texts", GcmGenerators.texts()),
        Arguments.of("identifiers", GcmGenerators.identifiers()),
        Arguments.of("actors", GcmGenerators.actors()),
        Arguments.of("findings", GcmGenerators.findings()),
        Arguments.of("recommendations", GcmGenerators.recommendations()),
        Arguments.of("practices", GcmGenerators.practices()),
        Arguments.of("references", GcmGenerators.references()),
        Arguments.of("figures", GcmGenerators.figures()),
        Arguments.of("openQuestions", GcmGenerators.openQuestions()),
        Arguments.of("sections(3)", GcmGenerators.sections(3)),
        Arguments.of("extensions", GcmGenerators.extensions()),
        Arguments.of("jsonValues(3)", GcmGenerators.jsonValues(3)),
        Arguments.of("documents", GcmGenerators.documents()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyGenerator")
  void everyGeneratorGivesTheSameValuesForTheSameSeed(String name, Gen<?> gen) {
    assertEquals(gen.samples(5, 100), gen.samples(5, 100), name);
    assertNotEquals(gen.samples(5, 100), gen.samples(6, 100), name);
  }

  /**
   * Identity hash codes (of enums, for instance) depend on what a JVM did before, so a generator
   * that iterated a HashSet of enums would give other data in another JVM. This test generates in
   * a fresh JVM, which has done nothing else, and compares digests.
   */
  @Test
  void anotherJvmGeneratesTheSameDocumentsForTheSameSeed()
      throws IOException, InterruptedException {
    String here = digest(2024L);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(),
        "-cp", System.getProperty("java.class.path"),
        DeterminismTest.class.getName(), "2024")
        .redirectErrorStream(true)
        .start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    process.getInputStream().transferTo(out);
    boolean done = process.waitFor(60, TimeUnit.SECONDS);
    String there = out.toString(StandardCharsets.UTF_8).strip();
    assertEquals(true, done, "the second JVM did not finish");
    assertEquals(0, process.exitValue(), there);
    assertEquals(here, there);
  }

  /**
   * Prints the digest of documents for a seed, for {@link
   * #anotherJvmGeneratesTheSameDocumentsForTheSameSeed()}.
   *
   * @param args the seed
   */
  public static void main(String[] args) {
    System.out.println(digest(Long.parseLong(args[0])));
  }

  static String digest(long seed) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    DocumentGenerator valid = GcmGenerators.documents(
        DocumentGenerator.Settings.defaults().withExtensions(true));
    for (StakeholderInput doc : valid.samples(seed, 100)) {
      sha.update(doc.toString().getBytes(StandardCharsets.UTF_8));
    }
    for (GeneratedDocument doc : GcmGenerators.invalidDocuments().samples(seed, 100)) {
      sha.update(doc.toString().getBytes(StandardCharsets.UTF_8));
    }
    for (Object value : GcmGenerators.countries().samples(seed, 50)) {
      sha.update(value.toString().getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
