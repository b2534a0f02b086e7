package io.github.gcmsdk.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.jackson3.GcmDatabindException;
import io.github.gcmsdk.io.jackson3.GcmJackson3Module;
import io.github.gcmsdk.model.StakeholderInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/**
 * On Boot 4, gcm's Jackson 3 module is a bean that Boot adds to its JsonMapper: the model's types
 * can be fields of the application's own JSON types. (Not compiled for Boot 3.5, which has no
 * Jackson 3: see the starter's boot-3.5 profile.)
 */
class GcmJackson3AutoConfigurationTest {

  private static final Path EXAMPLE =
      Path.of("..", "examples", "data", "unece-2020-stakeholder-input.json");

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
          GcmAutoConfiguration.class));

  /** An application's own type with a field of the model's. */
  record Upload(String from, StakeholderInput document, List<Objective> objectives) {}

  @Test
  void bootsJsonMapperReadsAndWritesTheModelWithinTheApplicationsOwnTypes() throws Exception {
    String document = Files.readString(EXAMPLE);
    String upload = "{\"from\": \"IOM\", \"objectives\": [11, 23], \"document\": " + document + "}";
    runner.run(context -> {
      assertThat(context).hasSingleBean(GcmJackson3Module.class);
      JsonMapper mapper = context.getBean(JsonMapper.class);
      Upload read = mapper.readValue(upload, Upload.class);
      assertThat(read.document())
          .isEqualTo(GcmJson.standard().readJson(document).getDocument().orElseThrow());
      assertThat(read.objectives()).containsExactly(Objective.of(11), Objective.of(23));
      assertThat(mapper.readValue(mapper.writeValueAsString(read), Upload.class)).isEqualTo(read);
    });
  }

  @Test
  void theModuleReadsWithTheGcmJsonBeansSettings() {
    String unknown = "{\"formatVersion\": \"2.0\", \"id\": \"d1\", \"title\": \"T\","
        + " \"language\": \"en\", \"titel\": \"x\"}";
    runner.run(context -> assertThat(context.getBean(JsonMapper.class)
        .readValue(unknown, StakeholderInput.class).getExtensions()).containsKey("titel"));
    runner.withPropertyValues("gcm.strict=true", "gcm.locale=fr").run(context ->
        assertThatThrownBy(() -> context.getBean(JsonMapper.class)
            .readValue(unknown, StakeholderInput.class))
            .isInstanceOf(GcmDatabindException.class)
            .satisfies(e -> {
              GcmDatabindException gcm = (GcmDatabindException) e;
              assertThat(gcm.getProblem().getCode()).isEqualTo("GCM-J013");
              assertThat(gcm.getProblem().getMessage()).contains("titel").contains("propriété");
            }));
  }

  @Test
  void anApplicationsOwnModuleBeanReplacesGcms() {
    runner.withBean(GcmJackson3Module.class, () -> new GcmJackson3Module(GcmJson.strict()))
        .run(context -> assertThat(context).hasSingleBean(GcmJackson3Module.class));
  }
}
