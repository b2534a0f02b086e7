package io.github.gcmsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.catalog.Objective;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GenTest {

  @Test
  void mapTransformsEveryValue() {
    Gen<String> codes = GcmGenerators.objectives().map(Objective::getCode);
    assertEquals(GcmGenerators.objectives().samples(1, 50).stream().map(Objective::getCode)
        .collect(Collectors.toList()), codes.samples(1, 50));
  }

  @Test
  void filterKeepsOnlyMatchingValuesAndGivesUpAfterTooManyTries() {
    Gen<Integer> even = Gen.integers(0, 100).filter(x -> x % 2 == 0);
    even.samples(1, 500).forEach(x -> assertEquals(0, x % 2));
    Gen<Integer> impossible = Gen.integers(0, 10).filter(x -> x > 10);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> impossible.sample(1));
    assertTrue(e.getMessage().contains(Integer.toString(Gen.FILTER_TRIES)));
  }

  @Test
  void listSizesStayWithinTheBoundsAndReachBoth() {
    Set<Integer> sizes = new HashSet<>();
    Gen.integers(0, 9).list(2, 5).samples(1, 500).forEach(list -> {
      assertTrue(list.size() >= 2 && list.size() <= 5, list.toString());
      sizes.add(list.size());
    });
    assertEquals(Set.of(2, 3, 4, 5), sizes);
    assertThrows(IllegalArgumentException.class, () -> Gen.integers(0, 1).list(3, 2));
  }

  @Test
  void listShrinkingNeverGoesBelowTheMinimum() {
    Gen<List<Integer>> gen = Gen.integers(0, 9).list(2, 8);
    for (List<Integer> list : gen.samples(3, 50)) {
      gen.shrink(list).forEach(smaller -> assertTrue(smaller.size() >= 2, smaller.toString()));
    }
  }

  @Test
  void optionalHonoursItsProbability() {
    assertTrue(Gen.integers(0, 9).optional(0.0).samples(1, 100).stream()
        .allMatch(Optional::isEmpty));
    assertTrue(Gen.integers(0, 9).optional(1.0).samples(1, 100).stream()
        .allMatch(Optional::isPresent));
    assertThrows(IllegalArgumentException.class, () -> Gen.integers(0, 9).optional(1.5));
  }

  @Test
  void oneOfUsesEveryGenerator() {
    Gen<Object> mixed = Gen.oneOf(Gen.constant("text"), Gen.constant(1), Gen.constant('c'));
    assertEquals(Set.of("text", 1, 'c'), new HashSet<>(mixed.samples(1, 100)));
    assertThrows(IllegalArgumentException.class, () -> Gen.oneOf(List.of()));
  }

  @Test
  void elementsGivesEveryValueAndShrinksTowardsTheFirst() {
    assertEquals(EnumSet.allOf(Objective.class),
        EnumSet.copyOf(GcmGenerators.objectives().samples(1, 1_000)));
    assertEquals(List.of(Objective.DATA, Objective.MINIMIZE_ADVERSE_DRIVERS),
        GcmGenerators.objectives().shrink(Objective.INFORMATION_PROVISION)
            .collect(Collectors.toList()));
  }

  @Test
  void sourceRejectsInvalidArgumentsNamingThem() {
    Source source = Source.of(1);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> source.between(5, 4));
    assertTrue(e.getMessage().contains("5 to 4"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> source.nextInt(0));
    assertThrows(IllegalArgumentException.class, () -> source.chance(-0.1));
    assertThrows(IllegalArgumentException.class, () -> source.pick(List.of()));
  }

  @Test
  void nullArgumentsThrowNullPointerException() {
    assertThrows(NullPointerException.class, () -> Gen.constant(null));
    assertThrows(NullPointerException.class, () -> Gen.integers(0, 1).map(null));
    assertThrows(NullPointerException.class, () -> Gen.integers(0, 1).filter(null));
    assertThrows(NullPointerException.class, () -> GcmGenerators.documents(null));
    assertThrows(NullPointerException.class,
        () -> Properties.forAll(null, 1, 1L, x -> { }));
    assertThrows(NullPointerException.class,
        () -> Properties.forAll(Gen.constant(1), 1, 1L, null));
    assertThrows(NullPointerException.class,
        () -> DocumentGenerator.Settings.defaults().withInvalidity(null));
  }

  @Test
  void predicatePropertyFailsWithAnAssertionError() {
    PropertyFailure failure = assertThrows(PropertyFailure.class, () -> Properties.forAll(
        Gen.integers(0, 100), 100, 1L, GcmProperty.of(x -> x < 90)));
    assertEquals(90, failure.getReducedCase());
    assertTrue(failure.getCause() instanceof AssertionError);
  }
}
