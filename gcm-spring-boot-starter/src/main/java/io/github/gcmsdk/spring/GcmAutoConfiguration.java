package io.github.gcmsdk.spring;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.problem.Severity;
import io.github.gcmsdk.validation.GcmValidator;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of gcm-sdk for Spring Boot 4: a {@link GcmJson} and a {@link GcmValidator}
 * from {@link GcmProperties} ({@code gcm.*}), and in a servlet web application the {@link
 * GcmStakeholderInputHttpMessageConverter}, {@link GcmProblemDetailsAdvice} and {@link
 * GcmValidationProblemDetailsAdvice}. Each bean
 * backs off when the application defines its own of the same type.
 *
 * <p>Registering gcm's Jackson module on Boot's {@code JsonMapper} (Jackson 3, so that {@code
 * StakeholderInput} can be a field of the application's own JSON types) is left for gcm's Jackson
 * 3 module: see the place marked "Jackson 3 module" below.
 */
@AutoConfiguration
@EnableConfigurationProperties(GcmProperties.class)
public class GcmAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public GcmAutoConfiguration() {}

  /**
   * The reader and writer: {@code gcm.strict}, {@code gcm.locale}, {@code gcm.limits.*}.
   *
   * @param properties the properties
   * @return the reader
   */
  @Bean
  @ConditionalOnMissingBean
  public GcmJson gcmJson(GcmProperties properties) {
    return GcmJson.builder()
        .strict(properties.isStrict())
        .locale(properties.getLocale())
        .limits(properties.getLimits().toReadLimits())
        .build();
  }

  /**
   * The validator: {@code gcm.profile}, {@code gcm.locale}, {@code gcm.rules.*}; it reads files
   * with the {@link GcmJson} bean.
   *
   * @param properties the properties
   * @param json the reader
   * @return the validator
   * @throws IllegalArgumentException if a rule code is unknown
   */
  @Bean
  @ConditionalOnMissingBean
  public GcmValidator gcmValidator(GcmProperties properties, GcmJson json) {
    GcmValidator.Builder builder = GcmValidator.builder()
        .profile(properties.getProfile())
        .locale(properties.getLocale())
        .json(json);
    for (String code : properties.getRules().getDisabled()) {
      builder.disable(code.trim().toUpperCase(Locale.ROOT));
    }
    for (Map.Entry<String, Severity> rule : properties.getRules().getSeverity().entrySet()) {
      builder.severity(rule.getKey().trim().toUpperCase(Locale.ROOT), rule.getValue());
    }
    return builder.build();
  }

  // Jackson 3 module (not yet written; branch "tokens" starts gcm's Jackson 3 binder). Boot 4's
  // JsonMapper is Jackson 3 (tools.jackson); gcm-io's GcmJacksonModule is a Jackson 2 module and
  // cannot be registered there. When gcm ships its Jackson 3 module, a nested configuration goes
  // here, @ConditionalOnClass on that module, with a @Bean of type tools.jackson.databind.JacksonModule:
  // Boot adds every such bean to its JsonMapper, so StakeholderInput can then be a field of the
  // application's own JSON types. Until then only whole StakeholderInput bodies are read, by
  // GcmStakeholderInputHttpMessageConverter.

  /** The HTTP side, in servlet web applications with Spring MVC. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  @ConditionalOnProperty(prefix = "gcm.http", name = "enabled", matchIfMissing = true)
  public static class Http {

    /** Creates the configuration; Spring calls it. */
    public Http() {}

    /**
     * The request-body converter; Boot adds every converter bean ahead of its defaults.
     *
     * @param json the reader
     * @param validator the validator
     * @return the converter
     */
    @Bean
    @ConditionalOnMissingBean
    public GcmStakeholderInputHttpMessageConverter gcmStakeholderInputHttpMessageConverter(
        GcmJson json, GcmValidator validator) {
      return new GcmStakeholderInputHttpMessageConverter(json, validator);
    }

    /**
     * The answers with problem details for refused documents.
     *
     * @return the advice
     */
    @Bean
    @ConditionalOnMissingBean
    public GcmProblemDetailsAdvice gcmProblemDetailsAdvice() {
      return new GcmProblemDetailsAdvice();
    }

    /**
     * The answers with problem details for stakeholder input that {@code @Valid} refuses.
     *
     * @return the advice
     */
    @Bean
    @ConditionalOnMissingBean
    public GcmValidationProblemDetailsAdvice gcmValidationProblemDetailsAdvice() {
      return new GcmValidationProblemDetailsAdvice();
    }
  }
}
