/**
 * The gcm-sdk JSON format: lossless, located reading and canonical writing of stakeholder input
 * documents, a Jackson module, and the published JSON Schema.
 *
 * <ul>
 *   <li>{@link io.github.gcmsdk.io.GcmJson} reads and writes documents and collections of them
 *       ({@code read}, {@code readCollection}, {@code write}, {@code writeCollection}, {@code
 *       toCanonicalBytes}).</li>
 *   <li>{@link io.github.gcmsdk.io.ReadResult} is what a read gives: the document and a report
 *       of every problem, located by JSON Pointer, line and column.</li>
 *   <li>{@link io.github.gcmsdk.io.ReadProblem} lists the problems reading can report, with their
 *       stable codes ({@code GCM-J001} ...).</li>
 *   <li>{@link io.github.gcmsdk.io.ReadLimits} bounds what a reader accepts.</li>
 *   <li>{@link io.github.gcmsdk.io.GcmJacksonModule} plugs the format into any Jackson {@code
 *       ObjectMapper}.</li>
 * </ul>
 *
 * <p>The format is documented in {@code FORMAT.md}; its JSON Schema is the resource {@code
 * io/github/gcmsdk/io/gcm-stakeholder-input.schema.json} (also {@link
 * io.github.gcmsdk.io.GcmJson#jsonSchema()}).
 *
 * <h2>Package specification</h2>
 * <ul>
 *   <li><b>Null.</b> No method returns {@code null}; passing {@code null} throws {@link
 *       java.lang.NullPointerException}.</li>
 *   <li><b>Immutable and thread-safe.</b> {@code GcmJson}, {@code ReadResult}, {@code ReadLimits}
 *       and {@code ReadProblem} are immutable and thread-safe; builders are not thread-safe.
 *       {@code GcmJacksonModule} is thread-safe once registered. The streams returned by {@code
 *       readCollection} are, like any stream, for one thread.</li>
 *   <li><b>Total reading.</b> Reading never throws for bad content: any bytes give a result. Only
 *       I/O failures of files and streams are thrown, as {@link java.io.UncheckedIOException}.
 *       </li>
 *   <li><b>Verbs.</b> {@code read} turns JSON into a result; {@code write} turns a document into
 *       JSON; {@code to} converts ({@code toCanonicalBytes}); {@code with} returns a changed copy
 *       ({@code ReadLimits.withMaxStringLength}).</li>
 *   <li><b>No polymorphic typing.</b> Nothing in gcm-io uses Jackson default typing or type ids:
 *       what a file holds never decides which Java class is instantiated.</li>
 * </ul>
 */
package io.github.gcmsdk.io;
