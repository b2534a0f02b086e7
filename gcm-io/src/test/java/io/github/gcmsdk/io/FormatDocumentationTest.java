package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.io.internal.Format;
import io.github.gcmsdk.io.internal.TypeSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** FORMAT.md documents the format as the table defines it. */
class FormatDocumentationTest {

  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|", Pattern.MULTILINE);

  private static String format() throws IOException {
    return Files.readString(Path.of("FORMAT.md"));
  }

  @Test
  void everyTypeIsDocumentedWithItsPropertiesInCanonicalOrder() throws IOException {
    String text = format();
    for (TypeSpec<?, ?> type : Format.types()) {
      int start = text.indexOf("\n### " + type.name() + "\n");
      assertTrue(start >= 0, "FORMAT.md has no section ### " + type.name());
      int end = text.indexOf("\n##", start + 5);
      Matcher rows = ROW.matcher(text.substring(start, end < 0 ? text.length() : end));
      List<String> documented = new ArrayList<>();
      while (rows.find()) {
        documented.add(rows.group(1));
      }
      assertEquals(type.names(), documented, "the table of " + type.name() + " in FORMAT.md");
    }
  }

  @Test
  void everyProblemCodeIsDocumented() throws IOException {
    String text = format();
    for (ReadProblem problem : ReadProblem.values()) {
      assertTrue(text.contains("| `" + problem.getCode() + "` |"),
          problem.getCode() + " is missing from the table of problems in FORMAT.md");
    }
  }
}
