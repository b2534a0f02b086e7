package io.github.gcmsdk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.model.json.JsonValue;
import io.github.gcmsdk.problem.Location;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values print like values, leaving out what is empty: lists, maps and Optionals. The same
 * mechanism serves every type of the model and of the problem package.
 */
class ValueToStringTest {

  @Test
  void emptyListsMapsAndOptionalsAreLeftOut() {
    Section section = Section.builder().id("obj11").heading("Borders").build();
    assertEquals("Section{id=obj11, heading=Borders, allObjectives=false}", section.toString());
  }

  @Test
  void presentPartsArePrintedInTheOrderTheModelDeclaresThem() {
    Finding finding = Finding.builder()
        .id("f1")
        .text("Pushbacks were reported.")
        .addObjectives(Objective.of(11))
        .putExtension("x-page", JsonValue.of(12))
        .build();
    assertEquals("Finding{id=f1, kind=OBSERVATION, text=Pushbacks were reported., objectives=["
        + Objective.of(11) + "], allObjectives=false, extensions={x-page=" + JsonValue.of(12) + "}}",
        finding.toString());
  }

  @Test
  void nestedValuesPrintTheSameWay() {
    StakeholderInput document = StakeholderInput.builder()
        .id("doc").title("Input").language("en")
        .addSections(Section.builder().id("s1").heading("One")
            .addFindings(Finding.of("Text.")).build())
        .build();
    String text = document.toString();
    assertEquals("StakeholderInput{formatVersion=2.0, kind=STAKEHOLDER_INPUT, id=doc, title=Input,"
        + " language=en, sections=[Section{id=s1, heading=One, allObjectives=false,"
        + " findings=[Finding{kind=OBSERVATION, text=Text., allObjectives=false}]}]}", text);
    assertFalse(text.contains("=[]") || text.contains("={}") || text.contains("Optional"), text);
  }

  @Test
  void problemTypesUseTheSameMechanism() {
    assertEquals("Location{pointer=/title}", Location.of("/title").toString());
    assertEquals("Location{pointer=/title, line=3, column=7}",
        Location.of("/title", 3, 7).toString());
  }
}
