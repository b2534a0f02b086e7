package io.github.gcmsdk.spring;

import io.github.gcmsdk.io.ReadLimits;
import io.github.gcmsdk.problem.Severity;
import io.github.gcmsdk.validation.Profile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code gcm.*} properties: how the auto-configured {@link io.github.gcmsdk.io.GcmJson} reads
 * and the auto-configured {@link io.github.gcmsdk.validation.GcmValidator} validates.
 *
 * <pre>
 * gcm.profile=publication
 * gcm.locale=fr
 * gcm.strict=true
 * gcm.limits.max-document-size=10MB
 * gcm.rules.disabled=GCM-V016
 * gcm.rules.severity.GCM-V015=error
 * </pre>
 *
 * <p>A mutable JavaBean, as Spring Boot binds it; the beans built from it are immutable. The
 * defaults are those of gcm-io and gcm-validation ({@link ReadLimits#defaults()}).
 */
@ConfigurationProperties(prefix = "gcm")
public class GcmProperties {

  /** The validation profile: which rules are errors and which warnings. */
  private Profile profile = Profile.PUBLICATION;

  /** The language of messages and hints (en, fr, es or ru; English for any other). */
  private Locale locale = Locale.ENGLISH;

  /** Whether reading is strict: unknown properties are errors instead of warnings. */
  private boolean strict = false;

  /** Limits on what is read, request bodies included. */
  private final Limits limits = new Limits();

  /** Rules switched off or given another severity. */
  private final Rules rules = new Rules();

  /** Request bodies read by the starter's message converter. */
  private final Http http = new Http();

  /** Creates the properties with gcm-sdk's defaults. */
  public GcmProperties() {}

  /**
   * Returns the validation profile.
   *
   * @return the profile
   */
  public Profile getProfile() {
    return profile;
  }

  /**
   * Sets the validation profile.
   *
   * @param profile the profile
   */
  public void setProfile(Profile profile) {
    this.profile = profile;
  }

  /**
   * Returns the language of messages.
   *
   * @return the locale
   */
  public Locale getLocale() {
    return locale;
  }

  /**
   * Sets the language of messages.
   *
   * @param locale the locale
   */
  public void setLocale(Locale locale) {
    this.locale = locale;
  }

  /**
   * Returns whether reading is strict.
   *
   * @return true if unknown properties are errors
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Sets whether reading is strict.
   *
   * @param strict true to make unknown properties errors
   */
  public void setStrict(boolean strict) {
    this.strict = strict;
  }

  /**
   * Returns the read limits.
   *
   * @return the limits
   */
  public Limits getLimits() {
    return limits;
  }

  /**
   * Returns the rule settings.
   *
   * @return the rules
   */
  public Rules getRules() {
    return rules;
  }

  /**
   * Returns the HTTP settings.
   *
   * @return the HTTP settings
   */
  public Http getHttp() {
    return http;
  }

  /** {@code gcm.limits.*}: gcm-io's {@link ReadLimits}. */
  public static class Limits {

    /**
     * The largest document read, in bytes; a request body larger than this is refused with 413
     * before it is read.
     */
    private DataSize maxDocumentSize = DataSize.ofBytes(ReadLimits.DEFAULT_MAX_DOCUMENT_SIZE);

    /** The deepest nesting of objects and arrays. */
    private int maxNestingDepth = ReadLimits.DEFAULT_MAX_NESTING_DEPTH;

    /** The longest string value, in characters. */
    private int maxStringLength = ReadLimits.DEFAULT_MAX_STRING_LENGTH;

    /** The longest number, in characters. */
    private int maxNumberLength = ReadLimits.DEFAULT_MAX_NUMBER_LENGTH;

    /** The longest property name, in characters. */
    private int maxNameLength = ReadLimits.DEFAULT_MAX_NAME_LENGTH;

    /** The most problems reported for one document. */
    private int maxProblems = ReadLimits.DEFAULT_MAX_PROBLEMS;

    /** Creates the default limits. */
    public Limits() {}

    /**
     * Returns these settings as gcm-io's limits.
     *
     * @return the limits
     * @throws IllegalArgumentException if a value is out of the range gcm-io accepts
     */
    public ReadLimits toReadLimits() {
      return ReadLimits.defaults()
          .withMaxDocumentSize(maxDocumentSize.toBytes())
          .withMaxNestingDepth(maxNestingDepth)
          .withMaxStringLength(maxStringLength)
          .withMaxNumberLength(maxNumberLength)
          .withMaxNameLength(maxNameLength)
          .withMaxProblems(maxProblems);
    }

    /**
     * Returns the largest document size.
     *
     * @return the size
     */
    public DataSize getMaxDocumentSize() {
      return maxDocumentSize;
    }

    /**
     * Sets the largest document size.
     *
     * @param maxDocumentSize the size
     */
    public void setMaxDocumentSize(DataSize maxDocumentSize) {
      this.maxDocumentSize = maxDocumentSize;
    }

    /**
     * Returns the deepest nesting.
     *
     * @return the depth
     */
    public int getMaxNestingDepth() {
      return maxNestingDepth;
    }

    /**
     * Sets the deepest nesting.
     *
     * @param maxNestingDepth the depth
     */
    public void setMaxNestingDepth(int maxNestingDepth) {
      this.maxNestingDepth = maxNestingDepth;
    }

    /**
     * Returns the longest string.
     *
     * @return the length in characters
     */
    public int getMaxStringLength() {
      return maxStringLength;
    }

    /**
     * Sets the longest string.
     *
     * @param maxStringLength the length in characters
     */
    public void setMaxStringLength(int maxStringLength) {
      this.maxStringLength = maxStringLength;
    }

    /**
     * Returns the longest number.
     *
     * @return the length in characters
     */
    public int getMaxNumberLength() {
      return maxNumberLength;
    }

    /**
     * Sets the longest number.
     *
     * @param maxNumberLength the length in characters
     */
    public void setMaxNumberLength(int maxNumberLength) {
      this.maxNumberLength = maxNumberLength;
    }

    /**
     * Returns the longest property name.
     *
     * @return the length in characters
     */
    public int getMaxNameLength() {
      return maxNameLength;
    }

    /**
     * Sets the longest property name.
     *
     * @param maxNameLength the length in characters
     */
    public void setMaxNameLength(int maxNameLength) {
      this.maxNameLength = maxNameLength;
    }

    /**
     * Returns the most problems reported.
     *
     * @return the count
     */
    public int getMaxProblems() {
      return maxProblems;
    }

    /**
     * Sets the most problems reported.
     *
     * @param maxProblems the count
     */
    public void setMaxProblems(int maxProblems) {
      this.maxProblems = maxProblems;
    }
  }

  /** {@code gcm.rules.*}: rules switched off or given another severity. */
  public static class Rules {

    /** Codes of the rules switched off, e.g. GCM-V016. */
    private List<String> disabled = new ArrayList<>();

    /** Severity per rule code, e.g. gcm.rules.severity.GCM-V015=error. */
    private Map<String, Severity> severity = new LinkedHashMap<>();

    /** Creates empty rule settings. */
    public Rules() {}

    /**
     * Returns the codes of the rules switched off.
     *
     * @return the codes
     */
    public List<String> getDisabled() {
      return disabled;
    }

    /**
     * Sets the codes of the rules switched off.
     *
     * @param disabled the codes
     */
    public void setDisabled(List<String> disabled) {
      this.disabled = disabled;
    }

    /**
     * Returns the severity per rule code.
     *
     * @return the severities
     */
    public Map<String, Severity> getSeverity() {
      return severity;
    }

    /**
     * Sets the severity per rule code.
     *
     * @param severity the severities
     */
    public void setSeverity(Map<String, Severity> severity) {
      this.severity = severity;
    }
  }

  /** {@code gcm.http.*}: the request-body converter and its problem details. */
  public static class Http {

    /**
     * Whether StakeholderInput request bodies are read with gcm-io (located problems, RFC 9457
     * answers); off, Spring's JSON converter reads them.
     */
    private boolean enabled = true;

    /** Creates the default HTTP settings. */
    public Http() {}

    /**
     * Returns whether the converter is on.
     *
     * @return true if on
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the converter is on.
     *
     * @param enabled true to turn it on
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
