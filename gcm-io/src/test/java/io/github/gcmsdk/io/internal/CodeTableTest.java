package io.github.gcmsdk.io.internal;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.GuidingPrinciple;
import io.github.gcmsdk.catalog.StakeholderGroup;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Codes of a catalogue looked up in the parser's characters, without a string. */
class CodeTableTest {

  private static <E extends io.github.gcmsdk.catalog.Coded> void assertFindsEveryCodeOnly(
      Collection<E> values, Function<String, E> fromCode) {
    Codecs.CodeTable<E> table = new Codecs.CodeTable<>(values, fromCode);
    for (E value : values) {
      String code = value.getCode();
      char[] chars = ("[\"" + code + "\"]").toCharArray(); // the code inside other characters
      assertSame(fromCode.apply(code), table.find(chars, 2, code.length()), code);
      assertNull(table.find(chars, 2, code.length() - 1), code + " without its last character");
      assertNull(table.find(chars, 1, code.length()), code + " from a character before");
      assertNull(table.find(chars, 2, code.length() + 1), code + " with a character after");
      String lower = code.toLowerCase(Locale.ROOT);
      String upper = code.toUpperCase(Locale.ROOT);
      for (String other : List.of(lower, upper, code + " ", " " + code)) {
        if (!other.equals(code)) {
          assertNull(table.find(other.toCharArray(), 0, other.length()), other);
        }
      }
    }
    assertNull(table.find(new char[0], 0, 0));
  }

  @Test
  void everyCodeOfACatalogueFindsTheEntryTheStrictLookUpGivesAndNothingElseMatches() {
    assertFindsEveryCodeOnly(List.of(GuidingPrinciple.values()), GuidingPrinciple::fromCode);
    assertFindsEveryCodeOnly(List.of(StakeholderGroup.values()), StakeholderGroup::fromCode);
    assertFindsEveryCodeOnly(Country.all(), Country::of);
  }

  @Test
  void anEntryTheStrictLookUpDoesNotGiveForItsCodeIsLeftToTheLookUp() {
    GuidingPrinciple refused = GuidingPrinciple.values()[0];
    Codecs.CodeTable<GuidingPrinciple> table = new Codecs.CodeTable<>(
        List.of(GuidingPrinciple.values()), code -> {
          if (code.equals(refused.getCode())) {
            throw new IllegalArgumentException(code);
          }
          return GuidingPrinciple.fromCode(code);
        });
    char[] chars = refused.getCode().toCharArray();
    assertNull(table.find(chars, 0, chars.length));
    GuidingPrinciple other = GuidingPrinciple.values()[1];
    Codecs.CodeTable<GuidingPrinciple> swapped = new Codecs.CodeTable<>(
        List.of(GuidingPrinciple.values()), code -> code.equals(other.getCode()) ? refused
            : GuidingPrinciple.fromCode(code));
    char[] otherChars = other.getCode().toCharArray();
    assertNull(swapped.find(otherChars, 0, otherChars.length));
  }
}
