package io.github.gcmsdk.benchmarks;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.model.constraints.EndNotBeforeStart;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The users' alternatives of issue "Library-first core", built once: (7) databind into
 * {@link Pojos} + Hibernate Validator, (8) networknt json-schema-validator with gcm-io's published
 * schema ({@link GcmJson#jsonSchema()}).
 */
final class Alternatives {

  /**
   * (7) One Hibernate Validator for {@link Pojos}. {@link ParameterMessageInterpolator}, as
   * gcm-validation's own factory uses (no EL implementation on the class path); the model's
   * constraint validators come from gcm-validation's {@code META-INF/services} entry, plus
   * {@link PojoEndNotBeforeStartValidator} for the string dates of the POJOs.
   */
  static final Validator HIBERNATE = hibernate();

  /** (8) The published JSON Schema (draft 2020-12), compiled once. */
  static final Schema SCHEMA = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(GcmJson.jsonSchema(), InputFormat.JSON);

  /** (8) The Jackson 3 tree reader networknt validates (networknt 3 is built on Jackson 3). */
  static final tools.jackson.databind.ObjectReader TREE =
      new tools.jackson.databind.ObjectMapper().readerFor(tools.jackson.databind.JsonNode.class);

  private Alternatives() {}

  private static Validator hibernate() {
    HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator());
    var mapping = config.createConstraintMapping();
    mapping.constraintDefinition(EndNotBeforeStart.class)
        .includeExistingValidators(true)
        .validatedBy(PojoEndNotBeforeStartValidator.class);
    return config.addMapping(mapping).buildValidatorFactory().getValidator();
  }
}
