package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gcmsdk.io.internal.Format;
import io.github.gcmsdk.io.internal.TypeSpec;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Gen;
import io.github.gcmsdk.testkit.Source;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The test kit's documents carry every property of format 2.0, so that the round-trip, locate and
 * spreadsheet properties run over all of them; its documents of format 1.0 carry none of the
 * properties 2.0 added.
 */
class GeneratedFormatCoverageTest {

  /** The names of format 2.0 that no object of format 1.0 had. */
  private static final Set<String> NEW_IN_20 = Set.of("kind@StakeholderInput", "symbols",
      "adoptions", "workId", "translations", "paragraphs", "footnotes", "footnoteIds", "events",
      "hosts", "coOrganisers", "chairs", "relatedReviews", "introduction", "pledges", "roundTable",
      "allObjectives", "attribution", "referenceDate", "currency", "source");

  private static final ObjectMapper TREES = new ObjectMapper();

  private static Set<String> namesWritten(Gen<StakeholderInput> gen, int documents, long seed)
      throws IOException {
    Set<String> names = new TreeSet<>();
    Source source = Source.of(seed);
    for (int i = 0; i < documents; i++) {
      JsonNode root = TREES.readTree(GcmJson.standard().write(gen.next(source)));
      collect(root, names);
      if (root.has("kind")) {
        names.add("kind@StakeholderInput");
      }
    }
    return names;
  }

  private static void collect(JsonNode node, Set<String> names) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> members = node.fields();
      while (members.hasNext()) {
        Map.Entry<String, JsonNode> member = members.next();
        names.add(member.getKey());
        collect(member.getValue(), names);
      }
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, names));
    }
  }

  @Test
  void generatedDocumentsCarryEveryPropertyOfTheFormat() throws IOException {
    Set<String> written = namesWritten(GcmGenerators.anyDocuments(true), 400, 2026L);
    Set<String> missing = new TreeSet<>();
    for (TypeSpec<?, ?> type : Format.types()) {
      for (String name : type.names()) {
        if (!written.contains(name)) {
          missing.add(type.name() + "." + name);
        }
      }
    }
    assertTrue(written.contains("kind@StakeholderInput"), "no document of another kind");
    assertEquals(Set.of(), missing, "properties no generated document has");
  }

  @Test
  void formatOneDocumentsCarryNothingFormat20Added() throws IOException {
    Set<String> written = namesWritten(GcmGenerators.formatOneDocuments(), 400, 2020L);
    written.retainAll(NEW_IN_20);
    assertEquals(Set.of(), written);
  }
}
