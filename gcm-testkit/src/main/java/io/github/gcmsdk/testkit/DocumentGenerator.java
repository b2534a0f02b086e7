package io.github.gcmsdk.testkit;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.testkit.internal.Breaker;
import io.github.gcmsdk.testkit.internal.Composer;
import io.github.gcmsdk.testkit.internal.DocumentShrinker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Generates whole {@link StakeholderInput} documents, valid or breaking exactly one content rule,
 * according to its {@link Settings}.
 *
 * <p><b>Valid by default.</b> A document generated without an {@link Invalidity}:
 * <ul>
 *   <li>has identifiers in kebab-case ({@code obj11}, {@code obj11-rec-2}), unique across the
 *       document (sections, findings, recommendations, practices, figures, references, open
 *       questions; the document's own id differs from all of them);</li>
 *   <li>cites only figures and references that it holds, at document level or in any section;</li>
 *   <li>gives every recommendation at least one objective;</li>
 *   <li>has date ranges whose start is not after their end;</li>
 *   <li>names only countries of the review's region: the 56 UNECE member States when the review is
 *       {@code ece-2020} (or another UNECE review);</li>
 *   <li>declares one of the language tags {@code en}, {@code fr}, {@code es}, {@code ru},
 *       {@code en-GB}, and writes its texts in that language;</li>
 *   <li>has {@code https://} URLs only, texts that are neither blank nor too long, and no control
 *       characters anywhere;</li>
 *   <li>gives sibling sections distinct objectives, leaves no section empty (unless the settings
 *       allow no items) and names in its texts only objectives that the item or its sections
 *       link: gcm-validation's default profile reports no problem at all.</li>
 * </ul>
 *
 * <p><b>Invalid variants.</b> With {@link Settings#withInvalidity(Invalidity)} each document
 * breaks exactly that rule at one place; with {@link Settings#withAnyInvalidity()} each breaks one
 * rule chosen at random. The broken document is the valid document of the same source with that
 * one change (and, when the valid document has no place for the fault, one added section).
 * {@link #annotated()} tells which rule and where.
 *
 * <p><b>Shrinking.</b> {@link #shrink(StakeholderInput)} proposes documents with fewer sections,
 * fewer items, fewer optional parts and shorter texts; see {@link Properties}.
 *
 * <p>Immutable and thread-safe. The same source state gives the same document on every run and in
 * every JVM.
 */
public final class DocumentGenerator implements Gen<StakeholderInput> {

  /**
   * The knobs of a {@link DocumentGenerator}: size, extensions and invalidity.
   *
   * <p>Immutable and thread-safe; each {@code with} method returns a changed copy and leaves this
   * instance unaffected.
   */
  public static final class Settings {

    private static final Settings DEFAULTS = new Settings(1, 4, 0, 3, 3, false, List.of());

    private final int minSections;
    private final int maxSections;
    private final int minItems;
    private final int maxItems;
    private final int depth;
    private final boolean extensions;
    private final List<Invalidity> invalidities;

    private Settings(int minSections, int maxSections, int minItems, int maxItems, int depth,
        boolean extensions, List<Invalidity> invalidities) {
      this.minSections = minSections;
      this.maxSections = maxSections;
      this.minItems = minItems;
      this.maxItems = maxItems;
      this.depth = depth;
      this.extensions = extensions;
      this.invalidities = invalidities;
    }

    /**
     * Returns the default settings: 1 to 4 top-level sections, 0 to 3 items of each kind per
     * section, sections nested up to 3 levels, no extensions, valid documents.
     *
     * @return the defaults
     */
    public static Settings defaults() {
      return DEFAULTS;
    }

    /**
     * Returns a copy with {@code min} to {@code max} top-level sections. A document that must
     * break a rule gets one more section when it has nowhere to break it.
     *
     * @param min the fewest, at least 0
     * @param max the most, from {@code min} to 1000
     * @return the copy
     * @throws IllegalArgumentException if the bounds are invalid
     */
    public Settings withSections(int min, int max) {
      checkRange("sections", min, max, 1000);
      return new Settings(min, max, minItems, maxItems, depth, extensions, invalidities);
    }

    /**
     * Returns a copy with {@code min} to {@code max} items of each kind (findings,
     * recommendations, practices, figures, references, open questions) per section.
     *
     * @param min the fewest, at least 0
     * @param max the most, from {@code min} to 100
     * @return the copy
     * @throws IllegalArgumentException if the bounds are invalid
     */
    public Settings withItemsPerSection(int min, int max) {
      checkRange("items per section", min, max, 100);
      return new Settings(minSections, maxSections, min, max, depth, extensions, invalidities);
    }

    /**
     * Returns a copy whose sections nest at most {@code depth} levels: 1 for no nested sections.
     *
     * @param depth the most levels, from 1 to 10
     * @return the copy
     * @throws IllegalArgumentException if the depth is out of range
     */
    public Settings withDepth(int depth) {
      if (depth < 1 || depth > 10) {
        throw new IllegalArgumentException("Invalid value for depth: " + depth + " (1 to 10)");
      }
      return new Settings(minSections, maxSections, minItems, maxItems, depth, extensions,
          invalidities);
    }

    /**
     * Returns a copy in which objects may carry extensions: {@code x-} members holding JSON
     * values nested at most 3 deep, on about one object in seven.
     *
     * @param extensions whether to include extensions
     * @return the copy
     */
    public Settings withExtensions(boolean extensions) {
      return new Settings(minSections, maxSections, minItems, maxItems, depth, extensions,
          invalidities);
    }

    /**
     * Returns a copy whose documents each break {@code invalidity}, at one place.
     *
     * @param invalidity the rule to break, not null
     * @return the copy
     */
    public Settings withInvalidity(Invalidity invalidity) {
      Objects.requireNonNull(invalidity, "invalidity");
      return withInvalidities(List.of(invalidity));
    }

    /**
     * Returns a copy whose documents each break one of {@code invalidities}, chosen at random
     * per document.
     *
     * @param invalidities the rules, not null; empty for valid documents
     * @return the copy
     */
    public Settings withInvalidities(Collection<Invalidity> invalidities) {
      EnumSet<Invalidity> set = EnumSet.noneOf(Invalidity.class);
      for (Invalidity invalidity : invalidities) {
        set.add(Objects.requireNonNull(invalidity, "invalidity"));
      }
      return new Settings(minSections, maxSections, minItems, maxItems, depth, extensions,
          List.copyOf(new ArrayList<>(set)));
    }

    /**
     * Returns a copy whose documents each break one rule, chosen at random among all
     * {@link Invalidity} values.
     *
     * @return the copy
     */
    public Settings withAnyInvalidity() {
      return withInvalidities(EnumSet.allOf(Invalidity.class));
    }

    /**
     * Returns a copy that generates valid documents.
     *
     * @return the copy
     */
    public Settings valid() {
      return withInvalidities(List.of());
    }

    /**
     * Returns the fewest top-level sections.
     *
     * @return the number
     */
    public int getMinSections() {
      return minSections;
    }

    /**
     * Returns the most top-level sections.
     *
     * @return the number
     */
    public int getMaxSections() {
      return maxSections;
    }

    /**
     * Returns the fewest items of each kind per section.
     *
     * @return the number
     */
    public int getMinItemsPerSection() {
      return minItems;
    }

    /**
     * Returns the most items of each kind per section.
     *
     * @return the number
     */
    public int getMaxItemsPerSection() {
      return maxItems;
    }

    /**
     * Returns the most levels of sections.
     *
     * @return the depth, at least 1
     */
    public int getDepth() {
      return depth;
    }

    /**
     * Returns whether objects may carry extensions.
     *
     * @return true if they may
     */
    public boolean isExtensions() {
      return extensions;
    }

    /**
     * Returns the rules a document may be made to break, one per document.
     *
     * @return the rules in declaration order, empty for valid documents; unmodifiable
     */
    public List<Invalidity> getInvalidities() {
      return invalidities;
    }

    private static void checkRange(String what, int min, int max, int limit) {
      if (min < 0 || max < min || max > limit) {
        throw new IllegalArgumentException(
            "Invalid range for " + what + ": " + min + " to " + max + " (0 to " + limit + ")");
      }
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Settings o
          && minSections == o.minSections && maxSections == o.maxSections
          && minItems == o.minItems && maxItems == o.maxItems && depth == o.depth
          && extensions == o.extensions && invalidities.equals(o.invalidities);
    }

    @Override
    public int hashCode() {
      return Objects.hash(minSections, maxSections, minItems, maxItems, depth, extensions,
          invalidities);
    }

    /**
     * Returns the settings in a readable form.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return "Settings{sections=" + minSections + ".." + maxSections
          + ", itemsPerSection=" + minItems + ".." + maxItems
          + ", depth=" + depth + ", extensions=" + extensions
          + ", invalidities=" + invalidities + "}";
    }
  }

  private final Settings settings;

  DocumentGenerator(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Returns the settings.
   *
   * @return the settings
   */
  public Settings getSettings() {
    return settings;
  }

  /**
   * Generates a document.
   *
   * @param source the source of randomness, not null
   * @return the document
   */
  @Override
  public StakeholderInput next(Source source) {
    return generate(source).getDocument();
  }

  /**
   * Generates a document and says which rule it breaks, if any, and where.
   *
   * @param source the source of randomness, not null
   * @return the document and its fault
   */
  public GeneratedDocument generate(Source source) {
    Objects.requireNonNull(source, "source");
    // Separate streams: the valid document does not depend on whether a rule is broken.
    Source documentSource = source.split();
    Source faultSource = source.split();
    Composer composer = Composer.realistic(documentSource, settings.minSections,
        settings.maxSections, settings.minItems, settings.maxItems, settings.depth,
        settings.extensions);
    StakeholderInput document = composer.document();
    if (settings.invalidities.isEmpty()) {
      return GeneratedDocument.valid(document);
    }
    Invalidity rule = faultSource.pick(settings.invalidities);
    Breaker.Broken broken =
        Breaker.breakRule(rule, document, d -> composer.hostSection(), faultSource);
    return GeneratedDocument.invalid(broken.document(), rule, broken.pointer().toString());
  }

  /**
   * Returns a generator of the same documents, each with the rule it breaks and where. Its values
   * do not shrink (a smaller document may lose the fault the annotation describes).
   *
   * @return the generator
   */
  public Gen<GeneratedDocument> annotated() {
    return this::generate;
  }

  /**
   * Returns smaller versions of a document: without a section, without items, without optional
   * parts, with simpler items and shorter texts, the most aggressive first. Removing a figure or
   * reference also removes citations of it, so a valid document stays valid.
   *
   * @param value the document, not null
   * @return the candidates, lazily computed
   */
  @Override
  public Stream<StakeholderInput> shrink(StakeholderInput value) {
    return DocumentShrinker.candidates(value);
  }

  /**
   * Returns the settings in a readable form.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "DocumentGenerator" + settings;
  }
}
