package io.github.gcmsdk.testkit;

import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.model.Actor;
import io.github.gcmsdk.model.ReviewProcess;
import io.github.gcmsdk.model.DateRange;
import io.github.gcmsdk.model.Extensible;
import io.github.gcmsdk.model.Figure;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.Footnote;
import io.github.gcmsdk.model.Paragraph;
import io.github.gcmsdk.model.Pledge;
import io.github.gcmsdk.model.OpenQuestion;
import io.github.gcmsdk.model.PromisingPractice;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.Reference;
import io.github.gcmsdk.model.Review;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.model.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The content rules of a document, checked by walking the model: an independent re-statement of
 * what gcm-validation checks, written for these tests only (it shares no code with the
 * generators).
 */
final class DocumentRules {

  static final int LINE_MAX = 500;
  static final int TEXT_MAX = 10_000;
  static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final Set<String> VALID_TAGS = Set.of("en", "fr", "es", "ru", "en-GB");
  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

  /** What a walk found. */
  static final class Findings {
    final EnumSet<Invalidity> broken = EnumSet.noneOf(Invalidity.class);
    /** Problems outside the Invalidity rules (control characters, bad extensions). */
    final List<String> other = new ArrayList<>();
    final List<String> ownIds = new ArrayList<>();
    final List<String> citedFigureIds = new ArrayList<>();
    final List<String> citedReferenceIds = new ArrayList<>();
    final Set<String> figureIds = new HashSet<>();
    final Set<String> referenceIds = new HashSet<>();
    final List<String> citedFootnoteIds = new ArrayList<>();
    final Set<String> footnoteIds = new HashSet<>();
    final List<DateRange> ranges = new ArrayList<>();
    final List<Country> countries = new ArrayList<>();
    final List<String> urls = new ArrayList<>();
    int recommendations;
    int extensions;
    int sections;
    int maxDepth;

    @Override
    public String toString() {
      return "broken=" + broken + ", other=" + other;
    }
  }

  private DocumentRules() {}

  static Findings check(StakeholderInput doc) {
    Findings f = new Findings();
    line(f, doc.getTitle());
    language(f, doc.getLanguage());
    doc.getUrl().ifPresent(u -> url(f, u));
    doc.getReview().ifPresent(r -> review(f, r));
    doc.getReview().filter(r -> r.getRegionalReview().isPresent()).ifPresent(r -> {
      if (r.getProcess() != ReviewProcess.REGIONAL_REVIEW || r.getCommission()
          .filter(c -> c != r.getRegionalReview().get().getCommission()).isPresent()) {
        f.broken.add(Invalidity.REVIEW_INCONSISTENT);
      }
    });
    for (Actor a : doc.getContributors()) {
      actor(f, a);
    }
    for (Figure x : doc.getFigures()) {
      figure(f, x);
    }
    for (Reference x : doc.getReferences()) {
      reference(f, x);
    }
    for (OpenQuestion x : doc.getOpenQuestions()) {
      question(f, x);
    }
    for (Section s : doc.getSections()) {
      section(f, s, 1);
    }
    for (Footnote x : doc.getFootnotes()) {
      f.footnoteIds.add(x.getId());
    }
    for (Paragraph x : doc.getParagraphs()) {
      f.citedFootnoteIds.addAll(x.getFootnoteIds());
    }
    extensions(f, doc);
    identifier(f, doc.getId());

    Set<String> seen = new HashSet<>();
    for (String id : f.ownIds) {
      identifier(f, id);
      if (!seen.add(id)) {
        f.broken.add(Invalidity.DUPLICATE_ID);
      }
    }
    for (String id : f.citedFigureIds) {
      identifier(f, id);
      if (!f.figureIds.contains(id)) {
        f.broken.add(Invalidity.DANGLING_FIGURE_ID);
      }
    }
    for (String id : f.citedReferenceIds) {
      identifier(f, id);
      if (!f.referenceIds.contains(id)) {
        f.broken.add(Invalidity.DANGLING_REFERENCE_ID);
      }
    }
    for (String id : f.citedFootnoteIds) {
      identifier(f, id);
      if (!f.footnoteIds.contains(id)) {
        f.broken.add(Invalidity.DANGLING_FOOTNOTE_ID);
      }
    }
    for (DateRange r : f.ranges) {
      if (r.getEnd().isPresent()
          && r.getEnd().get().getLatestDay().isBefore(r.getStart().getEarliestDay())) {
        f.broken.add(Invalidity.DATE_RANGE_REVERSED);
      }
    }
    return f;
  }

  private static void section(Findings f, Section s, int depth) {
    f.sections++;
    f.maxDepth = Math.max(f.maxDepth, depth);
    f.ownIds.add(s.getId());
    line(f, s.getHeading());
    s.getLabel().ifPresent(l -> line(f, l));
    extensions(f, s);
    for (Finding x : s.getFindings()) {
      x.getId().ifPresent(f.ownIds::add);
      paragraph(f, x.getText());
      f.countries.addAll(x.getCountries());
      f.citedFigureIds.addAll(x.getFigureIds());
      f.citedReferenceIds.addAll(x.getReferenceIds());
      f.citedFootnoteIds.addAll(x.getFootnoteIds());
      extensions(f, x);
    }
    for (Paragraph x : s.getIntroduction()) {
      f.citedFootnoteIds.addAll(x.getFootnoteIds());
    }
    for (Pledge x : s.getPledges()) {
      f.citedFootnoteIds.addAll(x.getFootnoteIds());
    }
    for (Recommendation x : s.getRecommendations()) {
      f.recommendations++;
      f.ownIds.add(x.getId());
      paragraph(f, x.getText());
      if (x.getObjectives().isEmpty()) {
        f.broken.add(Invalidity.RECOMMENDATION_WITHOUT_OBJECTIVE);
      }
      for (Actor a : x.getAddressees()) {
        actor(f, a);
      }
      f.citedReferenceIds.addAll(x.getReferenceIds());
      f.citedFootnoteIds.addAll(x.getFootnoteIds());
      extensions(f, x);
    }
    for (PromisingPractice x : s.getPractices()) {
      f.ownIds.add(x.getId());
      line(f, x.getTitle());
      paragraph(f, x.getDescription());
      for (Actor a : x.getActors()) {
        actor(f, a);
      }
      f.countries.addAll(x.getCountries());
      for (String city : x.getCities()) {
        line(f, city);
      }
      x.getPeriod().ifPresent(p -> range(f, p));
      for (String outcome : x.getOutcomes()) {
        paragraph(f, outcome);
      }
      f.citedFigureIds.addAll(x.getFigureIds());
      f.citedReferenceIds.addAll(x.getReferenceIds());
      f.citedFootnoteIds.addAll(x.getFootnoteIds());
      extensions(f, x);
    }
    for (Figure x : s.getFigures()) {
      figure(f, x);
    }
    for (Reference x : s.getReferences()) {
      reference(f, x);
    }
    for (OpenQuestion x : s.getOpenQuestions()) {
      question(f, x);
    }
    for (Section child : s.getSections()) {
      section(f, child, depth + 1);
    }
  }

  private static void figure(Findings f, Figure x) {
    f.ownIds.add(x.getId());
    f.figureIds.add(x.getId());
    line(f, x.getUnit());
    paragraph(f, x.getDescription());
    x.getStatement().ifPresent(t -> paragraph(f, t));
    extensions(f, x);
  }

  private static void reference(Findings f, Reference x) {
    f.ownIds.add(x.getId());
    f.referenceIds.add(x.getId());
    line(f, x.getTitle());
    x.getShortTitle().ifPresent(t -> line(f, t));
    x.getIssuer().ifPresent(t -> line(f, t));
    x.getPlace().ifPresent(t -> line(f, t));
    x.getIdentifier().ifPresent(t -> line(f, t));
    x.getNote().ifPresent(t -> paragraph(f, t));
    x.getUrl().ifPresent(u -> url(f, u));
    extensions(f, x);
  }

  private static void question(Findings f, OpenQuestion x) {
    x.getId().ifPresent(f.ownIds::add);
    paragraph(f, x.getText());
    extensions(f, x);
  }

  private static void review(Findings f, Review r) {
    r.getTitle().ifPresent(t -> line(f, t));
    r.getPeriod().ifPresent(p -> range(f, p));
    f.countries.addAll(r.getCountries());
    extensions(f, r);
  }

  private static void actor(Findings f, Actor a) {
    if (a.getGroup().isEmpty() && a.getName().isEmpty()) {
      f.other.add("actor with neither group nor name");
    }
    a.getName().ifPresent(n -> line(f, n));
    f.countries.addAll(a.getCountries());
    extensions(f, a);
  }

  private static void range(Findings f, DateRange r) {
    f.ranges.add(r);
    extensions(f, r);
  }

  // ------------------------------------------------------------------ texts

  private static void line(Findings f, String text) {
    text(f, text, LINE_MAX, false);
  }

  private static void paragraph(Findings f, String text) {
    text(f, text, TEXT_MAX, true);
  }

  private static void text(Findings f, String text, int max, boolean multiline) {
    boolean blank = true;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
        blank = false;
      }
      if (Character.getType(cp) == Character.CONTROL) {
        f.other.add("control character U+" + Integer.toHexString(cp) + " in " + excerpt(text));
      }
      if (Character.isSurrogate((char) cp)) {
        f.other.add("unpaired surrogate in " + excerpt(text));
      }
      i += Character.charCount(cp);
    }
    if (blank) {
      f.broken.add(Invalidity.BLANK_TEXT);
    }
    if (text.codePointCount(0, text.length()) > max) {
      f.broken.add(Invalidity.TEXT_TOO_LONG);
    }
  }

  private static String excerpt(String text) {
    return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
  }

  // -------------------------------------------------- identifiers, tags, URLs

  private static void identifier(Findings f, String id) {
    if (!isIdentifier(id)) {
      f.broken.add(Invalidity.BAD_IDENTIFIER);
    }
  }

  static boolean isIdentifier(String id) {
    if (id.isEmpty() || id.length() > 100 || !alphanumeric(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!alphanumeric(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean alphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static void language(Findings f, String tag) {
    if (!isLanguageTag(tag)) {
      f.broken.add(Invalidity.BAD_LANGUAGE_TAG);
    }
  }

  static boolean isLanguageTag(String tag) {
    if (tag.isEmpty() || !tag.matches("[A-Za-z0-9-]+")) {
      return false;
    }
    String language;
    try {
      language = new Locale.Builder().setLanguageTag(tag).build().getLanguage();
    } catch (IllformedLocaleException e) {
      return false;
    }
    return language.length() == 2 ? ISO_639_1.contains(language)
        : language.length() == 3 && !language.equals("und");
  }

  private static void url(Findings f, String url) {
    f.urls.add(url);
    if (!isUrl(url)) {
      f.broken.add(Invalidity.BAD_URL);
    }
  }

  static boolean isUrl(String url) {
    if (url.isEmpty() || url.length() > 2000) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == 0x7F || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return false;
      }
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return false;
    }
    String scheme = uri.getScheme();
    return uri.isAbsolute() && !uri.isOpaque() && scheme != null
        && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
        && uri.getHost() != null && !uri.getHost().isEmpty();
  }

  // -------------------------------------------------------------- extensions

  private static void extensions(Findings f, Extensible x) {
    f.extensions += x.getExtensions().size();
    for (Map.Entry<String, JsonValue> e : x.getExtensions().entrySet()) {
      if (!e.getKey().startsWith("x-")) {
        f.other.add("extension key without x-: " + e.getKey());
      }
      if (depth(e.getValue()) > 3) {
        f.other.add("extension deeper than 3: " + e.getKey());
      }
      jsonTexts(f, e.getValue());
    }
  }

  private static void jsonTexts(Findings f, JsonValue v) {
    if (v instanceof JsonValue.JsonString s) {
      paragraph(f, s.value());
    } else if (v instanceof JsonValue.JsonArray a) {
      a.elements().forEach(e -> jsonTexts(f, e));
    } else if (v instanceof JsonValue.JsonObject o) {
      o.members().values().forEach(e -> jsonTexts(f, e));
    }
  }

  static int depth(JsonValue v) {
    if (v instanceof JsonValue.JsonArray a) {
      return 1 + a.elements().stream().mapToInt(DocumentRules::depth).max().orElse(0);
    }
    if (v instanceof JsonValue.JsonObject o) {
      return 1 + o.members().values().stream().mapToInt(DocumentRules::depth).max().orElse(0);
    }
    return 0;
  }
}
