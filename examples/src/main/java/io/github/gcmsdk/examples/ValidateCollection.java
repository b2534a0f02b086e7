package io.github.gcmsdk.examples;

import io.github.gcmsdk.validation.DocumentReport;
import io.github.gcmsdk.validation.GcmValidator;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Validates a file of several documents (JSON Lines or a JSON array), one document at a time, and
 * prints the problems of the documents that are not valid, as {@code gcm validate} does.
 */
public final class ValidateCollection {

  private ValidateCollection() {}

  /**
   * Validates the collection file named by the first argument.
   *
   * @param args the file
   */
  public static void main(String[] args) {
    String out = run(Path.of(args[0]));
    System.out.print(out);
    System.exit(out.isEmpty() ? 0 : 1);
  }

  /**
   * Validates a collection file.
   *
   * @param file the file, not null
   * @return the lines {@link #main(String[])} prints: those of the invalid documents
   */
  public static String run(Path file) {
    GcmValidator validator = GcmValidator.standard();
    StringBuilder out = new StringBuilder();
    // START SNIPPET: validate-collection
    try (Stream<DocumentReport> reports = validator.validateCollection(file)) {
      reports.filter(r -> !r.isValid())
          .forEach(r -> out.append("document ").append(r.getIndex()).append(":\n")
              .append(r.getReport().toText(file.toString())));
    }
    // END SNIPPET: validate-collection
    return out.toString();
  }
}
