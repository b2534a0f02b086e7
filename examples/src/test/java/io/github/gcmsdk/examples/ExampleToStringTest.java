package io.github.gcmsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.model.StakeholderInput;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The example document prints readably: {@code toString} leaves out empty lists, maps and
 * Optionals, so that a failing assertion or property shows the data, not the model's shape.
 */
class ExampleToStringTest {

  private static final Path EXAMPLE = Path.of("data/unece-2020-stakeholder-input.json");

  @Test
  void toStringOfTheExampleDocumentHasNoEmptyParts() {
    StakeholderInput document = GcmJson.standard().read(EXAMPLE).getDocument().orElseThrow();
    String text = document.toString();
    System.out.println("toString of " + EXAMPLE + ": " + text.length() + " characters");
    assertEquals(0, count(text, "extensions={}"), "empty extensions printed");
    assertEquals(0, count(text, "=[]"), "empty lists printed");
    assertFalse(text.contains("Optional"), "Optionals printed");
  }

  private static int count(String text, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
