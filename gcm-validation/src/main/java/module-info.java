/**
 * Validation of GCM stakeholder input: the model's constraints and the document rules, with
 * located, translated problems.
 *
 * <p>{@code io.github.gcmsdk.validation.internal} is not exported; it is opened to Hibernate
 * Validator only, which instantiates the constraint validators it finds through the service
 * below.
 */
module io.github.gcmsdk.validation {
  // GcmValidator takes and gives model, problem and gcm-io types; ConstraintViolations takes
  // jakarta.validation types (through the model)
  requires transitive io.github.gcmsdk.io;
  requires transitive io.github.gcmsdk.model;
  requires org.hibernate.validator;

  exports io.github.gcmsdk.validation;

  opens io.github.gcmsdk.validation.internal to org.hibernate.validator;

  // ConstraintPlan lists the registered validators as a Bean Validation provider does
  uses jakarta.validation.ConstraintValidator;
  // the same list as META-INF/services/jakarta.validation.ConstraintValidator (the class path)
  provides jakarta.validation.ConstraintValidator with
      io.github.gcmsdk.validation.internal.DocumentRulesValidator,
      io.github.gcmsdk.validation.internal.EndNotBeforeStartValidator,
      io.github.gcmsdk.validation.internal.IdentifierValidator,
      io.github.gcmsdk.validation.internal.LanguageTagValidator,
      io.github.gcmsdk.validation.internal.TextValidator,
      io.github.gcmsdk.validation.internal.UrlValidator;
}
