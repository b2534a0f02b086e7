package io.github.gcmsdk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gcmsdk.cli.Options.Language;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.StakeholderGroup;
import io.github.gcmsdk.cli.Options.ProfileName;
import io.github.gcmsdk.coverage.Coverage;
import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.problem.Severity;
import io.github.gcmsdk.spreadsheet.GcmSpreadsheet;
import io.github.gcmsdk.spreadsheet.ImportResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Checks one uploaded file for {@code gcm serve}, in memory, with what the commands use: {@link
 * Checker} (reading and validation, as {@code gcm validate}), gcm-spreadsheet's import for a
 * workbook (as {@code gcm import}, {@link ImportCommand#result}), {@link Acceptance} (the accepted
 * and rejected documents of {@code --accepted/--rejected}), {@link SummaryCommand#count} (the
 * coverage summary of {@code gcm summary}), and the report printers of {@code --format json}
 * and {@code sarif}. The answer is one JSON object:
 *
 * <pre>{@code
 * {"name": "...", "valid": true, "errors": 0, "warnings": 0, "infos": 0, "documents": 1,
 *  "report": "<gcm validate --format json>", "sarif": "<... --format sarif>",
 *  "coverage": "<gcm summary --format json>", "accepted": "<JSON Lines>",
 *  "rejectedBase64": "<JSON Lines, Base64>", "acceptedCount": 1, "rejectedCount": 0,
 *  "objectives": [{"code", "title"}...], "stakeholderGroups": [...], "warningsOfSorting": []}
 * }</pre>
 *
 * <p>The reports are strings, each the very text the command writes, so that a download is the
 * same file as the command's output.
 */
final class WebCheck {

  private final boolean strict;

  WebCheck(boolean strict) {
    this.strict = strict;
  }

  /**
   * A name for an uploaded file: its last path segment (a browser sends no directory, a hand
   * made request might), at most 255 characters; {@code upload.json} if nothing is left.
   */
  static String fileName(String given) {
    String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
    if (name.codePointCount(0, name.length()) > 255) {
      name = name.substring(0, name.offsetByCodePoints(0, 255));
    }
    return name.isBlank() || name.equals(".") || name.equals("..") ? "upload.json" : name;
  }

  /**
   * Whether an upload is a spreadsheet (an XLSX workbook, or a zip of its sheets as CSV): named
   * so, or a zip (whose first bytes no JSON file has).
   */
  static boolean isWorkbook(String name, byte[] bytes) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xlsx") || lower.endsWith(".zip") || bytes.length >= 4
        && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  }

  /** Checks the bytes of a file named {@code name}; answers as described above. */
  String check(String name, byte[] bytes, ProfileName profile, Language language) {
    InputFiles.Input input = InputFiles.Input.inMemory(name, bytes);
    Checker checker = Checker.create(strict, profile, language.locale());
    ByteArrayOutputStream accepted = new ByteArrayOutputStream();
    ByteArrayOutputStream rejected = new ByteArrayOutputStream();
    Acceptance acceptance = Acceptance.inMemory(checker.json(), accepted, rejected);
    Coverage.Builder coverage = Coverage.builder();
    List<CoveragePrinter.NotCounted> notCounted = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    FileResult result;
    boolean workbook = isWorkbook(name, bytes);
    if (workbook) {
      // as gcm import does; the document imported is the accepted one, in canonical form
      ImportResult imported = GcmSpreadsheet.of(checker.json()).importWorkbook(bytes);
      result = ImportCommand.result(input, imported, checker.validator());
      if (imported.getDocument().isPresent()) {
        coverage.add(imported.getDocument().get());
        if (result.isValid()) {
          checker.json().writeCollection(List.of(imported.getDocument().get()), accepted,
              CollectionFormat.JSON_LINES);
        }
      } else {
        long errors = result.count(Severity.ERROR);
        notCounted.add(new CoveragePrinter.NotCounted(name, null,
            errors + (errors == 1 ? " import error" : " import errors")));
      }
    } else {
      try {
        result = checker.sort(input, acceptance, warnings::add, document ->
            SummaryCommand.count(coverage, input, document).ifPresent(notCounted::add));
      } catch (IOException e) {
        throw new UncheckedIOException(e); // bytes in memory: not expected
      }
    }
    StringWriter report = new StringWriter();
    ValidationPrinter.json(List.of(result), List.of(), new PrintWriter(report));
    StringWriter sarif = new StringWriter();
    SarifPrinter.print(List.of(result), List.of(), profile, language.locale(),
        new PrintWriter(sarif));
    StringWriter counts = new StringWriter();
    CoveragePrinter.json(coverage.build(), notCounted, new PrintWriter(counts));

    StringWriter answer = new StringWriter();
    try (JsonGenerator json = Json.generator(answer)) {
      json.writeStartObject();
      json.writeStringField("name", name);
      json.writeBooleanField("valid", result.isValid());
      json.writeNumberField("errors", result.count(Severity.ERROR));
      json.writeNumberField("warnings", result.count(Severity.WARNING));
      json.writeNumberField("infos", result.count(Severity.INFO));
      json.writeNumberField("documents", result.documents().orElse(1));
      json.writeStringField("report", report.toString());
      json.writeStringField("sarif", sarif.toString());
      json.writeStringField("coverage", counts.toString());
      json.writeStringField("accepted", accepted.toString(StandardCharsets.UTF_8));
      // as read, byte for byte (not always UTF-8): in Base64
      json.writeStringField("rejectedBase64",
          Base64.getEncoder().encodeToString(rejected.toByteArray()));
      json.writeBooleanField("workbook", workbook);
      json.writeNumberField("acceptedCount", workbook ? (accepted.size() > 0 ? 1 : 0)
          : acceptance.acceptedCount());
      json.writeNumberField("rejectedCount", workbook ? 0 : acceptance.rejectedCount());
      // the whole catalogue, so that the chart shows what no document covers too
      json.writeArrayFieldStart("objectives");
      for (Objective objective : Objective.values()) {
        json.writeStartObject();
        json.writeStringField("code", objective.getCode());
        json.writeStringField("title", objective.getShortLabel());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("stakeholderGroups");
      for (StakeholderGroup group : StakeholderGroup.values()) {
        json.writeStartObject();
        json.writeStringField("code", group.getCode());
        json.writeStringField("title", group.getTitle());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("warningsOfSorting");
      for (String warning : warnings) {
        json.writeString(warning);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return answer.toString();
  }
}
