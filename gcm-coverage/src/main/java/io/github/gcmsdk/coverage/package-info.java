/**
 * Coverage of the Global Compact's objectives, stakeholder groups and countries across a set of
 * stakeholder input documents: how many sections, findings, recommendations, promising practices
 * and pledges concern each; and how many documents feed each review process, commission and
 * regional review, and how many events of each kind their reviews list.
 *
 * <p>{@link io.github.gcmsdk.coverage.Coverage} is the entry point; it needs only the model, so any
 * tool that holds {@link io.github.gcmsdk.model.StakeholderInput} values can call it. The
 * {@code gcm summary} command prints it.
 *
 * <h2>Package specification</h2>
 * <ul>
 *   <li>Results are immutable and thread-safe; a {@link io.github.gcmsdk.coverage.Coverage.Builder}
 *       is not thread-safe.</li>
 *   <li>No method returns {@code null}; {@code null} arguments throw
 *       {@link java.lang.NullPointerException}.</li>
 *   <li>Maps iterate in a fixed order: objectives by number, stakeholder groups in catalogue order,
 *       countries by ISO 3166-1 alpha-2 code, processes, commissions, regional reviews and event
 *       kinds in catalogue order. They hold only entries with a count above zero.</li>
 * </ul>
 */
package io.github.gcmsdk.coverage;
