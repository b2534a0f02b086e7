package io.github.gcmsdk.coverage;

import io.github.gcmsdk.catalog.Country;
import java.util.Objects;

/**
 * How often one country appears: in documents, findings, recommendations and promising practices.
 *
 * <ul>
 *   <li>A document counts when the country appears anywhere in it: its review, its contributors,
 *       a finding, an addressee or a practice.</li>
 *   <li>A finding counts when it lists the country.</li>
 *   <li>A recommendation counts when one of its addressees is in the country.</li>
 *   <li>A practice counts when it lists the country or one of its actors is in it.</li>
 * </ul>
 *
 * <p>Each document or item is counted once per country. This class is immutable and thread-safe.
 */
public final class CountryCount {

  private final Country country;
  private final int documents;
  private final int findings;
  private final int recommendations;
  private final int practices;

  CountryCount(Country country, int documents, int findings, int recommendations, int practices) {
    this.country = Objects.requireNonNull(country, "country");
    this.documents = documents;
    this.findings = findings;
    this.recommendations = recommendations;
    this.practices = practices;
  }

  /**
   * Returns the country counted.
   *
   * @return the country, not null
   */
  public Country getCountry() {
    return country;
  }

  /**
   * Returns how many documents mention the country.
   *
   * @return the count, zero or more
   */
  public int getDocuments() {
    return documents;
  }

  /**
   * Returns how many findings are about the country.
   *
   * @return the count, zero or more
   */
  public int getFindings() {
    return findings;
  }

  /**
   * Returns how many recommendations address an actor in the country.
   *
   * @return the count, zero or more
   */
  public int getRecommendations() {
    return recommendations;
  }

  /**
   * Returns how many promising practices took place in the country or were carried out by an
   * actor there.
   *
   * @return the count, zero or more
   */
  public int getPractices() {
    return practices;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof CountryCount)) {
      return false;
    }
    CountryCount other = (CountryCount) obj;
    return country.equals(other.country)
        && documents == other.documents
        && findings == other.findings
        && recommendations == other.recommendations
        && practices == other.practices;
  }

  @Override
  public int hashCode() {
    return Objects.hash(country, documents, findings, recommendations, practices);
  }

  @Override
  public String toString() {
    return "CountryCount{country=" + country.getCode()
        + ", documents=" + documents
        + ", findings=" + findings
        + ", recommendations=" + recommendations
        + ", practices=" + practices + "}";
  }
}
