package io.github.gcmsdk.examples.spring;

import io.github.gcmsdk.coverage.Coverage;
import io.github.gcmsdk.coverage.ObjectiveCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Answers the coverage of the documents held: per GCM objective, what addresses it. */
@RestController
public class CoverageController {

  private final DocumentStore store;

  /**
   * Creates the controller.
   *
   * @param store the documents
   */
  public CoverageController(DocumentStore store) {
    this.store = store;
  }

  /**
   * Returns the coverage summary: the number of documents, and per objective addressed its
   * number and counts (objectives no document addresses are left out).
   *
   * @return the summary
   */
  @GetMapping("/coverage")
  public Map<String, Object> coverage() {
    Coverage coverage = Coverage.of(store.all());
    List<Map<String, Object>> objectives = new ArrayList<>();
    for (ObjectiveCount count : coverage.getObjectives().values()) {
      if (count.isEmpty()) {
        continue;
      }
      Map<String, Object> objective = new LinkedHashMap<>();
      objective.put("objective", count.getObjective().getNumber());
      objective.put("sections", count.getSections());
      objective.put("findings", count.getFindings());
      objective.put("recommendations", count.getRecommendations());
      objective.put("practices", count.getPractices());
      objectives.add(objective);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("documents", coverage.getDocuments());
    answer.put("objectives", objectives);
    return answer;
  }
}
