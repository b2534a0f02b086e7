package io.github.gcmsdk.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The groups of stakeholders with whom the Global Compact for Migration is implemented.
 *
 * <p>The first thirteen constants are the list of A/RES/73/195 paragraph 44, in its order ("We will
 * implement the Global Compact in cooperation and partnership with migrants, civil society, ...");
 * their {@linkplain #getTitle() titles} are the words of the paragraph. The constants after them
 * ({@link #YOUTH} to {@link #GOVERNMENTS}) are groups that real stakeholder input names but
 * paragraph 44 does not; {@link #isNamedInParagraph44()} tells the two apart.
 *
 * <p>Paragraph 15 (j), the whole-of-society approach, has a different list (it names "diasporas"
 * and "local communities"); this catalogue follows paragraph 44 only.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StakeholderGroup implements Coded {

  /** Paragraph 44: "migrants". */
  MIGRANTS("migrants", "migrants", true),
  /** Paragraph 44: "civil society". */
  CIVIL_SOCIETY("civil-society", "civil society", true, "civil society organizations"),
  /** Paragraph 44: "migrant and diaspora organizations". */
  MIGRANT_AND_DIASPORA_ORGANIZATIONS(
      "migrant-and-diaspora-organizations", "migrant and diaspora organizations", true),
  /** Paragraph 44: "faith-based organizations". */
  FAITH_BASED_ORGANIZATIONS("faith-based-organizations", "faith-based organizations", true),
  /** Paragraph 44: "local authorities and communities". */
  LOCAL_AUTHORITIES_AND_COMMUNITIES(
      "local-authorities-and-communities", "local authorities and communities", true),
  /** Paragraph 44: "the private sector". */
  PRIVATE_SECTOR("private-sector", "the private sector", true),
  /** Paragraph 44: "trade unions". */
  TRADE_UNIONS("trade-unions", "trade unions", true),
  /** Paragraph 44: "parliamentarians". */
  PARLIAMENTARIANS("parliamentarians", "parliamentarians", true),
  /** Paragraph 44: "national human rights institutions". */
  NATIONAL_HUMAN_RIGHTS_INSTITUTIONS(
      "national-human-rights-institutions", "national human rights institutions", true, "NHRIs"),
  /** Paragraph 44: "the International Red Cross and Red Crescent Movement". */
  RED_CROSS_AND_RED_CRESCENT_MOVEMENT(
      "red-cross-and-red-crescent-movement",
      "the International Red Cross and Red Crescent Movement",
      true),
  /** Paragraph 44: "academia". */
  ACADEMIA("academia", "academia", true),
  /** Paragraph 44: "the media". */
  MEDIA("media", "the media", true),
  /** Paragraph 44: "other relevant stakeholders", the paragraph's catch-all. */
  OTHER_RELEVANT_STAKEHOLDERS("other-relevant-stakeholders", "other relevant stakeholders", true),
  /** Not in paragraph 44: young people and youth organizations. */
  YOUTH("youth", "youth", false, "young people"),
  /** Not in paragraph 44: children. */
  CHILDREN("children", "children", false),
  /** Not in paragraph 44: women's organizations. */
  WOMENS_ORGANIZATIONS("womens-organizations", "women's organizations", false),
  /** Not in paragraph 44: employers' organizations. */
  EMPLOYERS_ORGANIZATIONS("employers-organizations", "employers' organizations", false),
  /** Not in paragraph 44: cities and local governments, as organized networks. */
  CITIES_AND_LOCAL_GOVERNMENTS(
      "cities-and-local-governments", "cities and local governments", false),
  /** Not in paragraph 44: entities of the United Nations system. */
  UN_ENTITIES("un-entities", "United Nations entities", false, "UN agencies"),
  /** Not in paragraph 44: regional organizations. */
  REGIONAL_ORGANIZATIONS("regional-organizations", "regional organizations", false),
  /** Not in paragraph 44: governments (States), when they appear among the stakeholders. */
  GOVERNMENTS("governments", "governments", false);

  private static final StakeholderGroup[] ENUMS = StakeholderGroup.values();

  private static final Map<String, StakeholderGroup> BY_CODE = CatalogSupport.indexByCode(ENUMS);

  private static final Map<String, StakeholderGroup> BY_KEY = new HashMap<>();

  private static final List<StakeholderGroup> PARAGRAPH_44;

  static {
    List<StakeholderGroup> paragraph44 = new ArrayList<>();
    for (StakeholderGroup group : ENUMS) {
      CatalogSupport.addKey(BY_KEY, group.code, group);
      CatalogSupport.addKey(BY_KEY, group.title, group);
      if (group.title.startsWith("the ")) {
        CatalogSupport.addKey(BY_KEY, group.title.substring("the ".length()), group);
      }
      for (String alias : group.aliases) {
        CatalogSupport.addKey(BY_KEY, alias, group);
      }
      if (group.namedInParagraph44) {
        paragraph44.add(group);
      }
    }
    PARAGRAPH_44 = Collections.unmodifiableList(paragraph44);
  }

  private static final String CATALOG = "StakeholderGroup";

  private final String code;
  private final String title;
  private final boolean namedInParagraph44;
  private final String[] aliases;

  StakeholderGroup(String code, String title, boolean namedInParagraph44, String... aliases) {
    this.code = code;
    this.title = title;
    this.namedInParagraph44 = namedInParagraph44;
    this.aliases = aliases;
  }

  /**
   * Returns the thirteen groups of paragraph 44, in the order of the paragraph.
   *
   * @return an unmodifiable list, not null
   */
  public static List<StakeholderGroup> paragraph44() {
    return PARAGRAPH_44;
  }

  /**
   * Obtains a group from its code, such as {@code "trade-unions"}, exactly as {@link #getCode()}
   * writes it.
   *
   * @param code the code, not null
   * @return the group, not null
   * @throws CatalogException if the code is unknown
   * @throws NullPointerException if the code is null
   */
  public static StakeholderGroup fromCode(String code) {
    Objects.requireNonNull(code, "code");
    StakeholderGroup group = BY_CODE.get(code);
    if (group == null) {
      throw CatalogException.unknownCode(CATALOG, code, CatalogSupport.knownCodes(ENUMS));
    }
    return group;
  }

  /**
   * Obtains a group from its code or title, as people write them: case, surrounding spaces, a
   * leading "the", apostrophes and the difference between spaces and hyphens are ignored, and
   * British spellings ("organisations") are accepted. A few common names are also accepted:
   * "civil society organizations", "NHRIs", "young people", "UN agencies".
   *
   * @param text the text to parse, not null
   * @return the group, not null
   * @throws CatalogException if the text names no group
   * @throws NullPointerException if the text is null
   */
  public static StakeholderGroup parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String key = CatalogSupport.key(CatalogSupport.strip(text));
    StakeholderGroup group = key == null ? null : BY_KEY.get(key);
    if (group == null) {
      throw CatalogException.cannotParse(
          CATALOG,
          text,
          "write a code or a title, for example \"trade-unions\" or \"the private sector\"");
    }
    return group;
  }

  /**
   * Returns the title: for groups of paragraph 44 its exact words ({@code "the International Red
   * Cross and Red Crescent Movement"}), for the others plain English ({@code "women's
   * organizations"}). Titles are lower case except for proper names, as in the paragraph.
   *
   * @return the title, not null
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the code of the group, for example {@code "trade-unions"}.
   *
   * @return the code, not null
   */
  @Override
  public String getCode() {
    return code;
  }

  /**
   * Tells whether paragraph 44 of A/RES/73/195 names this group.
   *
   * @return true for the thirteen groups of {@link #paragraph44()}
   */
  public boolean isNamedInParagraph44() {
    return namedInParagraph44;
  }
}
