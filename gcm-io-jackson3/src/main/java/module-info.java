/**
 * gcm-io on Jackson 3: the engine that {@code GcmJson} prefers when this module is present, and
 * {@link io.github.gcmsdk.io.jackson3.GcmJackson3Module} for Jackson 3 mappers.
 */
@SuppressWarnings("module") // "jackson3": named after the Jackson it runs on
module io.github.gcmsdk.io.jackson3 {
  requires transitive io.github.gcmsdk.io;
  requires tools.jackson.core;
  // GcmJackson3Module is a databind module (and databind's API carries jackson-core's)
  requires transitive tools.jackson.databind;

  exports io.github.gcmsdk.io.jackson3;

  provides io.github.gcmsdk.io.internal.JsonEngine.Provider
      with io.github.gcmsdk.io.jackson3.Jackson3Engine.Provider;
}
