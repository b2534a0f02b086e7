package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.catalog.RegionalReview;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Excerpt;
import java.util.List;
import java.util.Optional;

/**
 * The upgrade of a document read from a file of format 1.x to format 2.0.
 *
 * <p>Format 2.0 keeps every property of 1.0 under the same name at the same place, so that a 1.x
 * file is read with the table of 2.0 and only its {@code formatVersion} changes. The upgrade adds
 * nothing the file did not say: the stakeholder consultation date that format 1.0 knew only from
 * the catalogue ({@link RegionalReview#getStakeholderConsultationDate()}, deprecated) is not written
 * into the document as an event, since a migration must not put catalogue facts, some of them only
 * partly verified, into a partner's file. Applications find a review's events in the catalogue
 * ({@code RegionalReview.getEvents()}). Stateless and thread-safe.
 */
public final class Migration {

  /** The major version upgraded on reading. */
  static final String FROM_MAJOR = "1";

  private Migration() {}

  /**
   * One value that moved.
   *
   * @param from its JSON Pointer in the 1.x file
   * @param to its JSON Pointer in the 2.0 document
   * @param description what changed, in English, partner data escaped
   */
  public record Moved(String from, String to, String description) {}

  /**
   * A document upgraded.
   *
   * @param document the document of format 2.0
   * @param fromVersion the version the file claimed
   * @param moves what moved where, the version first
   */
  public record Upgraded(StakeholderInput document, String fromVersion, List<Moved> moves) {

    /**
     * Copies the moves.
     *
     * @param document the document of format 2.0
     * @param fromVersion the version the file claimed
     * @param moves what moved where
     */
    public Upgraded {
      moves = List.copyOf(moves);
    }
  }

  /**
   * Tells whether a document claims a version of format 1.
   *
   * @param document the document, not null
   * @return true if it is to be upgraded
   */
  public static boolean isOld(StakeholderInput document) {
    String version = document.getFormatVersion();
    return version.startsWith(FROM_MAJOR + ".");
  }

  /**
   * Upgrades a document of format 1.x to 2.0.
   *
   * @param document a document that claims a 1.x version, as read with the table of 2.0
   * @return the upgraded document and what moved, or empty if the document is not of format 1
   */
  public static Optional<Upgraded> upgrade(StakeholderInput document) {
    if (!isOld(document)) {
      return Optional.empty();
    }
    Moved version = new Moved("/formatVersion", "/formatVersion", "\"" + Excerpt.of(
        document.getFormatVersion()) + "\" becomes \"" + Format.VERSION + "\"");
    return Optional.of(new Upgraded(document.withFormatVersion(Format.VERSION),
        document.getFormatVersion(), List.of(version)));
  }
}
