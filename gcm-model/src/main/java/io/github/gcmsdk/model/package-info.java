/**
 * The GCM review model: stakeholder input documents, their sections, findings, recommendations,
 * promising practices, references, figures and open questions.
 *
 * <h2>Package specification</h2>
 * <ul>
 *   <li><b>Immutable and thread-safe.</b> Every type is an immutable value made with Immutables:
 *       build one with {@code X.builder()}, derive a changed copy with {@code withY(..)} ("the
 *       immutable equivalent of a setter"); the original is unaffected. Values compare by value
 *       and print readably.</li>
 *   <li><b>No nulls.</b> No method returns {@code null}: what may be absent is an
 *       {@link java.util.Optional}, and lists and maps are empty rather than absent. Passing
 *       {@code null} to a builder or factory throws {@link java.lang.NullPointerException}; a
 *       builder missing a required attribute throws {@link java.lang.IllegalStateException}
 *       naming it.</li>
 *   <li><b>Immutable collections.</b> Lists and maps returned are unmodifiable and keep the order
 *       in which they were given.</li>
 *   <li><b>Structure here, content rules in gcm-validation.</b> These types reject only what can
 *       never be a value (a missing required attribute, an unknown catalogue code). Blank text,
 *       lengths, unique ids and cross-references are rules of gcm-validation, so that a reader
 *       can build what a file holds and report every problem in it.</li>
 *   <li><b>Nothing lost.</b> Every object keeps the data a file held for it beyond the model in
 *       {@link io.github.gcmsdk.model.Extensible#getExtensions()}.</li>
 *   <li><b>Accessors are JavaBean getters</b> ({@code getText()}, {@code isForthcoming()}), so a
 *       plain {@code jakarta.validation.Validator} sees the constraints declared on them.</li>
 * </ul>
 */
@GcmStyle
package io.github.gcmsdk.model;
