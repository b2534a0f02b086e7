package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Severity;
import io.github.gcmsdk.testkit.DocumentGenerator;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Gen;
import io.github.gcmsdk.testkit.Properties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Property tests on generated documents (gcm-testkit): reading what was written gives the document
 * back, and canonical writing is idempotent. Each run prints {@code gcm-testkit: N cases, seed S,
 * 0 failures}; {@code -Dgcm.cases=100000} runs more, {@code -Dgcm.seed=S} repeats a run, and a
 * failing case is reduced before it is reported.
 */
class RoundTripTest {

  /** Documents of the default build: any content the model holds (testkit anyDocuments). */
  static final int DOCUMENTS = 10_000;

  private final GcmJson json = GcmJson.standard();

  /** Any content, and realistic documents with extensions at every depth. */
  static final Gen<StakeholderInput> DOCUMENTS_TO_WRITE = Gen.oneOf(
      GcmGenerators.anyDocuments(), GcmGenerators.anyDocuments(), GcmGenerators.anyDocuments(true),
      GcmGenerators.documents(DocumentGenerator.Settings.defaults().withExtensions(true)
          .withDepth(4).withSections(0, 4)));

  @Test
  void readOfWriteEqualsTheDocumentAndCanonicalWritingIsIdempotent() {
    Properties.forAll(DOCUMENTS_TO_WRITE, DOCUMENTS, 2020_11_12L, document -> {
      byte[] bytes = json.toCanonicalBytes(document);
      ReadResult<StakeholderInput> result = json.read(bytes);
      assertTrue(result.isValid(), () -> "not read back: "
          + result.getReport().getProblems(Severity.ERROR));
      StakeholderInput back = result.getDocument().orElseThrow();
      assertEquals(document, back);
      assertArrayEquals(bytes, json.toCanonicalBytes(back),
          "writing what was read changed the bytes");
    });
  }

  @Test
  void writingTextEqualsCanonicalBytesAndReadsBack() {
    Properties.forAll(DOCUMENTS_TO_WRITE, 300, 7L, document -> {
      String text = json.write(document);
      assertEquals(new String(json.toCanonicalBytes(document), StandardCharsets.UTF_8), text);
      assertEquals(document, json.readJson(text).getDocument().orElseThrow(),
          "reading the text differs");
    });
  }

  @Test
  void jsonLinesAndJsonArrayCollectionsRoundTrip() {
    Properties.forAll(DOCUMENTS_TO_WRITE.list(0, 40), 20, 11L, documents -> {
      for (CollectionFormat format : CollectionFormat.values()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeCollection(documents, out, format);
        List<ReadResult<StakeholderInput>> results =
            json.readCollection(new ByteArrayInputStream(out.toByteArray()))
                .collect(Collectors.toList());
        assertEquals(documents.size(), results.size(), format.toString());
        for (int i = 0; i < documents.size(); i++) {
          ReadResult<StakeholderInput> result = results.get(i);
          String where = format + " document " + i;
          assertTrue(result.isValid(),
              () -> where + ": " + result.getReport().getProblems(Severity.ERROR));
          assertEquals(documents.get(i), result.getDocument().orElseThrow(), where);
          assertEquals(i, result.getIndex().orElseThrow(), where);
        }
      }
    });
  }
}
