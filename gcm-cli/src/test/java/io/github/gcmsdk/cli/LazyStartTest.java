package io.github.gcmsdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up stays short: only the commands that validate load Hibernate Validator (the engine of
 * the model's constraints), and {@code schema} and {@code format} never load gcm-validation at
 * all. Each case runs {@code gcm} in a fresh JVM and reads the list of classes it loaded.
 */
class LazyStartTest {

  private static List<String> loadedClasses(Path dir, String... args)
      throws IOException, InterruptedException {
    Path log = dir.resolve("classes.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Xlog:class+load=info:file=" + log);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command)
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "gcm did not end");
    assertEquals(0, process.exitValue(),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    return Files.readAllLines(log, StandardCharsets.UTF_8);
  }

  private static boolean loadsHibernateValidator(List<String> classes) {
    return classes.stream().anyMatch(line -> line.contains(" org.hibernate.validator."));
  }

  @Test
  void formatDoesNotStartHibernateValidator(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("input.json");
    io.github.gcmsdk.io.GcmJson.standard()
        .write(GcmCommandsTest.document("a", "Open regular pathways."), file);
    List<String> classes = loadedClasses(dir, "format", "--check", file.toString());
    assertTrue(classes.stream().anyMatch(line -> line.contains(" io.github.gcmsdk.io.GcmJson ")),
        "the log lists the classes loaded");
    assertFalse(loadsHibernateValidator(classes));
  }

  @Test
  void validateLoadsNoSpreadsheetLibraryNorItsLogging(@TempDir Path dir) throws Exception {
    // POI and Log4j (for spreadsheets) are on the class path; JBoss Logging picked Log4j once
    List<String> loaded = loadedClasses(dir, "validate", Run.EXAMPLE.toString()).stream()
        .filter(line -> line.contains(" org.apache.poi.") || line.contains(" org.apache.logging.")
            || line.contains(" io.github.gcmsdk.spreadsheet."))
        .collect(java.util.stream.Collectors.toList());
    assertEquals(List.of(), loaded);
  }

  @Test
  void schemaDoesNotStartHibernateValidator(@TempDir Path dir) throws Exception {
    assertFalse(loadsHibernateValidator(loadedClasses(dir, "schema")));
  }

  private static boolean loadsValidation(List<String> classes) {
    return classes.stream().anyMatch(line -> line.contains(" io.github.gcmsdk.validation."));
  }

  @Test
  void schemaDoesNotLoadTheValidator(@TempDir Path dir) throws Exception {
    assertFalse(loadsValidation(loadedClasses(dir, "schema")));
  }

  @Test
  void validateChecksConstraintsWithHibernateValidatorAndPrintsOnlyItsReport(@TempDir Path dir)
      throws Exception {
    List<String> classes = loadedClasses(dir, "validate", Run.EXAMPLE.toString());
    assertTrue(classes.stream().anyMatch(
        line -> line.contains(" io.github.gcmsdk.validation.internal.ModelConstraints ")),
        "the log lists the classes of the validation");
    assertTrue(loadsHibernateValidator(classes));
    // not Hibernate Validator's "INFO: HV000001: Hibernate Validator 9.1..." line
    assertEquals("", Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }
}
