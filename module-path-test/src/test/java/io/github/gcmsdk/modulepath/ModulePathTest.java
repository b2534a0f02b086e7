package io.github.gcmsdk.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Launches {@link ModulePathConsumer} as a user launches a modular application: {@code java
 * --module-path <the runtime scope> -m io.github.gcmsdk.modulepath/...}, nothing on the class
 * path, French as the JVM's default locale (so that English messages that fell back to it would
 * show).
 */
class ModulePathTest {

  private static final Path MODULE_PATH = Path.of("target", "runtime-module-path.txt");

  @Test
  void consumerOnTheModulePathUsesTheApiAndCannotReachInternalPackages() throws Exception {
    assertTrue(Files.isRegularFile(MODULE_PATH), MODULE_PATH + " is written by the dependency"
        + " plugin in generate-test-resources: run the tests through Maven");
    String modulePath = Path.of("target", "classes") + File.pathSeparator
        + Files.readString(MODULE_PATH, StandardCharsets.UTF_8).trim();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path example = Path.of("..", "examples", "data", "unece-2020-stakeholder-input.json");
    Process process = new ProcessBuilder(List.of(java.toString(),
        "-Xmx256m", "-Duser.language=fr", "-Duser.country=FR",
        "--module-path", modulePath,
        "-m", "io.github.gcmsdk.modulepath/io.github.gcmsdk.modulepath.ModulePathConsumer",
        example.toString()))
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the consumer ended");
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("all checks passed"), output);
  }
}
