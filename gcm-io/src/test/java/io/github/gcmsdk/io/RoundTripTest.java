package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Property tests on generated documents: reading what was written gives the document back. */
class RoundTripTest {

  private static final int DOCUMENTS = 2500;
  private final GcmJson json = GcmJson.standard();

  @Test
  void readOfWriteEqualsTheDocumentAndCanonicalWritingIsIdempotent() {
    long seed = Seeds.seed("RoundTripTest");
    IntStream.range(0, DOCUMENTS).parallel().forEach(i -> {
      StakeholderInput document = new RandomDocuments(Seeds.of(seed, i)).document();
      byte[] bytes = json.toCanonicalBytes(document);
      ReadResult<StakeholderInput> result = json.read(bytes);
      String where = Seeds.describe(seed, i);
      assertTrue(result.isValid(), () -> where + " was not read back: "
          + result.getReport().getProblems(Severity.ERROR));
      assertEquals(document, result.getDocument().orElseThrow(), where);
      assertArrayEquals(bytes, json.toCanonicalBytes(result.getDocument().orElseThrow()),
          () -> where + ": writing what was read changed the bytes");
      if (i % 10 == 0) {
        String text = json.write(document);
        assertEquals(new String(bytes, StandardCharsets.UTF_8), text, where);
        assertEquals(document, json.read(text).getDocument().orElseThrow(),
            () -> where + ": reading the text differs");
      }
    });
  }

  @Test
  void jsonLinesAndJsonArrayCollectionsRoundTrip() {
    long seed = Seeds.seed("RoundTripTest collections");
    RandomDocuments generator = new RandomDocuments(seed);
    List<StakeholderInput> documents = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      documents.add(generator.document());
    }
    for (CollectionFormat format : CollectionFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      json.writeCollection(documents, out, format);
      List<ReadResult<StakeholderInput>> results =
          json.readCollection(new ByteArrayInputStream(out.toByteArray()))
              .collect(Collectors.toList());
      assertEquals(documents.size(), results.size(), format + " of seed " + seed);
      for (int i = 0; i < documents.size(); i++) {
        ReadResult<StakeholderInput> result = results.get(i);
        String where = format + " " + Seeds.describe(seed, i);
        assertTrue(result.isValid(),
            () -> where + ": " + result.getReport().getProblems(Severity.ERROR));
        assertEquals(documents.get(i), result.getDocument().orElseThrow(), where);
        assertEquals(i, result.getIndex().orElseThrow(), where);
      }
    }
  }
}
