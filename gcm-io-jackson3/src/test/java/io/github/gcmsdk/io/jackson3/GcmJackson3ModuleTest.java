package io.github.gcmsdk.io.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.GuidingPrinciple;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.model.json.JsonValue;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Properties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A Jackson 3 JsonMapper with the module reads and writes the model through gcm-io's binder. */
class GcmJackson3ModuleTest {

  private static final Path EXAMPLE =
      Path.of("..", "examples", "data", "unece-2020-stakeholder-input.json");

  private final JsonMapper failing = JsonMapper.builder().addModule(new GcmJackson3Module())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  /** Keeps unknown properties, as Spring Boot's mapper does (FAIL_ON_UNKNOWN_PROPERTIES off). */
  private final JsonMapper lenient = JsonMapper.builder().addModule(new GcmJackson3Module())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Test
  void theMapperReadsTheExampleAsGcmJsonDoes() throws Exception {
    byte[] bytes = Files.readAllBytes(EXAMPLE);
    StakeholderInput expected = GcmJson.standard().read(bytes).getDocument().orElseThrow();
    assertEquals(expected, lenient.readValue(bytes, StakeholderInput.class));
    assertEquals(expected, lenient.readValue(EXAMPLE.toFile(), StakeholderInput.class));
  }

  @Test
  void theMapperRoundTripsGeneratedDocuments() {
    Properties.forAll(GcmGenerators.anyDocuments(), 300, document -> {
      String text = lenient.writeValueAsString(document);
      assertEquals(document, lenient.readValue(text, StakeholderInput.class), "from text");
      assertEquals(document, GcmJson.standard().readJson(text).getDocument().orElseThrow(),
          "GcmJson reads what the mapper wrote");
    });
  }

  @Test
  void indentedByTheMapperTheTextIsStillTheModelsAndCompactItStartsCanonically() {
    StakeholderInput document = GcmGenerators.anyDocuments().sample(7L);
    String compact = lenient.writeValueAsString(document);
    assertTrue(compact.startsWith("{\"formatVersion\":\""), compact);
    String indented = lenient.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build()
        .writeValueAsString(document);
    assertTrue(indented.contains("\n"), indented);
    assertEquals(document, lenient.readValue(indented, StakeholderInput.class));
  }

  @Test
  void theFirstErrorBecomesALocatedDatabindExceptionWithTheWholeReport() throws Exception {
    byte[] missingId = Files.readAllBytes(
        Path.of("..", "examples", "data", "invalid", "missing-id.json"));
    GcmDatabindException e = assertThrows(GcmDatabindException.class,
        () -> lenient.readValue(missingId, StakeholderInput.class));
    assertEquals("GCM-J012", e.getProblem().getCode());
    assertEquals("/sections/0/recommendations/0/id",
        e.getProblem().getLocation().getPointer());
    assertEquals(31, e.getLocation().getLineNr());
    assertEquals(1, e.getReport().getProblems().size());
    assertTrue(e.getOriginalMessage().startsWith("GCM-J012: missing required property \"id\""),
        e.getOriginalMessage());
    assertTrue(e instanceof DatabindException);
  }

  private static final String UNKNOWN_PROPERTY = """
      {"formatVersion": "2.0", "id": "d1", "title": "T", "language": "en", "titel": "x",
       "x-note": "kept"}
      """;

  @Test
  void unknownPropertiesFollowTheMappersFeatureUnlessGcmJsonIsStrict() {
    GcmDatabindException e = assertThrows(GcmDatabindException.class,
        () -> failing.readValue(UNKNOWN_PROPERTY, StakeholderInput.class));
    assertEquals("GCM-J013", e.getProblem().getCode());
    StakeholderInput kept = lenient.readValue(UNKNOWN_PROPERTY, StakeholderInput.class);
    assertEquals(JsonValue.of("x"), kept.getExtensions().get("titel"));
    assertEquals(JsonValue.of("kept"), kept.getExtensions().get("x-note"));
    JsonMapper strict = JsonMapper.builder().addModule(new GcmJackson3Module(GcmJson.strict()))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertEquals("GCM-J013", assertThrows(GcmDatabindException.class,
        () -> strict.readValue(UNKNOWN_PROPERTY, StakeholderInput.class)).getProblem().getCode());
  }

  @Test
  void syntaxErrorsInsideAValueBecomeLocatedDatabindExceptions() {
    String truncated = "{\"formatVersion\": \"2.0\", \"id\": \"d1\",\n \"sections\": [";
    GcmDatabindException e = assertThrows(GcmDatabindException.class,
        () -> lenient.readValue(truncated, StakeholderInput.class));
    assertEquals("GCM-J001", e.getProblem().getCode());
    assertEquals(2, e.getLocation().getLineNr());
    GcmDatabindException comma = assertThrows(GcmDatabindException.class,
        () -> lenient.readValue("{\"formatVersion\": \"2.0\", \"id\": \"d1\",}",
            StakeholderInput.class));
    assertEquals("GCM-J001", comma.getProblem().getCode());
    assertTrue(comma.getProblem().getMessage().contains("comma"),
        comma.getProblem().getMessage());
  }

  @Test
  void modelAndCatalogueTypesWorkInsideOrdinaryJavaTypes() {
    assertEquals("{\"objective\":11}",
        lenient.writeValueAsString(java.util.Map.of("objective", Objective.of(11))));
    assertEquals(List.of(Objective.of(11), Objective.of(23)),
        lenient.readValue("[11, 23]", new TypeReference<List<Objective>>() {}));
    assertEquals("[\"people-centred\",\"GB\",\"2020-11\"]", lenient.writeValueAsString(
        List.of(GuidingPrinciple.PEOPLE_CENTRED, Country.of("GB"), PartialDate.ofMonth(2020, 11))));
    assertEquals(PartialDate.ofMonth(2020, 11),
        lenient.readValue("\"2020-11\"", PartialDate.class));
    assertEquals("GCM-J020", assertThrows(GcmDatabindException.class,
        () -> lenient.readValue("[24]", new TypeReference<List<Objective>>() {}))
        .getProblem().getCode());
  }
}
