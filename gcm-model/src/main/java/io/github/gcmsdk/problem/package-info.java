/**
 * Problems and reports: the one shape in which reading and validation tell what is wrong with a
 * document, where, and how to fix it.
 *
 * <p>Every type is immutable and thread-safe; no method returns {@code null}; {@code null}
 * arguments throw {@link java.lang.NullPointerException}.
 */
@GcmStyle
package io.github.gcmsdk.problem;

import io.github.gcmsdk.model.GcmStyle;
