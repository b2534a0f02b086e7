package io.github.gcmsdk.testkit.internal;

import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.ReferenceKind;
import java.util.List;

/**
 * Instruments and sources that GCM stakeholder inputs cite, with the facts the generators use.
 *
 * <p>Facts come from {@code gcm-reference.md} (A/RES/73/195, the EU Pact, the CIS agreement on the
 * return of minors, A/RES/73/326) and from the bundled UNECE 2020 example. Where a fact was not
 * verified there, it is left out rather than guessed.
 *
 * <p>Not part of the API; it may change without notice.
 */
final class KnownReferences {

  private KnownReferences() {}

  /** One known source; null fields are unknown. */
  static final class Known {
    final String slug;
    final String title;
    final String shortTitle;
    final ReferenceKind kind;
    final String issuer;
    final PartialDate date;
    final String place;
    final String identifier;
    final String url;
    final boolean forthcoming;

    Known(String slug, String title, String shortTitle, ReferenceKind kind, String issuer,
        String date, String place, String identifier, String url, boolean forthcoming) {
      this.slug = slug;
      this.title = title;
      this.shortTitle = shortTitle;
      this.kind = kind;
      this.issuer = issuer;
      this.date = date == null ? null : PartialDate.parse(date);
      this.place = place;
      this.identifier = identifier;
      this.url = url;
      this.forthcoming = forthcoming;
    }
  }

  static final List<Known> ALL = List.of(
      new Known("gcm", "Global Compact for Safe, Orderly and Regular Migration", "GCM",
          ReferenceKind.GLOBAL_FRAMEWORK, "United Nations General Assembly", "2018-12", null,
          "A/RES/73/195", null, false),
      new Known("gcr", "Global Compact on Refugees", null, ReferenceKind.GLOBAL_FRAMEWORK,
          null, null, null, null, null, false),
      new Known("paris-agreement", "Paris Agreement", "Paris Climate agreement",
          ReferenceKind.AGREEMENT, null, null, null, null, null, false),
      new Known("eu-pact", "New Pact on Migration and Asylum", "EU Pact on Migration and Asylum",
          ReferenceKind.POLICY, "European Commission", "2020-09-23", "Brussels",
          "COM(2020) 609 final",
          "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A52020DC0609", false),
      new Known("chisinau-agreement",
          "Agreement on cooperation of the States Parties of the Commonwealth of Independent"
              + " States in matters of the return of minors to the states of their permanent"
              + " residence",
          "Chisinau Agreement", ReferenceKind.AGREEMENT,
          "Governments of the States Parties of the Commonwealth of Independent States",
          "2002-10-07", "Chisinau", null, null, false),
      new Known("chisinau-agreement-ru",
          "Соглашение о сотрудничестве государств – участников СНГ в вопросах возвращения"
              + " несовершеннолетних в государства их постоянного проживания",
          null, ReferenceKind.AGREEMENT, null, "2002-10-07", "Кишинёв", null, null, false),
      new Known("ilo-conventions", "ILO conventions", null, ReferenceKind.AGREEMENT,
          "International Labour Organization", null, null, null, null, false),
      new Known("osce-regularisation-research",
          "OSCE research on regularisation as a policy measure", null, ReferenceKind.RESEARCH,
          "OSCE", null, null, null, null, true),
      new Known("imrf-modalities",
          "Format and organizational aspects of the international migration review forums", null,
          ReferenceKind.RESOLUTION, "United Nations General Assembly", null, null,
          "A/RES/73/326", "https://www.un.org/en/migration2022/about-the-forum", false),
      new Known("migration-network-hub", "Migration Network Hub", "the Hub",
          ReferenceKind.WEBSITE, "United Nations Network on Migration", null, null, null,
          "https://migrationnetwork.un.org/hub", false),
      new Known("unece-geographical-scope", "UNECE geographical scope", null,
          ReferenceKind.WEBSITE, "UNECE", null, null, null,
          "https://unece.org/geographical-scope", false));

  /** Issuers of generated reports and studies. */
  static final List<String> ISSUERS = List.of(
      "IOM", "OHCHR", "UNICEF", "ILO", "UNHCR", "OSCE", "UN DESA", "UN Network on Migration",
      "UNECE", "ESCAP", "ECLAC");

  /** Topics of generated reports and studies. */
  static final List<String> TOPICS = List.of(
      "alternatives to detention", "regular pathways", "remittances during the pandemic",
      "access to services for migrants", "missing migrants", "skills recognition",
      "labour rights of migrant workers", "children in return procedures", "climate and mobility");

  /** Web addresses for documents and generated sources: all {@code https}, all with a host. */
  static final List<String> URL_BASES = List.of(
      "https://migrationnetwork.un.org/hub/resource/",
      "https://www.un.org/en/migration2022/",
      "https://unece.org/population/",
      "https://publications.iom.int/books/",
      "https://www.ohchr.org/en/documents/");
}
