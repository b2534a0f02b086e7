package io.github.gcmsdk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gcmsdk.problem.Location;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Prints what {@code validate} found, as text or JSON. */
final class ValidationPrinter {

  private ValidationPrinter() {}

  /**
   * One line per problem, {@code path:line:column: severity code message}. A problem without a
   * line (found after reading, in no file position) prints
   * {@code path: severity code message (at pointer)}, "at" in the language of {@code messages}.
   */
  static void problems(FileResult result, CliMessages messages, PrintWriter out) {
    for (FileResult.Entry entry : result.entries()) {
      out.println(line(result.path(), entry.problem(), messages));
    }
  }

  /** The summary line of the text output: {@code 2 files, 1 valid, 3 errors, 1 warning}. */
  static void summary(List<FileResult> results, CliMessages messages, PrintWriter out) {
    out.println(messages.format(
        "validate.summary",
        results.size(),
        results.stream().filter(FileResult::isValid).count(),
        total(results, Severity.ERROR),
        total(results, Severity.WARNING)));
  }

  /** One problem's line, in English. */
  static String line(String path, Problem problem) {
    return line(path, problem, new CliMessages(Locale.ENGLISH));
  }

  /**
   * One problem's line; the severity stays an English word, like the code, for tools to parse.
   */
  static String line(String path, Problem problem, CliMessages messages) {
    Location location = problem.getLocation();
    StringBuilder line = new StringBuilder(path);
    if (location.getLine().isPresent()) {
      line.append(':').append(location.getLine().getAsInt())
          .append(':').append(location.getColumn().getAsInt());
    }
    line.append(": ")
        .append(problem.getSeverity().name().toLowerCase(Locale.ROOT)).append(' ')
        .append(problem.getCode()).append(' ')
        .append(oneLine(problem.getMessage()));
    if (location.getLine().isEmpty()) {
      line.append(' ').append(messages.format("validate.at",
          location.getPointer().isEmpty() ? "/" : location.getPointer()));
    }
    return line.toString();
  }

  /**
   * {@code {"files":[{"path","valid","problems":[...]}],"summary":{...}}}; a problem carries
   * {@code severity}, {@code code}, {@code message}, {@code pointer}, and {@code line},
   * {@code column} and {@code hint} when known; in a file of several documents (JSON Lines, a
   * JSON array) also {@code document}, the position of its document counted from 0.
   */
  static void json(List<FileResult> results, PrintWriter out) {
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("files");
      for (FileResult result : results) {
        json.writeStartObject();
        json.writeStringField("path", result.path());
        json.writeBooleanField("valid", result.isValid());
        json.writeArrayFieldStart("problems");
        for (FileResult.Entry entry : result.entries()) {
          Problem problem = entry.problem();
          Location location = problem.getLocation();
          json.writeStartObject();
          if (entry.index().isPresent()) {
            json.writeNumberField("document", entry.index().getAsInt());
          }
          json.writeStringField("severity", problem.getSeverity().name());
          json.writeStringField("code", problem.getCode());
          json.writeStringField("message", problem.getMessage());
          json.writeStringField("pointer", location.getPointer());
          if (location.getLine().isPresent()) {
            json.writeNumberField("line", location.getLine().getAsInt());
            json.writeNumberField("column", location.getColumn().getAsInt());
          }
          if (problem.getHint().isPresent()) {
            json.writeStringField("hint", problem.getHint().get());
          }
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeObjectFieldStart("summary");
      json.writeNumberField("files", results.size());
      json.writeNumberField("valid", results.stream().filter(FileResult::isValid).count());
      json.writeNumberField("errors", total(results, Severity.ERROR));
      json.writeNumberField("warnings", total(results, Severity.WARNING));
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  private static long total(List<FileResult> results, Severity severity) {
    return results.stream().mapToLong(r -> r.count(severity)).sum();
  }

  /** Keeps one problem on one line, whatever its message holds. */
  private static String oneLine(String message) {
    return message.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
