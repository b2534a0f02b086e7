package io.github.gcmsdk.testkit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Shrinking steps shared by the generators: smaller lists, smaller ints, shorter texts.
 *
 * <p>Not part of the API; it may change without notice. Stateless and thread-safe.
 */
public final class ShrinkSupport {

  private ShrinkSupport() {}

  /**
   * Returns smaller lists: the front half, the back half, each list with one element removed
   * (never fewer than {@code min} elements), then the lists with one element shrunk.
   *
   * @param <T> the element type
   * @param value the list, not null
   * @param min the smallest size allowed
   * @param elementShrink shrinks one element
   * @return the candidates, computed lazily
   */
  public static <T> Stream<List<T>> shrinkList(
      List<T> value, int min, Function<T, Stream<T>> elementShrink) {
    int n = value.size();
    List<Supplier<Stream<List<T>>>> steps = new ArrayList<>();
    if (n > min) {
      int half = Math.max(min, n / 2);
      if (half < n && half > 0 && n > 1) {
        steps.add(() -> Stream.of(value.subList(0, half), value.subList(n - half, n)));
      }
      if (min == 0 && n > 1) {
        steps.add(() -> Stream.of(List.of()));
      }
      steps.add(() -> IntStream.range(0, n).mapToObj(i -> without(value, i)));
    }
    steps.add(() -> IntStream.range(0, n).boxed().flatMap(
        i -> elementShrink.apply(value.get(i)).map(c -> replaced(value, i, c))));
    return steps.stream().flatMap(Supplier::get).map(Collections::unmodifiableList);
  }

  /**
   * Returns ints between {@code target} and {@code value}, closest to the target first.
   *
   * @param target the value to shrink towards
   * @param value the value
   * @return the candidates, without {@code value} itself
   */
  public static Stream<Integer> towards(int target, int value) {
    if (value == target) {
      return Stream.empty();
    }
    Set<Integer> candidates = new LinkedHashSet<>();
    candidates.add(target);
    candidates.add(target + (value - target) / 2);
    candidates.add(value > target ? value - 1 : value + 1);
    candidates.remove(value);
    return new ArrayList<>(candidates).stream();
  }

  /**
   * Returns shorter texts that are still not blank: the first sentence, the first half of the
   * words, the text without its last word, the first half of the code points.
   *
   * @param text the text, not null
   * @return the candidates, each shorter than the text, distinct, computed lazily
   */
  public static Stream<String> shrinkText(String text) {
    if (text.isBlank()) {
      return Stream.empty();
    }
    List<Supplier<String>> steps = List.of(
        () -> firstSentence(text),
        () -> firstWords(text, words(text).length / 2),
        () -> firstWords(text, words(text).length - 1),
        () -> firstCodePoints(text, text.codePointCount(0, text.length()) / 2));
    Set<String> seen = new LinkedHashSet<>();
    return steps.stream()
        .map(Supplier::get)
        .filter(c -> c != null && !c.isBlank() && c.length() < text.length() && seen.add(c));
  }

  private static String[] words(String text) {
    return text.strip().split(" +");
  }

  private static String firstSentence(String text) {
    String stripped = text.strip();
    for (int i = 0; i < stripped.length() - 1; i++) {
      char c = stripped.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && stripped.charAt(i + 1) == ' ') {
        return stripped.substring(0, i + 1);
      }
    }
    return null;
  }

  private static String firstWords(String text, int count) {
    String[] words = words(text);
    if (count < 1 || count >= words.length) {
      return null;
    }
    return String.join(" ", List.of(words).subList(0, count));
  }

  private static String firstCodePoints(String text, int count) {
    if (count < 1) {
      return null;
    }
    int end = text.offsetByCodePoints(0, count);
    return text.substring(0, end).strip();
  }

  private static <T> List<T> without(List<T> list, int index) {
    List<T> copy = new ArrayList<>(list.size() - 1);
    for (int i = 0; i < list.size(); i++) {
      if (i != index) {
        copy.add(list.get(i));
      }
    }
    return copy;
  }

  private static <T> List<T> replaced(List<T> list, int index, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, element);
    return copy;
  }
}
