/**
 * Implementation of gcm-testkit: vocabulary, document composition, rule breaking and shrinking.
 *
 * <p>Not part of the API: anything here may change without notice. Use
 * {@link io.github.gcmsdk.testkit.GcmGenerators} instead. Stateless helpers are thread-safe; the
 * builders and composers are used by one thread for one value.
 */
package io.github.gcmsdk.testkit.internal;
