/**
 * Custom Jakarta Bean Validation constraints of the GCM model: {@link
 * io.github.gcmsdk.model.constraints.Identifier identifiers}, {@link
 * io.github.gcmsdk.model.constraints.Text text bounds}, {@link
 * io.github.gcmsdk.model.constraints.LanguageTag BCP 47 language tags}, {@link
 * io.github.gcmsdk.model.constraints.Url URLs} and {@link
 * io.github.gcmsdk.model.constraints.EndNotBeforeStart date ranges}, and {@link
 * io.github.gcmsdk.model.constraints.PassesDocumentRules the document rules} on a whole document.
 *
 * <h2>Package specification</h2>
 *
 * <ul>
 *   <li><b>Annotations only.</b> Each constraint here is declared with {@code
 *       @Constraint(validatedBy = {})}: the model depends on the Jakarta Validation API and nothing
 *       else. The validators live in the {@code gcm-validation} module, which registers them with
 *       Hibernate Validator through {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 *       Put {@code gcm-validation} on the classpath and any {@code jakarta.validation.Validator}
 *       (including {@code Validation.buildDefaultValidatorFactory().getValidator()}, as Spring or
 *       Jakarta EE configure it) evaluates them; without it, bootstrapping a validator for a
 *       constrained type fails with {@code UnexpectedTypeException} (no validator found).</li>
 *   <li><b>Null is valid.</b> Every constraint here considers {@code null} valid; whether a value
 *       is required is decided by the model's types (a required attribute cannot be built
 *       without a value).</li>
 *   <li><b>Messages.</b> Each constraint's default message is the key {@code
 *       {io.github.gcmsdk.model.constraints.Name.message}}, resolved from the {@code
 *       ContributorValidationMessages} bundles of {@code gcm-validation} (English, French, Spanish,
 *       Russian). Messages never contain the validated value itself.</li>
 *   <li><b>Countries</b> need no constraint: {@link io.github.gcmsdk.catalog.Country} accepts only
 *       ISO 3166-1 codes, so an unknown code in a file is a reading problem reported by gcm-io,
 *       never a value in the model.</li>
 *   <li><b>Immutable and thread-safe.</b> Annotations are immutable; the constants are
 *       compile-time constants.</li>
 * </ul>
 */
package io.github.gcmsdk.model.constraints;
