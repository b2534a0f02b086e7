package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.io.internal.SchemaGenerator;
import io.github.gcmsdk.model.StakeholderInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import io.github.gcmsdk.testkit.DocumentGenerator;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Gen;
import io.github.gcmsdk.testkit.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schema is generated from the format table and agrees with the reader in both
 * directions: an independent validator (networknt) accepts what strict reading accepts, and what
 * it accepts strict reading reads without error (countries, dates, ...). The validator needs
 * Jackson 2.20 or later for itself: this class does not run with {@code -Djackson.version=2.19.2}.
 */
class JsonSchemaTest {

  private static final Path SHIPPED =
      Path.of("src/main/resources/io/github/gcmsdk/io/gcm-stakeholder-input.schema.json");

  private static final Schema SCHEMA = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(GcmJson.jsonSchema(), InputFormat.JSON);

  private static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void shippedSchemaIsTheOneGeneratedFromTheFormatTable() throws IOException {
    String generated = SchemaGenerator.render();
    if (Boolean.getBoolean("gcm.schema.write")) {
      Files.writeString(SHIPPED, generated, StandardCharsets.UTF_8);
    }
    assertEquals(generated, GcmJson.jsonSchema(), "The shipped JSON Schema is out of date with"
        + " the format table (io.github.gcmsdk.io.internal.Format). Regenerate it with:\n"
        + "  mvn -pl gcm-model,gcm-io test -Dtest=JsonSchemaTest -Dgcm.schema.write=true\n"
        + "then review the change to " + SHIPPED + " (a change is a change of the published"
        + " format: see FORMAT.md, Versions).");
  }

  @Test
  void schemaIsValidDraft202012() {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(com.networknt.schema.SchemaLocation.of(
            "https://json-schema.org/draft/2020-12/schema"));
    List<Error> errors = meta.validate(GcmJson.jsonSchema(), InputFormat.JSON);
    assertTrue(errors.isEmpty(), errors.toString());
  }

  @Test
  void schemaAndStrictReadingAgreeOnGeneratedDocuments() {
    java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger rejected = new java.util.concurrent.atomic.AtomicInteger();
    Gen<StakeholderInput> documents = Gen.oneOf(GcmGenerators.anyDocuments(true),
        GcmGenerators.anyDocuments(false),
        GcmGenerators.documents(DocumentGenerator.Settings.defaults().withExtensions(true)));
    Properties.forAll(documents, 300, 3L, document -> {
      String text = GcmJson.standard().write(document);
      boolean readerAccepts = GcmJson.strict().readJson(text).isValid();
      List<Error> errors = validate(text);
      assertEquals(readerAccepts, errors.isEmpty(), () -> "strict reading says "
          + readerAccepts + ", the schema says " + errors + "\n" + text);
      if (readerAccepts) {
        accepted.incrementAndGet();
      } else {
        rejected.incrementAndGet();
        assertTrue(errors.stream().allMatch(e -> e.getKeyword().equals("additionalProperties")),
            () -> "only unknown properties may be rejected: " + errors);
      }
    });
    assertTrue(accepted.get() > 100 && rejected.get() > 50,
        accepted + " accepted, " + rejected + " rejected");
  }

  @Test
  void schemaAcceptsTheExampleFiles() {
    String minimal = """
        {"formatVersion": "2.0", "id": "d1", "title": "T", "language": "en"}
        """;
    assertTrue(validate(minimal).isEmpty(), validate(minimal).toString());
    assertTrue(validate(ReadingTest.FIVE_PROBLEMS.replace("\"countries\": \"AM\"",
        "\"countries\": [\"AM\"]").replace("[11, 24]", "[11]").replace("{\"kind\": \"concern\"}",
        "{\"kind\": \"concern\", \"text\": \"t\"}").replace("human-right", "human-rights")
        .replace(",\n  \"id\": \"again\"", "")).isEmpty());
    String newer = minimal.replace("\"2.0\"", "\"2.7\"");
    assertTrue(validate(newer).isEmpty(), "a newer minor version is valid");
  }

  static Stream<Arguments> brokenFiles() {
    String head = "{\"formatVersion\": \"2.0\", \"id\": \"d1\", \"title\": \"T\", \"language\": \"en\"";
    return Stream.of(
        Arguments.of("wrong type", head + ", \"contributors\": \"UNHCR\"}"),
        Arguments.of("null value", head + ", \"url\": null}"),
        Arguments.of("missing property", head + ", \"sections\": [{\"id\": \"s\"}]}"),
        Arguments.of("unknown property", head + ", \"titel\": \"x\"}"),
        Arguments.of("objective 24", head + ", \"figures\": [{\"id\": \"f\", \"value\": 1,"
            + " \"unit\": \"u\", \"description\": \"d\", \"objectives\": [24]}]}"),
        Arguments.of("objective 0", head + ", \"figures\": [{\"id\": \"f\", \"value\": 1,"
            + " \"unit\": \"u\", \"description\": \"d\", \"objectives\": [0]}]}"),
        Arguments.of("unknown principle", head + ", \"sections\": [{\"id\": \"s\", \"heading\":"
            + " \"h\", \"practices\": [{\"id\": \"p\", \"title\": \"t\", \"description\": \"d\","
            + " \"principles\": [\"kindness\"]}]}]}"),
        Arguments.of("lower-case country", head + ", \"contributors\": [{\"countries\": [\"gb\"]}]}"),
        Arguments.of("invalid date", head + ", \"date\": \"2020-13\"}"),
        Arguments.of("date with time", head + ", \"date\": \"2020-11-12T10:00\"}"),
        Arguments.of("missing formatVersion", head.replace("\"formatVersion\": \"2.0\", ", "") + "}"),
        Arguments.of("numeric formatVersion", head.replace("\"2.0\"", "2.0") + "}"),
        Arguments.of("format 3.0", head.replace("\"2.0\"", "\"3.0\"") + "}"),
        Arguments.of("unknown finding kind", head + ", \"sections\": [{\"id\": \"s\", \"heading\":"
            + " \"h\", \"findings\": [{\"text\": \"t\", \"kind\": \"rumour\"}]}]}"),
        Arguments.of("review without process", head + ", \"review\": {\"title\": \"t\"}}"),
        Arguments.of("boolean as string", head + ", \"references\": [{\"id\": \"r\", \"title\":"
            + " \"t\", \"forthcoming\": \"yes\"}]}"),
        Arguments.of("five problems", ReadingTest.FIVE_PROBLEMS),
        Arguments.of("a list, not a document", "[" + head + "}]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void schemaRejectsBrokenFilesThatStrictReadingRejects(String name, String json) {
    assertFalse(GcmJson.strict().readJson(json).isValid(), name + " must be rejected by the reader");
    assertFalse(validate(json).isEmpty(), name + " must be rejected by the schema");
  }

  private static final String HEAD =
      "{\"formatVersion\": \"2.0\", \"id\": \"d1\", \"title\": \"T\", \"language\": \"en\"";

  /** Asserts both directions: reader-valid implies schema-valid, schema-valid implies no error. */
  private static void assertAgree(String json) {
    ReadResult<StakeholderInput> read = GcmJson.strict().readJson(json);
    List<Error> errors = validate(json);
    if (read.isValid()) {
      assertTrue(errors.isEmpty(), () -> "the reader accepts, the schema rejects: " + errors
          + "\n" + json);
    }
    if (errors.isEmpty()) {
      assertTrue(read.isValid(), () -> "the schema accepts, the reader rejects: "
          + read.getReport().getProblems() + "\n" + json);
    }
  }

  static Stream<Arguments> edgeCases() {
    Stream<String> countries = Stream.of("UK", "ZZ", "XK", "EU", "AA", "QM", "XA", "GB", "AM",
        "SS", "gb", "Gb", "G", "GBR", "", "G B", "GB ");
    Stream<String> dates = Stream.of("2021-02-29", "2020-02-29", "2100-02-29", "2000-02-29",
        "1900-02-29", "2400-02-29", "0004-02-29", "0400-02-29", "0100-02-29", "0000-02-29",
        "2021-02-28", "2021-04-31", "2021-04-30", "2021-06-31", "2021-09-31", "2021-11-31",
        "2021-01-31", "2021-03-31", "2021-05-31", "2021-07-31", "2021-08-31", "2021-10-31",
        "2021-12-31", "2021-12-32", "2021-01-00", "0000", "0000-01", "0000-01-01", "0001",
        "0001-01-01", "9999-12-31", "10000", "2021-00", "2021-13", "2021-1-01", "2021-01-1",
        "202", "20210", "", " 2021", "2021 ", "2021-02-29T00:00", "+2021", "-2021");
    return Stream.concat(
        countries.map(c -> Arguments.of("country " + c,
            HEAD + ", \"contributors\": [{\"countries\": [\"" + c + "\"]}]}")),
        dates.map(d -> Arguments.of("date " + d, HEAD + ", \"date\": \"" + d + "\"}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edgeCases")
  void schemaAndReaderAgreeInBothDirectionsOnEdgeCases(String name, String json) {
    assertAgree(json);
  }

  @Test
  void schemaRejectsWhatTheReaderRejectsForEveryTwoLetterCode() {
    int accepted = 0;
    for (char a = 'A'; a <= 'Z'; a++) {
      for (char b = 'A'; b <= 'Z'; b++) {
        String json = HEAD + ", \"contributors\": [{\"countries\": [\"" + a + b + "\"]}]}";
        assertAgree(json);
        accepted += validate(json).isEmpty() ? 1 : 0;
      }
    }
    assertEquals(Country.all().size(), accepted);
  }

  /** Dates of any shape near the ends of months, in leap and common years and centuries. */
  private static final Gen<String> DATES = source -> {
    int year = switch (source.nextInt(4)) {
      case 0 -> source.between(0, 9999);
      case 1 -> 4 * source.between(0, 2499);
      case 2 -> 100 * source.between(0, 99);
      default -> 400 * source.between(0, 24);
    };
    String text = String.format(Locale.ROOT, "%04d", year);
    if (source.chance(0.9)) {
      text += String.format(Locale.ROOT, "-%02d", source.between(0, 13));
      if (source.chance(0.9)) {
        text += String.format(Locale.ROOT, "-%02d",
            source.chance(0.7) ? source.between(27, 32) : source.between(0, 32));
      }
    }
    return text;
  };

  @Test
  void schemaAndReaderAgreeInBothDirectionsOnGeneratedDocumentsWithAnyDatesAndCodes() {
    int[] rejected = new int[1];
    List<String> codes = new ArrayList<>();
    for (char a = 'A'; a <= 'Z'; a++) {
      for (char b = 'A'; b <= 'Z'; b++) {
        codes.add("" + a + b);
      }
    }
    Gen<String> texts = source -> {
      StakeholderInput document = GcmGenerators.anyDocuments(true).next(source)
          .withDate(Optional.empty()).withContributors(List.of());
      String text = GcmJson.standard().write(document);
      String date = DATES.next(source);
      String country = source.pick(codes);
      // The date after the language, where the canonical order puts it; the country at the end.
      int language = text.indexOf("\n  \"language\": ");
      int lineEnd = text.indexOf('\n', language + 1);
      int afterLanguage = text.charAt(lineEnd - 1) == ',' ? lineEnd - 1 : lineEnd;
      return text.substring(0, afterLanguage) + ",\n  \"date\": \"" + date + "\""
          + text.substring(afterLanguage, text.lastIndexOf('}') - 1)
          + ",\n  \"contributors\": [{\"countries\": [\"" + country + "\"]}]\n}\n";
    };
    Properties.forAll(texts, 300, 11L, text -> {
      assertAgree(text);
      if (!GcmJson.strict().readJson(text).isValid()) {
        rejected[0]++;
      }
    });
    assertTrue(rejected[0] > 50, rejected[0] + " rejected");
  }
}
