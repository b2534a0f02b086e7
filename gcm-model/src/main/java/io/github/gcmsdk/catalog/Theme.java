package io.github.gcmsdk.catalog;

import java.util.HashMap;
import java.util.List;
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
 * <p>The catalogue is open ({@link OpenCoded}): {@link #of(String)} also keeps a theme of a
 * partner's own ("kafala", "free-movement", "health"), which {@link #isKnown()} tells apart. This
 * class was an enum before format 2.0; its constants, {@code values()}, {@code name()}, {@code
 * fromCode}, {@code parse} and ordering are kept.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Theme extends OpenCoded<Theme> {

  /** Children, including the best interests of the child. */
  public static final Theme CHILDREN = new Theme("CHILDREN", "children", "Children");
  /** Labour rights of migrant workers. */
  public static final Theme LABOUR_RIGHTS =
      new Theme("LABOUR_RIGHTS", "labour-rights", "Labour rights");
  /** The COVID-19 pandemic and its impact. */
  public static final Theme COVID_19 =
      new Theme("COVID_19", "covid-19", "COVID-19", "Covid pandemic");
  /** Youth and young migrants. */
  public static final Theme YOUTH = new Theme("YOUTH", "youth", "Youth");
  /** Cities and local government action. */
  public static final Theme CITIES = new Theme("CITIES", "cities", "Cities");
  /** Climate change and people on the move. */
  public static final Theme CLIMATE = new Theme("CLIMATE", "climate", "Climate", "climate change");
  /** Multilateral cooperation. */
  public static final Theme MULTILATERAL_COOPERATION =
      new Theme("MULTILATERAL_COOPERATION", "multilateral-cooperation", "Multilateral cooperation");
  /** Multi-stakeholder partnerships. */
  public static final Theme MULTI_STAKEHOLDER_PARTNERSHIPS =
      new Theme("MULTI_STAKEHOLDER_PARTNERSHIPS",
          "multi-stakeholder-partnerships", "Multi-stakeholder partnerships");
  /** Whole-of-government and whole-of-society approaches. */
  public static final Theme WHOLE_OF_GOVERNMENT_AND_SOCIETY =
      new Theme("WHOLE_OF_GOVERNMENT_AND_SOCIETY",
      "whole-of-government-and-society",
      "Whole-of-government and whole-of-society approach",
      "whole of government and whole of society approaches");
  /** Labour migration. */
  public static final Theme LABOUR_MIGRATION =
      new Theme("LABOUR_MIGRATION", "labour-migration", "Labour migration");
  /** Family reunification. */
  public static final Theme FAMILY_REUNIFICATION =
      new Theme("FAMILY_REUNIFICATION", "family-reunification", "Family reunification");
  /** Regularisation of migrants in an irregular situation. */
  public static final Theme REGULARISATION =
      new Theme("REGULARISATION", "regularisation", "Regularisation");
  /** Gender. */
  public static final Theme GENDER = new Theme("GENDER", "gender", "Gender");
  /** Digitalisation of services and procedures. */
  public static final Theme DIGITALISATION =
      new Theme("DIGITALISATION", "digitalisation", "Digitalisation");
  /** Human rights defenders and humanitarian actors, including their criminalization. */
  public static final Theme HUMAN_RIGHTS_DEFENDERS =
      new Theme("HUMAN_RIGHTS_DEFENDERS", "human-rights-defenders", "Human rights defenders");
  /** Detention of migrants. */
  public static final Theme DETENTION = new Theme("DETENTION", "detention", "Detention");
  /** Border governance, including pushbacks and monitoring at borders. */
  public static final Theme BORDER_GOVERNANCE =
      new Theme("BORDER_GOVERNANCE", "border-governance", "Border governance");
  /** Participation of migrants in policy and in the review process. */
  public static final Theme MIGRANT_PARTICIPATION =
      new Theme("MIGRANT_PARTICIPATION", "migrant-participation", "Migrant participation");

  private static final Entries<Theme> ENTRIES = new Entries<>("Theme", List.of(
      CHILDREN, LABOUR_RIGHTS, COVID_19, YOUTH, CITIES, CLIMATE, MULTILATERAL_COOPERATION,
      MULTI_STAKEHOLDER_PARTNERSHIPS, WHOLE_OF_GOVERNMENT_AND_SOCIETY, LABOUR_MIGRATION,
      FAMILY_REUNIFICATION, REGULARISATION, GENDER, DIGITALISATION, HUMAN_RIGHTS_DEFENDERS,
      DETENTION, BORDER_GOVERNANCE, MIGRANT_PARTICIPATION),
      code -> new Theme(null, code, code));

  private static final Map<String, Theme> BY_KEY = new HashMap<>();

  static {
    for (Theme theme : ENTRIES.known()) {
      CatalogSupport.addKey(BY_KEY, theme.getCode(), theme);
      CatalogSupport.addKey(BY_KEY, theme.title, theme);
      for (String alias : theme.aliases) {
        CatalogSupport.addKey(BY_KEY, alias, theme);
      }
    }
  }

  private static final String CATALOG = "Theme";

  private final String title;
  private final String[] aliases;

  private Theme(String name, String code, String title, String... aliases) {
    super(code, name);
    this.title = title;
    this.aliases = aliases;
  }

  @Override
  protected Entries<Theme> entries() {
    return ENTRIES;
  }

  /**
   * Returns the known themes, in catalogue order, as the enum's {@code values()} did.
   *
   * @return a new array of the known themes, not null
   */
  public static Theme[] values() {
    return ENTRIES.known().toArray(new Theme[0]);
  }

  /**
   * Returns the known theme whose constant has the given name, as the enum's {@code valueOf} did.
   *
   * @param name the name of the constant, not null
   * @return the theme, not null
   * @throws IllegalArgumentException if no constant has that name
   * @throws NullPointerException if the name is null
   */
  public static Theme valueOf(String name) {
    return ENTRIES.valueOf(name);
  }

  /**
   * Obtains a theme from its code: the known theme for a known code ({@code "labour-rights"}),
   * otherwise a partner's own theme that keeps the code ({@code "kafala"}, {@code "free-movement"},
   * {@link #isKnown()} false).
   *
   * @param code a well-formed code ({@link OpenCoded#isWellFormed(CharSequence)}), not null
   * @return the theme, not null
   * @throws CatalogException if the code is not well formed
   * @throws NullPointerException if the code is null
   */
  public static Theme of(String code) {
    return ENTRIES.of(code);
  }

  /**
   * Obtains a known theme from its code, such as {@code "labour-rights"}.
   *
   * @param code the code, not null
   * @return the theme, not null
   * @throws CatalogException if the code is not a known theme's (see {@link #of(String)} for
   *     partners' codes)
   * @throws NullPointerException if the code is null
   */
  public static Theme fromCode(String code) {
    return ENTRIES.fromCode(code);
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
   * Returns the English title, for example {@code "Labour rights"}; for a partner's theme, its
   * code.
   *
   * @return the title, not null
   */
  public String getTitle() {
    return title;
  }
}
