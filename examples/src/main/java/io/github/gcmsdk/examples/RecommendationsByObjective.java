package io.github.gcmsdk.examples;

import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lists the recommendations of several files by the objective they address. A recommendation
 * addresses the objectives it lists and those of the sections it stands in; a recommendation that
 * addresses two objectives is listed under both. Run it from the repository's root; without
 * arguments it reads the UNECE 2020 example.
 */
public final class RecommendationsByObjective {

  private static final int EXCERPT = 70;

  private RecommendationsByObjective() {}

  /**
   * Lists the recommendations of the files named by the arguments, or of the UNECE 2020 example.
   *
   * @param args files to read
   */
  public static void main(String[] args) {
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      files.add(Path.of(arg));
    }
    if (files.isEmpty()) {
      files.add(Path.of("examples/data/unece-2020-stakeholder-input.json"));
    }
    System.out.print(run(files));
  }

  /**
   * Lists the recommendations of the files by objective, in objective order; within an objective,
   * in file and document order.
   *
   * @param files the files, not null
   * @return the lines {@link #main(String[])} prints
   */
  public static String run(List<Path> files) {
    // START SNIPPET: recommendations-by-objective
    Map<Objective, List<String>> byObjective = new TreeMap<>(); // enum order: 1 to 23
    GcmJson json = GcmJson.standard();
    for (Path file : files) {
      ReadResult<StakeholderInput> result = json.read(file);
      if (!result.isValid()) {
        continue; // run gcm validate on it
      }
      StakeholderInput document = result.getDocument().orElseThrow();
      for (Section section : document.getSections()) {
        collect(document, section, EnumSet.noneOf(Objective.class), byObjective);
      }
    }
    // END SNIPPET: recommendations-by-objective
    StringBuilder out = new StringBuilder();
    byObjective.forEach((objective, lines) -> {
      out.append("Objective ").append(objective.getNumber()).append(" - ")
          .append(objective.getShortLabel()).append(" (").append(lines.size()).append(")\n");
      lines.forEach(line -> out.append("  ").append(line).append('\n'));
    });
    return out.toString();
  }

  private static void collect(StakeholderInput document, Section section, Set<Objective> enclosing,
      Map<Objective, List<String>> byObjective) {
    EnumSet<Objective> here = EnumSet.noneOf(Objective.class);
    here.addAll(enclosing);
    here.addAll(section.getObjectives());
    for (Recommendation recommendation : section.getRecommendations()) {
      EnumSet<Objective> addressed = EnumSet.copyOf(here);
      addressed.addAll(recommendation.getObjectives());
      String line = document.getId() + "/" + recommendation.getId() + ": "
          + excerpt(recommendation.getText());
      for (Objective objective : addressed) {
        byObjective.computeIfAbsent(objective, o -> new ArrayList<>()).add(line);
      }
    }
    for (Section nested : section.getSections()) {
      collect(document, nested, here, byObjective);
    }
  }

  private static String excerpt(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    if (oneLine.length() <= EXCERPT) {
      return oneLine;
    }
    int space = oneLine.lastIndexOf(' ', EXCERPT);
    return oneLine.substring(0, space > 0 ? space : EXCERPT) + " ...";
  }
}
