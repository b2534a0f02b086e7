package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.StakeholderInput;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A method that takes JSON text must not be an overload of one that takes a file: {@code
 * read("partner.json")} would compile and report the file name as a JSON syntax error.
 */
class JsonTextMethodNamesTest {

  @Test
  void noPublicMethodOfGcmJsonNamedReadTakesAString() {
    List<Method> readsOfString = Arrays.stream(GcmJson.class.getMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()))
        .filter(m -> m.getName().startsWith("read") && !m.getName().equals("readJson"))
        .filter(m -> Arrays.asList(m.getParameterTypes()).contains(String.class))
        .collect(Collectors.toList());
    assertEquals(List.of(), readsOfString);
  }

  @Test
  void readJsonReadsTheTextItIsGiven() throws NoSuchMethodException {
    assertTrue(Modifier.isPublic(GcmJson.class.getMethod("readJson", String.class).getModifiers()));
    ReadResult<StakeholderInput> result = GcmJson.standard().readJson("{\"formatVersion\": \"2.0\"}");
    assertTrue(result.getDocument().isEmpty() || result.getReport().getProblems().size() > 0,
        "a document without id and title is not complete");
  }

  @Test
  void aMissingFileIsAnIoErrorNotAJsonSyntaxError() {
    assertThrows(java.io.UncheckedIOException.class,
        () -> GcmJson.standard().read(Path.of("no-such-file.json")));
  }
}
