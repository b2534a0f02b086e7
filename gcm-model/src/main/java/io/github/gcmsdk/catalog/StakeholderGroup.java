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
 * <p>The catalogue is open ({@link OpenCoded}): {@link #of(String)} also keeps a group of a
 * partner's own ("non-state-actors"), which {@link #isKnown()} tells apart; it is not named in
 * paragraph 44, and its title is its code. This class was an enum before format 2.0; its
 * constants, {@code values()}, {@code name()}, {@code fromCode}, {@code parse} and ordering are
 * kept.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class StakeholderGroup extends OpenCoded<StakeholderGroup> {

  /** Paragraph 44: "migrants". */
  public static final StakeholderGroup MIGRANTS = new StakeholderGroup(
      "MIGRANTS", "migrants", "migrants", true);
  /** Paragraph 44: "civil society". */
  public static final StakeholderGroup CIVIL_SOCIETY = new StakeholderGroup(
      "CIVIL_SOCIETY", "civil-society", "civil society", true, "civil society organizations");
  /** Paragraph 44: "migrant and diaspora organizations". */
  public static final StakeholderGroup MIGRANT_AND_DIASPORA_ORGANIZATIONS = new StakeholderGroup(
      "MIGRANT_AND_DIASPORA_ORGANIZATIONS",
      "migrant-and-diaspora-organizations", "migrant and diaspora organizations", true);
  /** Paragraph 44: "faith-based organizations". */
  public static final StakeholderGroup FAITH_BASED_ORGANIZATIONS = new StakeholderGroup(
      "FAITH_BASED_ORGANIZATIONS", "faith-based-organizations", "faith-based organizations", true);
  /** Paragraph 44: "local authorities and communities". */
  public static final StakeholderGroup LOCAL_AUTHORITIES_AND_COMMUNITIES = new StakeholderGroup(
      "LOCAL_AUTHORITIES_AND_COMMUNITIES",
      "local-authorities-and-communities", "local authorities and communities", true);
  /** Paragraph 44: "the private sector". */
  public static final StakeholderGroup PRIVATE_SECTOR = new StakeholderGroup(
      "PRIVATE_SECTOR", "private-sector", "the private sector", true);
  /** Paragraph 44: "trade unions". */
  public static final StakeholderGroup TRADE_UNIONS = new StakeholderGroup(
      "TRADE_UNIONS", "trade-unions", "trade unions", true);
  /** Paragraph 44: "parliamentarians". */
  public static final StakeholderGroup PARLIAMENTARIANS = new StakeholderGroup(
      "PARLIAMENTARIANS", "parliamentarians", "parliamentarians", true);
  /** Paragraph 44: "national human rights institutions". */
  public static final StakeholderGroup NATIONAL_HUMAN_RIGHTS_INSTITUTIONS = new StakeholderGroup(
      "NATIONAL_HUMAN_RIGHTS_INSTITUTIONS",
      "national-human-rights-institutions", "national human rights institutions", true, "NHRIs");
  /** Paragraph 44: "the International Red Cross and Red Crescent Movement". */
  public static final StakeholderGroup RED_CROSS_AND_RED_CRESCENT_MOVEMENT = new StakeholderGroup(
      "RED_CROSS_AND_RED_CRESCENT_MOVEMENT",
      "red-cross-and-red-crescent-movement",
      "the International Red Cross and Red Crescent Movement",
      true);
  /** Paragraph 44: "academia". */
  public static final StakeholderGroup ACADEMIA = new StakeholderGroup(
      "ACADEMIA", "academia", "academia", true);
  /** Paragraph 44: "the media". */
  public static final StakeholderGroup MEDIA = new StakeholderGroup(
      "MEDIA", "media", "the media", true);
  /** Paragraph 44: "other relevant stakeholders", the paragraph's catch-all. */
  public static final StakeholderGroup OTHER_RELEVANT_STAKEHOLDERS = new StakeholderGroup(
      "OTHER_RELEVANT_STAKEHOLDERS", "other-relevant-stakeholders", "other relevant stakeholders", true);
  /** Not in paragraph 44: young people and youth organizations. */
  public static final StakeholderGroup YOUTH = new StakeholderGroup(
      "YOUTH", "youth", "youth", false, "young people");
  /** Not in paragraph 44: children. */
  public static final StakeholderGroup CHILDREN = new StakeholderGroup(
      "CHILDREN", "children", "children", false);
  /** Not in paragraph 44: women's organizations. */
  public static final StakeholderGroup WOMENS_ORGANIZATIONS = new StakeholderGroup(
      "WOMENS_ORGANIZATIONS", "womens-organizations", "women's organizations", false);
  /** Not in paragraph 44: employers' organizations. */
  public static final StakeholderGroup EMPLOYERS_ORGANIZATIONS = new StakeholderGroup(
      "EMPLOYERS_ORGANIZATIONS", "employers-organizations", "employers' organizations", false);
  /** Not in paragraph 44: cities and local governments, as organized networks. */
  public static final StakeholderGroup CITIES_AND_LOCAL_GOVERNMENTS = new StakeholderGroup(
      "CITIES_AND_LOCAL_GOVERNMENTS",
      "cities-and-local-governments", "cities and local governments", false);
  /** Not in paragraph 44: entities of the United Nations system. */
  public static final StakeholderGroup UN_ENTITIES = new StakeholderGroup(
      "UN_ENTITIES", "un-entities", "United Nations entities", false, "UN agencies");
  /** Not in paragraph 44: regional organizations. */
  public static final StakeholderGroup REGIONAL_ORGANIZATIONS = new StakeholderGroup(
      "REGIONAL_ORGANIZATIONS", "regional-organizations", "regional organizations", false);
  /** Not in paragraph 44: governments (States), when they appear among the stakeholders. */
  public static final StakeholderGroup GOVERNMENTS = new StakeholderGroup(
      "GOVERNMENTS", "governments", "governments", false);

  private static final Entries<StakeholderGroup> ENTRIES = new Entries<>("StakeholderGroup",
      List.of(MIGRANTS, CIVIL_SOCIETY, MIGRANT_AND_DIASPORA_ORGANIZATIONS, FAITH_BASED_ORGANIZATIONS, LOCAL_AUTHORITIES_AND_COMMUNITIES, PRIVATE_SECTOR, TRADE_UNIONS, PARLIAMENTARIANS, NATIONAL_HUMAN_RIGHTS_INSTITUTIONS, RED_CROSS_AND_RED_CRESCENT_MOVEMENT, ACADEMIA, MEDIA, OTHER_RELEVANT_STAKEHOLDERS, YOUTH, CHILDREN, WOMENS_ORGANIZATIONS, EMPLOYERS_ORGANIZATIONS, CITIES_AND_LOCAL_GOVERNMENTS, UN_ENTITIES, REGIONAL_ORGANIZATIONS, GOVERNMENTS),
      code -> new StakeholderGroup(null, code, code, false));

  private static final Map<String, StakeholderGroup> BY_KEY = new HashMap<>();

  private static final List<StakeholderGroup> PARAGRAPH_44;

  static {
    List<StakeholderGroup> paragraph44 = new ArrayList<>();
    for (StakeholderGroup group : ENTRIES.known()) {
      CatalogSupport.addKey(BY_KEY, group.getCode(), group);
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

  private final String title;
  private final boolean namedInParagraph44;
  private final String[] aliases;

  private StakeholderGroup(String name, String code, String title, boolean namedInParagraph44,
      String... aliases) {
    super(code, name);
    this.title = title;
    this.namedInParagraph44 = namedInParagraph44;
    this.aliases = aliases;
  }

  @Override
  protected Entries<StakeholderGroup> entries() {
    return ENTRIES;
  }

  /**
   * Returns the known groups, in catalogue order, as the enum's {@code values()} did.
   *
   * @return a new array of the known groups, not null
   */
  public static StakeholderGroup[] values() {
    return ENTRIES.known().toArray(new StakeholderGroup[0]);
  }

  /**
   * Returns the known group whose constant has the given name, as the enum's {@code valueOf} did.
   *
   * @param name the name of the constant, not null
   * @return the group, not null
   * @throws IllegalArgumentException if no constant has that name
   * @throws NullPointerException if the name is null
   */
  public static StakeholderGroup valueOf(String name) {
    return ENTRIES.valueOf(name);
  }

  /**
   * Obtains a group from its code: the known group for a known code ({@code "trade-unions"}),
   * otherwise a partner's own group that keeps the code ({@code "non-state-actors"}, {@link
   * #isKnown()} false).
   *
   * @param code a well-formed code ({@link OpenCoded#isWellFormed(CharSequence)}), not null
   * @return the group, not null
   * @throws CatalogException if the code is not well formed
   * @throws NullPointerException if the code is null
   */
  public static StakeholderGroup of(String code) {
    return ENTRIES.of(code);
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
    return ENTRIES.fromCode(code);
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
   * <p>A partner's group has its code as its title.
   *
   * @return the title, not null
   */
  public String getTitle() {
    return title;
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
