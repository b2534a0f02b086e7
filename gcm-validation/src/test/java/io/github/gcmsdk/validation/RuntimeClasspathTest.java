package io.github.gcmsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * gcm-validation brings no Expression Language implementation to its users, and needs none: what
 * {@code mvn dependency:tree} cannot show is that the main code runs on the runtime classpath
 * alone. The classpath is the one Maven resolves for the runtime scope (written by the
 * dependency plugin to {@code target/runtime-classpath.txt}), loaded in a class loader of its own
 * whose parent is the platform class loader, so nothing of the test classpath (where an EL
 * implementation sits for the Hibernate Validator comparisons) can leak in.
 */
class RuntimeClasspathTest {

  private static final Path CLASSPATH = Path.of("target", "runtime-classpath.txt");

  private static List<String> runtimeClasspath() throws Exception {
    assertTrue(Files.isRegularFile(CLASSPATH), CLASSPATH + " is written by the dependency plugin"
        + " in generate-test-resources: run the tests through Maven");
    String text = Files.readString(CLASSPATH, StandardCharsets.UTF_8).trim();
    List<String> entries = new ArrayList<>();
    for (String entry : text.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(entry);
      }
    }
    return entries;
  }

  /** Whether a classpath entry is an EL API or implementation. */
  private static boolean isEl(String entry) {
    String name = Path.of(entry).getFileName().toString().toLowerCase(Locale.ROOT);
    return name.contains("expressly") || name.contains("jakarta.el") || name.contains("javax.el")
        || name.contains("-el-") || name.startsWith("el-") || name.contains("tomcat-embed-el");
  }

  @Test
  void theRuntimeScopeHoldsNoExpressionLanguage() throws Exception {
    List<String> el = runtimeClasspath().stream().filter(RuntimeClasspathTest::isEl)
        .collect(Collectors.toList());
    assertEquals(List.of(), el, "EL on gcm-validation's runtime classpath");
  }

  @Test
  void gcmValidatorValidatesFilesAndObjectsOnTheRuntimeClasspathAloneWithoutEl() throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(Path.of("target", "classes").toUri().toURL());
    for (String entry : runtimeClasspath()) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    Path example = Path.of("..", "examples", "data", "unece-2020-stakeholder-input.json");
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]),
        ClassLoader.getPlatformClassLoader())) {
      // Hibernate Validator looks up services through the context loader: the isolated one too,
      // or it meets the test's own copies of the classes ("HV000251 ... not a subtype")
      Thread.currentThread().setContextClassLoader(loader);
      assertThrows(ClassNotFoundException.class,
          () -> Class.forName("jakarta.el.ExpressionFactory", false, loader),
          "the isolated loader must not see EL, or the test proves nothing");
      Class<?> validatorType = Class.forName("io.github.gcmsdk.validation.GcmValidator", true,
          loader);
      Object validator = validatorType.getMethod("standard").invoke(null);
      Object report = validatorType.getMethod("validate", Path.class).invoke(validator, example);
      Class<?> reportType = Class.forName("io.github.gcmsdk.problem.Report", false, loader);
      assertEquals(List.of(), codes(reportType, report), "the example is valid");
      Object broken = validatorType.getMethod("validateJson", String.class).invoke(validator,
          "{\"formatVersion\":\"1.0\",\"id\":\"a b\",\"title\":\"\\u0007\",\"language\":\"xx-\","
              + "\"sections\":[{\"id\":\"s\",\"heading\":\"h\"},{\"id\":\"s\",\"heading\":\"h\"}]}");
      List<String> problems = codes(reportType, broken);
      for (String code : List.of("GCM-V002", "GCM-V004", "GCM-V005", "GCM-V009", "GCM-V020")) {
        assertTrue(problems.contains(code), code + " in " + problems);
      }
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  /** The codes of a report's problems, through the isolated loader's classes. */
  private static List<String> codes(Class<?> reportType, Object report) throws Exception {
    List<String> codes = new ArrayList<>();
    for (Object problem : (List<?>) reportType.getMethod("getProblems").invoke(report)) {
      Method code = Class.forName("io.github.gcmsdk.problem.Problem", false,
          reportType.getClassLoader()).getMethod("getCode");
      codes.add((String) code.invoke(problem));
    }
    return codes;
  }
}
