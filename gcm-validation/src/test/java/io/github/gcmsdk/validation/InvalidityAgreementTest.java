package io.github.gcmsdk.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.testkit.DocumentGenerator;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Invalidity;
import io.github.gcmsdk.testkit.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * gcm-testkit and gcm-validation agree on what a broken document holds: for every
 * {@link Invalidity}, the validator reports the testkit's code at the testkit's pointer, so that
 * tests written against the testkit's annotation can rely on it.
 */
class InvalidityAgreementTest {

  private static final int CASES = 100;

  @ParameterizedTest
  @EnumSource(Invalidity.class)
  void validatorReportsTheInvaliditysCodeAtTheGeneratorsPointer(Invalidity rule) {
    GcmValidator validator = GcmValidator.standard();
    Properties.forAll(GcmGenerators.documents(DocumentGenerator.Settings.defaults()
        .withExtensions(true).withInvalidity(rule)).annotated(), CASES, 70L + rule.ordinal(),
        generated -> {
          String pointer = generated.getPointer().orElseThrow();
          Report report = validator.validate(generated.getDocument());
          assertTrue(report.getProblems().stream().anyMatch(p -> p.getCode().equals(rule.getCode())
                  && p.getLocation().getPointer().equals(pointer)),
              () -> rule + " (" + rule.getCode() + ") at " + pointer
                  + ", but the validator reports " + report.getProblems().stream()
                      .map(p -> p.getCode() + " at " + p.getLocation().getPointer())
                      .collect(Collectors.joining(", ")));
        });
  }
}
