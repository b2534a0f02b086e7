package io.github.gcmsdk.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Launches {@link ModulePathConsumer} as a user launches a modular application: {@code java
 * --module-path <the runtime scope> -m io.github.gcmsdk.modulepath/...}, nothing on the class
 * path; and the {@code gcm} command line on the class path with the libraries on the module path.
 * French is the JVM's default locale, so that English messages that fell back to it would show.
 */
class ModulePathTest {

  private static final Path MODULE_PATH = Path.of("target", "runtime-module-path.txt");
  private static final Path DATA = Path.of("..", "examples", "data");

  /** The library modules and their dependencies, as Maven resolves them for the runtime. */
  private static String libraries() throws Exception {
    assertTrue(Files.isRegularFile(MODULE_PATH), MODULE_PATH + " is written by the dependency"
        + " plugin in generate-test-resources: run the tests through Maven");
    return Files.readString(MODULE_PATH, StandardCharsets.UTF_8).trim();
  }

  /** Runs java with French as the JVM's default locale; returns the exit status and output. */
  private static Result java(List<String> arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-Duser.language=fr", "-Duser.country=FR"));
    command.addAll(arguments);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "java ended: " + command);
    return new Result(process.exitValue(), output);
  }

  private record Result(int status, String output) {}

  @Test
  void consumerOnTheModulePathUsesTheApiAndCannotReachInternalPackages() throws Exception {
    Result run = java(List.of(
        "--module-path", Path.of("target", "classes") + File.pathSeparator + libraries(),
        "-m", "io.github.gcmsdk.modulepath/io.github.gcmsdk.modulepath.ModulePathConsumer",
        DATA.resolve("unece-2020-stakeholder-input.json").toString()));
    assertEquals(0, run.status(), run.output());
    assertTrue(run.output().contains("all checks passed"), run.output());
  }

  /**
   * gcm-cli is an application with no descriptor: on the class path, with the libraries as named
   * modules, its own messages and those of gcm-io and gcm-validation come in the language asked.
   */
  @Test
  void commandLineOnTheClassPathUsesTheLibraryModulesInTheLanguageAsked() throws Exception {
    Map<String, String> outputs = new TreeMap<>();
    for (String lang : List.of("en", "fr")) {
      Result run = java(List.of(
          "--module-path", libraries(), "--add-modules", "ALL-MODULE-PATH",
          "-cp", Path.of("..", "gcm-cli", "target", "classes").toString(),
          "io.github.gcmsdk.cli.Main", "validate", "--lang", lang,
          DATA.resolve("invalid").resolve("truncated.json").toString(),
          DATA.resolve("invalid").resolve("blank-recommendation.json").toString()));
      assertEquals(1, run.status(), "errors in the data: " + run.output());
      assertTrue(run.output().contains("GCM-J") && run.output().contains("GCM-V")
          && !run.output().contains("Exception"), run.output());
      outputs.put(lang, run.output());
    }
    assertNotEquals(outputs.get("en"), outputs.get("fr"),
        "--lang en on a French JVM gives English, --lang fr French");
  }
}
