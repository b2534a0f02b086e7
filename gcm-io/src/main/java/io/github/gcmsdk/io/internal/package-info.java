/**
 * The implementation of gcm-io; not an API: anything here may change in any release.
 *
 * <p>One concept, one place: {@link io.github.gcmsdk.io.internal.Format} describes the JSON
 * format once, as a table of types and their properties, and the streaming reader ({@link
 * io.github.gcmsdk.io.internal.Binder}), the canonical writer ({@link
 * io.github.gcmsdk.io.internal.CanonicalWriter}), the JSON Schema ({@link
 * io.github.gcmsdk.io.internal.SchemaGenerator}) and the Jackson modules are all derived from it.
 * The binder and the writer know no JSON engine: they read a {@link
 * io.github.gcmsdk.io.internal.TokenSource} and write a {@link
 * io.github.gcmsdk.io.internal.TokenSink}, which a {@link io.github.gcmsdk.io.internal.JsonEngine}
 * opens on Jackson 2 (here) or Jackson 3 (gcm-io-jackson3, to which this package is exported).
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}. Tables, codecs and settings are
 * immutable and thread-safe; a {@code Binder}, a {@code ProblemSink} and a {@code SourceReader}
 * serve one read and are not thread-safe.
 */
package io.github.gcmsdk.io.internal;
