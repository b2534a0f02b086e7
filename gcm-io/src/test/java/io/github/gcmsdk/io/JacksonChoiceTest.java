package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.gcmsdk.io.internal.JsonEngines;
import org.junit.jupiter.api.Test;

/** Which Jackson a GcmJson runs on, and what it says when the one chosen is not at hand. */
class JacksonChoiceTest {

  @Test
  void jackson2IsAlwaysAtHandAndKeptByToBuilder() {
    GcmJson two = GcmJson.builder().jacksonMajorVersion(2).locale(java.util.Locale.FRENCH).build();
    assertTrue(two.getJacksonVersion().startsWith("2."), two.getJacksonVersion());
    assertTrue(two.toBuilder().build().getJacksonVersion().startsWith("2."));
    assertTrue(two.toString().contains("jackson=2."), two.toString());
  }

  @Test
  void onlyMajorVersionsTwoAndThreeExist() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GcmJson.builder().jacksonMajorVersion(4));
    assertEquals("Jackson's major version is 2 or 3, not 4", e.getMessage());
  }

  @Test
  void jackson3WithoutGcmIoJackson3SaysWhichArtifactIsMissing() {
    assumeTrue(JsonEngines.forMajorVersion(3).isEmpty(),
        "gcm-io-jackson3 is on this class path (its own run of these tests)");
    assertTrue(GcmJson.standard().getJacksonVersion().startsWith("2."));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> GcmJson.builder().jacksonMajorVersion(3).build());
    assertTrue(e.getMessage().contains("io.github.gcmsdk:gcm-io-jackson3"), e.getMessage());
  }
}
