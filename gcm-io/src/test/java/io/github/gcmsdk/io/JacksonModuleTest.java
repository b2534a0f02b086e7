package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.GuidingPrinciple;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.model.json.JsonValue;
import java.util.List;
import java.util.Map;
import io.github.gcmsdk.testkit.Properties;
import org.junit.jupiter.api.Test;

/** Any ObjectMapper with the module reads and writes the model through the same reader. */
class JacksonModuleTest {

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new GcmJacksonModule());
  /** Keeps unknown properties, as Spring Boot's mapper does (FAIL_ON_UNKNOWN_PROPERTIES off). */
  private final ObjectMapper lenient = new ObjectMapper().registerModule(new GcmJacksonModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Test
  void objectMapperRoundTripsGeneratedDocuments() throws Exception {
    Properties.forAll(RoundTripTest.DOCUMENTS_TO_WRITE, 300, 5L, document -> {
      String text = lenient.writeValueAsString(document);
      StakeholderInput read = lenient.readValue(text, StakeholderInput.class);
      assertEquals(document, read, "from text");
      byte[] bytes = lenient.writeValueAsBytes(document);
      assertEquals(document, lenient.readValue(bytes, StakeholderInput.class), "from bytes");
    });
  }

  @Test
  void objectMapperWritesTheCanonicalFormWhenIndentingLikeIt() throws Exception {
    StakeholderInput document = GcmJson.standard().readJson(LosslessTest.THREE_DEPTHS)
        .getDocument().orElseThrow();
    String compact = lenient.writeValueAsString(document);
    assertEquals(document, GcmJson.standard().readJson(compact).getDocument().orElseThrow());
    assertTrue(compact.startsWith("{\"formatVersion\":\"2.0\",\"id\":\"d1\""), compact);
    String indented = lenient.copy().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(document);
    assertEquals(document, lenient.readValue(indented, StakeholderInput.class));
  }

  @Test
  void firstErrorBecomesAJsonMappingExceptionWithLocationAndMessage() {
    GcmMappingException e = assertThrows(GcmMappingException.class,
        () -> mapper.readValue(ReadingTest.FIVE_PROBLEMS, StakeholderInput.class));
    assertEquals(7, e.getLocation().getLineNr());
    assertTrue(e.getOriginalMessage().startsWith(
        "GCM-J010: expected a list of country codes, found a string (at /contributors/0/countries)"),
        e.getOriginalMessage());
    assertEquals(5, e.getReport().getProblems().size());
    assertEquals("GCM-J010", e.getProblem().getCode());
    assertTrue(e instanceof JsonMappingException);
  }

  private static final String UNKNOWN_PROPERTY = """
      {"formatVersion": "2.0", "id": "d1", "title": "T", "language": "en", "titel": "x",
       "x-note": "kept"}
      """;

  @Test
  void unknownPropertiesFailAsJacksonsFailOnUnknownPropertiesDefaultSays() {
    GcmMappingException e = assertThrows(GcmMappingException.class,
        () -> mapper.readValue(UNKNOWN_PROPERTY, StakeholderInput.class));
    assertEquals("GCM-J013", e.getProblem().getCode());
    assertEquals(1, e.getLocation().getLineNr());
    assertTrue(e.getOriginalMessage().contains("titel"), e.getOriginalMessage());
  }

  @Test
  void unknownPropertiesAreKeptWhenFailOnUnknownPropertiesIsDisabledUnlessStrict()
      throws Exception {
    ObjectMapper lenient = mapper.copy()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    StakeholderInput document = lenient.readValue(UNKNOWN_PROPERTY, StakeholderInput.class);
    assertEquals(JsonValue.of("x"), document.getExtensions().get("titel"));
    assertEquals(JsonValue.of("kept"), document.getExtensions().get("x-note"));
    ObjectMapper strict = new ObjectMapper().registerModule(new GcmJacksonModule(GcmJson.strict()))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    GcmMappingException e = assertThrows(GcmMappingException.class,
        () -> strict.readValue(UNKNOWN_PROPERTY, StakeholderInput.class));
    assertEquals("GCM-J013", e.getProblem().getCode());
  }

  @Test
  void extensionDataNeverFailsAMapper() throws Exception {
    StakeholderInput document = mapper.readValue(UNKNOWN_PROPERTY.replace("\"titel\": \"x\",", ""),
        StakeholderInput.class);
    assertEquals(JsonValue.of("kept"), document.getExtensions().get("x-note"));
  }

  @Test
  void syntaxErrorsBecomeLocatedGcmMappingExceptions() {
    String truncated = "{\"formatVersion\": \"2.0\", \"id\": \"d1\",\n \"sections\": [";
    GcmMappingException e = assertThrows(GcmMappingException.class,
        () -> mapper.readValue(truncated, StakeholderInput.class));
    assertEquals("GCM-J001", e.getProblem().getCode());
    assertEquals(2, e.getLocation().getLineNr());
    GcmMappingException comma = assertThrows(GcmMappingException.class,
        () -> mapper.readValue("{\"formatVersion\": \"2.0\", \"id\": \"d1\",}",
            StakeholderInput.class));
    assertEquals("GCM-J001", comma.getProblem().getCode());
    assertEquals(1, comma.getLocation().getLineNr());
  }

  @Test
  void aMissingFormatVersionSaysWhatToAdd() {
    GcmMappingException e = assertThrows(GcmMappingException.class, () -> mapper.readValue(
        "{\"id\": \"d1\", \"title\": \"T\", \"language\": \"en\"}", StakeholderInput.class));
    assertEquals("GCM-J030", e.getProblem().getCode());
    assertFalse(e.getOriginalMessage().contains("is read"), e.getOriginalMessage());
    assertTrue(e.getOriginalMessage().contains("add \"formatVersion\": \"2.0\""),
        e.getOriginalMessage());
  }

  @Test
  void aMapperWritesNumbersThatReadBackAndKeepsTheFormatVersion() throws Exception {
    String text = "{\"formatVersion\": \"2.3\", \"id\": \"d1\", \"title\": \"T\","
        + " \"language\": \"en\", \"x-n\": 10e2147483647, \"x-z\": -0.0}";
    StakeholderInput document = mapper.readValue(text, StakeholderInput.class);
    String written = mapper.writeValueAsString(document);
    assertTrue(written.startsWith("{\"formatVersion\":\"2.3\""), written);
    assertTrue(written.contains("\"x-n\":10E2147483647,\"x-z\":-0.0}"), written);
    assertEquals(document, mapper.readValue(written, StakeholderInput.class));
  }

  @Test
  void modelAndCatalogueTypesWorkInsideOrdinaryJavaTypes() throws Exception {
    Map<String, Object> values = Map.of("objective", Objective.of(11));
    assertEquals("{\"objective\":11}", mapper.writeValueAsString(values));
    assertEquals(List.of(Objective.of(11), Objective.of(23)),
        mapper.readValue("[11, 23]", new TypeReference<List<Objective>>() {}));
    assertEquals("[\"people-centred\",\"GB\",\"2020-11\"]", mapper.writeValueAsString(
        List.of(GuidingPrinciple.PEOPLE_CENTRED, Country.of("GB"), PartialDate.ofMonth(2020, 11))));
    assertEquals(PartialDate.ofMonth(2020, 11), mapper.readValue("\"2020-11\"", PartialDate.class));
    Section section = mapper.readValue("{\"id\": \"s\", \"heading\": \"h\", \"objectives\": [7]}",
        Section.class);
    assertEquals(List.of(Objective.of(7)), section.getObjectives());
    assertEquals(JsonValue.arrayOf(JsonValue.of(1), JsonValue.JsonNull.INSTANCE),
        mapper.readValue("[1, null]", JsonValue.class));
    GcmMappingException e = assertThrows(GcmMappingException.class,
        () -> mapper.readValue("[24]", new TypeReference<List<Objective>>() {}));
    assertEquals("GCM-J020", e.getProblem().getCode());
  }
}
