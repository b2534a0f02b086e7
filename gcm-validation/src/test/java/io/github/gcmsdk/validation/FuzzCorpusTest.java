package io.github.gcmsdk.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.io.FuzzCorpus;
import org.junit.jupiter.api.Test;

/** The fuzz target of gcm-validation finds its seed corpus (see {@link FuzzCorpus}). */
class FuzzCorpusTest {

  @Test
  void validateFuzzTestHasItsSeedCorpus() {
    long inputs = FuzzCorpus.inputs(ValidateFuzzTest.class);
    assertTrue(inputs >= 8, () -> "ValidateFuzzTest replays " + inputs + " inputs");
  }
}
