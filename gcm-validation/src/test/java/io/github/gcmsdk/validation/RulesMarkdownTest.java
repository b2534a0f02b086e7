package io.github.gcmsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the rule table of {@code RULES.md} in step with {@link ValidationRule}. After changing the
 * enum or an English hint, regenerate the table with {@code mvn -pl gcm-validation test
 * -Dtest=RulesMarkdownTest -Dgcm.rules.write=true}.
 */
class RulesMarkdownTest {

  static final Path RULES = Path.of("RULES.md");
  static final String BEGIN = "<!-- BEGIN RULE TABLE: generated from ValidationRule by"
      + " RulesMarkdownTest, do not edit -->";
  static final String END = "<!-- END RULE TABLE -->";

  /** The table, as generated from the enum. */
  static String table() {
    StringBuilder out = new StringBuilder();
    out.append("| Code | Rule | DRAFT | PUBLICATION | What is checked | How to fix |\n");
    out.append("|---|---|---|---|---|---|\n");
    for (ValidationRule rule : ValidationRule.values()) {
      out.append("| ").append(rule.getCode())
          .append(" | `").append(rule.name()).append('`')
          .append(" | ").append(rule.getDefaultSeverity(Profile.DRAFT))
          .append(" | ").append(rule.getDefaultSeverity(Profile.PUBLICATION))
          .append(" | ").append(cell(rule.getExplanation()))
          .append(" | ").append(cell(rule.getHint()))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  @Test
  void rulesMarkdownListsEveryRuleExactlyAsTheEnumDoes() throws IOException {
    String markdown = Files.readString(RULES, StandardCharsets.UTF_8);
    int begin = markdown.indexOf(BEGIN);
    int end = markdown.indexOf(END);
    assertTrue(begin >= 0 && end > begin, "RULES.md must hold the table markers");
    String expected = markdown.substring(0, begin + BEGIN.length()) + "\n" + table()
        + markdown.substring(end);
    if (Boolean.getBoolean("gcm.rules.write")) {
      Files.writeString(RULES, expected, StandardCharsets.UTF_8);
      markdown = expected;
    }
    assertEquals(expected, markdown, "RULES.md is out of step with ValidationRule; regenerate it"
        + " with -Dgcm.rules.write=true");
  }

  @Test
  void codesAreStableInFormAndOrder() {
    ValidationRule[] rules = ValidationRule.values();
    Pattern form = Pattern.compile("GCM-V\\d{3}");
    for (int i = 0; i < rules.length; i++) {
      assertTrue(form.matcher(rules[i].getCode()).matches(), rules[i].getCode());
      assertEquals(String.format("GCM-V%03d", i), rules[i].getCode(), "codes are dense, in order");
      assertEquals(rules[i], ValidationRule.fromCode(rules[i].getCode()));
    }
  }
}
