package io.github.gcmsdk.cli;

import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.RegionalReview;
import io.github.gcmsdk.catalog.StakeholderGroup;
import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.model.Actor;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.FindingKind;
import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.PromisingPractice;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.Review;
import io.github.gcmsdk.model.ReviewProcess;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run of the launcher's AppCDS archive: runs every command once, on files it writes
 * to a temporary directory, so that {@code -XX:ArchiveClassesAtExit} records the classes any
 * command loads. Its output is thrown away. Not for people to run.
 */
public final class Train {

  private Train() {}

  /**
   * Runs every command on sample files.
   *
   * @param args ignored
   * @throws IOException if the temporary files cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path directory = Files.createTempDirectory("gcm-train");
    try {
      GcmJson json = GcmJson.standard();
      StakeholderInput document = sample();
      Path valid = directory.resolve("valid.json");
      json.write(document, valid);
      String text = json.write(document);
      Files.writeString(directory.resolve("problems.json"),
          text.replace("\"language\": \"en\"", "\"language\": \"en\", \"colour\": \"red\"")
              .replace("\"obj11-rec-1\"", "\"obj11 rec 1\"")
              .replace("11", "24"),
          StandardCharsets.UTF_8);
      Files.writeString(directory.resolve("truncated.json"), text.substring(0, text.length() / 2),
          StandardCharsets.UTF_8);
      json.writeCollection(List.of(document, document.withId("second")),
          directory.resolve("documents.jsonl"), CollectionFormat.JSON_LINES);
      json.writeCollection(List.of(document), directory.resolve("array.json"),
          CollectionFormat.JSON_ARRAY);
      String dir = directory.toString();
      for (String lang : new String[] {"en", "fr", "es", "ru"}) {
        run("validate", "--lang", lang, dir);
      }
      run("validate", "--format", "json", "--strict", "--profile", "draft", dir);
      run("summary", dir);
      run("summary", "--format", "json", dir);
      run("summary", "--format", "markdown", dir);
      run("format", "--check", dir);
      run("format", valid.toString());
      run("schema");
      run("--help");
      run("validate", "--help");
      run("--version");
      run("validate", "--no-such-option", dir);
      run("validate", directory.resolve("missing.json").toString());
    } finally {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private static void run(String... args) {
    CommandLine commandLine = Main.newCommandLine();
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    commandLine.setOut(sink);
    commandLine.setErr(sink);
    commandLine.execute(args);
  }

  private static StakeholderInput sample() {
    return StakeholderInput.builder()
        .id("train")
        .title("Training input")
        .language("en")
        .date(PartialDate.ofMonth(2020, 11))
        .review(Review.builder()
            .process(ReviewProcess.REGIONAL_REVIEW)
            .regionalReview(RegionalReview.ECE_2020)
            .build())
        .addContributors(Actor.of(StakeholderGroup.CIVIL_SOCIETY))
        .addSections(Section.builder()
            .id("obj11")
            .heading("Objective 11 - borders")
            .addObjectives(Objective.of(11))
            .addFindings(Finding.builder()
                .id("obj11-finding-1")
                .kind(FindingKind.CONCERN)
                .text("Pushbacks at borders, as Objective 7 says.")
                .addCountries(Country.of("IT"))
                .build())
            .addRecommendations(Recommendation.builder()
                .id("obj11-rec-1")
                .text("Fair procedures at borders.")
                .addRelatedObjectives(Objective.of(7))
                .addAddressees(Actor.of(StakeholderGroup.GOVERNMENTS))
                .addReferenceIds("missing-reference")
                .build())
            .addPractices(PromisingPractice.builder()
                .id("practice-1")
                .title("Firewall")
                .description("Services without immigration enforcement.")
                .addCountries(Country.of("IE"))
                .build())
            .build())
        .build();
  }
}
