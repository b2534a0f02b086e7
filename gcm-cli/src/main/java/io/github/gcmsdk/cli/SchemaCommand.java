package io.github.gcmsdk.cli;

import io.github.gcmsdk.io.GcmJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gcm schema}: prints the JSON Schema of the format. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print the JSON Schema of the format (draft 2020-12).",
      "",
      "The schema describes the strict form of a single document; 'gcm validate' checks much"
          + " more (catalogue codes, cross-references, texts).",
      ""
    })
final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String schema = GcmJson.jsonSchema();
    out.print(schema);
    if (!schema.endsWith("\n")) {
      out.println();
    }
    out.flush();
    return ExitCodes.OK;
  }
}
