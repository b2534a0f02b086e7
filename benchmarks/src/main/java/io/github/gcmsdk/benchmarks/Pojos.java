package io.github.gcmsdk.benchmarks;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.gcmsdk.model.constraints.EndNotBeforeStart;
import io.github.gcmsdk.model.constraints.Identifier;
import io.github.gcmsdk.model.constraints.LanguageTag;
import io.github.gcmsdk.model.constraints.Text;
import io.github.gcmsdk.model.constraints.Url;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain mutable classes of the same shape as the format (gcm-io/FORMAT.md): what a user would
 * write by hand for Jackson databind. Codes (countries, groups, kinds...) and partial dates stay
 * strings, objectives are ints, numbers BigDecimal. The baseline (2) reads them and checks nothing.
 *
 * <p>Alternative (7) validates them with Hibernate Validator ({@link Alternatives#HIBERNATE}):
 * the fields carry the model's own constraint annotations ({@code @Text}, {@code @Identifier},
 * {@code @LanguageTag}, {@code @Url}, {@code @EndNotBeforeStart}), so the same validator classes of
 * gcm-validation run; cascades are {@code List<@Valid X>}. What a user would add by hand for what
 * the model's types enforce: {@code @NotNull} on required properties and objectives in 1..23.
 * Codes (countries, groups...) and dates stay unchecked strings, and the document rules
 * (GCM-V009..V020) have no counterpart: (7) checks less than gcm does.
 */
@SuppressWarnings("unused")
public final class Pojos {
  private Pojos() {}

  /**
   * Extension properties ({@code "x-..."}, which the example uses) kept in a map made on the
   * first one, as a user would keep them with {@code @JsonAnySetter}.
   */
  public abstract static class Extensible {
    public Map<String, Object> extensions;

    /** Keeps one extension property. */
    @JsonAnySetter
    public void extension(String name, Object value) {
      if (extensions == null) {
        extensions = new LinkedHashMap<>();
      }
      extensions.put(name, value);
    }
  }

  /** A document. */
  public static class StakeholderInput extends Extensible {
    public String formatVersion;
    @NotNull @Identifier public String id;
    @NotNull @Text(max = Text.LINE_MAX, multiline = false) public String title;
    @NotNull @LanguageTag public String language;
    public String date;
    @Url public String url;
    @Valid public Review review;
    public List<@Valid Actor> contributors;
    public List<@Valid Section> sections;
    public List<@Valid Reference> references;
    public List<@Valid Figure> figures;
    public List<@Valid OpenQuestion> openQuestions;
  }

  /** A review. */
  public static class Review extends Extensible {
    @NotNull public String process;
    public String regionalReview;
    public String commission;
    @Text(max = Text.LINE_MAX, multiline = false) public String title;
    public List<String> subRegions;
    public List<String> countries;
    @Valid public DateRange period;
  }

  /** A date range; its end checked by {@link PojoEndNotBeforeStartValidator}. */
  @EndNotBeforeStart
  public static class DateRange extends Extensible {
    @NotNull public String start;
    public String end;
  }

  /** An actor. */
  public static class Actor extends Extensible {
    public String group;
    @Text(max = Text.LINE_MAX, multiline = false) public String name;
    public List<String> countries;
    public List<String> subRegions;
  }

  /** A section. */
  public static class Section extends Extensible {
    @NotNull @Identifier public String id;
    @Text(max = Text.LINE_MAX, multiline = false) public String label;
    @NotNull @Text(max = Text.LINE_MAX, multiline = false) public String heading;
    public List<@Min(1) @Max(23) Integer> objectives;
    public List<String> themes;
    public List<@Valid Finding> findings;
    public List<@Valid Recommendation> recommendations;
    public List<@Valid PromisingPractice> practices;
    public List<@Valid Figure> figures;
    public List<@Valid Reference> references;
    public List<@Valid OpenQuestion> openQuestions;
    public List<@Valid Section> sections;
  }

  /** A finding. */
  public static class Finding extends Extensible {
    @Identifier public String id;
    public String kind;
    @NotNull @Text public String text;
    public List<@Min(1) @Max(23) Integer> objectives;
    public List<String> themes;
    public List<String> countries;
    public List<String> subRegions;
    public List<@Identifier String> figureIds;
    public List<@Identifier String> referenceIds;
  }

  /** A recommendation. */
  public static class Recommendation extends Extensible {
    @NotNull @Identifier public String id;
    @NotNull @Text public String text;
    public List<@Min(1) @Max(23) Integer> objectives;
    public List<@Min(1) @Max(23) Integer> relatedObjectives;
    public List<@Valid Actor> addressees;
    public List<String> principles;
    public List<String> themes;
    public List<@Identifier String> referenceIds;
  }

  /** A promising practice. */
  public static class PromisingPractice extends Extensible {
    @NotNull @Identifier public String id;
    @NotNull @Text(max = Text.LINE_MAX, multiline = false) public String title;
    @NotNull @Text public String description;
    public List<@Valid Actor> actors;
    public List<String> countries;
    public List<@Text(max = Text.LINE_MAX, multiline = false) String> cities;
    @Valid public DateRange period;
    public List<@Min(1) @Max(23) Integer> objectives;
    public List<String> principles;
    public List<String> themes;
    public List<@Text String> outcomes;
    public List<@Identifier String> figureIds;
    public List<@Identifier String> referenceIds;
  }

  /** A figure. */
  public static class Figure extends Extensible {
    @NotNull @Identifier public String id;
    @NotNull public BigDecimal value;
    public BigDecimal outOf;
    @NotNull @Text(max = Text.LINE_MAX, multiline = false) public String unit;
    public String qualifier;
    @NotNull @Text public String description;
    @Text public String statement;
    public List<@Min(1) @Max(23) Integer> objectives;
  }

  /** A reference. */
  public static class Reference extends Extensible {
    @NotNull @Identifier public String id;
    @NotNull @Text(max = Text.LINE_MAX, multiline = false) public String title;
    @Text(max = Text.LINE_MAX, multiline = false) public String shortTitle;
    public String kind;
    @Text(max = Text.LINE_MAX, multiline = false) public String issuer;
    public String date;
    @Text(max = Text.LINE_MAX, multiline = false) public String place;
    @Text(max = Text.LINE_MAX, multiline = false) public String identifier;
    @Url public String url;
    public boolean forthcoming;
    @Text public String note;
  }

  /** An open question. */
  public static class OpenQuestion extends Extensible {
    @Identifier public String id;
    @NotNull @Text public String text;
    public List<@Min(1) @Max(23) Integer> objectives;
    public List<String> themes;
  }
}
