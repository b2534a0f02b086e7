/**
 * gcm-testkit: seeded, reproducible generators of realistic GCM test data, and a tiny property
 * runner with shrinking. Add it to a project with {@code <scope>test</scope>}.
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>{@link io.github.gcmsdk.testkit.Gen}: a generator, {@code T next(Source)}, with
 *       {@code map}, {@code filter}, {@code list}, {@code optional}, {@code oneOf} and
 *       shrinking;</li>
 *   <li>{@link io.github.gcmsdk.testkit.GcmGenerators}: the facade, one static factory per kind of
 *       value, from catalogue values to whole documents;</li>
 *   <li>{@link io.github.gcmsdk.testkit.DocumentGenerator}: documents of a chosen size, with or
 *       without extensions, valid or breaking exactly one
 *       {@link io.github.gcmsdk.testkit.Invalidity content rule};</li>
 *   <li>{@link io.github.gcmsdk.testkit.Properties}: runs a
 *       {@link io.github.gcmsdk.testkit.GcmProperty} on many cases and reduces a failing one.</li>
 * </ul>
 *
 * <h2>Package specification</h2>
 * <ul>
 *   <li><b>Determinism.</b> All randomness comes from a {@link io.github.gcmsdk.testkit.Source},
 *       a wrapper over {@link java.util.SplittableRandom}: the same seed gives the same data on
 *       every run and in every JVM. Nothing uses {@code Math.random()}, the clock, or the
 *       iteration order of a {@code HashMap} or {@code HashSet}. (Only
 *       {@link io.github.gcmsdk.testkit.GcmGenerators#countries()} depends on the JDK, whose list
 *       of countries it draws from.)</li>
 *   <li><b>Thread safety.</b> Generators, settings, shrinkers and the runner are immutable and
 *       thread-safe, and may be shared. A {@code Source} is mutable and not thread-safe: it is
 *       never shared, and each thread or case uses its own.</li>
 *   <li><b>No nulls.</b> Passing {@code null} to a method throws
 *       {@link java.lang.NullPointerException}; generators never produce {@code null}.</li>
 *   <li><b>Own code, no framework.</b> The module depends on gcm-model only; it uses no
 *       property-testing library.</li>
 * </ul>
 */
package io.github.gcmsdk.testkit;
