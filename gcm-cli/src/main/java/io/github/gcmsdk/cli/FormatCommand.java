package io.github.gcmsdk.cli;

import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
          + " searched as by 'gcm validate'.",
      ""
    },
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  every file is canonical (now)",
      "  1  a file is not canonical (--check), or has a reading error",
      "     and was left as it was",
      "  2  a usage or I/O error: a bad option, a missing, unreadable",
      "     or unwritable file"
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
    boolean ioError = !inputs.errors().isEmpty();
    boolean problems = false;
    GcmJson json = GcmJson.standard();
    for (InputFiles.Input input : inputs.files()) {
      byte[] original;
      List<StakeholderInput> documents = new ArrayList<>();
      List<String> errors = new ArrayList<>();
      Reading.Layout layout;
      try {
        original = Files.readAllBytes(input.path());
        layout = Reading.each(json, input, result -> keep(input, result, documents, errors));
      } catch (IOException e) {
        err.println("gcm format: " + input.display() + ": cannot read: " + InputFiles.reason(e));
        ioError = true;
        continue;
      }
      if (!errors.isEmpty()) {
        errors.forEach(err::println);
        err.println("gcm format: " + input.display() + ": not formatted: it has reading errors");
        problems = true;
        continue;
      }
      byte[] canonical = canonical(json, layout, documents);
      if (Arrays.equals(original, canonical)) {
        continue;
      }
      if (check) {
        out.println(input.display() + ": not canonical");
        problems = true;
        continue;
      }
      try {
        replace(input.path(), canonical);
      } catch (IOException e) {
        err.println("gcm format: " + input.display() + ": cannot write: " + InputFiles.reason(e));
        ioError = true;
        continue;
      }
      out.println(input.display() + ": formatted");
    }
    out.flush();
    if (ioError) {
      return ExitCodes.USAGE;
    }
    return problems ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }

  private static void keep(InputFiles.Input input, ReadResult<StakeholderInput> result,
      List<StakeholderInput> documents, List<String> errors) {
    if (result.isValid() && result.getDocument().isPresent()) {
      documents.add(result.getDocument().get());
      return;
    }
    for (Problem problem : result.getReport().getProblems()) {
      if (problem.getSeverity() == Severity.ERROR) {
        errors.add(ValidationPrinter.line(input.display(), problem));
      }
    }
  }

  private static byte[] canonical(GcmJson json, Reading.Layout layout,
      List<StakeholderInput> documents) {
    if (layout == Reading.Layout.DOCUMENT) {
      return json.toCanonicalBytes(documents.get(0));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.writeCollection(documents, bytes,
        layout == Reading.Layout.JSON_LINES ? CollectionFormat.JSON_LINES : CollectionFormat.JSON_ARRAY);
    return bytes.toByteArray();
  }

  /** Writes beside the file, then moves over it, so that a failure never leaves half a file. */
  private static void replace(Path file, byte[] content) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    // Not named after the file: a name the locale cannot encode (POSIX locale) cannot be a prefix.
    Path temporary = Files.createTempFile(directory, ".gcm-format-", ".tmp");
    try {
      Files.write(temporary, content);
      try {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(file));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the new file has the default permissions
      }
      try {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
