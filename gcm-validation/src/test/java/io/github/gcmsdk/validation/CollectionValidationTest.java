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
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

  /** index, line, id and codes of each report. */
  private static List<String> summary(Stream<DocumentReport> reports) {
    try (reports) {
      return reports.map(r -> r.getIndex() + " " + r.getId().orElse("-") + " "
          + r.getReport().getProblems().stream()
              .map(p -> p.getCode() + "@" + p.getLocation().getPointer() + ":"
                  + p.getLocation().getLine().orElse(0))
              .collect(Collectors.toList()))
          .collect(Collectors.toList());
    }
  }

  @Test
  void aJsonLinesFileGivesOneReportPerDocumentWithItsIndexAndTheFilesLines() {
    List<String> reports = summary(GcmValidator.standard().validateCollection(
        write("inputs.jsonl", CollectionFormat.JSON_LINES)));
    assertEquals(List.of(
        "0 " + Documents.valid().getId() + " []",
        "1 test-doc [GCM-V009@/sections/1/id:2]",
        "2 third []"), reports);
  }

  @Test
  void aJsonArrayFileGivesTheSameReportsLocatedInTheArray() throws IOException {
    Path file = write("inputs.json", CollectionFormat.JSON_ARRAY);
    List<DocumentReport> reports;
    try (Stream<DocumentReport> stream = GcmValidator.standard().validateCollection(file)) {
      reports = stream.collect(Collectors.toList());
    }
    assertEquals(List.of(0, 1, 2), reports.stream().map(DocumentReport::getIndex)
        .collect(Collectors.toList()));
    assertEquals(List.of(true, false, true), reports.stream().map(DocumentReport::isValid)
        .collect(Collectors.toList()));
    Problem duplicate = reports.get(1).getReport().getProblems().get(0);
    assertEquals("GCM-V009", duplicate.getCode());
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int line = duplicate.getLocation().getLine().getAsInt();
    assertTrue(lines.get(line - 1).contains("\"id\": \"s1\""), lines.get(line - 1));
    try (InputStream in = Files.newInputStream(file)) {
      assertEquals(reports, GcmValidator.standard()
          .validateCollection(in, CollectionFormat.JSON_ARRAY).collect(Collectors.toList()));
    }
  }

  @Test
  void documentsAreReadOnlyAsTheStreamIsConsumed() {
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    GcmJson.standard().writeCollection(List.of(Documents.valid()), one,
        CollectionFormat.JSON_LINES);
    byte[] record = one.toByteArray();
    int records = 300;
    Iterator<InputStream> parts = Stream.generate(() -> (InputStream)
        new java.io.ByteArrayInputStream(record)).limit(records).iterator();
    long[] read = {0};
    InputStream counted = new FilterInputStream(new SequenceInputStream(new Enumeration<>() {
      @Override
      public boolean hasMoreElements() {
        return parts.hasNext();
      }

      @Override
      public InputStream nextElement() {
        return parts.next();
      }
    })) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        read[0] += b < 0 ? 0 : 1;
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        read[0] += Math.max(n, 0);
        return n;
      }
    };
    try (Stream<DocumentReport> reports = GcmValidator.standard()
        .validateCollection(counted, CollectionFormat.JSON_LINES)) {
      Iterator<DocumentReport> i = reports.iterator();
      assertTrue(i.next().isValid());
      assertTrue(read[0] < (long) record.length * records / 10,
          "read " + read[0] + " of " + (long) record.length * records + " bytes for one report");
      int count = 1;
      while (i.hasNext()) {
        assertTrue(i.next().isValid());
        count++;
      }
      assertEquals(records, count);
    }
  }
}
