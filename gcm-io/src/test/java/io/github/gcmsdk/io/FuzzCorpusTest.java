package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each fuzz target of gcm-io finds its seed corpus (see {@link FuzzCorpus}). */
class FuzzCorpusTest {

  @Test
  void everyFuzzTargetOfGcmIoHasItsSeedCorpus() {
    for (Class<?> target : new Class<?>[] {ReadFuzzTest.class, CollectionFuzzTest.class,
        RoundTripFuzzTest.class}) {
      long inputs = FuzzCorpus.inputs(target);
      assertTrue(inputs >= 8, () -> target.getSimpleName() + " replays " + inputs
          + " inputs: its folder <ClassName>Inputs/<methodName> is missing or nearly empty");
    }
  }
}
