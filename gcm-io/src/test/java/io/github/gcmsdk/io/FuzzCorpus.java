package io.github.gcmsdk.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The corpus a fuzz target replays in {@code mvn verify}. Jazzer finds it by name, {@code
 * <package path>/<ClassName>Inputs/<methodName>/} among the test resources, and runs only an
 * empty input when it is missing, without a word: renaming a target would silently drop its
 * corpus. Public for gcm-validation's tests (through gcm-io's test jar).
 */
public final class FuzzCorpus {

  private FuzzCorpus() {}

  /**
   * Counts the inputs of the one {@code @FuzzTest} method of a class.
   *
   * @param target the fuzz test class
   * @return how many files its corpus folder holds, 0 if there is none
   */
  public static long inputs(Class<?> target) {
    Method method = Stream.of(target.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(FuzzTest.class)).reduce((a, b) -> {
          throw new IllegalArgumentException(target + " has more than one @FuzzTest");
        }).orElseThrow(() -> new IllegalArgumentException(target + " has no @FuzzTest"));
    URL folder = target.getResource(target.getSimpleName() + "Inputs/" + method.getName());
    if (folder == null) {
      return 0;
    }
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      return files.filter(Files::isRegularFile).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
