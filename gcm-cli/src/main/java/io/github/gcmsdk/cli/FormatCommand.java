package io.github.gcmsdk.cli;

import io.github.gcmsdk.io.GcmJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gcm format}: rewrites files in the canonical form of the format. */
@Command(
    name = "format",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Rewrite files in the canonical form of the format.",
      "",
      "Canonical: properties in the order of the format, extensions after them, defaults left"
          + " out, two-space indentation, UTF-8, a newline at the end. Nothing is lost: unknown"
          + " properties and x- extensions are kept.",
      "",
      "A .jsonl file stays JSON Lines and a JSON array stays an array. A file with a reading"
          + " error (a syntax error, a duplicate key, a bad value...) is not rewritten; its"
          + " errors are printed. Files already canonical are left untouched. Directories are"
          + " searched as by 'gcm validate'. Collections are formatted streaming, in bounded"
          + " memory.",
      "",
      "A file is written beside itself (.gcm-format.PID.*.tmp), forced to the disk and renamed"
          + " over itself: never half a file. Symbolic links are followed and stay links; owner,"
          + " group and mode are kept. A read-only file, a file in a read-only directory, or a"
          + " file with other hard links is not rewritten (exit 2). Interrupted, gcm format"
          + " deletes its temporary file; one left by a killed run is removed by the next run.",
      ""
    },
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  every file is canonical (now)",
      "  1  a file is not canonical (--check), or has a reading error",
      "     and was left as it was",
      "  2  a usage or I/O error: a bad option, a missing, unreadable",
      "     or unwritable file (read-only, hard-linked, owner not keepable)"
    })
final class FormatCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files or directories to format.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--check",
      description = "Write nothing; list the files that are not canonical, and exit with 1 if any.")
  boolean check;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputFiles inputs = InputFiles.expand(paths);
    inputs.errors().forEach(e -> err.println("gcm format: " + e));
    int status = inputs.errors().isEmpty() ? ExitCodes.OK : ExitCodes.USAGE;
    GcmJson json = GcmJson.standard();
    Set<Path> swept = new HashSet<>();
    for (InputFiles.Input input : inputs.files()) {
      int result = format(json, input, out, err, swept);
      out.flush(); // a long run shows its progress
      status = Math.max(status, result); // USAGE (2) wins over PROBLEMS (1)
    }
    return status;
  }

  /** Formats (or checks) one file; returns its exit status. */
  private int format(GcmJson json, InputFiles.Input input, PrintWriter out, PrintWriter err,
      Set<Path> swept) {
    return InPlaceRewrite.rewrite(json, input, out, err, swept, new InPlaceRewrite.Job() {
      @Override
      public String command() {
        return "format";
      }

      @Override
      public String done() {
        return "formatted";
      }

      @Override
      public String notDone() {
        return "not formatted";
      }
    }, check);
  }
}
