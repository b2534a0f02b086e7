package io.github.gcmsdk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gcmsdk.catalog.Coded;
import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.EventKind;
import io.github.gcmsdk.catalog.MigrationReviewForum;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.RegionalCommission;
import io.github.gcmsdk.catalog.RegionalReview;
import io.github.gcmsdk.catalog.StakeholderGroup;
import io.github.gcmsdk.coverage.Coverage;
import io.github.gcmsdk.coverage.CountryCount;
import io.github.gcmsdk.coverage.ObjectiveCount;
import io.github.gcmsdk.coverage.StakeholderGroupCount;
import io.github.gcmsdk.model.ReviewProcess;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints a {@link Coverage} as aligned text tables, JSON or Markdown tables. */
final class CoveragePrinter {

  private static final String[] OBJECTIVE_HEADER = {
    "#", "Objective", "Sections", "Findings", "Recommendations", "Related", "Practices", "Pledges"
  };
  private static final String[] GROUP_HEADER = {
    "Stakeholder group", "Contributors", "Addressees", "Actors"
  };
  private static final String[] COUNTRY_HEADER = {
    "Code", "Country", "Documents", "Findings", "Recommendations", "Practices"
  };
  private static final String[] REVIEW_HEADER = {"Review", "Code", "Documents"};
  private static final String[] EVENT_HEADER = {"Event kind", "Events"};
  /** Columns aligned left; the others are numbers, aligned right. */
  private static final int TEXT_COLUMNS_OBJECTIVES = 2;
  private static final int TEXT_COLUMNS_GROUPS = 1;
  private static final int TEXT_COLUMNS_COUNTRIES = 2;
  private static final int TEXT_COLUMNS_REVIEWS = 2;
  private static final int TEXT_COLUMNS_EVENTS = 1;

  private CoveragePrinter() {}

  static void text(Coverage coverage, PrintWriter out) {
    out.println(coverage.getDocuments() + (coverage.getDocuments() == 1 ? " document" : " documents"));
    table(out, false, "Objectives", OBJECTIVE_HEADER, objectiveRows(coverage), TEXT_COLUMNS_OBJECTIVES);
    table(out, false, "Stakeholder groups", GROUP_HEADER, groupRows(coverage), TEXT_COLUMNS_GROUPS);
    table(out, false, "Countries", COUNTRY_HEADER, countryRows(coverage), TEXT_COLUMNS_COUNTRIES);
    table(out, false, "Reviews", REVIEW_HEADER, reviewRows(coverage), TEXT_COLUMNS_REVIEWS);
    table(out, false, "Events", EVENT_HEADER, eventRows(coverage), TEXT_COLUMNS_EVENTS);
  }

  static void markdown(Coverage coverage, PrintWriter out) {
    out.println("# Coverage of " + coverage.getDocuments()
        + (coverage.getDocuments() == 1 ? " document" : " documents"));
    table(out, true, "Objectives", OBJECTIVE_HEADER, objectiveRows(coverage), TEXT_COLUMNS_OBJECTIVES);
    table(out, true, "Stakeholder groups", GROUP_HEADER, groupRows(coverage), TEXT_COLUMNS_GROUPS);
    table(out, true, "Countries", COUNTRY_HEADER, countryRows(coverage), TEXT_COLUMNS_COUNTRIES);
    table(out, true, "Reviews", REVIEW_HEADER, reviewRows(coverage), TEXT_COLUMNS_REVIEWS);
    table(out, true, "Events", EVENT_HEADER, eventRows(coverage), TEXT_COLUMNS_EVENTS);
  }

  /**
   * A file or document the counts leave out.
   *
   * @param path the file as named, unescaped (the JSON writer escapes it), as {@code gcm validate
   *     --format json} writes it
   * @param document the document's number in a collection, from 1, or null for a whole file
   * @param reason why, in a few words
   */
  record NotCounted(String path, Integer document, String reason) {}

  static void json(Coverage coverage, List<NotCounted> notCounted, PrintWriter out) {
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeNumberField("documents", coverage.getDocuments());
      json.writeObjectFieldStart("objectives");
      for (Map.Entry<Objective, ObjectiveCount> e : coverage.getObjectives().entrySet()) {
        ObjectiveCount count = e.getValue();
        json.writeObjectFieldStart(e.getKey().getCode());
        json.writeStringField("title", e.getKey().getTitle());
        json.writeNumberField("sections", count.getSections());
        json.writeNumberField("findings", count.getFindings());
        json.writeNumberField("recommendations", count.getRecommendations());
        json.writeNumberField("relatedRecommendations", count.getRelatedRecommendations());
        json.writeNumberField("practices", count.getPractices());
        json.writeNumberField("pledges", count.getPledges());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeObjectFieldStart("stakeholderGroups");
      for (Map.Entry<StakeholderGroup, StakeholderGroupCount> e
          : coverage.getStakeholderGroups().entrySet()) {
        StakeholderGroupCount count = e.getValue();
        json.writeObjectFieldStart(e.getKey().getCode());
        json.writeStringField("title", e.getKey().getTitle());
        json.writeNumberField("contributors", count.getContributors());
        json.writeNumberField("addressees", count.getAddressees());
        json.writeNumberField("actors", count.getActors());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeObjectFieldStart("countries");
      for (Map.Entry<Country, CountryCount> e : coverage.getCountries().entrySet()) {
        CountryCount count = e.getValue();
        json.writeObjectFieldStart(e.getKey().getCode());
        json.writeStringField("name", e.getKey().getDisplayName(Locale.ENGLISH));
        json.writeNumberField("documents", count.getDocuments());
        json.writeNumberField("findings", count.getFindings());
        json.writeNumberField("recommendations", count.getRecommendations());
        json.writeNumberField("practices", count.getPractices());
        json.writeEndObject();
      }
      json.writeEndObject();
      // fields added with format 2.0, after the older ones: a reader of those sees no change
      json.writeObjectFieldStart("processes");
      for (Map.Entry<ReviewProcess, Integer> e : coverage.getProcesses().entrySet()) {
        json.writeObjectFieldStart(e.getKey().getCode());
        json.writeNumberField("documents", e.getValue());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeObjectFieldStart("commissions");
      for (Map.Entry<RegionalCommission, Integer> e : coverage.getCommissions().entrySet()) {
        json.writeObjectFieldStart(e.getKey().getCode());
        json.writeStringField("acronym", e.getKey().getAcronym());
        json.writeNumberField("documents", e.getValue());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeObjectFieldStart("regionalReviews");
      for (Map.Entry<RegionalReview, Integer> e : coverage.getRegionalReviews().entrySet()) {
        json.writeObjectFieldStart(e.getKey().getCode());
        json.writeStringField("title", e.getKey().getTitle());
        json.writeNumberField("documents", e.getValue());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeObjectFieldStart("forums");
      for (Map.Entry<MigrationReviewForum, Integer> e : coverage.getForums().entrySet()) {
        json.writeObjectFieldStart(e.getKey().getCode());
        json.writeStringField("title", e.getKey().getTitle());
        json.writeNumberField("documents", e.getValue());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeObjectFieldStart("events");
      for (Map.Entry<EventKind, Integer> e : coverage.getEvents().entrySet()) {
        json.writeObjectFieldStart(e.getKey().getCode());
        json.writeNumberField("events", e.getValue());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeArrayFieldStart("notCounted");
      for (NotCounted left : notCounted) {
        json.writeStartObject();
        json.writeStringField("path", left.path());
        if (left.document() != null) {
          json.writeNumberField("document", left.document());
        }
        json.writeStringField("reason", left.reason());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  private static List<String[]> objectiveRows(Coverage coverage) {
    List<String[]> rows = new ArrayList<>();
    for (ObjectiveCount count : coverage.getObjectives().values()) {
      rows.add(new String[] {
        count.getObjective().getCode(),
        count.getObjective().getShortLabel(),
        Integer.toString(count.getSections()),
        Integer.toString(count.getFindings()),
        Integer.toString(count.getRecommendations()),
        Integer.toString(count.getRelatedRecommendations()),
        Integer.toString(count.getPractices()),
        Integer.toString(count.getPledges())
      });
    }
    return rows;
  }

  /** Documents per review process, commission, regional review, then forum. */
  private static List<String[]> reviewRows(Coverage coverage) {
    List<String[]> rows = new ArrayList<>();
    addCounts(rows, "process", coverage.getProcesses());
    addCounts(rows, "commission", coverage.getCommissions());
    addCounts(rows, "regional review", coverage.getRegionalReviews());
    addCounts(rows, "forum", coverage.getForums());
    return rows;
  }

  private static List<String[]> eventRows(Coverage coverage) {
    List<String[]> rows = new ArrayList<>();
    for (Map.Entry<EventKind, Integer> e : coverage.getEvents().entrySet()) {
      rows.add(new String[] {e.getKey().getCode(), Integer.toString(e.getValue())});
    }
    return rows;
  }

  private static void addCounts(List<String[]> rows, String what,
      Map<? extends Coded, Integer> counts) {
    for (Map.Entry<? extends Coded, Integer> e : counts.entrySet()) {
      rows.add(new String[] {what, e.getKey().getCode(), Integer.toString(e.getValue())});
    }
  }

  private static List<String[]> groupRows(Coverage coverage) {
    List<String[]> rows = new ArrayList<>();
    for (StakeholderGroupCount count : coverage.getStakeholderGroups().values()) {
      rows.add(new String[] {
        count.getGroup().getTitle(),
        Integer.toString(count.getContributors()),
        Integer.toString(count.getAddressees()),
        Integer.toString(count.getActors())
      });
    }
    return rows;
  }

  private static List<String[]> countryRows(Coverage coverage) {
    List<String[]> rows = new ArrayList<>();
    for (CountryCount count : coverage.getCountries().values()) {
      rows.add(new String[] {
        count.getCountry().getCode(),
        count.getCountry().getDisplayName(Locale.ENGLISH),
        Integer.toString(count.getDocuments()),
        Integer.toString(count.getFindings()),
        Integer.toString(count.getRecommendations()),
        Integer.toString(count.getPractices())
      });
    }
    return rows;
  }

  private static void table(
      PrintWriter out,
      boolean markdown,
      String title,
      String[] header,
      List<String[]> rows,
      int leftColumns) {
    out.println();
    if (markdown) {
      out.println("## " + title);
      out.println();
    } else {
      out.println(title);
    }
    if (rows.isEmpty()) {
      out.println(markdown ? "None." : "  (none)");
      return;
    }
    int[] widths = new int[header.length];
    for (int c = 0; c < header.length; c++) {
      widths[c] = header[c].length();
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    if (markdown) {
      out.println(markdownRow(header));
      StringBuilder rule = new StringBuilder("|");
      for (int c = 0; c < header.length; c++) {
        rule.append(c < leftColumns ? " --- |" : " ---: |");
      }
      out.println(rule);
      for (String[] row : rows) {
        out.println(markdownRow(row));
      }
    } else {
      out.println(textRow(header, widths, leftColumns));
      for (String[] row : rows) {
        out.println(textRow(row, widths, leftColumns));
      }
    }
  }

  private static String textRow(String[] cells, int[] widths, int leftColumns) {
    StringBuilder line = new StringBuilder(" ");
    for (int c = 0; c < cells.length; c++) {
      line.append(' ');
      String padding = " ".repeat(widths[c] - cells[c].length());
      line.append(c < leftColumns ? cells[c] + padding : padding + cells[c]);
      if (c < cells.length - 1) {
        line.append(' ');
      }
    }
    return line.toString().stripTrailing();
  }

  private static String markdownRow(String[] cells) {
    StringBuilder line = new StringBuilder("|");
    for (String cell : cells) {
      line.append(' ').append(cell.replace("|", "\\|")).append(" |");
    }
    return line.toString();
  }
}
