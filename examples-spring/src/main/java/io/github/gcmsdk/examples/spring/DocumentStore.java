package io.github.gcmsdk.examples.spring;

import io.github.gcmsdk.model.StakeholderInput;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The documents accepted, in memory, by id (a document sent again replaces the one before).
 * Thread-safe.
 */
@Component
public class DocumentStore {

  private final Map<String, StakeholderInput> documents = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public DocumentStore() {}

  /**
   * Keeps a document.
   *
   * @param document the document, not null
   * @return true if it replaced a document of the same id
   */
  public boolean put(StakeholderInput document) {
    return documents.put(document.getId(), document) != null;
  }

  /**
   * Returns the documents held.
   *
   * @return an immutable snapshot
   */
  public List<StakeholderInput> all() {
    return List.copyOf(documents.values());
  }
}
