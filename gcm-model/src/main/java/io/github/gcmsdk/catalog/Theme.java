package io.github.gcmsdk.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Cross-cutting themes that sections, recommendations and practices of stakeholder input carry
 * next to (or instead of) objectives: "Children", "Labour rights", "COVID-19", "Cities" and so on.
 *
 * <p>Themes are not part of the text of the Global Compact. They are the headings that real input
 * uses; several overlap with a guiding principle (for example {@link #GENDER} and {@link
 * GuidingPrinciple#GENDER_RESPONSIVE}) or an objective (for example {@link #DETENTION} and {@link
 * Objective#ALTERNATIVES_TO_DETENTION}), and they are kept apart on purpose.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Theme implements Coded {

  /** Children, including the best interests of the child. */
  CHILDREN("children", "Children"),
  /** Labour rights of migrant workers. */
  LABOUR_RIGHTS("labour-rights", "Labour rights"),
  /** The COVID-19 pandemic and its impact. */
  COVID_19("covid-19", "COVID-19", "Covid pandemic"),
  /** Youth and young migrants. */
  YOUTH("youth", "Youth"),
  /** Cities and local government action. */
  CITIES("cities", "Cities"),
  /** Climate change and people on the move. */
  CLIMATE("climate", "Climate", "climate change"),
  /** Multilateral cooperation. */
  MULTILATERAL_COOPERATION("multilateral-cooperation", "Multilateral cooperation"),
  /** Multi-stakeholder partnerships. */
  MULTI_STAKEHOLDER_PARTNERSHIPS("multi-stakeholder-partnerships", "Multi-stakeholder partnerships"),
  /** Whole-of-government and whole-of-society approaches. */
  WHOLE_OF_GOVERNMENT_AND_SOCIETY(
      "whole-of-government-and-society",
      "Whole-of-government and whole-of-society approach",
      "whole of government and whole of society approaches"),
  /** Labour migration. */
  LABOUR_MIGRATION("labour-migration", "Labour migration"),
  /** Family reunification. */
  FAMILY_REUNIFICATION("family-reunification", "Family reunification"),
  /** Regularisation of migrants in an irregular situation. */
  REGULARISATION("regularisation", "Regularisation"),
  /** Gender. */
  GENDER("gender", "Gender"),
  /** Digitalisation of services and procedures. */
  DIGITALISATION("digitalisation", "Digitalisation"),
  /** Human rights defenders and humanitarian actors, including their criminalization. */
  HUMAN_RIGHTS_DEFENDERS("human-rights-defenders", "Human rights defenders"),
  /** Detention of migrants. */
  DETENTION("detention", "Detention"),
  /** Border governance, including pushbacks and monitoring at borders. */
  BORDER_GOVERNANCE("border-governance", "Border governance"),
  /** Participation of migrants in policy and in the review process. */
  MIGRANT_PARTICIPATION("migrant-participation", "Migrant participation");

  private static final Theme[] ENUMS = Theme.values();

  private static final Map<String, Theme> BY_CODE = CatalogSupport.indexByCode(ENUMS);

  private static final Map<String, Theme> BY_KEY = new HashMap<>();

  static {
    for (Theme theme : ENUMS) {
      CatalogSupport.addKey(BY_KEY, theme.code, theme);
      CatalogSupport.addKey(BY_KEY, theme.title, theme);
      for (String alias : theme.aliases) {
        CatalogSupport.addKey(BY_KEY, alias, theme);
      }
    }
  }

  private static final String CATALOG = "Theme";

  private final String code;
  private final String title;
  private final String[] aliases;

  Theme(String code, String title, String... aliases) {
    this.code = code;
    this.title = title;
    this.aliases = aliases;
  }

  /**
   * Obtains a theme from its code, such as {@code "labour-rights"}.
   *
   * @param code the code, not null
   * @return the theme, not null
   * @throws CatalogException if the code is unknown
   * @throws NullPointerException if the code is null
   */
  public static Theme fromCode(String code) {
    Objects.requireNonNull(code, "code");
    Theme theme = BY_CODE.get(code);
    if (theme == null) {
      throw CatalogException.unknownCode(CATALOG, code, CatalogSupport.knownCodes(ENUMS));
    }
    return theme;
  }

  /**
   * Obtains a theme from its code or title as people write them, ignoring case, surrounding spaces
   * and the difference between spaces and hyphens, and accepting American spellings: {@code
   * "Labor migration"}, {@code "Covid 19"}, {@code "Multistakeholder partnerships"}, {@code
   * "Whole of government and whole of society approach"}, {@code "Regularization"}.
   *
   * @param text the text to parse, not null
   * @return the theme, not null
   * @throws CatalogException if the text names no theme
   * @throws NullPointerException if the text is null
   */
  public static Theme parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String key = CatalogSupport.key(CatalogSupport.strip(text));
    Theme theme = key == null ? null : BY_KEY.get(key);
    if (theme == null) {
      throw CatalogException.cannotParse(
          CATALOG, text, "write a code or a title, for example \"labour-rights\" or \"COVID-19\"");
    }
    return theme;
  }

  /**
   * Returns the English title, for example {@code "Labour rights"}.
   *
   * @return the title, not null
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the code, for example {@code "labour-rights"}.
   *
   * @return the code, not null
   */
  @Override
  public String getCode() {
    return code;
  }
}
