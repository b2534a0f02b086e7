package io.github.gcmsdk.cli;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gcm migrate}: rewrites files of format 1.x as format 2.0, with the safety of {@code gcm
 * format} (the same {@link InPlaceRewrite}), and prints what moved where.
 */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Rewrite files of format 1.x as format 2.0, and print what moved where.",
      "",
      "Every value of a 1.x file is kept at its place; the upgrade changes formatVersion and"
          + " adds nothing the file did not say. Each move is printed as FROM -> TO: WHAT, JSON"
          + " Pointers of the 1.x file and of the 2.0 document. The file is written in the canonical form, as by"
          + " 'gcm format'.",
      "",
      "A file already of format 2.x is left as it was. A .jsonl file stays JSON Lines and a JSON"
          + " array stays an array. A file with a reading error is not rewritten; its errors are"
          + " printed. Directories are searched as by 'gcm validate'.",
      "",
      "A file is written beside itself (.gcm-format.PID.*.tmp), forced to the disk and renamed"
          + " over itself: never half a file. Symbolic links are followed and stay links; owner,"
          + " group and mode are kept. A read-only file, a file in a read-only directory, or a"
          + " file with other hard links is not rewritten (exit 2).",
      ""
    },
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  every file is of format 2.x (now)",
      "  1  a file has a reading error and was left as it was",
      "  2  a usage or I/O error: a bad option, a missing, unreadable",
      "     or unwritable file (read-only, hard-linked, owner not keepable)"
    })
final class MigrateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Files or directories to migrate.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputFiles inputs = InputFiles.expand(paths);
    inputs.errors().forEach(e -> err.println("gcm migrate: " + e));
    int status = inputs.errors().isEmpty() ? ExitCodes.OK : ExitCodes.USAGE;
    GcmJson json = GcmJson.standard();
    Set<Path> swept = new HashSet<>();
    for (InputFiles.Input input : inputs.files()) {
      int result = migrate(json, input, out, err, swept);
      out.flush(); // a long run shows its progress
      status = Math.max(status, result); // USAGE (2) wins over PROBLEMS (1)
    }
    return status;
  }

  /** Migrates one file; returns its exit status. */
  private static int migrate(GcmJson json, InputFiles.Input input, PrintWriter out,
      PrintWriter err, Set<Path> swept) {
    return InPlaceRewrite.rewrite(json, input, out, err, swept, new Migration(), false);
  }

  /** The moves of one file's documents, collected as they are read. */
  private static final class Migration implements InPlaceRewrite.Job {
    private final List<String> moves = new ArrayList<>();

    @Override
    public String command() {
      return "migrate";
    }

    @Override
    public String done() {
      return "migrated to format " + GcmJson.FORMAT_VERSION;
    }

    @Override
    public String notDone() {
      return "not migrated";
    }

    @Override
    public void read(ReadResult<StakeholderInput> result, String prefix) {
      result.getMigration().ifPresent(
          migration -> migration.toLines().forEach(line -> moves.add(prefix + line)));
    }

    @Override
    public Optional<String> leftAsItIs() {
      return moves.isEmpty()
          ? Optional.of("already format " + GcmJson.FORMAT_VERSION + ", left as it was")
          : Optional.empty();
    }

    @Override
    public List<String> details() {
      return moves;
    }
  }
}
