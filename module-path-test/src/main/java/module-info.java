/**
 * A consumer of gcm-sdk on the module path: it requires the library modules by name and uses their
 * API as an application would. Not published.
 */
module io.github.gcmsdk.modulepath {
  requires io.github.gcmsdk.validation; // and, transitively, gcm-io, gcm-model, Jackson, Bean Validation
  requires io.github.gcmsdk.coverage;
  requires io.github.gcmsdk.io.jackson3; // gcm-io's Jackson 3 engine, a service, and its JsonMapper module
  requires io.github.gcmsdk.spreadsheet; // and Apache POI's modules
  requires io.github.gcmsdk.testkit;
  requires org.hibernate.validator; // a plain factory, without EL (ParameterMessageInterpolator)

  uses jakarta.validation.ConstraintValidator; // to compare gcm-validation's provides with its services file
}
