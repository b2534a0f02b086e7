package io.github.gcmsdk.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.gcmsdk.catalog.Objective;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ObjectiveMentionsTest {

  private static String numbers(String text) {
    return ObjectiveMentions.in(text).stream().map(o -> Integer.toString(o.getNumber()))
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Objective 11 - borders|11",
      "violations of Objective 11. One word|11",
      "(Objective 7) and decisions about return (Objective 21).|7 21",
      "Objective 21 (returns): a best interests procedure|21",
      "Labour rights: Objectives 6 (decent work); 7 (reduce vulnerabilities in migration)|6 7",
      "working on Objective 7 (vulnerable populations); Objective 15 (access to services)|7 15",
      "objectives 6, 7 and 15|6 7 15",
      "OBJECTIVE #4 and objective n° 5 and Objective No. 9|4 5 9",
      "l'objectif 9 et les objectifs 10 et 12|9 10 12",
      "el objetivo 3 y los objetivos 4 o 5|3 4 5",
      "Цель 7 и цели 8 и 9; целью 10|7 8 9 10",
      "Objective 24 and objective 0|''",
      "Objective 2020 and objective 11a and objective 1.5|''",
      "Objective eleven; objectively speaking 7|''",
      "objectives 6,7|6 7",
      "subjective 7, nonobjective 8|''",
      "our objectives 6 (a label that is far too long to be read as the label of a number in a list of objectives); 7|6",
      "Objective 11-12|11",
      "objectives 6 (see objective 9) and 7|6 7",
      "Objet 1, obj 2, Observe objective 3 and ЦЕЛЬ 4|3 4",
      "o|''",
  })
  void findsTheObjectivesATextNames(String text, String expected) {
    assertEquals(expected, numbers(text));
  }

  /** References to the Sustainable Development Goals and their targets, not GCM objectives. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SDG 8",
      "ODD 8",
      "ODS 8",
      "objectif 8 de développement durable (ODD 8)",
      "l'objectif 8 du développement durable",
      "les objectifs 8 et 10 de développement durable",
      "l'objectif 8 des ODD et l'objectif 10 de l'Agenda 2030",
      "objetivo 8 de desarrollo sostenible",
      "el objetivo 8 de los ODS",
      "el objetivo 10 de la Agenda 2030",
      "Sustainable Development Goal 8",
      "Goal 8 of the 2030 Agenda",
      "objective 8 of the Sustainable Development Goals",
      "objective 8 of the SDGs and objective 10 of the 2030 Agenda",
      "objective 8 (SDG 8)",
      "Sustainable Development objective 8",
      "target 10.7",
      "meta 10.7",
      "cible 10.7",
      "ЦУР 8",
      "цель 8 в области устойчивого развития",
      "цели 8 и 10 в области устойчивого развития",
      "цель 8 ЦУР",
      "цель 10 Повестки дня на период до 2030 года",
  })
  void sustainableDevelopmentGoalsAndTargetsAreNotObjectives(String text) {
    assertEquals("", numbers(text), text);
  }

  /** GCM objectives next to SDG references are still found. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "objective 8|8",
      "Objective 8 of the Global Compact|8",
      "objectif 8 du Pacte mondial|8",
      "l'objectif 8 du Pacte mondial, qui répond à l'ODD 10|8",
      "objetivo 8 del Pacto Mundial|8",
      "цель 8 Глобального договора|8",
      "objective 8 (save lives), as SDG 10.7 asks|8",
      "objective 7 and SDG 8; objective 10|7 10",
      "objectif 8 de développement durable (ODD 8) et objectif 10 du Pacte mondial|10",
      "GCM objective 23 and the Sustainable Development Goals|23",
      "objective 8 (SDG 10) and objective 9|9",
  })
  void objectivesNextToSustainableDevelopmentGoalsAreStillFound(String text, String expected) {
    assertEquals(expected, numbers(text), text);
  }

  @Test
  void scanningIsLinearEvenOnAdversarialText() {
    String adversarial = "objective ".repeat(100_000) + "objectives 1, ".repeat(50_000)
        + "objective (".repeat(50_000) + " ".repeat(200_000);
    // A guard against quadratic scanning, not a speed test: a linear scan of these 2.4 million
    // characters takes milliseconds even on a loaded machine, a quadratic one hours, so the limit is
    // generous enough never to fail on a busy CI machine (it once did at 2 s).
    List<Objective> found = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> List.copyOf(ObjectiveMentions.in(adversarial)));
    assertEquals(List.of(Objective.of(1)), found);
  }
}
