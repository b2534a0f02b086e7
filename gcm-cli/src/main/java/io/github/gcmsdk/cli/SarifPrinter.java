package io.github.gcmsdk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gcmsdk.cli.Options.ProfileName;
import io.github.gcmsdk.io.ReadProblem;
import io.github.gcmsdk.problem.Location;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import io.github.gcmsdk.spreadsheet.SpreadsheetProblem;
import io.github.gcmsdk.validation.Profile;
import io.github.gcmsdk.validation.ValidationRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report of {@code validate} as SARIF 2.1.0 (the Static Analysis Results Interchange Format,
 * which code hosts and CI systems show as annotations): one run, whose tool lists a rule for
 * every code gcm can report (gcm-io's {@code GCM-J...}, gcm-validation's {@code GCM-V...}), and
 * one result per problem, located by file, line and column, and by JSON Pointer as a logical
 * location. Files that could not be read are notifications of the invocation.
 *
 * <p>Written with the JSON writer of the other reports ({@link Json}): valid JSON whatever the
 * file names, every control character escaped.
 */
final class SarifPrinter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/gcm-sdk/gcm-sdk";
  /** The base of relative artifact URIs: the working directory. */
  private static final String BASE = "WORKDIR";

  private SarifPrinter() {}

  /** One rule of the tool's list. */
  private record Rule(String id, String description, String help, Severity level) {}

  /**
   * Every code gcm can report, in the order reading reports them, then the rules: their
   * descriptions and hints in the language of the messages, their level the default of the
   * profile.
   */
  static Map<String, Rule> rules(ProfileName profile, Locale locale) {
    Map<String, Rule> rules = new LinkedHashMap<>();
    for (ReadProblem problem : ReadProblem.values()) {
      rules.put(problem.getCode(), new Rule(problem.getCode(), problem.getExplanation(locale),
          problem.getHint(locale), problem.getDefaultSeverity()));
    }
    for (SpreadsheetProblem problem : SpreadsheetProblem.values()) {
      rules.put(problem.getCode(), new Rule(problem.getCode(), problem.getExplanation(locale),
          problem.getHint(locale), problem.getSeverity()));
    }
    Profile chosen = profile == ProfileName.DRAFT ? Profile.DRAFT : Profile.PUBLICATION;
    for (ValidationRule rule : ValidationRule.values()) {
      rules.put(rule.getCode(), new Rule(rule.getCode(), rule.getExplanation(),
          rule.getHint(locale), rule.getDefaultSeverity(chosen)));
    }
    return rules;
  }

  static void print(List<FileResult> results, List<InputFiles.Failure> unreadable,
      ProfileName profile, Locale locale, PrintWriter out) {
    Path directory = Path.of("").toAbsolutePath();
    Map<String, Rule> rules = rules(profile, locale);
    List<String> ids = List.copyOf(rules.keySet());
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      json.writeObjectFieldStart("tool");
      json.writeObjectFieldStart("driver");
      json.writeStringField("name", "gcm");
      json.writeStringField("version", VersionProvider.version());
      json.writeStringField("informationUri", INFORMATION_URI);
      json.writeArrayFieldStart("rules");
      for (Rule rule : rules.values()) {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeObjectFieldStart("shortDescription");
        json.writeStringField("text", rule.description());
        json.writeEndObject();
        json.writeObjectFieldStart("help");
        json.writeStringField("text", rule.help());
        json.writeEndObject();
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(rule.level()));
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.writeObjectFieldStart("originalUriBaseIds");
      json.writeObjectFieldStart(BASE);
      json.writeStringField("uri", fileUri(directory) + "/");
      json.writeEndObject();
      json.writeEndObject();
      json.writeArrayFieldStart("invocations");
      json.writeStartObject();
      json.writeBooleanField("executionSuccessful", unreadable.isEmpty());
      json.writeArrayFieldStart("toolExecutionNotifications");
      for (InputFiles.Failure failure : unreadable) {
        json.writeStartObject();
        json.writeStringField("level", "error");
        json.writeObjectFieldStart("message");
        json.writeStringField("text", failure.name() + ": " + failure.reason());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        artifact(json, Path.of(""), failure.name(), directory);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeArrayFieldStart("results");
      for (FileResult result : results) {
        for (FileResult.Entry entry : result.entries()) {
          result(json, result, entry, ids, directory);
        }
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  private static void result(JsonGenerator json, FileResult result, FileResult.Entry entry,
      List<String> ids, Path directory) throws IOException {
    Problem problem = entry.problem();
    Location location = problem.getLocation();
    json.writeStartObject();
    json.writeStringField("ruleId", problem.getCode());
    int index = ids.indexOf(problem.getCode());
    if (index >= 0) {
      json.writeNumberField("ruleIndex", index);
    }
    json.writeStringField("level", level(problem.getSeverity()));
    json.writeObjectFieldStart("message");
    json.writeStringField("text", problem.getMessage());
    json.writeEndObject();
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    artifact(json, result.input().path(), result.name(), directory);
    if (location.getLine().isPresent()) {
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", location.getLine().getAsInt());
      if (location.getColumn().isPresent()) {
        json.writeNumberField("startColumn", location.getColumn().getAsInt());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
    if (!location.getPointer().isEmpty()) {
      json.writeArrayFieldStart("logicalLocations");
      json.writeStartObject();
      json.writeStringField("fullyQualifiedName", location.getPointer());
      json.writeStringField("kind", "value");
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeEndObject();
    json.writeEndArray();
    if (entry.index().isPresent() || problem.getHint().isPresent()
        || location.getCell().isPresent()) {
      json.writeObjectFieldStart("properties");
      if (entry.index().isPresent()) {
        json.writeNumberField("document", entry.index().getAsInt());
      }
      // SARIF regions are lines and columns of text: a spreadsheet cell goes in a property bag.
      if (location.getCell().isPresent()) {
        json.writeStringField("cell", location.getCell().get());
      }
      if (problem.getHint().isPresent()) {
        json.writeStringField("hint", problem.getHint().get());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /**
   * {@code artifactLocation}: the file relative to the working directory (base {@value #BASE})
   * when it lies under it, otherwise an absolute {@code file:} URI; the name as given in
   * {@code description}.
   */
  private static void artifact(JsonGenerator json, Path path, String name, Path directory)
      throws IOException {
    Path file;
    try {
      file = (path.toString().isEmpty() ? Path.of(name) : path).toAbsolutePath().normalize();
    } catch (RuntimeException e) { // a name that is no path here: keep its text only
      file = null;
    }
    json.writeObjectFieldStart("artifactLocation");
    if (file != null && file.startsWith(directory) && !file.equals(directory)) {
      json.writeStringField("uri", encode(directory.relativize(file)));
      json.writeStringField("uriBaseId", BASE);
    } else if (file != null) {
      json.writeStringField("uri", fileUri(file));
    }
    json.writeObjectFieldStart("description");
    json.writeStringField("text", name);
    json.writeEndObject();
    json.writeEndObject();
  }

  private static String fileUri(Path absolute) {
    String encoded = encode(absolute.getRoot() == null ? absolute : absolute.getRoot()
        .relativize(absolute));
    String root = absolute.getRoot() == null ? "" : absolute.getRoot().toString()
        .replace('\\', '/');
    // "/" on Unix; "C:/" on Windows, which a file URI writes as "/C:/"
    String prefix = root.startsWith("/") ? root : "/" + root;
    return "file://" + encode(prefix, true) + encoded;
  }

  /** A relative path as a URI reference: its names joined by '/', each percent-encoded. */
  static String encode(Path relative) {
    StringBuilder uri = new StringBuilder();
    for (Path name : relative) {
      if (uri.length() > 0) {
        uri.append('/');
      }
      uri.append(encode(name.toString(), false));
    }
    return uri.toString();
  }

  /**
   * Percent-encodes the UTF-8 bytes of a text, keeping RFC 3986's unreserved characters (and
   * '/' and ':' if asked, for a root such as {@code /C:/}); a lone surrogate becomes '?' as the
   * encoder makes it, which the description of the location still shows escaped.
   */
  private static String encode(String text, boolean keepSlashAndColon) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'
          || c == '.' || c == '_' || c == '~' || keepSlashAndColon && (c == '/' || c == ':')) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /** SARIF's level for a severity: {@code error}, {@code warning}, {@code note}. */
  static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }
}
