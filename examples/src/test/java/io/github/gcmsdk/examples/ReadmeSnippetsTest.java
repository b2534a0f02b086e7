package io.github.gcmsdk.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    List<String> quoted = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        Matcher m = SNIPPET.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          String code = m.group(2).stripIndent();
          if (readme.contains(code)) {
            quoted.add(m.group(1));
          } else {
            assertFalse(readme.contains("snippet `" + m.group(1) + "`"),
                "README names snippet " + m.group(1) + " but does not quote it as in " + file);
          }
        }
      }
    }
    assertTrue(quoted.containsAll(List.of("build-document", "read", "write-string", "validate",
        "validate-collection")),
        "README quotes " + quoted);
  }
}
