/**
 * Validation of GCM stakeholder input: is a document fit to publish, and if not, what exactly must
 * be fixed?
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * GcmValidator validator = GcmValidator.builder().profile(Profile.PUBLICATION)
 *     .locale(Locale.forLanguageTag("fr")).build();      // once; share it
 * Report report = validator.validate(input);              // a StakeholderInput built in code
 * Report located = validator.validate(Path.of("in.json")); // gcm-io reading + rules, line:column
 * System.out.print(located.toText("in.json"));            // as gcm validate prints it
 * try (Stream<DocumentReport> each = validator.validateCollection(Path.of("in.jsonl"))) {
 *   each.forEach(r -> System.out.print(r.getReport().toText("in.jsonl"))); // lazily, per document
 * }
 * boolean publishable = report.isValid();                 // no ERROR
 * for (Problem p : report.getProblems()) {
 *   p.getCode();                  // "GCM-V012": stable, safe to automate on
 *   p.getSeverity();              // ERROR, WARNING or INFO, by profile and settings
 *   p.getLocation().getPointer(); // "/sections/0/recommendations/1/objectives"
 *   p.getMessage();               // in French
 *   p.getHint();                  // how to fix it, in French
 * }
 * }</pre>
 *
 * <p>The rules, their codes and their severities per {@link io.github.gcmsdk.validation.Profile}
 * are listed in {@link io.github.gcmsdk.validation.ValidationRule} and in the module's {@code
 * RULES.md}.
 *
 * <h2>With a framework's own validator</h2>
 *
 * <p>The model's constraints are standard Jakarta Bean Validation: with gcm-validation on the
 * classpath, {@code Validation.buildDefaultValidatorFactory().getValidator()} (as Spring or
 * Jakarta EE configure it) finds the custom constraint validators through {@code
 * META-INF/services/jakarta.validation.ConstraintValidator} and their messages in the {@code
 * ContributorValidationMessages} bundles, which Hibernate Validator merges with the application's
 * own {@code ValidationMessages}. It reports the same constraint violations as {@link
 * io.github.gcmsdk.validation.GcmValidator}, and, through the class-level constraint {@code
 * @PassesDocumentRules} on {@code StakeholderInput}, a violation for each document rule problem
 * that is an error under {@link io.github.gcmsdk.validation.Profile#PUBLICATION} (warnings and
 * infos are not violations); {@link io.github.gcmsdk.validation.ConstraintViolations} maps them
 * to codes and JSON Pointers. Such a validator needs an Expression Language implementation for
 * Hibernate Validator's default message interpolator, which gcm-validation does not bring (its
 * own code evaluates no EL): Spring Boot brings one.
 * {@code GcmValidator} itself runs Hibernate Validator with {@code ParameterMessageInterpolator}
 * (no EL needed) and the document rules on its own, not through {@code @PassesDocumentRules}.
 *
 * <h2>Package specification</h2>
 *
 * <ul>
 *   <li><b>Null.</b> Passing {@code null} to any method of this package throws {@link
 *       java.lang.NullPointerException}; no method returns {@code null}.</li>
 *   <li><b>Immutable and thread-safe.</b> {@link io.github.gcmsdk.validation.GcmValidator}, the
 *       enums and {@link io.github.gcmsdk.validation.ConstraintViolations} are immutable or
 *       stateless and thread-safe; only {@link io.github.gcmsdk.validation.GcmValidator.Builder}
 *       is not thread-safe.</li>
 *   <li><b>Total.</b> Validating a document never throws; what cannot be checked is reported as
 *       {@code GCM-V000}.</li>
 *   <li><b>Countries.</b> There is no country-code rule: {@link io.github.gcmsdk.catalog.Country}
 *       only holds ISO 3166-1 codes, so an unknown code in a file is a reading problem of
 *       gcm-io.</li>
 * </ul>
 */
package io.github.gcmsdk.validation;
