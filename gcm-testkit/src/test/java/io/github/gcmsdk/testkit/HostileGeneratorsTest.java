package io.github.gcmsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.StakeholderInput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** anyDocuments, faultyDocuments, faultFreeDocuments and ByteMutations. */
class HostileGeneratorsTest {

  @Test
  void sameSeedSameDocuments() {
    assertEquals(GcmGenerators.anyDocuments().samples(5L, 50),
        GcmGenerators.anyDocuments().samples(5L, 50));
    assertEquals(GcmGenerators.faultyDocuments().samples(5L, 50),
        GcmGenerators.faultyDocuments().samples(5L, 50));
    assertNotEquals(GcmGenerators.anyDocuments().samples(5L, 5),
        GcmGenerators.anyDocuments().samples(6L, 5));
  }

  @Test
  void anyDocumentsHoldHostileTextAndExtensions() {
    List<StakeholderInput> documents = GcmGenerators.anyDocuments().samples(1L, 300);
    String all = documents.stream().map(StakeholderInput::toString)
        .collect(Collectors.joining());
    assertTrue(all.chars().anyMatch(Character::isISOControl), "control characters");
    assertTrue(all.chars().anyMatch(c -> Character.isSurrogate((char) c)), "surrogates");
    assertTrue(documents.stream().anyMatch(d -> !d.getExtensions().isEmpty()), "extensions");
    assertTrue(GcmGenerators.anyDocuments(true).samples(2L, 300).stream()
        .allMatch(d -> d.getExtensions().keySet().stream().allMatch(k -> k.startsWith("x-"))));
  }

  @Test
  void documentsShrink() {
    StakeholderInput big = GcmGenerators.anyDocuments().samples(3L, 20).stream()
        .filter(d -> !d.getSections().isEmpty()).findFirst().orElseThrow();
    assertTrue(GcmGenerators.anyDocuments().shrink(big).findAny().isPresent());
  }

  @Test
  void everyKindOfMutationChangesTheFileAndShrinkingShortensIt() {
    byte[] file = "{\"formatVersion\": \"1.0\", \"id\": \"d1\", \"title\": \"Caf\u00e9 \ud83d\ude42\"}"
        .getBytes(StandardCharsets.UTF_8);
    for (ByteMutations.Kind kind : ByteMutations.Kind.values()) {
      int changed = 0;
      for (long seed = 0; seed < 20; seed++) {
        byte[] mutant = ByteMutations.mutate(file, kind, Source.of(seed));
        if (!java.util.Arrays.equals(file, mutant)) {
          changed++;
        }
      }
      assertTrue(changed > 0, kind + " never changes the file");
    }
    assertTrue(ByteMutations.shorter(file).allMatch(b -> b.length < file.length));
    assertFalse(ByteMutations.shorter(new byte[0]).findAny().isPresent());
    Gen<byte[]> mutants = ByteMutations.of(Gen.constant(file));
    assertArrayEquals(mutants.sample(9L), mutants.sample(9L));
  }
}
