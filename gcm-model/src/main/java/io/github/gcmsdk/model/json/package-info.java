/**
 * A JSON value tree with no dependency on any JSON library.
 *
 * <p>The model uses it to carry data a file holds beyond the model (unknown properties, extension
 * data), so that nothing read is lost. Every type here is immutable and thread-safe; {@code null}
 * arguments throw {@link java.lang.NullPointerException}.
 */
package io.github.gcmsdk.model.json;
