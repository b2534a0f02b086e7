package io.github.gcmsdk.catalog;

import java.util.Map;
import java.util.Objects;

/**
 * How participants attended a {@link ReviewEvent}: in person at a venue, or virtually.
 *
 * <p>Where the sources do not say, an event has no attendance ({@link ReviewEvent#getAttendance()}
 * is empty); hybrid meetings were not recorded as such by any source used.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Attendance implements Coded {

  /** Participants met at the venue. */
  IN_PERSON("in-person"),
  /** The event was held online. */
  VIRTUAL("virtual");

  private static final Attendance[] ENUMS = Attendance.values();

  private static final Map<String, Attendance> BY_CODE = CatalogSupport.indexByCode(ENUMS);

  private final String code;

  Attendance(String code) {
    this.code = code;
  }

  /**
   * Obtains an attendance from its code, such as {@code "virtual"}.
   *
   * @param code the code, not null
   * @return the attendance, not null
   * @throws CatalogException if the code is unknown
   * @throws NullPointerException if the code is null
   */
  public static Attendance fromCode(String code) {
    Objects.requireNonNull(code, "code");
    Attendance attendance = BY_CODE.get(code);
    if (attendance == null) {
      throw CatalogException.unknownCode("Attendance", code, CatalogSupport.knownCodes(ENUMS));
    }
    return attendance;
  }

  /**
   * Returns the code, for example {@code "in-person"}.
   *
   * @return the code, not null
   */
  @Override
  public String getCode() {
    return code;
  }
}
