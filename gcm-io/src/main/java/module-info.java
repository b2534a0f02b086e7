/**
 * Located, lossless reading and writing of GCM JSON.
 *
 * <p>{@code io.github.gcmsdk.io.internal} is not exported. The JSON Schema in this module's
 * package is encapsulated on the module path: read it with {@code GcmJson.jsonSchema()}.
 */
module io.github.gcmsdk.io {
  requires transitive io.github.gcmsdk.model;
  // GcmJacksonModule is a databind Module (and databind's API carries jackson-core's)
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;

  exports io.github.gcmsdk.io;
}
