package io.github.gcmsdk.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The README's code snippets are the examples' code, word for word, so they compile and run. */
class ReadmeSnippetsTest {

  private static final Path SOURCES = Path.of("src/main/java/io/github/gcmsdk/examples");
  private static final Path README = Path.of("../README.md");
  private static final Pattern SNIPPET = Pattern.compile(
      "// START SNIPPET: ([\\w-]+)\\n(.*?)\\n[ \\t]*// END SNIPPET: \\1", Pattern.DOTALL);

  @Test
  void everySnippetTheReadmeQuotesIsTheExamplesCodeWordForWord() throws IOException {
    List<String> quoted = new ArrayList<>();
    for (Snippet snippet : snippets()) {
      if (README_TEXT.contains(snippet.code)) {
        quoted.add(snippet.name);
      } else {
        assertFalse(README_TEXT.contains("snippet `" + snippet.name + "`"),
            "README names snippet " + snippet.name + " but does not quote it as in " + snippet.file);
      }
    }
    assertTrue(quoted.containsAll(List.of("catalogues", "build-document", "read", "write-string",
        "validate", "validate-collection")), "README quotes " + quoted);
  }

  /** A reader copies a block whole: what it uses must be imported in the same block. */
  @Test
  void everyQuotedSnippetShowsTheImportsOfWhatItUses() throws IOException {
    for (Snippet snippet : quotedSnippets()) {
      String block = enclosingBlock(snippet);
      for (String imported : snippet.imports) {
        String simpleName = imported.substring(imported.lastIndexOf('.') + 1);
        if (Pattern.compile("\\b" + simpleName + "\\b").matcher(snippet.code).find()) {
          assertTrue(block.contains("import " + imported + ";"),
              "README's block of snippet " + snippet.name + " uses " + simpleName
                  + " but does not import " + imported);
        }
      }
    }
  }

  /** README snippets must stand on their own: no class of this examples module in them. */
  @Test
  void noQuotedSnippetUsesAClassOfTheExamplesModule() throws IOException {
    List<String> exampleClasses = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".java") && !n.equals("package-info.java"))
          .forEach(n -> exampleClasses.add(n.substring(0, n.length() - ".java".length())));
    }
    for (Snippet snippet : quotedSnippets()) {
      for (String exampleClass : exampleClasses) {
        assertFalse(Pattern.compile("\\b" + exampleClass + "\\b").matcher(snippet.code).find(),
            "README snippet " + snippet.name + " uses " + exampleClass
                + ", a class of the examples module that users do not have");
      }
    }
  }

  private static final String README_TEXT = readme();
  private static final Pattern IMPORT = Pattern.compile("^import ([\\w.]+);$", Pattern.MULTILINE);

  private static String readme() {
    try {
      return Files.readString(README, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A snippet of an example: its name, code and the imports of its file. */
  private static final class Snippet {
    final Path file;
    final String name;
    final String code;
    final List<String> imports;

    Snippet(Path file, String name, String code, List<String> imports) {
      this.file = file;
      this.name = name;
      this.code = code;
      this.imports = imports;
    }
  }

  private static List<Snippet> snippets() throws IOException {
    List<Snippet> snippets = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        List<String> imports = new ArrayList<>();
        Matcher i = IMPORT.matcher(source);
        while (i.find()) {
          imports.add(i.group(1));
        }
        Matcher m = SNIPPET.matcher(source);
        while (m.find()) {
          snippets.add(new Snippet(file, m.group(1), m.group(2).stripIndent(), imports));
        }
      }
    }
    return snippets;
  }

  private static List<Snippet> quotedSnippets() throws IOException {
    List<Snippet> quoted = new ArrayList<>();
    for (Snippet snippet : snippets()) {
      if (README_TEXT.contains(snippet.code)) {
        quoted.add(snippet);
      }
    }
    return quoted;
  }

  /** The fenced code block of README that holds the snippet. */
  private static String enclosingBlock(Snippet snippet) {
    int at = README_TEXT.indexOf(snippet.code);
    int start = README_TEXT.lastIndexOf("```", at);
    int end = README_TEXT.indexOf("```", at + snippet.code.length());
    assertTrue(start >= 0 && end > at, "snippet " + snippet.name + " is not in a code block");
    return README_TEXT.substring(start, end);
  }
}
