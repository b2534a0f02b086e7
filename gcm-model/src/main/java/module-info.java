/**
 * The GCM model: objectives, recommendations and stakeholder input as immutable values, the
 * catalogues (objectives, guiding principles, countries...), the Bean Validation constraints the
 * model carries, and the problems and reports the other modules give.
 *
 * <p>{@code io.github.gcmsdk.model.internal} is not exported; {@code
 * io.github.gcmsdk.problem.internal} (the one message-template formatter) is exported to gcm-io,
 * gcm-validation and gcm-spreadsheet only. Nothing is opened: a Bean Validation provider reads the constraints
 * and calls the getters of public, exported types (module-path-test validates with Hibernate
 * Validator on the module path).
 */
@SuppressWarnings("module") // the modules of the qualified export are built after this one
module io.github.gcmsdk.model {
  // constraint annotations (jakarta.validation.constraints, @Valid) are part of the model's API
  requires transitive jakarta.validation;
  // @Value.Immutable and @Value.Style are read at compile time only (value-annotations is provided)
  requires static org.immutables.value.annotations;

  exports io.github.gcmsdk.catalog;
  exports io.github.gcmsdk.model;
  exports io.github.gcmsdk.model.constraints;
  exports io.github.gcmsdk.model.json;
  exports io.github.gcmsdk.problem;
  exports io.github.gcmsdk.problem.internal to io.github.gcmsdk.io, io.github.gcmsdk.validation,
      io.github.gcmsdk.spreadsheet;
}
