package io.github.gcmsdk.examples;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.problem.Severity;
import io.github.gcmsdk.validation.GcmValidator;
import io.github.gcmsdk.validation.Profile;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a file, then validates it for publication, and prints every problem with its line and
 * column, as {@code gcm validate} does. Run it from the repository's root; without an argument it reads the UNECE 2020
 * example.
 */
public final class ReadAndValidate {

  private ReadAndValidate() {}

  /**
   * Reads and validates the file named by the first argument, or the UNECE 2020 example.
   *
   * @param args an optional file to read
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0
        ? args[0]
        : "examples/data/unece-2020-stakeholder-input.json");
    String out = run(file, Locale.ENGLISH);
    System.out.print(out);
    System.exit(out.contains("\nvalid: yes") ? 0 : 1);
  }

  /**
   * Reads and validates a file.
   *
   * @param file the file, not null
   * @param locale the language of the messages: English, French, Spanish or Russian
   * @return the lines {@link #main(String[])} prints
   */
  public static String run(Path file, Locale locale) {
    StringBuilder out = new StringBuilder();

    // START SNIPPET: read
    ReadResult<StakeholderInput> result = GcmJson.standard().read(file); // file: a java.nio.file.Path
    result.getDocument().ifPresent(document -> out.append("read ").append(document.getId())
        .append(": ").append(document.getSections().size()).append(" top-level sections\n"));
    // END SNIPPET: read
    if (result.getDocument().isEmpty()) {
      out.append("could not read ").append(file.getFileName()).append('\n');
    }

    // START SNIPPET: validate
    GcmValidator validator = GcmValidator.builder()
        .profile(Profile.PUBLICATION)
        .locale(locale)
        .build();
    Report report = validator.validate(file); // reading and validation problems, located
    out.append(report.toText(file.toString())); // as gcm validate prints it, then a summary line
    // END SNIPPET: validate

    out.append("valid: ").append(report.isValid() ? "yes" : "no")
        .append(" (errors: ").append(report.count(Severity.ERROR))
        .append(", warnings: ").append(report.count(Severity.WARNING))
        .append(", information: ").append(report.count(Severity.INFO)).append(")\n");
    return out.toString();
  }
}
