package io.github.gcmsdk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules every catalogue of the package follows: codes, fromCode, null policy, immutability. */
class CatalogContractTest {

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Every public type of the package. */
  static Stream<Class<?>> catalogTypes() {
    return Stream.of(
        Objective.class,
        GuidingPrinciple.class,
        StakeholderGroup.class,
        RoundTable.class,
        RegionalCommission.class,
        RegionalReview.class,
        SubRegion.class,
        Theme.class,
        Country.class,
        Verification.class,
        MembershipKind.class,
        EventKind.class,
        Attendance.class,
        ReviewEvent.class,
        MigrationReviewForum.class,
        RegionalOrganization.class,
        CatalogException.class,
        Coded.class,
        OpenCoded.class);
  }

  /** The catalogue enums, and the open catalogues that were enums. */
  static Stream<Class<?>> codedEnums() {
    return Stream.of(
        Objective.class,
        GuidingPrinciple.class,
        StakeholderGroup.class,
        RoundTable.class,
        RegionalCommission.class,
        RegionalReview.class,
        SubRegion.class,
        Theme.class,
        Verification.class,
        MembershipKind.class,
        EventKind.class,
        Attendance.class,
        MigrationReviewForum.class,
        RegionalOrganization.class);
  }

  /** The known entries: the enum constants, or the {@code values()} of an open catalogue. */
  static Object[] entries(Class<?> type) {
    if (type.isEnum()) {
      return type.getEnumConstants();
    }
    try {
      return (Object[]) type.getMethod("values").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static String name(Object constant) {
    return constant instanceof Enum<?> e ? e.name() : ((OpenCoded<?>) constant).name();
  }

  @ParameterizedTest
  @MethodSource("codedEnums")
  void codesAreUniqueKebabCase(Class<?> type) {
    Set<String> codes = new HashSet<>();
    for (Object constant : entries(type)) {
      String code = ((Coded) constant).getCode();
      assertTrue(KEBAB.matcher(code).matches(), type.getSimpleName() + " code " + code);
      assertTrue(codes.add(code), "duplicate " + code);
    }
  }

  @ParameterizedTest
  @MethodSource("codedEnums")
  void fromCodeRoundTripsEveryConstant(Class<?> type) throws Exception {
    Method fromCode = type.getMethod("fromCode", String.class);
    assertTrue(Modifier.isStatic(fromCode.getModifiers()));
    for (Object constant : entries(type)) {
      assertSame(constant, fromCode.invoke(null, ((Coded) constant).getCode()));
    }
  }

  @ParameterizedTest
  @MethodSource("codedEnums")
  void codesOfNamedConstantsFollowTheConstantName(Class<?> type) {
    if (type == Objective.class) {
      return; // the code is the number
    }
    for (Object constant : entries(type)) {
      assertEquals(
          name(constant).toLowerCase(Locale.ROOT).replace('_', '-'),
          ((Coded) constant).getCode(),
          "a code that differs from the constant name needs a reason");
    }
  }

  @ParameterizedTest
  @MethodSource("codedEnums")
  void parseAcceptsEveryCode(Class<?> type) throws Exception {
    Method parse;
    try {
      parse = type.getMethod("parse", CharSequence.class);
    } catch (NoSuchMethodException e) {
      return; // RoundTable and RegionalReview have no parse
    }
    for (Object constant : entries(type)) {
      assertSame(constant, parse.invoke(null, ((Coded) constant).getCode()));
    }
  }

  @ParameterizedTest
  @MethodSource("codedEnums")
  void fromCodeRejectsNonsenseWithACatalogException(Class<?> type)
      throws Exception {
    Method fromCode = type.getMethod("fromCode", String.class);
    InvocationTargetException thrown =
        assertThrows(InvocationTargetException.class, () -> fromCode.invoke(null, "no such code"));
    CatalogException e = assertInstanceOf(CatalogException.class, thrown.getCause());
    assertEquals(type.getSimpleName(), e.getCatalog());
    assertEquals(
        "Unknown code for " + type.getSimpleName() + ": \"no such code\"",
        e.getMessage().substring(0, e.getMessage().indexOf(" (")));
  }

  /**
   * Every public static method, called with null for each reference parameter in turn, throws
   * NullPointerException (and not CatalogException or another exception).
   */
  @ParameterizedTest
  @MethodSource("catalogTypes")
  void everyPublicStaticMethodRejectsNullArguments(Class<?> type) throws Exception {
    List<String> checked = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (!Modifier.isPublic(method.getModifiers())
          || !Modifier.isStatic(method.getModifiers())
          || method.isSynthetic()) {
        continue;
      }
      Class<?>[] parameters = method.getParameterTypes();
      for (int nullIndex = 0; nullIndex < parameters.length; nullIndex++) {
        if (parameters[nullIndex].isPrimitive()) {
          continue;
        }
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
          arguments[i] = i == nullIndex ? null : sample(parameters[i]);
        }
        InvocationTargetException thrown =
            assertThrows(
                InvocationTargetException.class,
                () -> method.invoke(null, arguments),
                method.toString());
        assertInstanceOf(NullPointerException.class, thrown.getCause(), method.toString());
        checked.add(method.getName());
      }
    }
    if (type != CatalogException.class && type != Coded.class && type != ReviewEvent.class) {
      assertFalse(checked.isEmpty(), "no static method with a reference parameter in " + type);
    }
  }

  private static Object sample(Class<?> type) {
    if (type == String.class || type == CharSequence.class) {
      return "1";
    }
    if (type == int.class) {
      return 1;
    }
    if (type == char.class) {
      return 'a';
    }
    if (type == Class.class) {
      return Theme.class;
    }
    throw new AssertionError("no sample for " + type);
  }

  @Test
  @SuppressWarnings("deprecation") // getMemberStates, format 1.0's accessor
  void everyCatalogueCollectionIsUnmodifiable() {
    assertThrows(
        UnsupportedOperationException.class,
        () -> StakeholderGroup.paragraph44().remove(0));
    assertThrows(UnsupportedOperationException.class, () -> Country.all().clear());
    assertThrows(
        UnsupportedOperationException.class,
        () -> RoundTable.ROUND_TABLE_4.getObjectives().clear());
    assertThrows(
        UnsupportedOperationException.class,
        () -> SubRegion.CENTRAL_ASIA.getCountries().clear());
    assertThrows(
        UnsupportedOperationException.class,
        () -> RegionalCommission.ECE.getMemberStates().orElseThrow().clear());
    assertThrows(
        UnsupportedOperationException.class,
        () -> RegionalReview.ofCommission(RegionalCommission.ECE).clear());
  }

  @ParameterizedTest
  @MethodSource("catalogTypes")
  void everyFieldIsFinal(Class<?> type) {
    for (var field : type.getDeclaredFields()) {
      if (!field.isSynthetic()) {
        assertTrue(Modifier.isFinal(field.getModifiers()), type.getSimpleName() + "." + field.getName());
      }
    }
  }
}
