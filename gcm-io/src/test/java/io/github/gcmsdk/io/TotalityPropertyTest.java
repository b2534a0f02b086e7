package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.testkit.ByteMutations;
import io.github.gcmsdk.testkit.DocumentGenerator;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Gen;
import io.github.gcmsdk.testkit.Properties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reader is total on any bytes: mutations of valid files (gcm-testkit {@link ByteMutations}:
 * truncation at every kind of position, byte and bit flips, inserted and deleted tokens, deep
 * nesting, huge strings and numbers, wrong encodings, bad bytes) always end in a {@link ReadResult},
 * never in an exception, a hang or an {@link OutOfMemoryError}. {@code -Dgcm.cases=N} runs more.
 */
class TotalityPropertyTest {

  static final int CASES = 700;
  private static final Duration PER_CASE = Duration.ofSeconds(20);

  /** Valid files: any content, and realistic documents with extensions. */
  static final Gen<byte[]> FILES = Gen.oneOf(GcmGenerators.anyDocuments(true),
          GcmGenerators.documents(DocumentGenerator.Settings.defaults().withExtensions(true)))
      .map(GcmJson.standard()::toCanonicalBytes);

  /** Lenient, strict and tight limits: the readers every totality check (and fuzz target) uses. */
  static final List<GcmJson> READERS = List.of(GcmJson.standard(), GcmJson.strict(),
      GcmJson.builder().limits(ReadLimits.defaults().withMaxNestingDepth(8)
          .withMaxStringLength(64).withMaxNumberLength(12).withMaxDocumentSize(20_000)).build());

  @Test
  void anyMutationOfAValidFileGivesAResult() {
    Properties.forAll(ByteMutations.of(FILES), CASES, 1_111L, bytes -> {
      List<ReadResult<StakeholderInput>> results = within(() -> READERS.stream()
          .map(reader -> reader.read(bytes)).collect(Collectors.toList()), bytes);
      for (ReadResult<StakeholderInput> result : results) {
        assertSound(result, bytes);
      }
    });
  }

  @Test
  void anyMutationOfAJsonLinesCollectionGivesResults() {
    Gen<byte[]> collections = GcmGenerators.anyDocuments(true).list(1, 4).map(documents -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      GcmJson.standard().writeCollection(documents, out, CollectionFormat.JSON_LINES);
      return out.toByteArray();
    });
    Properties.forAll(ByteMutations.of(collections), CASES / 5, 2_222L, bytes -> {
      List<ReadResult<StakeholderInput>> results = within(() -> GcmJson.standard()
          .readCollection(new ByteArrayInputStream(bytes)).collect(Collectors.toList()), bytes);
      for (ReadResult<StakeholderInput> result : results) {
        assertNotNull(result.getReport(), describe(bytes));
        result.getReport().getProblems().forEach(Hostile::assertSafeMessage);
      }
    });
  }

  /**
   * Asserts what every result of reading any bytes must satisfy: a report, every problem located
   * (unless the document is valid), every message safe ({@link Hostile#assertSafeMessage}).
   */
  static void assertSound(ReadResult<?> result, byte[] bytes) {
    assertNotNull(result.getReport(), () -> describe(bytes));
    for (Problem p : result.getReport().getProblems()) {
      assertTrue(p.getLocation().getLine().isPresent() || result.isValid(),
          () -> "unlocated " + p + " for " + describe(bytes));
      Hostile.assertSafeMessage(p);
    }
  }

  /** Runs {@code read} within {@link #PER_CASE}, turning any throwable into a failure. */
  static <T> T within(java.util.concurrent.Callable<T> read, byte[] bytes) {
    return assertTimeoutPreemptively(PER_CASE, () -> {
      try {
        return read.call();
      } catch (Throwable e) {
        throw new AssertionError("threw " + e + " on " + describe(bytes), e);
      }
    }, () -> "no result within " + PER_CASE + " on " + describe(bytes));
  }

  /** A bounded, escaped description of an input for failure messages. */
  static String describe(byte[] bytes) {
    StringBuilder s = new StringBuilder(bytes.length + " bytes: ");
    int n = Math.min(bytes.length, 300);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b >= 0x20 && b < 0x7F && b != '\\') {
        s.append((char) b);
      } else {
        s.append(String.format("\\x%02X", b));
      }
    }
    return s.append(n < bytes.length ? "..." : "").toString();
  }
}
