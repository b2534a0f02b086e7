package io.github.gcmsdk.validation;

import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadProblem;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.JsonPointer;
import io.github.gcmsdk.problem.Location;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.problem.Severity;
import io.github.gcmsdk.validation.internal.DocumentRules;
import io.github.gcmsdk.validation.internal.Locales;
import io.github.gcmsdk.validation.internal.ModelConstraints;
import io.github.gcmsdk.validation.internal.Pruning;
import io.github.gcmsdk.validation.internal.RuleMessages;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Tells whether a stakeholder input is fit to publish and, if not, exactly what to fix: every
 * problem with a stable code, a severity, a location and a message in the reader's language.
 *
 * <pre>{@code
 * GcmValidator validator = GcmValidator.builder()
 *     .profile(Profile.PUBLICATION)
 *     .disable("GCM-V016")
 *     .severity("GCM-V015", Severity.ERROR)
 *     .locale(Locale.FRENCH)
 *     .build();
 * Report report = validator.validate(input);
 * System.out.print(report.toText()); // one line per problem, then a summary line
 * }</pre>
 *
 * <p>A validation runs two kinds of checks, listed in {@link ValidationRule}:
 *
 * <ol>
 *   <li>the Jakarta Bean Validation constraints declared on the model ({@code @Text}, {@code
 *       @Identifier}, ...); each violation becomes a problem located at the value ({@code
 *       /sections/0/heading}), with the code of the constraint ({@link ConstraintViolations#ruleOf})
 *       and the constraint's message. Hibernate Validator checks them, as an application's own
 *       {@code jakarta.validation.Validator} does (mapped by {@link ConstraintViolations}), with a
 *       factory built once, the first time constraints are checked, that evaluates no
 *       Expression Language; the document rules below are not run twice through the model's
 *       {@code @PassesDocumentRules};</li>
 *   <li>the document rules, which need the whole document (unique ids, resolved cross-references,
 *       objectives, regions), each linear in the size of the document.</li>
 * </ol>
 *
 * <p><b>Files.</b> {@link #validate(Path)}, {@link #validate(byte[])} and {@link
 * #validateJson(String)} read the document with gcm-io first: the report then holds gcm-io's reading
 * problems ({@code GCM-J...}, such as unknown country codes) and the rule problems together, every
 * one located by pointer, line and column ({@code ReadResult.locate}), sorted by line and column.
 *
 * <p><b>Total.</b> {@code validate} never throws on a document: a check that fails unexpectedly
 * becomes a {@link ValidationRule#INTERNAL_ERROR} problem ({@code GCM-V000}) and the other checks
 * still run. Sections nested more than {@value
 * io.github.gcmsdk.validation.internal.Pruning#MAX_CASCADE_DEPTH} levels deep are left out of
 * the constraint checks (whose recursion would overflow the stack); {@code GCM-V018} reports the
 * nesting.
 *
 * <p><b>Severities.</b> The {@link Profile} gives each rule its default severity; {@link
 * Builder#severity(String, Severity)} changes it and {@link Builder#disable(String)} switches a
 * rule off. {@link Report#isValid()} is true when no problem is an {@link Severity#ERROR}.
 *
 * <p><b>Languages.</b> Messages and hints are in English, French, Spanish or Russian, chosen by
 * {@link Builder#locale(Locale)}, reading problems included (by language, so {@code fr-CA} is
 * French; English for any other: {@link io.github.gcmsdk.problem.MessageLocales}). Messages never
 * hold partner text except as a short escaped excerpt ({@value
 * io.github.gcmsdk.problem.Excerpt#MAX_CODE_POINTS} characters at most) in a
 * parameter, and no Expression Language is ever evaluated.
 *
 * <p><b>Thread safety.</b> Instances are immutable and thread-safe: build one and share it. All
 * instances share one Hibernate Validator factory, built the first time a document's constraints
 * are checked.
 */
public final class GcmValidator {

  private final Profile profile;
  private final Locale locale;
  private final Locale bundleLocale;
  private final Map<ValidationRule, Severity> severities;
  private final Set<ValidationRule> enabled;
  private final GcmJson json;

  private GcmValidator(Builder builder) {
    this.profile = builder.profile;
    this.locale = builder.locale;
    this.bundleLocale = Locales.supported(builder.locale);
    EnumMap<ValidationRule, Severity> map = new EnumMap<>(ValidationRule.class);
    for (ValidationRule rule : ValidationRule.values()) {
      if (!builder.disabled.contains(rule)) {
        map.put(rule, builder.severities.getOrDefault(rule, rule.getDefaultSeverity(profile)));
      }
    }
    this.severities = Collections.unmodifiableMap(map);
    this.enabled = Collections.unmodifiableSet(
        map.isEmpty() ? EnumSet.noneOf(ValidationRule.class) : EnumSet.copyOf(map.keySet()));
    // one language per report: a reader set with json(..) keeps its settings but takes this locale
    this.json = builder.json == null ? GcmJson.builder().locale(locale).build()
        : builder.json.getLocale().equals(locale) ? builder.json
        : builder.json.toBuilder().locale(locale).build();
  }

  /**
   * Returns a validator for publication, with English messages.
   *
   * @return a validator with the defaults of {@link Builder}
   */
  public static GcmValidator standard() {
    return builder().build();
  }

  /**
   * Returns a new builder: profile {@link Profile#PUBLICATION}, every rule on at its default
   * severity, English messages.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the profile.
   *
   * @return the profile, not null
   */
  public Profile getProfile() {
    return profile;
  }

  /**
   * Returns the locale asked for with {@link Builder#locale(Locale)}.
   *
   * @return the locale, not null
   */
  public Locale getLocale() {
    return locale;
  }

  /**
   * Returns the severity a rule's problems get from this validator.
   *
   * @param rule the rule, not null
   * @return the severity, or empty if the rule is switched off
   */
  public Optional<Severity> getSeverity(ValidationRule rule) {
    return Optional.ofNullable(severities.get(Objects.requireNonNull(rule, "rule")));
  }

  /**
   * Validates a document built in code. Problems are located by JSON Pointer only (no line or
   * column) and come in document order.
   *
   * @param document the document, not null
   * @return the report, never null; the method never throws for a non-null document
   * @throws NullPointerException if the document is null
   */
  public Report validate(StakeholderInput document) {
    Objects.requireNonNull(document, "document");
    return Report.of(check(document, Location::of));
  }

  /**
   * Reads a file with gcm-io and validates the document it holds: one report with the reading
   * problems ({@code GCM-J...}) and the rule problems ({@code GCM-V...}), each located by pointer,
   * line and column, sorted by line and column.
   *
   * <p>Reading is lenient ({@link GcmJson#standard()}-like) unless {@link Builder#json(GcmJson)}
   * set another reader; its messages are in this validator's language. When the file cannot be
   * built into a document at all (a syntax error, for example), the report holds the reading
   * problems only; when parts of it could not be built, the rules check what was built.
   *
   * <p>The file holds one document. A file of several (JSON Lines, named {@code *.jsonl} or
   * {@code *.ndjson}, or a JSON array) is not one document: its reading errors then carry a hint
   * to {@link #validateCollection(Path)}, which reports each document on its own.
   *
   * @param file the file, UTF-8, not null
   * @return the report, never null
   * @throws UncheckedIOException if the file itself cannot be read (as gcm-io does); problems of
   *     its content never throw
   */
  public Report validate(Path file) {
    Objects.requireNonNull(file, "file");
    ReadResult<StakeholderInput> result;
    try {
      result = json.read(file);
    } catch (UncheckedIOException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      return readingFailed(e);
    }
    Report report = validate(result);
    if (!result.getReport().isValid() && isCollection(file)) {
      // one report for many documents would mix their pointers: point to the method that doesn't,
      // on the errors of the document as a whole (trailing content, an array for an object)
      String hint = RuleMessages.collectionHint(bundleLocale);
      List<Problem> problems = new ArrayList<>();
      for (Problem problem : report.getProblems()) {
        boolean whole = problem.getSeverity() == Severity.ERROR
            && problem.getLocation().getPointer().isEmpty()
            && result.getReport().getProblems().contains(problem);
        problems.add(whole ? problem.withHint(hint) : problem);
      }
      return Report.of(problems);
    }
    return report;
  }

  /**
   * Reads and validates every document of a collection file, lazily: JSON Lines if the file is
   * named {@code *.jsonl} or {@code *.ndjson}, otherwise a JSON array if its first character is
   * {@code [}, otherwise the file's one document (a collection of one). This is what {@code gcm
   * validate} does with such files.
   *
   * <pre>{@code
   * try (Stream<DocumentReport> reports = validator.validateCollection(Path.of("inputs.jsonl"))) {
   *   reports.filter(r -> !r.isValid())
   *       .forEach(r -> System.out.print(r.getReport().toText("inputs.jsonl")));
   * }
   * }</pre>
   *
   * <p><b>Memory.</b> Documents are read one at a time as the stream is consumed: each is read,
   * validated and dropped, and only its {@link DocumentReport} (its problems, not the document)
   * is passed on. A pipeline that consumes the reports as they come runs in memory bounded by the
   * largest document, whatever the size of the file; collecting the reports keeps every report.
   * Close the stream (try-with-resources) to close the file.
   *
   * <p>Each report is {@link #validate(ReadResult)}'s for its document: reading and rule
   * problems, located by pointer into that document and by line and column in the file.
   *
   * @param file the file, UTF-8, not null
   * @return the reports, one per document, in file order
   * @throws UncheckedIOException if the file cannot be opened, or, from the stream, if reading it
   *     fails; problems of its content never throw
   */
  public Stream<DocumentReport> validateCollection(Path file) {
    Objects.requireNonNull(file, "file");
    return json.readCollection(file).map(this::documentReport);
  }

  /**
   * Reads and validates every document of a collection from a byte stream, lazily, as {@link
   * #validateCollection(Path)} does; the stream is not closed.
   *
   * @param in the bytes, UTF-8, not null
   * @param format the layout, not null
   * @return the reports, one per document, in order
   * @throws UncheckedIOException from the stream, if reading fails
   */
  public Stream<DocumentReport> validateCollection(InputStream in, CollectionFormat format) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    return json.readCollection(in, format).map(this::documentReport);
  }

  private DocumentReport documentReport(ReadResult<StakeholderInput> result) {
    return new DocumentReport(result.getIndex().orElse(0), result.getLine(),
        result.getDocument().map(StakeholderInput::getId), validate(result));
  }

  /**
   * Whether a file is laid out as a collection: named as JSON Lines, or a JSON array (its first
   * character other than white space and a byte order mark is {@code [}).
   */
  private static boolean isCollection(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return true;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      int b = in.read();
      if (b == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
        b = in.read();
      }
      while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
        b = in.read();
      }
      return b == '[';
    } catch (IOException e) {
      return false; // the file was read a moment ago; if it is gone now, keep gcm-io's report
    }
  }

  /**
   * Reads a document from bytes with gcm-io and validates it, as {@link #validate(Path)} does.
   *
   * @param json the JSON document, UTF-8 with or without byte order mark, not null
   * @return the report, never null; the method never throws for non-null bytes
   */
  public Report validate(byte[] json) {
    Objects.requireNonNull(json, "json");
    try {
      return validate(this.json.read(json));
    } catch (RuntimeException | StackOverflowError e) {
      return readingFailed(e);
    }
  }

  /**
   * Reads a document from JSON text held in a string with gcm-io and validates it, as
   * {@link #validate(Path)} does. The string is the document itself, not the name of a file.
   *
   * @param json the JSON text of one document, not null
   * @return the report, never null; the method never throws for a non-null text
   */
  public Report validateJson(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return validate(this.json.readJson(json));
    } catch (RuntimeException | StackOverflowError e) {
      return readingFailed(e);
    }
  }

  /**
   * Validates what gcm-io read: the reading problems and the rule problems in one report, each
   * located by pointer, line and column, sorted by line and column. Use it when you read with
   * gcm-io yourself, for example the documents of a collection ({@code GcmJson.readCollection}).
   *
   * <p>Rule problems that only follow from a reading error are left out: where reading reported
   * an error at or inside the value a rule speaks of, or in the objectives it inherits (objective
   * 24 was dropped, so "the recommendation addresses no objective"), the reading error is the one
   * problem to fix.
   *
   * @param result a reading result, not null
   * @return the report, never null; the method never throws
   */
  public Report validate(ReadResult<StakeholderInput> result) {
    Objects.requireNonNull(result, "result");
    Optional<StakeholderInput> document = result.getDocument();
    if (document.isEmpty()) {
      return result.getReport();
    }
    List<JsonPointer> readingErrors = new ArrayList<>();
    for (Problem problem : result.getReport().getProblems(Severity.ERROR)) {
      try {
        readingErrors.add(problem.getLocation().toJsonPointer());
      } catch (IllegalArgumentException e) {
        // not a pointer gcm-io gives; such an error cannot be matched to a value, keep the rules'
      }
    }
    List<Problem> rules = new ArrayList<>();
    for (Problem problem : check(document.get(), result::locate)) {
      if (!followsFromReadingError(problem, readingErrors)) {
        rules.add(problem);
      }
    }
    return result.getReport().plus(Report.of(rules)).sortedByLocation();
  }

  /** The rules whose verdict depends on the objectives an item inherits from its sections. */
  private static final Set<String> OBJECTIVE_RULES = Set.of(
      ValidationRule.RECOMMENDATION_WITHOUT_OBJECTIVE.getCode(),
      ValidationRule.OBJECTIVE_IN_SIBLING_SECTIONS.getCode(),
      ValidationRule.OBJECTIVE_MENTIONED_NOT_LINKED.getCode());

  /**
   * Whether a rule problem follows from a reading error: one at or inside the value the problem
   * names, or, for the objective rules, one in the objectives of that value or of anything
   * enclosing it (items inherit their sections' objectives, so a dropped objective leaves them
   * without one).
   */
  private static boolean followsFromReadingError(Problem problem,
      List<JsonPointer> readingErrors) {
    if (readingErrors.isEmpty()) {
      return false;
    }
    JsonPointer pointer;
    try {
      pointer = problem.getLocation().toJsonPointer();
    } catch (IllegalArgumentException e) {
      return false; // check() makes well-formed pointers; a locator that did not is not trusted
    }
    boolean inheritsObjectives = OBJECTIVE_RULES.contains(problem.getCode());
    for (JsonPointer error : readingErrors) {
      if (error.startsWith(pointer)) {
        return true;
      }
      for (Optional<JsonPointer> enclosing = Optional.of(pointer);
          inheritsObjectives && enclosing.isPresent(); enclosing = enclosing.get().parent()) {
        if (error.startsWith(enclosing.get().child("objectives"))) {
          return true;
        }
      }
    }
    return false;
  }


  private Report readingFailed(Throwable e) {
    List<Problem> problems = new ArrayList<>();
    if (enabled.contains(ValidationRule.INTERNAL_ERROR)) {
      DocumentRules.internalError((rule, at, parameters) -> problems.add(problem(rule,
          Location.of(at), RuleMessages.message(rule, bundleLocale, parameters))),
          "gcm-io reading", e);
    }
    return Report.of(problems);
  }

  /**
   * Runs every enabled check; locates each problem with {@code locate}. Never throws. The
   * problems come in document order, then by code.
   */
  private List<Problem> check(StakeholderInput document, Function<String, Location> locate) {
    BoundedProblems problems = new BoundedProblems(json.getLimits().getMaxProblems(), locate);
    DocumentRules.Sink sink = (rule, at, parameters) -> problems.add(rule, at,
        () -> RuleMessages.message(rule, bundleLocale, parameters));
    boolean constraints = false;
    for (ValidationRule rule : enabled) {
      constraints |= rule.isConstraintRule();
    }
    if (constraints) {
      try {
        ModelConstraints.check(Pruning.forBeanValidation(document), bundleLocale,
            (rule, at, message) -> {
              if (enabled.contains(rule)) {
                problems.add(rule, at, () -> message);
              }
            });
      } catch (RuntimeException | StackOverflowError | LinkageError e) {
        // LinkageError: the factory could not be built (a broken classpath), once and for all
        DocumentRules.internalError(sink, "GCM-V001..GCM-V008", e);
      }
    }
    try {
      DocumentRules.check(document, enabled, sink);
    } catch (RuntimeException | StackOverflowError e) {
      DocumentRules.internalError(sink, "GCM-V009..GCM-V020", e);
    }
    return problems.sorted();
  }

  /**
   * The rule problems of one document, bounded as gcm-io bounds reading problems: the first
   * {@code max} are kept; past them a problem is only counted by code (no message, no location),
   * and one {@link ReadProblem#PROBLEMS_LEFT_OUT} gives the counts.
   */
  private final class BoundedProblems {
    private final int max;
    private final Function<String, Location> locate;
    private final List<Kept> kept = new ArrayList<>();
    private final Map<String, Long> leftOut = new TreeMap<>();
    private Severity leftOutSeverity = Severity.INFO;
    private JsonPointer firstLeftOut;

    BoundedProblems(int max, Function<String, Location> locate) {
      this.max = max;
      this.locate = locate;
    }

    void add(ValidationRule rule, JsonPointer pointer, Supplier<String> message) {
      Severity severity = severities.get(rule);
      if (kept.size() < max) {
        kept.add(new Kept(pointer, problem(rule, locate(locate, pointer), message.get())));
        return;
      }
      leftOut.merge(rule.getCode(), 1L, Long::sum);
      if (firstLeftOut == null) {
        firstLeftOut = pointer;
      }
      if (severity.isAtLeast(leftOutSeverity)) {
        leftOutSeverity = severity;
      }
    }

    /** The problems kept, in document order (the rules run one after another), then the count. */
    List<Problem> sorted() {
      kept.sort(Comparator.comparing(Kept::at)
          .thenComparing(k -> k.problem().getCode()));
      List<Problem> sorted = new ArrayList<>(kept.size() + 1);
      for (Kept k : kept) {
        sorted.add(k.problem());
      }
      if (!leftOut.isEmpty()) {
        sorted.add(ReadProblem.problemsLeftOut(leftOut, max, leftOutSeverity,
            locate(locate, firstLeftOut), bundleLocale));
      }
      return sorted;
    }
  }

  /** A problem kept, with its pointer, to sort by it without parsing its text back. */
  private record Kept(JsonPointer at, Problem problem) {}

  private static Location locate(Function<String, Location> locate, JsonPointer pointer) {
    try {
      Location location = locate.apply(pointer.toString());
      return location != null ? location : Location.of(pointer);
    } catch (RuntimeException e) {
      return Location.of(pointer);
    }
  }

  private Problem problem(ValidationRule rule, Location location, String message) {
    return Problem.builder()
        .code(rule.getCode())
        .severity(severities.get(rule))
        .location(location)
        .message(message)
        .hint(rule.getHint(bundleLocale))
        .build();
  }

  @Override
  public String toString() {
    return "GcmValidator{profile=" + profile + ", locale=" + locale.toLanguageTag()
        + ", rules=" + severities + "}";
  }

  /**
   * Builds {@link GcmValidator}s. Not thread-safe; each {@link #build()} returns an independent,
   * immutable validator.
   */
  public static final class Builder {
    private Profile profile = Profile.PUBLICATION;
    private Locale locale = Locale.ENGLISH;
    private final Set<ValidationRule> disabled = EnumSet.noneOf(ValidationRule.class);
    private final Map<ValidationRule, Severity> severities = new EnumMap<>(ValidationRule.class);
    private GcmJson json;

    private Builder() {}

    /**
     * Sets the profile, which gives every rule its default severity.
     *
     * @param profile the profile, not null
     * @return this builder
     */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Switches a rule off: its problems are not reported.
     *
     * @param code the rule's code, such as {@code "GCM-V016"}, not null
     * @return this builder
     * @throws IllegalArgumentException if no rule has this code
     */
    public Builder disable(String code) {
      return disable(ValidationRule.fromCode(code));
    }

    /**
     * Switches a rule off: its problems are not reported. A rule switched off stays off whatever
     * severity is set for it.
     *
     * @param rule the rule, not null
     * @return this builder
     */
    public Builder disable(ValidationRule rule) {
      disabled.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Sets the severity of a rule's problems, instead of the profile's default.
     *
     * @param code the rule's code, such as {@code "GCM-V010"}, not null
     * @param severity the severity, not null
     * @return this builder
     * @throws IllegalArgumentException if no rule has this code
     */
    public Builder severity(String code, Severity severity) {
      return severity(ValidationRule.fromCode(code), severity);
    }

    /**
     * Sets the severity of a rule's problems, instead of the profile's default.
     *
     * @param rule the rule, not null
     * @param severity the severity, not null
     * @return this builder
     */
    public Builder severity(ValidationRule rule, Severity severity) {
      severities.put(Objects.requireNonNull(rule, "rule"),
          Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Sets the language of messages and hints: French, Spanish or Russian by the locale's
     * language, English for any other.
     *
     * @param locale the locale, not null
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets the reader of {@link GcmValidator#validate(Path)} and the other file methods, for
     * example {@link GcmJson#strict()} to report unknown properties as errors. Unless set, files
     * are read leniently. Either way reading problems are in the language of {@link
     * #locale(Locale)}: the reader's strictness and limits are kept, its locale is not.
     *
     * @param json the reader, not null
     * @return this builder
     */
    public Builder json(GcmJson json) {
      this.json = Objects.requireNonNull(json, "json");
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator, immutable and thread-safe
     */
    public GcmValidator build() {
      return new GcmValidator(this);
    }
  }
}
