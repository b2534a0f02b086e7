package io.github.gcmsdk.catalog;

import java.util.Map;
import java.util.Objects;

/**
 * What a {@link ReviewEvent} of a GCM review is: the intergovernmental meeting itself, or one of
 * the stakeholder events around it.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EventKind implements Coded {

  /**
   * The intergovernmental meeting or conference of a regional review, or the plenary forum of an
   * International Migration Review Forum; each review has exactly one.
   */
  INTERGOVERNMENTAL_MEETING("intergovernmental-meeting"),
  /** A multi-stakeholder hearing, usually on the day before the meeting or the same day. */
  HEARING("hearing"),
  /** A (multi-)stakeholder consultation, preparatory to the meeting. */
  CONSULTATION("consultation"),
  /** A briefing of stakeholders on the review to come. */
  BRIEFING("briefing"),
  /**
   * A dialogue or segment with intergovernmental processes (inter-State consultation mechanisms
   * on migration, subregional and regional processes).
   */
  DIALOGUE("dialogue"),
  /** Side events held around the meeting. */
  SIDE_EVENT("side-event"),
  /** A written, online consultation, such as a discussion space on the Migration Network Hub. */
  ONLINE_DISCUSSION("online-discussion"),
  /** The publication of a report of stakeholder consultations (a date, not a meeting). */
  REPORT("report");

  private static final EventKind[] ENUMS = EventKind.values();

  private static final Map<String, EventKind> BY_CODE = CatalogSupport.indexByCode(ENUMS);

  private final String code;

  EventKind(String code) {
    this.code = code;
  }

  /**
   * Obtains a kind from its code, such as {@code "hearing"}.
   *
   * @param code the code, not null
   * @return the kind, not null
   * @throws CatalogException if the code is unknown
   * @throws NullPointerException if the code is null
   */
  public static EventKind fromCode(String code) {
    Objects.requireNonNull(code, "code");
    EventKind kind = BY_CODE.get(code);
    if (kind == null) {
      throw CatalogException.unknownCode("EventKind", code, CatalogSupport.knownCodes(ENUMS));
    }
    return kind;
  }

  /**
   * Returns the code, for example {@code "intergovernmental-meeting"}.
   *
   * @return the code, not null
   */
  @Override
  public String getCode() {
    return code;
  }
}
