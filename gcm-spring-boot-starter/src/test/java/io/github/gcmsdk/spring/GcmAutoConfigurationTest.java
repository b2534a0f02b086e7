package io.github.gcmsdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadLimits;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Severity;
import io.github.gcmsdk.validation.ConstraintViolations;
import io.github.gcmsdk.validation.GcmValidator;
import io.github.gcmsdk.validation.Profile;
import io.github.gcmsdk.validation.ValidationRule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

class GcmAutoConfigurationTest {

  private static final Path DATA = Path.of("..", "examples", "data");

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(GcmAutoConfiguration.class));

  @Test
  void defaultBeansAreThoseOfGcmSdk() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(GcmJson.class).hasSingleBean(GcmValidator.class);
      GcmJson json = context.getBean(GcmJson.class);
      assertThat(json.isStrict()).isFalse();
      assertThat(json.getLimits()).isEqualTo(ReadLimits.defaults());
      GcmValidator validator = context.getBean(GcmValidator.class);
      assertThat(validator.getProfile()).isEqualTo(Profile.PUBLICATION);
      for (ValidationRule rule : ValidationRule.values()) {
        assertThat(validator.getSeverity(rule))
            .isEqualTo(GcmValidator.standard().getSeverity(rule));
      }
    });
  }

  @Test
  void propertiesConfigureTheReaderAndTheValidator() {
    runner.withPropertyValues(
            "gcm.profile=draft",
            "gcm.locale=fr",
            "gcm.strict=true",
            "gcm.limits.max-document-size=2MB",
            "gcm.limits.max-nesting-depth=20",
            "gcm.limits.max-string-length=5000",
            "gcm.limits.max-number-length=30",
            "gcm.limits.max-name-length=40",
            "gcm.limits.max-problems=7",
            "gcm.rules.disabled=GCM-V016",
            "gcm.rules.severity[GCM-V015]=error",
            "gcm.rules.severity.gcm-v017=info")
        .run(context -> {
          GcmJson json = context.getBean(GcmJson.class);
          assertThat(json.isStrict()).isTrue();
          assertThat(json.getLocale()).isEqualTo(Locale.FRENCH);
          assertThat(json.getLimits()).isEqualTo(ReadLimits.defaults()
              .withMaxDocumentSize(2L * 1024 * 1024)
              .withMaxNestingDepth(20)
              .withMaxStringLength(5000)
              .withMaxNumberLength(30)
              .withMaxNameLength(40)
              .withMaxProblems(7));
          GcmValidator validator = context.getBean(GcmValidator.class);
          assertThat(validator.getProfile()).isEqualTo(Profile.DRAFT);
          assertThat(validator.getLocale()).isEqualTo(Locale.FRENCH);
          assertThat(validator.getSeverity(ValidationRule.fromCode("GCM-V016"))).isEmpty();
          assertThat(validator.getSeverity(ValidationRule.fromCode("GCM-V015")))
              .contains(Severity.ERROR);
          assertThat(validator.getSeverity(ValidationRule.fromCode("GCM-V017")))
              .contains(Severity.INFO);
        });
  }

  @Test
  void anUnknownRuleCodeStopsTheApplication() {
    runner.withPropertyValues("gcm.rules.disabled=GCM-V999")
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void theApplicationsOwnBeansWin() {
    GcmJson own = GcmJson.strict();
    GcmValidator ownValidator = GcmValidator.builder().profile(Profile.DRAFT).build();
    runner.withBean(GcmJson.class, () -> own)
        .withBean(GcmValidator.class, () -> ownValidator)
        .run(context -> {
          assertThat(context.getBean(GcmJson.class)).isSameAs(own);
          assertThat(context.getBean(GcmValidator.class)).isSameAs(ownValidator);
        });
  }

  @Test
  void theHttpBeansComeOnlyInAServletWebApplication() {
    runner.run(context -> assertThat(context)
        .doesNotHaveBean(GcmStakeholderInputHttpMessageConverter.class)
        .doesNotHaveBean(GcmProblemDetailsAdvice.class));
    WebApplicationContextRunner web = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(GcmAutoConfiguration.class));
    web.run(context -> assertThat(context)
        .hasSingleBean(GcmStakeholderInputHttpMessageConverter.class)
        .hasSingleBean(GcmProblemDetailsAdvice.class)
        .hasSingleBean(GcmValidationProblemDetailsAdvice.class));
    web.withPropertyValues("gcm.http.enabled=false").run(context -> assertThat(context)
        .doesNotHaveBean(GcmStakeholderInputHttpMessageConverter.class));
    GcmProblemDetailsAdvice own = new GcmProblemDetailsAdvice();
    web.withBean(GcmProblemDetailsAdvice.class, () -> own).run(context ->
        assertThat(context.getBean(GcmProblemDetailsAdvice.class)).isSameAs(own));
  }

  @Test
  void bootsValidatorRunsTheDocumentRulesOfPassesDocumentRules() throws IOException {
    StakeholderInput dangling = GcmJson.standard()
        .read(DATA.resolve("invalid").resolve("dangling-reference.json"))
        .getDocument().orElseThrow();
    StakeholderInput valid = GcmJson.standard()
        .read(DATA.resolve("unece-2020-stakeholder-input.json"))
        .getDocument().orElseThrow();
    runner.withConfiguration(AutoConfigurations.of(validationAutoConfiguration()))
        .run(context -> {
          Validator validator = context.getBean(Validator.class);
          Set<ConstraintViolation<StakeholderInput>> violations = validator.validate(dangling);
          assertThat(violations).extracting(v -> ConstraintViolations.ruleOf(v).getCode())
              .containsExactly("GCM-V011");
          assertThat(validator.validate(valid)).isEmpty();
        });
  }

  @Test
  void configurationMetadataDescribesEveryProperty() throws IOException {
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).isNotNull();
      String metadata = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      for (String name : new String[] {"gcm.profile", "gcm.locale", "gcm.strict",
          "gcm.limits.max-document-size", "gcm.limits.max-problems", "gcm.rules.disabled",
          "gcm.rules.severity", "gcm.http.enabled"}) {
        assertThat(metadata).contains("\"name\": \"" + name + "\"");
      }
    }
    assertThat(Files.exists(DATA)).isTrue();
  }

  /**
   * Boot's Bean Validation auto-configuration: in spring-boot-validation since Boot 4, in
   * spring-boot-autoconfigure before (these tests also run on Boot 3.5, profile boot-3.5).
   */
  private static Class<?> validationAutoConfiguration() {
    for (String name : new String[] {
        "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration",
        "org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration"}) {
      try {
        return Class.forName(name);
      } catch (ClassNotFoundException notThisBoot) {
        // try the other Boot's name
      }
    }
    throw new AssertionError("Boot's ValidationAutoConfiguration is not on the test class path");
  }
}
