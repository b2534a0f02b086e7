package io.github.gcmsdk.cli;

import io.github.gcmsdk.problem.Excerpt;
import io.github.gcmsdk.problem.Location;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The report of {@code validate} as JUnit XML, the format of Ant and Maven Surefire that CI
 * systems show as test results: {@code testsuites}, one {@code testsuite} per file, one
 * {@code testcase} per file of one document or per document of a collection ({@code document 1},
 * {@code document 2}...: names that stay the same from run to run). A test case with errors has
 * one {@code failure} listing every error ({@code code line:column pointer message}); warnings
 * and infos go to its {@code system-out}. A file that could not be read is a suite whose one case
 * has an {@code error}.
 *
 * <p>Written with the JDK's {@link XMLStreamWriter}, which escapes markup; file names and pointers
 * are escaped as {@link Excerpt} escapes them, and any character that XML 1.0 cannot carry that
 * is still left becomes a visible {@code \}{@code uXXXX}: the report is well-formed XML whatever
 * the names.
 */
final class JUnitPrinter {

  private JUnitPrinter() {}

  /** A test case: its name, and the problems of its document. */
  private record Case(String name, List<Problem> problems) {
    long errors() {
      return problems.stream().filter(p -> p.getSeverity() == Severity.ERROR).count();
    }
  }

  static void print(List<FileResult> results, List<InputFiles.Failure> unreadable,
      PrintWriter out) {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      long tests = unreadable.size();
      long failures = 0;
      List<List<Case>> suites = new ArrayList<>();
      for (FileResult result : results) {
        List<Case> cases = cases(result);
        suites.add(cases);
        tests += cases.size();
        failures += cases.stream().filter(c -> c.errors() > 0).count();
      }
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "gcm validate");
      xml.writeAttribute("tests", Long.toString(tests));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", Integer.toString(unreadable.size()));
      xml.writeCharacters("\n");
      for (int i = 0; i < results.size(); i++) {
        suite(xml, results.get(i).path(), suites.get(i));
      }
      for (InputFiles.Failure failure : unreadable) {
        String name = InputFiles.display(failure.name());
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", safe(name));
        xml.writeAttribute("tests", "1");
        xml.writeAttribute("failures", "0");
        xml.writeAttribute("errors", "1");
        xml.writeAttribute("skipped", "0");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", safe(name));
        xml.writeAttribute("name", safe(name));
        xml.writeEmptyElement("error");
        xml.writeAttribute("type", "unreadable");
        xml.writeAttribute("message", safe(failure.reason()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close(); // does not close the underlying writer
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The test cases of a file: the file itself, or each document of a collection. */
  private static List<Case> cases(FileResult result) {
    if (result.documents().isEmpty()) {
      List<Problem> problems = new ArrayList<>();
      result.entries().forEach(e -> problems.add(e.problem()));
      return List.of(new Case(result.path(), problems));
    }
    TreeMap<Integer, List<Problem>> byDocument = new TreeMap<>();
    for (FileResult.Entry entry : result.entries()) {
      byDocument.computeIfAbsent(entry.index().orElse(0), i -> new ArrayList<>())
          .add(entry.problem());
    }
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < result.documents().getAsInt(); i++) {
      cases.add(new Case("document " + (i + 1), byDocument.getOrDefault(i, List.of())));
    }
    return cases;
  }

  private static void suite(XMLStreamWriter xml, String file, List<Case> cases)
      throws XMLStreamException {
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", safe(file));
    xml.writeAttribute("tests", Integer.toString(cases.size()));
    xml.writeAttribute("failures",
        Long.toString(cases.stream().filter(c -> c.errors() > 0).count()));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", "0");
    xml.writeCharacters("\n");
    for (Case c : cases) {
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", safe(file));
      xml.writeAttribute("name", safe(c.name()));
      List<Problem> errors = new ArrayList<>();
      StringBuilder others = new StringBuilder();
      for (Problem problem : c.problems()) {
        if (problem.getSeverity() == Severity.ERROR) {
          errors.add(problem);
        } else {
          others.append(problem.getSeverity().name().toLowerCase(Locale.ROOT)).append(' ')
              .append(line(problem)).append('\n');
        }
      }
      if (!errors.isEmpty()) {
        xml.writeStartElement("failure");
        xml.writeAttribute("type", errors.get(0).getCode());
        xml.writeAttribute("message", safe(errors.size() == 1 ? errors.get(0).getMessage()
            : errors.size() + " errors, the first: " + errors.get(0).getMessage()));
        StringBuilder text = new StringBuilder("\n");
        errors.forEach(p -> text.append(line(p)).append('\n'));
        xml.writeCharacters(safe(text.toString()));
        xml.writeEndElement();
      }
      if (others.length() > 0) {
        xml.writeStartElement("system-out");
        xml.writeCharacters(safe("\n" + others));
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
    }
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  /** {@code GCM-J014 28:11 /sections/0 message}; the pointer escaped (it holds partner names). */
  private static String line(Problem problem) {
    Location location = problem.getLocation();
    StringBuilder line = new StringBuilder(problem.getCode());
    if (location.getLine().isPresent()) {
      line.append(' ').append(location.getLine().getAsInt());
      location.getColumn().ifPresent(c -> line.append(':').append(c));
    }
    location.getCell().ifPresent(cell -> line.append(' ').append(Excerpt.escape(cell)));
    if (!location.getPointer().isEmpty()) {
      line.append(' ').append(Excerpt.escape(location.getPointer()));
    }
    return line.append(' ').append(problem.getMessage()).toString();
  }

  /**
   * The text with every character that XML 1.0 cannot carry (controls other than tab, line
   * feed and carriage return; lone surrogates; U+FFFE, U+FFFF) as a visible {@code \}{@code
   * uXXXX}. Names and messages come escaped already; this is the last guard.
   */
  static String safe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
          || c >= 0xE000 && c <= 0xFFFD) {
        out.append(c);
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return out.toString();
  }
}
