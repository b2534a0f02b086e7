package io.github.gcmsdk.benchmarks;

import java.math.BigDecimal;
import java.util.List;

/**
 * Plain mutable classes of the same shape as the format (gcm-io/FORMAT.md): what a user would
 * write by hand for Jackson databind. Codes (countries, groups, kinds...) and partial dates stay
 * strings, objectives are ints, numbers BigDecimal; nothing is checked. The baseline (2).
 */
@SuppressWarnings("unused")
public final class Pojos {
  private Pojos() {}

  /** A document. */
  public static class StakeholderInput {
    public String formatVersion;
    public String id;
    public String title;
    public String language;
    public String date;
    public String url;
    public Review review;
    public List<Actor> contributors;
    public List<Section> sections;
    public List<Reference> references;
    public List<Figure> figures;
    public List<OpenQuestion> openQuestions;
  }

  /** A review. */
  public static class Review {
    public String process;
    public String regionalReview;
    public String commission;
    public String title;
    public List<String> subRegions;
    public List<String> countries;
    public DateRange period;
  }

  /** A date range. */
  public static class DateRange {
    public String start;
    public String end;
  }

  /** An actor. */
  public static class Actor {
    public String group;
    public String name;
    public List<String> countries;
    public List<String> subRegions;
  }

  /** A section. */
  public static class Section {
    public String id;
    public String label;
    public String heading;
    public List<Integer> objectives;
    public List<String> themes;
    public List<Finding> findings;
    public List<Recommendation> recommendations;
    public List<PromisingPractice> practices;
    public List<Figure> figures;
    public List<Reference> references;
    public List<OpenQuestion> openQuestions;
    public List<Section> sections;
  }

  /** A finding. */
  public static class Finding {
    public String id;
    public String kind;
    public String text;
    public List<Integer> objectives;
    public List<String> themes;
    public List<String> countries;
    public List<String> subRegions;
    public List<String> figureIds;
    public List<String> referenceIds;
  }

  /** A recommendation. */
  public static class Recommendation {
    public String id;
    public String text;
    public List<Integer> objectives;
    public List<Integer> relatedObjectives;
    public List<Actor> addressees;
    public List<String> principles;
    public List<String> themes;
    public List<String> referenceIds;
  }

  /** A promising practice. */
  public static class PromisingPractice {
    public String id;
    public String title;
    public String description;
    public List<Actor> actors;
    public List<String> countries;
    public List<String> cities;
    public DateRange period;
    public List<Integer> objectives;
    public List<String> principles;
    public List<String> themes;
    public List<String> outcomes;
    public List<String> figureIds;
    public List<String> referenceIds;
  }

  /** A figure. */
  public static class Figure {
    public String id;
    public BigDecimal value;
    public BigDecimal outOf;
    public String unit;
    public String qualifier;
    public String description;
    public String statement;
    public List<Integer> objectives;
  }

  /** A reference. */
  public static class Reference {
    public String id;
    public String title;
    public String shortTitle;
    public String kind;
    public String issuer;
    public String date;
    public String place;
    public String identifier;
    public String url;
    public boolean forthcoming;
    public String note;
  }

  /** An open question. */
  public static class OpenQuestion {
    public String id;
    public String text;
    public List<Integer> objectives;
    public List<String> themes;
  }
}
