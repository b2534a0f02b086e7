package io.github.gcmsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.testkit.ByteMutations;
import io.github.gcmsdk.testkit.DocumentGenerator;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Gen;
import io.github.gcmsdk.testkit.Properties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The validator is total on any bytes (gcm-testkit {@link ByteMutations} of generated files:
 * a {@link Report}, never an exception, a hang or an OutOfMemoryError), and one validator shared
 * by several threads gives the same reports as one thread. {@code -Dgcm.cases=N} runs more.
 */
class FileTotalityTest {


  private static final Gen<byte[]> FILES = Gen.oneOf(GcmGenerators.faultyDocuments(),
          GcmGenerators.anyDocuments(true),
          GcmGenerators.documents(DocumentGenerator.Settings.defaults().withExtensions(true)))
      .map(GcmJson.standard()::toCanonicalBytes);

  /** The validators every totality check (and ValidateFuzzTest) uses. */
  static final List<GcmValidator> VALIDATORS = List.of(GcmValidator.standard(),
      GcmValidator.builder().profile(Profile.DRAFT).locale(Locale.forLanguageTag("ru")).build());

  @Test
  void anyMutationOfAValidFileGivesAReport() {
    Gen<byte[]> mutants = ByteMutations.of(FILES);
    Properties.forAll(mutants, 300, 3_333L, bytes -> {
      List<Report> reports = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
        try {
          return VALIDATORS.stream().map(v -> v.validate(bytes)).collect(Collectors.toList());
        } catch (Throwable e) {
          throw new AssertionError("validate threw " + e, e);
        }
      });
      for (Report report : reports) {
        assertNotNull(report);
        for (Problem p : report.getProblems()) {
          assertFalse(p.getCode().equals("GCM-V000"), p + " (a check crashed)");
          assertFalse(p.getMessage().contains("\u001b"), p.getCode() + " echoes an ESC");
        }
      }
    });
  }

  @Test
  void oneValidatorSharedByFourThreadsGivesTheReportsOfOneThread() throws Exception {
    for (GcmValidator validator : VALIDATORS) {
      List<StakeholderInput> documents = new ArrayList<>();
      documents.addAll(GcmGenerators.faultyDocuments().samples(11L, 150));
      documents.addAll(GcmGenerators.anyDocuments().samples(12L, 150));
      documents.addAll(GcmGenerators.documents(DocumentGenerator.Settings.defaults()
          .withAnyInvalidity()).samples(13L, 150));
      List<Report> expected = documents.stream().map(validator::validate)
          .collect(Collectors.toList());
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<Report>>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          int offset = t * 37;
          futures.add(pool.submit(() -> {
            // Each thread walks the documents from another start, so that calls interleave.
            List<Report> reports = new ArrayList<>(documents.size());
            for (int i = 0; i < documents.size(); i++) {
              reports.add(null);
            }
            for (int i = 0; i < documents.size(); i++) {
              int at = (i + offset) % documents.size();
              reports.set(at, validator.validate(documents.get(at)));
            }
            return reports;
          }));
        }
        for (Future<List<Report>> future : futures) {
          assertEquals(expected, future.get());
        }
      } finally {
        pool.shutdownNow();
      }
    }
    System.out.println("gcm-testkit: 450 documents validated by 4 threads sharing one validator,"
        + " 2 validators, same reports as one thread");
  }
}
