package io.github.gcmsdk.modulepath;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.StakeholderGroup;
import io.github.gcmsdk.coverage.Coverage;
import io.github.gcmsdk.io.GcmJacksonModule;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.Actor;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.FindingKind;
import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Source;
import io.github.gcmsdk.validation.ConstraintViolations;
import io.github.gcmsdk.validation.GcmValidator;
import io.github.gcmsdk.validation.Profile;
import io.github.gcmsdk.validation.ValidationRule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.InputStream;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Uses gcm-sdk as a modular application does, and checks what the module descriptors promise:
 * the API works on the module path (reading, validating, building, coverage, a plain Bean
 * Validation factory, the testkit, Jackson), messages load in every language from the named
 * modules, and the internal packages are closed. Prints one line per check; exits with 1 at the
 * first failed one.
 */
public final class ModulePathConsumer {

  /** The library modules and one internal class of each that has internal packages. */
  private static final Map<String, String> MODULES = Map.of(
      "io.github.gcmsdk.model", "io.github.gcmsdk.model.internal.ValueStrings",
      "io.github.gcmsdk.io", "io.github.gcmsdk.io.internal.Messages",
      "io.github.gcmsdk.validation", "io.github.gcmsdk.validation.internal.RuleMessages",
      "io.github.gcmsdk.testkit", "io.github.gcmsdk.testkit.internal.Vocabulary",
      "io.github.gcmsdk.coverage", "",
      "io.github.gcmsdk.spreadsheet", "io.github.gcmsdk.spreadsheet.internal.Layout");

  /** A document with an invalid identifier, language tag and text, and two sections alike. */
  static final String BROKEN =
      "{\"formatVersion\":\"1.0\",\"id\":\"a b\",\"title\":\"\\u0007\",\"language\":\"xx-\","
          + "\"sections\":[{\"id\":\"s\",\"heading\":\"h\"},{\"id\":\"s\",\"heading\":\"h\"}]}";

  private ModulePathConsumer() {}

  /**
   * Runs every check.
   *
   * @param args the example document's path
   */
  public static void main(String[] args) {
    try {
      run(Path.of(args[0]));
      System.out.println("all checks passed");
    } catch (Exception | AssertionError e) {
      System.out.println("FAILED: " + e);
      e.printStackTrace(System.out);
      System.exit(1);
    }
  }

  private static void run(Path example) throws Exception {
    modules();
    services();
    StakeholderInput document = readAndValidate(example);
    StakeholderInput built = build();
    coverage(built);
    messages();
    plainBeanValidation(document, built);
    testkitAndJackson(example);
    jackson3(example, document);
    spreadsheet(document);
  }

  /**
   * gcm-io-jackson3 on the module path: gcm-io finds its engine as a service (uses / provides) and
   * prefers it; its module plugs into a Jackson 3 JsonMapper; Jackson 2 can still be chosen.
   */
  private static void jackson3(Path example, StakeholderInput document) throws Exception {
    String version = GcmJson.standard().getJacksonVersion();
    check(version.startsWith("3."), "GcmJson reads with Jackson 3 on the module path: " + version);
    check(GcmJson.builder().jacksonMajorVersion(2).build().read(example).getDocument()
        .equals(Optional.of(document)), "GcmJson reads alike with Jackson 2 chosen");
    tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper
        .builder().addModule(new io.github.gcmsdk.io.jackson3.GcmJackson3Module()).build();
    check(mapper.readValue(example.toFile(), StakeholderInput.class).equals(document),
        "a Jackson 3 JsonMapper with GcmJackson3Module reads the example");
  }

  /** gcm-spreadsheet and Apache POI on the module path: export, import, a message in French. */
  private static void spreadsheet(StakeholderInput document) throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("gcm", ".xlsx");
    try {
      try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
        io.github.gcmsdk.spreadsheet.GcmSpreadsheet.standard().export(document, out);
      }
      io.github.gcmsdk.spreadsheet.ImportResult imported =
          io.github.gcmsdk.spreadsheet.GcmSpreadsheet.standard().importWorkbook(file);
      check(imported.getDocument().equals(java.util.Optional.of(document)),
          "gcm-spreadsheet: export then import gives the document");
      java.nio.file.Files.writeString(file, "not a workbook");
      String message = io.github.gcmsdk.spreadsheet.GcmSpreadsheet.of(io.github.gcmsdk.io.GcmJson
          .builder().locale(java.util.Locale.FRENCH).build()).importWorkbook(file).getReport()
          .getProblems().get(0).getMessage();
      check(message.startsWith("Le fichier n'est pas un classeur XLSX"),
          "gcm-spreadsheet: messages in French from its named module: " + message);
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
  }

  /** Every library module is an explicit named module that exports its API packages only. */
  private static void modules() throws Exception {
    check(ModulePathConsumer.class.getModule().isNamed(), "the consumer runs as a named module");
    for (Map.Entry<String, String> entry : new TreeMap<>(MODULES).entrySet()) {
      Module module = ModuleLayer.boot().findModule(entry.getKey()).orElseThrow(
          () -> new AssertionError(entry.getKey() + " is not on the module path"));
      check(!module.getDescriptor().isAutomatic(), module.getName() + " has a module descriptor");
      for (String pkg : new TreeSet<>(module.getPackages())) {
        boolean internal = pkg.endsWith(".internal") || pkg.contains(".internal.");
        // to this module: a qualified export (problem.internal to gcm-io and gcm-validation) is not
        check(module.isExported(pkg, ModulePathConsumer.class.getModule()) != internal,
            module.getName() + (internal ? " does not export " : " exports ") + pkg);
        check(module.isOpen(pkg, ModulePathConsumer.class.getModule()) == false,
            module.getName() + " does not open " + pkg + " to its users");
      }
      if (!entry.getValue().isEmpty()) {
        closed(Class.forName(entry.getValue()));
      }
    }
  }

  /** A public class of an internal package: loadable, but neither accessible nor reflectable. */
  private static void closed(Class<?> type) {
    Method method = type.getDeclaredMethods()[0];
    boolean refused;
    try {
      method.setAccessible(true);
      refused = false;
    } catch (InaccessibleObjectException e) {
      refused = true;
    }
    check(refused, type.getName() + ": setAccessible refused");
    Method publicMethod = null;
    for (Method m : type.getMethods()) {
      if (m.getDeclaringClass() == type && java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
        publicMethod = m;
      }
    }
    if (publicMethod != null) {
      Object[] args = new Object[publicMethod.getParameterCount()];
      try {
        publicMethod.invoke(null, args);
        throw new AssertionError(type.getName() + "." + publicMethod.getName() + " was invoked");
      } catch (IllegalAccessException expected) {
        check(true, type.getName() + "." + publicMethod.getName() + ": IllegalAccessException");
      } catch (ReflectiveOperationException | RuntimeException other) {
        throw new AssertionError(type.getName() + ": " + other, other);
      }
    }
  }

  /**
   * The validators gcm-validation provides as a module are those its services file lists for the
   * class path: one list must not gain an entry the other lacks.
   */
  private static void services() throws Exception {
    Set<String> provided = ServiceLoader.load(ConstraintValidator.class).stream()
        .map(provider -> provider.type().getName())
        .filter(name -> name.startsWith("io.github.gcmsdk."))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> listed = new TreeSet<>();
    try (InputStream in = GcmValidator.class.getModule()
        .getResourceAsStream("META-INF/services/" + ConstraintValidator.class.getName())) {
      check(in != null, "gcm-validation has a services file");
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String entry = line.replaceAll("#.*", "").trim();
        if (!entry.isEmpty()) {
          listed.add(entry);
        }
      }
    }
    check(!provided.isEmpty() && provided.equals(listed),
        "provides ConstraintValidator (module) = services file (class path): " + provided);
  }

  private static StakeholderInput readAndValidate(Path example) {
    ReadResult<StakeholderInput> result = GcmJson.standard().read(example);
    check(result.isValid() && result.getDocument().isPresent(), "GcmJson reads " + example);
    Report report = GcmValidator.builder().profile(Profile.PUBLICATION).build().validate(example);
    check(report.isValid(), "GcmValidator finds the example valid: " + codes(report));
    check(GcmJson.jsonSchema().contains("\"$schema\""), "GcmJson.jsonSchema() reads the schema");
    check(ClassLoader.getSystemResource("io/github/gcmsdk/io/gcm-stakeholder-input.schema.json")
        == null, "the schema resource is encapsulated in gcm-io");
    return result.getDocument().orElseThrow();
  }

  private static StakeholderInput build() {
    StakeholderInput built = StakeholderInput.builder()
        .id("module-path")
        .title("Built on the module path")
        .language("en")
        .date(PartialDate.ofMonth(2020, 11))
        .addContributors(Actor.of(StakeholderGroup.CIVIL_SOCIETY))
        .addSections(Section.builder()
            .id("obj11")
            .heading("Objective 11")
            .addObjectives(Objective.of(11))
            .addFindings(Finding.builder().id("obj11-finding-1").kind(FindingKind.VIOLATION)
                .text("Stakeholders noted violations of Objective 11.").build())
            .addRecommendations(Recommendation.builder().id("obj11-rec-1")
                .text("Fair and efficient procedures at borders.")
                .addRelatedObjectives(Objective.of(7))
                .build())
            .build())
        .build();
    Report report = GcmValidator.standard().validate(built);
    check(report.isValid(), "a document built with the builders is valid: " + codes(report));
    return built;
  }

  private static void coverage(StakeholderInput built) {
    int once = Coverage.of(built).getObjective(Objective.of(11)).getRecommendations();
    Coverage twice = Coverage.of(built, built);
    check(once > 0 && twice.getDocuments() == 2
        && twice.getObjective(Objective.of(11)).getRecommendations() == 2 * once,
        "Coverage counts objective 11 in two documents");
  }

  /**
   * Messages of gcm-io and gcm-validation in English and French, from bundles in named modules.
   * The JVM runs with French as its default locale: English must still be English.
   */
  private static void messages() {
    Map<String, String> english = messages(Locale.ENGLISH);
    Map<String, String> french = messages(Locale.FRENCH);
    check(english.keySet().equals(french.keySet()) && english.keySet().containsAll(
        List.of("GCM-V004", "GCM-V005", "GCM-V009")), "the same problems in both languages: "
        + english.keySet());
    for (String code : english.keySet()) {
      String en = english.get(code);
      String fr = french.get(code);
      check(!en.equals(fr) && !en.startsWith("{") && !fr.startsWith("{"),
          code + " in English and French: " + en + " / " + fr);
    }
    String truncatedEn = GcmJson.builder().locale(Locale.ENGLISH).build().readJson("{\"id\":")
        .getReport().getProblems().get(0).getMessage();
    String truncatedFr = GcmJson.builder().locale(Locale.FRENCH).build().readJson("{\"id\":")
        .getReport().getProblems().get(0).getMessage();
    check(!truncatedEn.equals(truncatedFr), "gcm-io messages in English and French: "
        + truncatedEn + " / " + truncatedFr);
    for (ValidationRule rule : ValidationRule.values()) {
      check(!rule.getHint(Locale.ENGLISH).equals(rule.getHint(Locale.FRENCH))
          && !rule.getHint(Locale.ENGLISH).endsWith(".hint"), rule.getCode() + " hint translated");
    }
  }

  /** Message and hint of the first problem of each code, in one language. */
  private static Map<String, String> messages(Locale locale) {
    Report report = GcmValidator.builder().locale(locale).build().validateJson(BROKEN);
    Map<String, String> byCode = new TreeMap<>();
    for (Problem problem : report.getProblems()) {
      byCode.putIfAbsent(problem.getCode(), problem.getMessage() + " | " + problem.getHint());
    }
    return byCode;
  }

  /**
   * A plain factory sees the model's constraints (the model is open to Hibernate Validator), the
   * service-loaded validators of gcm-validation ({@code provides}) and their messages.
   */
  private static void plainBeanValidation(StakeholderInput example, StakeholderInput built) {
    StakeholderInput broken = example.withLanguage("english").withUrl("www.example.org")
        .withSections(built.getSections().get(0), built.getSections().get(0));
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      check(validator.validate(example).isEmpty(), "a plain validator finds the example valid");
      Set<ConstraintViolation<StakeholderInput>> violations = validator.validate(broken);
      Set<String> rules = new TreeSet<>();
      boolean documentRule = false;
      for (ConstraintViolation<StakeholderInput> violation : violations) {
        ValidationRule rule = ConstraintViolations.ruleOf(violation);
        rules.add(rule.getCode());
        documentRule |= !rule.isConstraintRule();
        check(!violation.getMessage().startsWith("{"), "message resolved: "
            + violation.getMessage());
      }
      check(rules.containsAll(List.of("GCM-V005", "GCM-V006")) && documentRule,
          "a plain validator reports constraints and document rules: " + rules);
    }
  }

  private static void testkitAndJackson(Path example) throws Exception {
    StakeholderInput generated = GcmGenerators.faultFreeDocuments().next(Source.of(20261207L));
    check(GcmValidator.standard().validate(generated).getProblems().isEmpty(),
        "a fault-free generated document has no problem");
    GcmJson json = GcmJson.standard();
    check(json.readJson(json.write(generated)).getDocument().orElseThrow().equals(generated),
        "a generated document survives writing and reading");
    ObjectMapper mapper = new ObjectMapper().registerModule(new GcmJacksonModule());
    StakeholderInput viaJackson = mapper.readValue(Files.readAllBytes(example),
        StakeholderInput.class);
    check(viaJackson.equals(json.read(example).getDocument().orElseThrow()),
        "GcmJacksonModule reads the example as GcmJson does");
  }

  private static List<String> codes(Report report) {
    List<String> codes = new ArrayList<>();
    for (Problem problem : report.getProblems()) {
      codes.add(problem.getCode());
    }
    return codes;
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
    System.out.println("ok " + what);
  }
}
