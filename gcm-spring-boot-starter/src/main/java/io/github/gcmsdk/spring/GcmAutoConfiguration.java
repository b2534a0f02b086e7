package io.github.gcmsdk.spring;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.jackson3.GcmJackson3Module;
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
 * GcmValidationProblemDetailsAdvice}. Each bean backs off when the application defines its own of
 * the same type.
 *
 * <p>With Jackson 3 (Boot 4), a {@link GcmJackson3Module} bean, which Boot registers on the {@code
 * JsonMapper} it builds: the model's types (a {@code StakeholderInput}, an {@code Objective}...)
 * can then be fields of the application's own JSON types, read and written with the {@link
 * GcmJson} bean's settings.
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

  /** gcm's Jackson 3 module, where Jackson 3 and gcm-io-jackson3 are present (Boot 4). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"tools.jackson.databind.JacksonModule",
      "io.github.gcmsdk.io.jackson3.GcmJackson3Module"})
  public static class Jackson3 {

    /** Creates the configuration; Spring calls it. */
    public Jackson3() {}

    /**
     * The module; Boot adds every {@code JacksonModule} bean to its {@code JsonMapper}.
     *
     * @param json the reader whose strictness, limits and language the module reads with
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean
    public GcmJackson3Module gcmJackson3Module(GcmJson json) {
      return new GcmJackson3Module(json);
    }
  }

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
