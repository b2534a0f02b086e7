package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
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

  @Test
  void objectMapperRoundTripsGeneratedDocuments() throws Exception {
    Properties.forAll(RoundTripTest.DOCUMENTS_TO_WRITE, 300, 5L, document -> {
      String text = mapper.writeValueAsString(document);
      StakeholderInput read = mapper.readValue(text, StakeholderInput.class);
      assertEquals(document, read, "from text");
      byte[] bytes = mapper.writeValueAsBytes(document);
      assertEquals(document, mapper.readValue(bytes, StakeholderInput.class), "from bytes");
    });
  }

  @Test
  void objectMapperWritesTheCanonicalFormWhenIndentingLikeIt() throws Exception {
    StakeholderInput document = GcmJson.standard().readJson(LosslessTest.THREE_DEPTHS)
        .getDocument().orElseThrow();
    String compact = mapper.writeValueAsString(document);
    assertEquals(document, GcmJson.standard().readJson(compact).getDocument().orElseThrow());
    assertTrue(compact.startsWith("{\"formatVersion\":\"1.0\",\"id\":\"d1\""), compact);
    String indented = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(document);
    assertEquals(document, mapper.readValue(indented, StakeholderInput.class));
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

  @Test
  void warningsDoNotFailAMapperButStrictSettingsDo() throws Exception {
    String text = """
        {"formatVersion": "1.0", "id": "d1", "title": "T", "language": "en", "titel": "x"}
        """;
    StakeholderInput document = mapper.readValue(text, StakeholderInput.class);
    assertEquals(JsonValue.of("x"), document.getExtensions().get("titel"));
    ObjectMapper strict = new ObjectMapper().registerModule(new GcmJacksonModule(GcmJson.strict()));
    GcmMappingException e = assertThrows(GcmMappingException.class,
        () -> strict.readValue(text, StakeholderInput.class));
    assertEquals("GCM-J013", e.getProblem().getCode());
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
