package io.github.gcmsdk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gcmsdk.problem.Excerpt;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Prints what {@code validate} found, as text or JSON. */
final class ValidationPrinter {

  private ValidationPrinter() {}

  /**
   * One line per problem, {@code path:line:column: severity code message}. A problem without a
   * line (found after reading, in no file position) prints
   * {@code path: severity code message (at pointer)}.
   */
  static void problems(FileResult result, PrintWriter out) {
    for (FileResult.Entry entry : result.entries()) {
      out.println(line(result.path(), entry.problem()));
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

  /**
   * One problem's line: the model's own format, {@link Problem#toLine(String)}.
   *
   * @param path the file's name, already made safe to print ({@link InputFiles.Input#display()})
   */
  static String line(String path, Problem problem) {
    return problem.toLine(path);
  }

  /**
   * {@code {"files":[{"path","valid","problems":[...]}],"unreadable":[{"path","reason"}],
   * "summary":{...}}}; {@code unreadable} lists the arguments, directories and files that could not
   * be read (missing, no permission, out of memory...), and a problem carries
   * {@code severity}, {@code code}, {@code message}, {@code pointer}, and {@code line},
   * {@code column} and {@code hint} when known; in a file of several documents (JSON Lines, a
   * JSON array) also {@code document}, the position of its document counted from 0. Path and
   * pointer are written exactly (a tool can open the file, resolve the pointer), and, like every
   * string of the report, with controls, bidirectional controls and surrogates as
   * {@code \}{@code uXXXX} escapes (see {@link Json}): the report is safe to print as it is.
   */
  static void json(List<FileResult> results, List<InputFiles.Failure> unreadable,
      PrintWriter out) {
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("files");
      for (FileResult result : results) {
        json.writeStartObject();
        json.writeStringField("path", result.name());
        json.writeBooleanField("valid", result.isValid());
        json.writeArrayFieldStart("problems");
        for (FileResult.Entry entry : result.entries()) {
          Problem problem = entry.problem();
          json.writeStartObject();
          if (entry.index().isPresent()) {
            json.writeNumberField("document", entry.index().getAsInt());
          }
          for (Map.Entry<String, Object> member : problem.toJsonMembers().entrySet()) {
            if (member.getValue() instanceof Integer) {
              json.writeNumberField(member.getKey(), (Integer) member.getValue());
            } else {
              json.writeStringField(member.getKey(), (String) member.getValue());
            }
          }
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("unreadable");
      for (InputFiles.Failure failure : unreadable) {
        json.writeStartObject();
        json.writeStringField("path", failure.name());
        json.writeStringField("reason", failure.reason());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeObjectFieldStart("summary");
      json.writeNumberField("files", results.size());
      json.writeNumberField("valid", results.stream().filter(FileResult::isValid).count());
      json.writeNumberField("errors", total(results, Severity.ERROR));
      json.writeNumberField("warnings", total(results, Severity.WARNING));
      json.writeNumberField("unreadable", unreadable.size());
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
}
