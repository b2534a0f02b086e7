package io.github.gcmsdk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalogues refer to one another (objectives to round tables and back, commissions to
 * countries, reviews to commissions). Whatever class a program touches first, initialisation must
 * not see a half-built enum. Each case loads the package afresh in its own class loader.
 */
class InitialisationOrderTest {

  private static URLClassLoader freshLoader() {
    URL classes = Objective.class.getProtectionDomain().getCodeSource().getLocation();
    return new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "RoundTable",
        "Objective",
        "RegionalReview",
        "RegionalCommission",
        "SubRegion",
        "Country",
        "StakeholderGroup",
        "GuidingPrinciple",
        "Theme",
        "RegionalOrganization",
        "MigrationReviewForum",
        "ReviewEvent"
      })
  void anyCatalogueCanBeInitialisedFirst(String first) throws Exception {
    try (URLClassLoader loader = freshLoader()) {
      check(first, loader);
    }
  }

  private static void check(String first, ClassLoader loader) throws Exception {
    Class.forName("io.github.gcmsdk.catalog." + first, true, loader);
    Class<?> objective = Class.forName("io.github.gcmsdk.catalog.Objective", true, loader);
    Class<?> roundTable = Class.forName("io.github.gcmsdk.catalog.RoundTable", true, loader);
    for (Object constant : objective.getEnumConstants()) {
      Object table = objective.getMethod("getRoundTable").invoke(constant);
      Object back = roundTable.getMethod("of", objective).invoke(null, constant);
      assertEquals(table, back);
    }
    Class<?> review = Class.forName("io.github.gcmsdk.catalog.RegionalReview", true, loader);
    for (Object constant : review.getEnumConstants()) {
      assertEquals(
          true, review.getMethod("getCommission").invoke(constant) != null, constant.toString());
    }
  }

  @Test
  void roundTableFirstThenObjectiveGivesTheSameClusters() throws Exception {
    try (URLClassLoader loader = freshLoader()) {
      Class<?> roundTable = Class.forName("io.github.gcmsdk.catalog.RoundTable", true, loader);
      Method getObjectives = roundTable.getMethod("getObjectives");
      Object first = roundTable.getEnumConstants()[0];
      assertEquals(
          List.of(
              "MINIMIZE_ADVERSE_DRIVERS",
              "REGULAR_PATHWAYS",
              "RECRUITMENT_AND_DECENT_WORK",
              "SCREENING_AND_REFERRAL",
              "SKILLS_DEVELOPMENT_AND_RECOGNITION"),
          ((Set<?>) getObjectives.invoke(first)).stream().map(Object::toString).toList());
    }
  }
}
