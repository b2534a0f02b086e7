/**
 * Located, lossless reading and writing of GCM JSON.
 *
 * <p>{@code io.github.gcmsdk.io.internal} is exported to gcm-io-jackson3 only. The JSON Schema in this module's
 * package is encapsulated on the module path: read it with {@code GcmJson.jsonSchema()}.
 */
module io.github.gcmsdk.io {
  requires transitive io.github.gcmsdk.model;
  // GcmJacksonModule is a databind Module (and databind's API carries jackson-core's)
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;

  exports io.github.gcmsdk.io;
  // the shared binder, format table and engine interface, for gcm-io on Jackson 3 only
  exports io.github.gcmsdk.io.internal to io.github.gcmsdk.io.jackson3;

  // the JSON engines other modules provide (gcm-io-jackson3's)
  uses io.github.gcmsdk.io.internal.JsonEngine.Provider;
}
