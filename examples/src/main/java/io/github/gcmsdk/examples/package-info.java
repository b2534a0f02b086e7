/**
 * Small runnable programs for developers who embed gcm-sdk: build a document in code
 * ({@link io.github.gcmsdk.examples.BuildDocument}), write it as JSON
 * ({@link io.github.gcmsdk.examples.WriteDocument}), read and validate a file
 * ({@link io.github.gcmsdk.examples.ReadAndValidate}) and list recommendations by objective across
 * files ({@link io.github.gcmsdk.examples.RecommendationsByObjective}).
 *
 * <p>Each has a {@code main} and a {@code run} method that returns what {@code main} prints; the
 * tests call {@code run} and check its output, so the examples cannot rot. The code between
 * {@code // START SNIPPET: name} and {@code // END SNIPPET: name} comments is what the README
 * quotes.
 */
package io.github.gcmsdk.examples;
