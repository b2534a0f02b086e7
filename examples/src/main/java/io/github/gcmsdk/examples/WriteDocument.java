package io.github.gcmsdk.examples;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.model.StakeholderInput;
import java.nio.file.Path;

/**
 * Writes the document of {@link BuildDocument} as JSON, in the canonical form: to the file named
 * by the first argument, or to standard output.
 */
public final class WriteDocument {

  private WriteDocument() {}

  /**
   * Writes the document.
   *
   * @param args an optional file to write
   */
  public static void main(String[] args) {
    StakeholderInput document = BuildDocument.build();
    if (args.length > 0) {
      write(document, Path.of(args[0]));
      System.out.println("wrote " + args[0]);
    } else {
      System.out.print(run());
    }
  }

  /**
   * Returns the JSON text of the document, as {@link #main(String[])} prints it.
   *
   * @return the canonical JSON text, ending with a newline
   */
  public static String run() {
    return toJson(BuildDocument.build());
  }

  /**
   * Returns the canonical JSON text of a document.
   *
   * @param document the document, not null
   * @return the canonical JSON text, ending with a newline
   */
  public static String toJson(StakeholderInput document) {
    // START SNIPPET: write-string
    String json = GcmJson.standard().write(document);
    // END SNIPPET: write-string
    return json;
  }

  /**
   * Writes a document to a file, replacing it.
   *
   * @param document the document, not null
   * @param file the file, not null
   */
  public static void write(StakeholderInput document, Path file) {
    // START SNIPPET: write-file
    GcmJson.standard().write(document, file);
    // END SNIPPET: write-file
  }
}
