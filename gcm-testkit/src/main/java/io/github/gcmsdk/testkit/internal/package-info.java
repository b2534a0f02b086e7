/**
 * Implementation of gcm-testkit: one composer (with a value policy and a fault policy), the
 * vocabulary read from the resource files {@code vocabulary.txt} and {@code faults.txt} of this
 * package, the breaking of one named rule, and shrinking.
 *
 * <p>Not part of the API: anything here may change without notice. Use
 * {@link io.github.gcmsdk.testkit.GcmGenerators} instead. Stateless helpers are thread-safe; the
 * builders and composers are used by one thread for one value.
 */
package io.github.gcmsdk.testkit.internal;
