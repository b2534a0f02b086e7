package io.github.gcmsdk.testkit.internal;

import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.testkit.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plausible GCM texts in English, French, Spanish and Russian, and the faulty and hostile values
 * of the generators, composed from the word lists of {@code vocabulary.txt} and
 * {@code faults.txt} (resources of this package, read once, on first use).
 *
 * <p>Realistic texts contain letters of several scripts, typographic punctuation, no-break spaces
 * and now and then an emoji or another character outside the Basic Multilingual Plane, but never a
 * control character, and they name no objective but those they are given.
 *
 * <p>Not part of the API; it may change without notice. Stateless and thread-safe.
 */
public final class Vocabulary {

  private Vocabulary() {}

  /** The lists of both files, loaded when first asked for (holder idiom: once, thread-safe). */
  private static final class Lists {
    static final Map<String, List<String>> ALL = new HashMap<>();

    static {
      load("vocabulary.txt");
      load("faults.txt");
    }

    private static void load(String name) {
      // getResourceAsStream of a class in the same module reads the module's own package
      // directories, on the class path and on the module path alike.
      try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("gcm-testkit: resource missing: " + name);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> list = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (line.isEmpty() || line.startsWith("#")) {
            continue;
          }
          if (line.startsWith("[") && line.endsWith("]")) {
            list = new ArrayList<>();
            ALL.put(line.substring(1, line.length() - 1), list);
          } else if (list == null) {
            throw new IllegalStateException("gcm-testkit: " + name + ": entry before a [list]");
          } else {
            list.add(line.equals("\"\"") ? "" : unescape(line));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ALL.replaceAll((key, values) -> List.copyOf(values));
    }

    private static String unescape(String line) {
      if (line.indexOf('\\') < 0) {
        return line;
      }
      StringBuilder out = new StringBuilder(line.length());
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c != '\\' || i + 1 == line.length()) {
          out.append(c);
          continue;
        }
        char e = line.charAt(++i);
        switch (e) {
          case 's' -> out.append(' ');
          case 't' -> out.append('\t');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 'u' -> {
            out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> out.append(e);
        }
      }
      return out.toString();
    }
  }

  /**
   * Returns a list of {@code vocabulary.txt} or {@code faults.txt}.
   *
   * @param name the list's name, such as {@code "bad-url"} or {@code "en.subjects"}
   * @return the entries, unmodifiable
   * @throws IllegalArgumentException if there is no such list
   */
  public static List<String> list(String name) {
    List<String> list = Lists.ALL.get(name);
    if (list == null) {
      throw new IllegalArgumentException("gcm-testkit: no word list " + name);
    }
    return list;
  }

  private static List<String> list(Lang lang, String name) {
    return list(lang.name().toLowerCase(java.util.Locale.ROOT) + "." + name);
  }

  private static String pick(Source s, Lang lang, String name) {
    return s.pick(list(lang, name));
  }

  /**
   * Returns a finding: one or two sentences saying what stakeholders observed.
   *
   * @param s the source
   * @param lang the language
   * @param linked the objectives the text may name (those of the item and its sections)
   * @return the text
   */
  public static String finding(Source s, Lang lang, List<Objective> linked) {
    String text = findingSentence(s, lang, linked);
    if (s.chance(0.25)) {
      text = text + " " + findingSentence(s, lang, linked);
    }
    return decorate(s, text);
  }

  private static String findingSentence(Source s, Lang lang, List<Objective> linked) {
    if (lang == Lang.EN) {
      if (s.chance(0.15)) {
        return pick(s, lang, "statements");
      }
      if (!linked.isEmpty() && s.chance(0.1)) {
        return pick(s, lang, "objective-violation")
            .replace("{n}", s.pick(linked).getCode());
      }
    }
    return pick(s, lang, "subjects") + " " + pick(s, lang, "verbs") + " "
        + pick(s, lang, "clauses") + pick(s, lang, "tails") + ".";
  }

  /**
   * Returns a recommendation: who should do what, or (in English) an imperative.
   *
   * @param s the source
   * @param lang the language
   * @return the text
   */
  public static String recommendation(Source s, Lang lang) {
    String action = pick(s, lang, "actions");
    String tail = pick(s, lang, "recommendation-tails");
    String text = lang == Lang.EN && s.chance(0.5)
        ? Character.toUpperCase(action.charAt(0)) + action.substring(1) + tail + "."
        : pick(s, lang, "addressees") + " " + pick(s, lang, "should") + " " + action + tail + ".";
    return decorate(s, text);
  }

  /**
   * Returns an open question.
   *
   * @param s the source
   * @param lang the language
   * @return the text
   */
  public static String question(Source s, Lang lang) {
    return decorate(s, pick(s, lang, "questions"));
  }

  /**
   * Returns the short title of a promising practice, one line.
   *
   * @param s the source
   * @param lang the language
   * @param place a country or city name to add, or null
   * @return the title
   */
  public static String practiceTitle(Source s, Lang lang, String place) {
    String title = pick(s, lang, "practice-titles");
    return place == null ? title : title + pick(s, lang, "place").replace("{}", place);
  }

  /**
   * Returns the description of a promising practice: who did what.
   *
   * @param s the source
   * @param lang the language
   * @return the text
   */
  public static String practiceDescription(Source s, Lang lang) {
    return decorate(s, pick(s, lang, "subjects") + " " + pick(s, lang, "practice-deeds")
        + pick(s, lang, "tails") + ".");
  }

  /**
   * Returns an outcome of a practice.
   *
   * @param s the source
   * @param lang the language
   * @return the text
   */
  public static String outcome(Source s, Lang lang) {
    return pick(s, lang, "outcomes").replace("%d", Integer.toString(s.between(2, 5000)));
  }

  /**
   * Returns the unit of a figure ("young people", "months").
   *
   * @param s the source
   * @param lang the language
   * @return the unit, one line
   */
  public static String unit(Source s, Lang lang) {
    return pick(s, lang, "units");
  }

  /**
   * Returns what a figure counts, in words, for a unit.
   *
   * @param s the source
   * @param lang the language
   * @param unit the unit
   * @return the description
   */
  public static String figureDescription(Source s, Lang lang, String unit) {
    int first = unit.codePointAt(0);
    return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
        .append(unit.substring(Character.charCount(first))).append(' ')
        .append(pick(s, lang, "figure-contexts")).toString();
  }

  /**
   * Returns the heading of a section about an objective ("Objective 11 - Manage borders").
   *
   * @param s the source
   * @param lang the language
   * @param objective the objective
   * @return the heading, one line
   */
  public static String objectiveHeading(Source s, Lang lang, Objective objective) {
    return pick(s, lang, "objective-heading").replace("{n}", objective.getCode())
        .replace("{label}", objective.getShortLabel());
  }

  /**
   * Returns a general heading ("Intro", "Going forward").
   *
   * @param s the source
   * @param lang the language
   * @return the heading, one line
   */
  public static String generalHeading(Source s, Lang lang) {
    return pick(s, lang, "general-headings");
  }

  /**
   * Returns the title of a stakeholder input document.
   *
   * @param lang the language
   * @param forum what the input feeds ("UNECE regional review", "IMRF 2022")
   * @return the title, one line
   */
  public static String documentTitle(Lang lang, String forum) {
    return list(lang, "document-title").get(0).replace("{forum}", forum);
  }

  /**
   * Returns a label for the {@code index}-th top-level section: I, II, III, ...
   *
   * @param index the index, from 0
   * @return the label
   */
  public static String roman(int index) {
    List<String> roman = list("roman");
    return index < roman.size() ? roman.get(index) : Integer.toString(index + 1);
  }

  /**
   * Returns a text of one to three sentences in a random language: findings, recommendations
   * and questions mixed, naming no objective.
   *
   * @param s the source
   * @return the text
   */
  public static String anyText(Source s) {
    Lang lang = anyLang(s);
    int sentences = s.between(1, 3);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        text.append(' ');
      }
      int kind = s.nextInt(3);
      text.append(kind == 0 ? finding(s, lang, List.of()) : kind == 1 ? recommendation(s, lang)
          : question(s, lang));
    }
    return text.toString();
  }

  /**
   * Returns a language, English more often than the others.
   *
   * @param s the source
   * @return the language
   */
  public static Lang anyLang(Source s) {
    int r = s.nextInt(10);
    return r < 4 ? Lang.EN : r < 6 ? Lang.FR : r < 8 ? Lang.ES : Lang.RU;
  }

  /**
   * Returns a text of more than {@code minCodePoints} code points, made of sentences joined by
   * spaces, without line breaks.
   *
   * @param s the source
   * @param lang the language
   * @param minCodePoints the length to exceed
   * @return the text
   */
  public static String longText(Source s, Lang lang, int minCodePoints) {
    StringBuilder text = new StringBuilder(minCodePoints + 300);
    int codePoints = 0;
    while (codePoints <= minCodePoints) {
      if (text.length() > 0) {
        text.append(' ');
        codePoints++;
      }
      String sentence = findingSentence(s, lang, List.of());
      text.append(sentence);
      codePoints += sentence.codePointCount(0, sentence.length());
    }
    return text.toString();
  }

  /**
   * Returns a text from the whole of Unicode: empty, any code points (control characters and
   * lone surrogates included), or hostile words.
   *
   * @param s the source
   * @return the text
   */
  public static String hostileText(Source s) {
    int kind = s.nextInt(10);
    StringBuilder text = new StringBuilder();
    if (kind == 1) {
      for (int n = s.between(1, 12); n > 0; n--) {
        text.appendCodePoint(codePoint(s));
      }
    } else if (kind > 1) {
      for (int n = s.between(1, 6); n > 0; n--) {
        text.append(text.length() > 0 ? " " : "").append(s.pick(list("hostile-words")));
      }
    }
    return text.toString();
  }

  /** Any code point, lone surrogates included now and then. */
  private static int codePoint(Source s) {
    switch (s.nextInt(8)) {
      case 0: return s.nextInt(0x20);
      case 1: return 0x20 + s.nextInt(0x5F);
      case 2: return 0x80 + s.nextInt(0x780);
      case 3: return 0x800 + s.nextInt(0xD800 - 0x800);
      case 4: return 0xE000 + s.nextInt(0x10000 - 0xE000);
      case 5: return 0x10000 + s.nextInt(0x10FFFF - 0x10000);
      case 6: return 0xD800 + s.nextInt(0x800); // a lone surrogate
      default: return "\"\\/{}[]:,".charAt(s.nextInt(9));
    }
  }

  /** Now and then adds an emoji or another astral character, at the end or the start. */
  private static String decorate(Source s, String text) {
    if (!s.chance(0.06)) {
      return text;
    }
    String emoji = s.pick(list("emoji"));
    return s.chance(0.5) ? text + " " + emoji : emoji + " " + text;
  }
}
