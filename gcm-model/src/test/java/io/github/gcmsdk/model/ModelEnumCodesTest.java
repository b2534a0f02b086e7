package io.github.gcmsdk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.catalog.CatalogException;
import io.github.gcmsdk.catalog.Coded;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModelEnumCodesTest {

  static Stream<Arguments> modelEnums() {
    return Stream.of(
        Arguments.of(FindingKind.values(), (Function<String, Coded>) FindingKind::fromCode),
        Arguments.of(ReferenceKind.values(), (Function<String, Coded>) ReferenceKind::fromCode),
        Arguments.of(FigureQualifier.values(), (Function<String, Coded>) FigureQualifier::fromCode),
        Arguments.of(ReviewProcess.values(), (Function<String, Coded>) ReviewProcess::fromCode));
  }

  @ParameterizedTest
  @MethodSource("modelEnums")
  void fromCodeIsTheInverseOfGetCode(Coded[] entries, Function<String, Coded> fromCode) {
    for (Coded entry : entries) {
      assertEquals(entry, fromCode.apply(entry.getCode()));
      assertTrue(entry.getCode().matches("[a-z0-9]+(-[a-z0-9]+)*"), entry.getCode());
    }
    assertEquals(entries.length, Arrays.stream(entries).map(Coded::getCode).distinct().count());
  }

  @ParameterizedTest
  @MethodSource("modelEnums")
  void fromCodeRejectsUnknownCodesListingTheKnownOnes(Coded[] entries, Function<String, Coded> fromCode) {
    CatalogException thrown = assertThrows(CatalogException.class, () -> fromCode.apply("Observation"));
    assertTrue(thrown.getMessage().startsWith("Unknown code for "), thrown.getMessage());
    assertTrue(thrown.getMessage().contains(entries[0].getCode()), thrown.getMessage());
    assertEquals("Observation", thrown.getInput());
  }

  @ParameterizedTest
  @MethodSource("modelEnums")
  void fromCodeRejectsNull(Coded[] entries, Function<String, Coded> fromCode) {
    assertThrows(NullPointerException.class, () -> fromCode.apply(null));
  }
}
