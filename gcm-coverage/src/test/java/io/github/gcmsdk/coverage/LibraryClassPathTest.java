package io.github.gcmsdk.coverage;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Coverage is a library: the class path it is tested on (gcm-model and its dependencies) holds
 * no command line, no command-line parser, no JSON library and no validator.
 */
class LibraryClassPathTest {

  @ParameterizedTest
  @ValueSource(strings = {"picocli.CommandLine", "io.github.gcmsdk.cli.Main",
      "com.fasterxml.jackson.core.JsonFactory", "io.github.gcmsdk.validation.GcmValidator"})
  void coverageNeedsNoneOfTheCommandLinesClasses(String name) {
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName(name, false, Coverage.class.getClassLoader()));
  }
}
