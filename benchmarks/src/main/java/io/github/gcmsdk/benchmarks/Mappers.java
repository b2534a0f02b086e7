package io.github.gcmsdk.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Jackson mappers of the baselines. */
final class Mappers {
  /** For compacting the data only. */
  static final ObjectMapper TREE = new ObjectMapper();

  /** Databind into the plain classes of {@link Pojos}; unknown properties fail (none expected). */
  static final ObjectMapper POJO = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private Mappers() {}
}
