package io.github.gcmsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.RegionalCommission;
import io.github.gcmsdk.catalog.RegionalReview;
import io.github.gcmsdk.model.DateRange;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Generated documents are valid by default: each rule checked by walking the model. */
class ValidityTest {

  private static final int CASES = 200;
  private static final DocumentGenerator DOCUMENTS = GcmGenerators.documents(
      DocumentGenerator.Settings.defaults().withExtensions(true));

  @Test
  void defaultDocumentsBreakNoContentRule() {
    Properties.forAll(DOCUMENTS, CASES, 1L, doc -> {
      DocumentRules.Findings f = DocumentRules.check(doc);
      assertTrue(f.broken.isEmpty(), f.toString());
      assertTrue(f.other.isEmpty(), f.toString());
    });
  }

  @Test
  void idsAreKebabCaseAndUniqueAcrossTheDocument() {
    Properties.forAll(DOCUMENTS, CASES, 2L, doc -> {
      DocumentRules.Findings f = DocumentRules.check(doc);
      Set<String> seen = new HashSet<>();
      for (String id : f.ownIds) {
        assertTrue(DocumentRules.KEBAB.matcher(id).matches(), id);
        assertTrue(seen.add(id), "duplicate id " + id);
      }
      assertTrue(DocumentRules.KEBAB.matcher(doc.getId()).matches(), doc.getId());
      assertFalse(seen.contains(doc.getId()), "document id reused: " + doc.getId());
    });
  }

  @Test
  void everyCitedFigureAndReferenceIdExists() {
    int[] citations = new int[1];
    Properties.forAll(DOCUMENTS, CASES, 3L, doc -> {
      DocumentRules.Findings f = DocumentRules.check(doc);
      assertTrue(f.figureIds.containsAll(f.citedFigureIds), f.citedFigureIds.toString());
      assertTrue(f.referenceIds.containsAll(f.citedReferenceIds), f.citedReferenceIds.toString());
      citations[0] += f.citedFigureIds.size() + f.citedReferenceIds.size();
    });
    assertTrue(citations[0] > CASES / 2, "too few citations to test: " + citations[0]);
  }

  @Test
  void everyRecommendationHasAtLeastOneObjective() {
    Properties.forAll(DOCUMENTS, CASES, 4L, doc -> {
      for (Section section : doc.getSections()) {
        checkRecommendations(section);
      }
    });
  }

  private static void checkRecommendations(Section section) {
    for (Recommendation r : section.getRecommendations()) {
      assertFalse(r.getObjectives().isEmpty(), r.getId());
    }
    section.getSections().forEach(ValidityTest::checkRecommendations);
  }

  @Test
  void dateRangesStartNoLaterThanTheyEnd() {
    Properties.forAll(DOCUMENTS, CASES, 5L, doc -> {
      for (DateRange r : DocumentRules.check(doc).ranges) {
        r.getEnd().ifPresent(end -> {
          assertTrue(r.getStart().compareTo(end) <= 0, r.toString());
          assertFalse(end.getLatestDay().isBefore(r.getStart().getEarliestDay()), r.toString());
        });
      }
    });
    Properties.forAll(GcmGenerators.dateRanges(), 5_000, 5L, r -> r.getEnd().ifPresent(end ->
        assertTrue(r.getStart().compareTo(end) <= 0, r.toString())));
  }

  @Test
  void ece2020DocumentsNameOnlyUneceMemberStates() {
    Set<Country> members = RegionalCommission.ECE.getMembers();
    int[] ece = new int[1];
    Properties.forAll(DOCUMENTS, CASES, 6L, doc -> {
      if (doc.getReview().flatMap(r -> r.getRegionalReview())
          .filter(r -> r == RegionalReview.ECE_2020).isPresent()) {
        ece[0]++;
        for (Country c : DocumentRules.check(doc).countries) {
          assertTrue(members.contains(c), c + " is not a UNECE member");
        }
      }
    });
    assertTrue(ece[0] > CASES / 4, "too few ece-2020 documents: " + ece[0]);
  }

  @Test
  void languageTagsAreValidAndUrlsAreHttps() {
    Set<String> tags = new HashSet<>();
    Properties.forAll(DOCUMENTS, CASES, 7L, doc -> {
      assertTrue(DocumentRules.VALID_TAGS.contains(doc.getLanguage()), doc.getLanguage());
      tags.add(doc.getLanguage());
      for (String url : DocumentRules.check(doc).urls) {
        assertTrue(url.startsWith("https://"), url);
      }
    });
    assertEquals(DocumentRules.VALID_TAGS, tags);
  }

  @Test
  void extensionsHaveXNamesAndBoundedDepth() {
    int[] withExtensions = new int[1];
    Properties.forAll(DOCUMENTS, CASES, 8L, doc -> {
      DocumentRules.Findings f = DocumentRules.check(doc);
      if (f.extensions > 0) {
        withExtensions[0]++;
      }
      assertTrue(f.other.isEmpty(), f.toString());
    });
    assertTrue(withExtensions[0] > CASES / 2, "too few extensions: " + withExtensions[0]);
    Properties.forAll(GcmGenerators.extensions(), 2_000, 8L, map -> {
      assertFalse(map.isEmpty());
      map.forEach((key, value) -> {
        assertTrue(key.startsWith("x-"), key);
        assertTrue(DocumentRules.depth(value) <= 3, key);
      });
    });
    Properties.forAll(GcmGenerators.jsonValues(0), 500, 8L,
        v -> assertEquals(0, DocumentRules.depth(v)));
  }

  @Test
  void textsAreNeitherBlankNorControlAndUseSeveralScripts() {
    boolean[] seen = new boolean[4]; // Latin with accents, Cyrillic, astral, no-break space
    Properties.forAll(GcmGenerators.texts(), 3_000, 9L, text -> {
      assertFalse(text.isBlank());
      text.codePoints().forEach(cp -> {
        assertFalse(Character.getType(cp) == Character.CONTROL, "control U+" + cp);
        if (cp >= 0xC0 && cp <= 0x24F) {
          seen[0] = true;
        }
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC) {
          seen[1] = true;
        }
        if (Character.isSupplementaryCodePoint(cp)) {
          seen[2] = true;
        }
        if (cp == 0xA0) {
          seen[3] = true;
        }
      });
    });
    for (int i = 0; i < seen.length; i++) {
      assertTrue(seen[i], "kind of character " + i + " never generated");
    }
  }

  @Test
  void standaloneObjectsAreValidAndIdentifiersAreKebabCase() {
    Properties.forAll(GcmGenerators.identifiers(), 2_000, 10L,
        id -> assertTrue(DocumentRules.KEBAB.matcher(id).matches() && id.length() <= 100, id));
    Properties.forAll(GcmGenerators.recommendations(), 1_000, 10L,
        r -> assertFalse(r.getObjectives().isEmpty()));
    Properties.forAll(GcmGenerators.sections(3), 300, 10L, section -> {
      StakeholderInput doc = StakeholderInput.builder().id("d").title("t").language("en")
          .addSection(section).build();
      DocumentRules.Findings f = DocumentRules.check(doc);
      assertTrue(f.broken.isEmpty() && f.other.isEmpty(), f.toString());
      assertTrue(f.maxDepth <= 3);
    });
    Properties.forAll(GcmGenerators.uneceCountries(), 500, 10L, c -> assertTrue(
        RegionalCommission.ECE.getMembers().contains(c), c.toString()));
  }
}
