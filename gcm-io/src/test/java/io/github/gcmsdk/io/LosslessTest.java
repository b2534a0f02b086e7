package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.model.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nothing read is lost, and canonical writing is stable. */
class LosslessTest {

  private final GcmJson json = GcmJson.standard();

  static final String THREE_DEPTHS = """
      {
        "x-source": {"survey": "2020", "answers": [1, 2.50, true, null]},
        "formatVersion": "2.0",
        "id": "d1",
        "title": "T",
        "language": "en",
        "reviewedBy": "coordinator",
        "sections": [
          {
            "id": "s1",
            "heading": "Borders",
            "priority": 1e3,
            "findings": [
              {"text": "Pushbacks", "x-confidence": 0.8, "evidence": {"kind": "interview"}}
            ]
          }
        ]
      }
      """;

  @Test
  void unknownPropertiesAtThreeDepthsSurviveReadThenWrite() {
    StakeholderInput document = json.readJson(THREE_DEPTHS).getDocument().orElseThrow();
    String written = json.write(document);
    StakeholderInput again = json.readJson(written).getDocument().orElseThrow();
    assertEquals(document, again);

    Map<String, JsonValue> root = again.getExtensions();
    assertEquals(List.of("x-source", "reviewedBy"), List.copyOf(root.keySet()));
    assertEquals(JsonValue.of("coordinator"), root.get("reviewedBy"));
    JsonValue.JsonObject source = (JsonValue.JsonObject) root.get("x-source");
    assertEquals(JsonValue.arrayOf(JsonValue.of(1), JsonValue.of(new BigDecimal("2.50")),
        JsonValue.JsonBoolean.TRUE, JsonValue.JsonNull.INSTANCE), source.members().get("answers"));

    Section section = again.getSections().get(0);
    assertEquals(JsonValue.of(new BigDecimal("1E+3")), section.getExtensions().get("priority"));
    Finding finding = section.getFindings().get(0);
    assertEquals(List.of("x-confidence", "evidence"), List.copyOf(finding.getExtensions().keySet()));
    assertEquals(JsonValue.of(new BigDecimal("0.8")), finding.getExtensions().get("x-confidence"));

    assertTrue(written.contains("\"priority\": 1E+3"), written);
    assertTrue(written.contains("\"x-confidence\": 0.8"), written);
    assertTrue(written.contains("\"answers\": [\n      1,\n      2.50,"), written);
  }

  @Test
  void canonicalFormOrdersPropertiesAndPutsExtensionsLast() {
    String expected = """
        {
          "formatVersion": "2.0",
          "id": "d1",
          "title": "T",
          "language": "en",
          "sections": [
            {
              "id": "s1",
              "heading": "Borders",
              "findings": [
                {
                  "text": "Pushbacks",
                  "x-confidence": 0.8,
                  "evidence": {
                    "kind": "interview"
                  }
                }
              ],
              "priority": 1E+3
            }
          ],
          "x-source": {
            "survey": "2020",
            "answers": [
              1,
              2.50,
              true,
              null
            ]
          },
          "reviewedBy": "coordinator"
        }
        """;
    byte[] canonical = json.toCanonicalBytes(json.readJson(THREE_DEPTHS).getDocument().orElseThrow());
    assertEquals(expected, new String(canonical, StandardCharsets.UTF_8));
  }

  @Test
  void writingACanonicalFileAfterReadingItGivesTheSameBytes() {
    byte[] canonical = json.toCanonicalBytes(json.readJson(THREE_DEPTHS).getDocument().orElseThrow());
    assertArrayEquals(canonical,
        json.toCanonicalBytes(json.read(canonical).getDocument().orElseThrow()));
  }

  @Test
  void canonicalFormIsUtf8WithoutByteOrderMarkEndingWithOneNewline() {
    StakeholderInput document = StakeholderInput.builder().id("é").title("😀").language("ru")
        .build();
    byte[] bytes = json.toCanonicalBytes(document);
    assertEquals('{', bytes[0]);
    assertEquals('\n', bytes[bytes.length - 1]);
    assertTrue(bytes[bytes.length - 2] != '\n');
    assertEquals("{\n  \"formatVersion\": \"2.0\",\n  \"id\": \"é\",\n  \"title\": \"😀\",\n"
        + "  \"language\": \"ru\"\n}\n", new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void controlCharactersAndLoneSurrogatesAreEscapedAndReadBack() {
    StakeholderInput document = StakeholderInput.builder().id("a\u0000b\tc\n\"\\")
        .title("lone \uD800 half").language("\u2028")
        .putExtension("x-\uD83D\uDE00", JsonValue.of("\u001F"))
        .build();
    String text = json.write(document);
    assertTrue(text.contains("\"a\\u0000b\\tc\\n\\\"\\\\\""), text);
    assertTrue(text.contains("lone \\uD800 half"), text);
    assertEquals(document, json.readJson(text).getDocument().orElseThrow());
    assertEquals(document, json.read(json.toCanonicalBytes(document)).getDocument().orElseThrow());
  }

  @Test
  void anExtensionNamedLikeAPropertyCannotBeWritten() {
    StakeholderInput document = StakeholderInput.builder().id("d").title("t").language("en")
        .putExtension("title", JsonValue.of("clash")).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> json.write(document));
    assertTrue(e.getMessage().contains("\"title\""), e.getMessage());
  }

  @Test
  void numbersKeepTheirScaleAndObjectivesAreWrittenAsNumbers() {
    String text = """
        {"formatVersion": "2.0", "id": "d", "title": "t", "language": "en",
         "figures": [{"id": "f", "value": 2000.0, "outOf": 1E2, "unit": "u",
                      "description": "d", "qualifier": "more-than", "objectives": [7, 11]}]}
        """;
    StakeholderInput document = json.readJson(text).getDocument().orElseThrow();
    assertEquals(new BigDecimal("2000.0"), document.getFigures().get(0).getValue());
    assertEquals(List.of(Objective.of(7), Objective.of(11)),
        document.getFigures().get(0).getObjectives());
    String written = json.write(document);
    assertTrue(written.contains("\"value\": 2000.0,"), written);
    assertTrue(written.contains("\"outOf\": 1E+2,"), written);
    assertTrue(written.contains("\"qualifier\": \"more-than\","), written);
    assertTrue(written.contains("\"objectives\": [\n        7,\n        11\n      ]"), written);
  }
}
