package io.github.gcmsdk.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gcmsdk.io.ReadProblem;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The reader expects the members of an object in canonical order and lets the parser match the
 * expected name: members in any other order, or absent, or with unknown members between them,
 * must read the same.
 */
class MemberOrderTest {

  private static final ReadSettings SETTINGS =
      ReadSettings.of(false, 1_000_000, 64, 100_000, 1000, 1000, Locale.ROOT);

  /** The members of a document, one per line, in canonical order. */
  private static final List<String> MEMBERS = List.of(
      "\"formatVersion\": \"2.0\"",
      "\"id\": \"d\"",
      "\"title\": \"t\"",
      "\"language\": \"en\"",
      "\"date\": \"2020-11\"",
      "\"review\": {\"process\": \"regional-review\", \"commission\": \"ece\"}",
      "\"contributors\": [{\"group\": \"children\"}, {\"name\": \"n\", \"countries\": [\"FR\"]}]",
      "\"sections\": [{\"id\": \"s\", \"heading\": \"h\"}, {\"heading\": \"h2\", \"id\": \"s2\"}]",
      "\"x-extra\": {\"id\": 1, \"title\": [2]}",
      "\"figures\": [{\"id\": \"f\", \"value\": 1, \"unit\": \"u\", \"description\": \"d\"}]");

  private static Outcome<StakeholderInput> read(List<String> members) {
    String text = "{\n" + String.join(",\n", members) + "\n}";
    return new DocumentReader(SETTINGS).read(Format.DOCUMENT_CODEC,
        text.getBytes(StandardCharsets.UTF_8));
  }

  private static String name(String member) {
    return member.substring(1, member.indexOf('"', 1));
  }

  @Test
  void membersInAnyOrderReadAsInCanonicalOrderEachValueOnItsLine() {
    StakeholderInput canonical = read(MEMBERS).value();
    List<List<String>> orders = new ArrayList<>();
    List<String> reversed = new ArrayList<>(MEMBERS);
    Collections.reverse(reversed);
    orders.add(reversed);
    for (int shift = 1; shift < MEMBERS.size(); shift += 3) {
      List<String> rotated = new ArrayList<>(MEMBERS);
      Collections.rotate(rotated, shift);
      orders.add(rotated);
    }
    List<String> sparse = new ArrayList<>(MEMBERS);
    sparse.removeIf(m -> m.startsWith("\"date\"") || m.startsWith("\"review\""));
    orders.add(sparse);
    // Each order twice and in turn with the canonical one, so that the expected order changes.
    for (int round = 0; round < 2; round++) {
      for (List<String> order : orders) {
        for (List<String> members : List.of(order, MEMBERS)) {
          Outcome<StakeholderInput> outcome = read(members);
          assertEquals(List.of(), outcome.problems(), members::toString);
          if (members == sparse) {
            assertEquals(canonical.withDate(java.util.Optional.empty())
                .withReview(java.util.Optional.empty()), outcome.value());
          } else {
            assertEquals(canonical, outcome.value(), members::toString);
          }
          for (int i = 0; i < members.size(); i++) {
            assertEquals(i + 2, outcome.index().locate("/" + name(members.get(i))).getLine()
                .getAsInt(), members.get(i));
          }
        }
      }
    }
  }

  @Test
  void aDuplicateMemberIsReportedWhereverTheExpectedOrderPointsAfterIt() {
    for (int round = 0; round < 3; round++) {
      read(MEMBERS);
      List<String> members = new ArrayList<>(MEMBERS);
      members.add(2, "\"id\": \"other\"");
      members.add(3, "\"id\": \"third\"");
      Outcome<StakeholderInput> outcome = read(members);
      List<String> codes = new ArrayList<>();
      for (Problem problem : outcome.problems()) {
        codes.add(problem.getCode() + " " + problem.getLocation().getLine().getAsInt());
      }
      String code = ReadProblem.DUPLICATE_KEY.getCode();
      assertEquals(List.of(code + " 4", code + " 5"), codes);
      assertEquals("d", outcome.value().getId());
    }
  }
}
