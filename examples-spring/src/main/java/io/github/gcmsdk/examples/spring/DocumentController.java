package io.github.gcmsdk.examples.spring;

import io.github.gcmsdk.model.StakeholderInput;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accepts stakeholder input. The starter reads the body with gcm-io (400 with located problems,
 * 413 over {@code gcm.limits.max-document-size}); {@code @Valid} runs the constraints and the
 * document rules (400 with located problems). What reaches this method is fit to store.
 */
@RestController
public class DocumentController {

  private final DocumentStore store;

  /**
   * Creates the controller.
   *
   * @param store where documents are kept
   */
  public DocumentController(DocumentStore store) {
    this.store = store;
  }

  /**
   * Validates and stores a document.
   *
   * @param document the document, valid
   * @return its id and title, and whether it replaced an earlier version
   */
  @PostMapping("/documents")
  public Map<String, Object> accept(@Valid @RequestBody StakeholderInput document) {
    boolean replaced = store.put(document);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", document.getId());
    answer.put("title", document.getTitle());
    answer.put("replaced", replaced);
    return answer;
  }
}
