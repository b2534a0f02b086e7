package io.github.gcmsdk.validation;

import static io.github.gcmsdk.validation.Documents.document;
import static io.github.gcmsdk.validation.Documents.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files of several documents: JSON Lines and JSON arrays, read lazily, one report a document. */
class CollectionValidationTest {

  @TempDir Path dir;

  /** Three documents; the second has a duplicate id (GCM-V009). */
  private static List<StakeholderInput> documents() {
    StakeholderInput ok = Documents.valid();
    StakeholderInput duplicate = document(
        section("s1", "Heading", 1).addFinding(Finding.of("a")).build(),
        section("s1", "Heading", 2).addFinding(Finding.of("b")).build()).build();
    return List.of(ok, duplicate, ok.withId("third"));
  }

  private Path write(String name, CollectionFormat format) {
    Path file = dir.resolve(name);
    GcmJson.standard().writeCollection(documents(), file, format);
    return file;
  }

  @Test
  void validateOfOneDocumentPointsAJsonLinesFileToTheCollectionMethod() {
    Report report = GcmValidator.standard().validate(write("inputs.jsonl",
        CollectionFormat.JSON_LINES));
    assertFalse(report.isValid());
    for (Problem problem : report.getProblems()) {
      assertTrue(problem.getHint().orElse("").contains("validateCollection"),
          problem.toString());
    }
  }

  @Test
  void validateOfOneDocumentPointsAJsonArrayToTheCollectionMethod() {
    Report report = GcmValidator.standard().validate(write("inputs.json",
        CollectionFormat.JSON_ARRAY));
    assertFalse(report.isValid());
    for (Problem problem : report.getProblems()) {
      assertTrue(problem.getHint().orElse("").contains("validateCollection"),
          problem.toString());
    }
  }
}
