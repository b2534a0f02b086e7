package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules of the project's structure that a change could break without noticing. */
class ArchitectureTest {

  private static final Path MODEL = Path.of("../gcm-model");

  private static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
    }
  }

  @Test
  void modelHasNoJacksonDependency() throws IOException {
    String pom = Files.readString(MODEL.resolve("pom.xml")).toLowerCase(Locale.ROOT);
    Pattern dependency = Pattern.compile("<(groupid|artifactid)>[^<]*jackson[^<]*</");
    assertFalse(dependency.matcher(pom).find(), "gcm-model/pom.xml must not depend on Jackson:"
        + " the model stays free of JSON libraries; JSON support belongs in gcm-io");
  }

  @Test
  void modelSourcesImportNoJackson() throws IOException {
    Pattern jackson = Pattern.compile("^\\s*import\\s+(static\\s+)?(com\\.fasterxml|tools\\.jackson)",
        Pattern.MULTILINE);
    List<Path> sources = javaFiles(MODEL.resolve("src/main/java"));
    assertFalse(sources.isEmpty());
    for (Path source : sources) {
      assertFalse(jackson.matcher(Files.readString(source)).find(),
          source + " imports Jackson; the model must stay free of it");
    }
  }

  @Test
  void modelClassesDoNotSeeJackson() {
    ClassLoader loader = io.github.gcmsdk.model.StakeholderInput.class.getClassLoader();
    assertTrue(loader != null);
    for (var annotation : io.github.gcmsdk.model.StakeholderInput.class.getAnnotations()) {
      assertFalse(annotation.annotationType().getName().contains("jackson"),
          annotation.toString());
    }
  }

  @Test
  void noPolymorphicDefaultTypingAnywhereInGcmIo() throws IOException {
    Pattern typing = Pattern.compile(
        "activateDefaultTyping|enableDefaultTyping|JsonTypeInfo|@JsonSubTypes|DefaultTyping");
    for (Path source : javaFiles(Path.of("src/main/java"))) {
      assertFalse(typing.matcher(Files.readString(source)).find(),
          source + " uses polymorphic typing: what a file holds must never pick a Java class");
    }
  }

  @Test
  void gcmIoUsesNoImplementationClassOfJackson() throws IOException {
    // Jackson's parser implementations, their base classes and their input decoders are not API:
    // what gcm-io needs must come through JsonFactory, JsonParser and JsonLocation, so that every
    // Jackson 2.x from 2.19 on reads the same.
    Pattern implementation = Pattern.compile("com\\.fasterxml\\.jackson\\.core\\.base\\."
        + "|ReaderBasedJsonParser|UTF8StreamJsonParser|UTF8DataInputJsonParser"
        + "|ParserBase|ParserMinimalBase");
    for (Path source : javaFiles(Path.of("src/main/java"))) {
      assertFalse(implementation.matcher(Files.readString(source)).find(),
          source + " relies on an implementation class of Jackson");
    }
  }
}
