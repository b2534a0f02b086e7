package io.github.gcmsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A method that validates JSON text must not be an overload of one that validates a file: {@code
 * validate("partner.json")} would compile and report the file name as a JSON syntax error.
 */
class JsonTextMethodNamesTest {

  @Test
  void noPublicMethodOfGcmValidatorNamedValidateTakesAString() {
    List<Method> validatesOfString = Arrays.stream(GcmValidator.class.getMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()))
        .filter(m -> m.getName().startsWith("validate") && !m.getName().equals("validateJson"))
        .filter(m -> Arrays.asList(m.getParameterTypes()).contains(String.class))
        .collect(Collectors.toList());
    assertEquals(List.of(), validatesOfString);
  }

  @Test
  void validateJsonReportsTheProblemsOfTheText() {
    assertEquals(false, GcmValidator.standard().validateJson("{\"formatVersion\": \"1.0\"}")
        .isValid());
  }
}
