package io.github.gcmsdk.testkit.internal;

import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.Theme;
import io.github.gcmsdk.testkit.Source;
import java.util.List;

/**
 * Words and sentence patterns for plausible GCM texts in English, French, Spanish and Russian.
 *
 * <p>The English vocabulary follows the summary of stakeholder input to the UNECE regional review
 * of November 2020 (borders, detention, labour rights, access to services, regular pathways,
 * remittances, youth, cities). The other languages say the same kind of thing. Texts contain
 * letters of several scripts, typographic punctuation, no-break spaces and now and then an emoji or
 * another character outside the Basic Multilingual Plane, but never a control character.
 *
 * <p>Not part of the API; it may change without notice. Stateless and thread-safe.
 */
public final class Vocabulary {

  private Vocabulary() {}

  /** Characters outside the BMP, emoji sequences with joiners and modifiers, regional flags. */
  static final List<String> EMOJI = List.of(
      "🌍", "🤝", "📊", "🧒", "✊🏽", "👩‍👧", "🇺🇳", "𝐆𝐂𝐌", "🏙️", "⚖️");

  // ---------------------------------------------------------------- findings

  private static final List<String> EN_SUBJECTS = List.of(
      "Stakeholders", "Civil society organisations", "Trade unions in Central Asia",
      "Youth representatives", "Cities", "Migrant-led organisations",
      "Faith-based organisations", "National human rights institutions", "Many participants",
      "Trade unions and civil society organisations");
  private static final List<String> EN_VERBS = List.of(
      "noted that", "reported that", "emphasized that", "stressed that", "observed that");
  private static final List<String> EN_CLAUSES = List.of(
      "children continue to be detained",
      "the Covid-19 pandemic has heightened pre-existing inequalities",
      "many migrants lost their jobs and could not access unemployment benefits",
      "administrative barriers make family reunification slow and costly",
      "pushbacks at land and sea borders continue without due process",
      "human rights defenders face criminalization for providing humanitarian assistance",
      "migrant health workers have organized within trade unions",
      "cities provided food and cash assistance to undocumented migrants",
      "regularisation is far from being taboo",
      "migrant children had difficulties in attending school remotely",
      "countries of destination should not make their rules on migration so stringent",
      "irregular status is often associated with exploitative employment practices",
      "essential workers didn’t have the necessary protections to do their jobs safely",
      "the new proposed border procedures would make this situation worse");
  private static final List<String> EN_TAILS = List.of(
      "", "", " in the UNECE region", " during the pandemic", " in several sub-regions",
      " at the national level", " since December 2018");
  private static final List<String> EN_STATEMENTS = List.of(
      "Nothing justifies violence and pushbacks.",
      "Detention is always a child rights violation, and never in their best interests.",
      "Deprivation of liberty should be a measure of last resort.",
      "Strikingly – despite such a wide geographical scope, there were many issues that"
          + " stakeholders identified as similar.",
      "Multistakeholder partnerships were a key element of some of the promising practices.");

  private static final List<String> FR_SUBJECTS = List.of(
      "Les organisations de la société civile", "Les syndicats d’Asie centrale", "Les jeunes",
      "Les villes", "Les participants", "Les institutions nationales des droits de l’homme");
  private static final List<String> FR_VERBS = List.of(
      "ont souligné que", "ont constaté que", "ont rappelé que", "ont signalé que");
  private static final List<String> FR_CLAUSES = List.of(
      "des enfants continuent d’être placés en détention",
      "la pandémie de Covid-19 a aggravé les inégalités préexistantes",
      "de nombreux migrants ont perdu leur emploi sans accès aux allocations",
      "les obstacles administratifs rendent le regroupement familial long et coûteux",
      "les refoulements aux frontières se poursuivent sans garanties procédurales",
      "les défenseurs des droits humains sont criminalisés",
      "les «\u00A0pare-feu\u00A0» entre services publics et autorités d’immigration protègent"
          + " les migrants",
      "la régularisation n’est plus un sujet tabou en Europe");
  private static final List<String> FR_TAILS = List.of(
      "", "", " dans la région de la CEE-ONU", " pendant la pandémie",
      ", quel que soit leur statut", " au niveau national");

  private static final List<String> ES_SUBJECTS = List.of(
      "Las organizaciones de la sociedad civil", "Los sindicatos", "Los jóvenes",
      "Las ciudades", "Las personas participantes", "Las organizaciones de migrantes");
  private static final List<String> ES_VERBS = List.of(
      "señalaron que", "destacaron que", "observaron que", "subrayaron que");
  private static final List<String> ES_CLAUSES = List.of(
      "los niños y niñas siguen siendo detenidos",
      "la pandemia de COVID-19 ha agravado las desigualdades existentes",
      "muchos migrantes perdieron su empleo y no pudieron acceder a prestaciones",
      "las barreras administrativas dificultan la reunificación familiar",
      "las devoluciones en las fronteras continúan sin garantías procesales",
      "la regularización ya no es un tabú",
      "las ciudades ofrecieron ayuda alimentaria a migrantes indocumentados");
  private static final List<String> ES_TAILS = List.of(
      "", "", " en la región", " durante la pandemia",
      ", independientemente de su situación migratoria", " a nivel nacional");

  private static final List<String> RU_SUBJECTS = List.of(
      "Организации гражданского общества", "Профсоюзы Центральной Азии", "Молодые люди",
      "Города", "Участники консультаций", "Национальные правозащитные учреждения");
  private static final List<String> RU_VERBS = List.of(
      "отметили, что", "подчеркнули, что", "сообщили, что");
  private static final List<String> RU_CLAUSES = List.of(
      "дети по-прежнему содержатся под стражей",
      "пандемия COVID-19 усилила существующее неравенство",
      "многие мигранты потеряли работу и не получили пособий",
      "административные барьеры затрудняют воссоединение семей",
      "выдворения на границах продолжаются без надлежащих процедур",
      "правозащитники подвергаются преследованию за гуманитарную помощь",
      "трудовые мигранты не защищены от дискриминации");
  private static final List<String> RU_TAILS = List.of(
      "", "", " в регионе ЕЭК ООН", " во время пандемии", " независимо от статуса");

  // --------------------------------------------------------- recommendations

  private static final List<String> EN_ADDRESSEES = List.of(
      "States", "Governments", "Employers", "Local authorities", "The European Union",
      "Member States", "All stakeholders", "Cities", "Donors");
  private static final List<String> EN_ACTIONS = List.of(
      "ensure that children have access to education",
      "ensure that migrants have access to health and medical care",
      "expand regular pathways for workers across skills levels",
      "exclusively use alternatives to detention",
      "introduce safeguards in asylum and border procedures",
      "properly resource independent monitoring at borders",
      "eliminate the barriers for children to be reunited with their families",
      "guarantee all migrant women access to sexual and reproductive healthcare",
      "provide migrant workers with occupational safety protections",
      "ensure that migrants’ personal data are not shared with immigration authorities",
      "tackle corruption amongst governmental officials",
      "include migrant voices in the labour movement",
      "make stronger links to the Global Compact on Refugees",
      "promote more inclusive spaces for migrant participation",
      "ensure access to individual and fair procedures at the borders");
  private static final List<String> EN_REC_TAILS = List.of(
      "", "", ", regardless of status", " in line with international human rights standards",
      ", including for children", " across the UNECE region");

  private static final List<String> FR_ADDRESSEES = List.of(
      "Les États", "Les employeurs", "Les autorités locales", "Les États membres",
      "Les gouvernements");
  private static final List<String> FR_ACTIONS = List.of(
      "garantir l’accès des migrants aux soins de santé",
      "recourir exclusivement aux alternatives à la détention",
      "élargir les voies de migration régulière",
      "supprimer les obstacles au regroupement familial",
      "assurer un suivi indépendant aux frontières",
      "protéger les données personnelles des migrants",
      "garantir l’accès des enfants à l’éducation");
  private static final List<String> FR_REC_TAILS = List.of(
      "", ", quel que soit leur statut", " dans toute la région");

  private static final List<String> ES_ADDRESSEES = List.of(
      "Los Estados", "Los empleadores", "Las autoridades locales", "Los Estados miembros",
      "Los gobiernos");
  private static final List<String> ES_ACTIONS = List.of(
      "garantizar el acceso a la salud y a la atención médica",
      "utilizar exclusivamente alternativas a la detención",
      "ampliar las vías de migración regular",
      "eliminar los obstáculos a la reunificación familiar",
      "garantizar un seguimiento independiente en las fronteras",
      "proteger los datos personales de las personas migrantes",
      "garantizar el acceso de niños y niñas a la educación");
  private static final List<String> ES_REC_TAILS = List.of(
      "", ", independientemente de su situación migratoria", " en toda la región");

  private static final List<String> RU_ADDRESSEES = List.of(
      "Государствам", "Работодателям", "Местным органам власти", "Правительствам");
  private static final List<String> RU_ACTIONS = List.of(
      "обеспечить доступ мигрантов к медицинской помощи",
      "использовать только альтернативы содержанию под стражей",
      "расширить возможности для регулярной миграции",
      "устранить препятствия для воссоединения семей",
      "гарантировать независимый мониторинг на границах",
      "защищать персональные данные мигрантов",
      "обеспечить детям доступ к образованию");
  private static final List<String> RU_REC_TAILS = List.of(
      "", " независимо от статуса", " во всём регионе");

  // --------------------------------------------------------------- questions

  private static final List<String> EN_QUESTIONS = List.of(
      "How can we improve equal participation as a key feature of the multistakeholder input"
          + " process?",
      "Are we challenging assumptions?",
      "How do we promote alternative ways of doing and thinking?",
      "What siloes are we breaking?",
      "How are different stakeholders working together on implementation of the GCM?",
      "How can we become more effective in linking promising practices with policy"
          + " development?");
  private static final List<String> FR_QUESTIONS = List.of(
      "Comment améliorer la participation des migrants au processus d’examen\u00A0?",
      "Remettons-nous en question nos hypothèses\u00A0?",
      "Comment les parties prenantes travaillent-elles ensemble à la mise en œuvre du"
          + " Pacte\u00A0?");
  private static final List<String> ES_QUESTIONS = List.of(
      "¿Cómo podemos mejorar la participación de las personas migrantes?",
      "¿Estamos cuestionando nuestras suposiciones?",
      "¿Cómo trabajan juntas las partes interesadas en la aplicación del Pacto?");
  private static final List<String> RU_QUESTIONS = List.of(
      "Как обеспечить равное участие мигрантов в процессе обзора?",
      "Пересматриваем ли мы привычные представления?",
      "Как заинтересованные стороны сотрудничают в выполнении Глобального договора?");

  // --------------------------------------------------------------- practices

  private static final List<String> EN_PRACTICE_TITLES = List.of(
      "Firewalls for undocumented migrants", "Regularisation programme",
      "Remittance Community Task Force", "Mobilization of youth in the GCM review",
      "Municipal services through public-private partnerships", "Digital access to health care",
      "Case management as an alternative to detention", "Recognition of foreign qualifications",
      "Legal aid at the border", "Multilingual information points");
  private static final List<String> EN_PRACTICE_DEEDS = List.of(
      "put in place firewalls so that undocumented migrants could access services and justice",
      "provided food and cash assistance to undocumented migrants",
      "brought together stakeholders in the field of remittances to respond to the pandemic",
      "offered municipal services through various public-private partnerships",
      "worked with local, regional and national administrations to help migrants access health"
          + " care",
      "ran a community-based case management programme instead of detention",
      "opened a one-stop shop for the recognition of skills and qualifications",
      "mobilized young people nationally for the GCM review");
  private static final List<String> FR_PRACTICE_TITLES = List.of(
      "Pare-feu pour les migrants sans papiers", "Programme de régularisation",
      "Guichet unique de reconnaissance des qualifications", "Aide juridique aux frontières");
  private static final List<String> FR_PRACTICE_DEEDS = List.of(
      "ont mis en place des «\u00A0pare-feu\u00A0» pour l’accès aux services et à la justice",
      "ont fourni une aide alimentaire et financière aux migrants sans papiers",
      "ont ouvert un guichet unique pour la reconnaissance des diplômes");
  private static final List<String> ES_PRACTICE_TITLES = List.of(
      "Cortafuegos para migrantes indocumentados", "Programa de regularización",
      "Ventanilla única para el reconocimiento de títulos", "Asistencia jurídica en la frontera");
  private static final List<String> ES_PRACTICE_DEEDS = List.of(
      "establecieron cortafuegos para el acceso a los servicios y a la justicia",
      "ofrecieron ayuda alimentaria y en efectivo a migrantes indocumentados",
      "abrieron una ventanilla única para el reconocimiento de títulos");
  private static final List<String> RU_PRACTICE_TITLES = List.of(
      "Защита данных недокументированных мигрантов", "Программа урегулирования статуса",
      "Единое окно для признания квалификаций", "Юридическая помощь на границе");
  private static final List<String> RU_PRACTICE_DEEDS = List.of(
      "обеспечили доступ недокументированных мигрантов к услугам и правосудию",
      "предоставили продовольственную и денежную помощь мигрантам",
      "открыли единое окно для признания дипломов");

  private static final List<String> EN_OUTCOMES = List.of(
      "Migrants could access services without fear of immigration enforcement.",
      "More than %d people were reached.",
      "%d children were released from detention into community care.",
      "The practice was taken up by other cities in the region.");
  private static final List<String> FR_OUTCOMES = List.of(
      "Plus de %d personnes ont été accompagnées.",
      "Les migrants ont pu accéder aux services sans crainte.");
  private static final List<String> ES_OUTCOMES = List.of(
      "Más de %d personas recibieron apoyo.",
      "Las personas migrantes accedieron a los servicios sin temor.");
  private static final List<String> RU_OUTCOMES = List.of(
      "Помощь получили более %d человек.",
      "Мигранты получили доступ к услугам без страха.");

  // ----------------------------------------------------------------- figures

  private static final List<String> EN_UNITS = List.of(
      "migrants", "young people", "months", "stakeholders", "children", "cities", "workers");
  private static final List<String> FR_UNITS = List.of(
      "migrants", "jeunes", "mois", "parties prenantes", "enfants");
  private static final List<String> ES_UNITS = List.of(
      "migrantes", "jóvenes", "meses", "actores", "niños y niñas");
  private static final List<String> RU_UNITS = List.of(
      "мигрантов", "молодых людей", "месяцев", "заинтересованных сторон", "детей");
  private static final List<String> EN_FIGURE_CONTEXTS = List.of(
      "mobilized nationally in the GCM review",
      "involved in the field of remittances",
      "detained under the proposed border procedures",
      "who lost their jobs during the pandemic",
      "reached by municipal services");
  private static final List<String> FR_FIGURE_CONTEXTS = List.of(
      "mobilisés dans le cadre de l’examen", "concernés par la procédure à la frontière");
  private static final List<String> ES_FIGURE_CONTEXTS = List.of(
      "movilizados en el examen del Pacto", "afectados por el procedimiento fronterizo");
  private static final List<String> RU_FIGURE_CONTEXTS = List.of(
      "участвовавших в обзоре", "затронутых пограничными процедурами");

  // ---------------------------------------------------------------- headings

  private static final List<String> EN_GENERAL_HEADINGS = List.of(
      "Intro", "Implementation of specific GCM objectives", "Going forward",
      "Multilateral cooperation", "Multi-stakeholder partnerships", "Recommendations",
      "Whole of government and whole of society approach");
  private static final List<String> FR_GENERAL_HEADINGS = List.of(
      "Introduction", "Mise en œuvre des objectifs du Pacte mondial", "Perspectives",
      "Recommandations", "Coopération multilatérale");
  private static final List<String> ES_GENERAL_HEADINGS = List.of(
      "Introducción", "Aplicación de los objetivos del Pacto Mundial", "Perspectivas",
      "Recomendaciones", "Cooperación multilateral");
  private static final List<String> RU_GENERAL_HEADINGS = List.of(
      "Введение", "Выполнение целей Глобального договора", "Дальнейшие шаги", "Рекомендации",
      "Многостороннее сотрудничество");

  // ---------------------------------------------------------- names, places

  /** Names of organisations and bodies, as inputs name them. */
  static final List<String> ORGANISATIONS = List.of(
      "European Commission", "Remittance Community Task Force", "OSCE", "IOM", "UNICEF",
      "OHCHR", "Council of Europe", "UN Network on Migration", "Platform for International"
          + " Cooperation on Undocumented Migrants", "Mayors Migration Council",
      "Союз трудовых мигрантов", "Red de ciudades acogedoras", "Réseau des villes accueillantes");

  /** Cities and localities. */
  static final List<String> CITIES = List.of(
      "Geneva", "Milan", "Lisbon", "Dublin", "Almaty", "Bishkek", "Tbilisi", "Sarajevo",
      "Toronto", "New York", "Zürich", "Kraków", "Москва", "Душанбе", "Sevilla", "Lyon",
      "Chisinau", "İstanbul");

  private static final List<String> ROMAN = List.of(
      "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X");

  // ================================================================= methods

  /**
   * Returns a finding: one or two sentences saying what stakeholders observed.
   *
   * @param s the source
   * @param lang the language
   * @return the text
   */
  public static String finding(Source s, Lang lang) {
    String text = findingSentence(s, lang);
    if (s.chance(0.25)) {
      text = text + " " + findingSentence(s, lang);
    }
    return decorate(s, text);
  }

  private static String findingSentence(Source s, Lang lang) {
    switch (lang) {
      case FR:
        return s.pick(FR_SUBJECTS) + " " + s.pick(FR_VERBS) + " " + s.pick(FR_CLAUSES)
            + s.pick(FR_TAILS) + ".";
      case ES:
        return s.pick(ES_SUBJECTS) + " " + s.pick(ES_VERBS) + " " + s.pick(ES_CLAUSES)
            + s.pick(ES_TAILS) + ".";
      case RU:
        return s.pick(RU_SUBJECTS) + " " + s.pick(RU_VERBS) + " " + s.pick(RU_CLAUSES)
            + s.pick(RU_TAILS) + ".";
      default:
        if (s.chance(0.15)) {
          return s.pick(EN_STATEMENTS);
        }
        if (s.chance(0.1)) {
          return "Across the region, stakeholders noted that there were multiple violations of"
              + " Objective " + s.between(1, 23) + ".";
        }
        return s.pick(EN_SUBJECTS) + " " + s.pick(EN_VERBS) + " " + s.pick(EN_CLAUSES)
            + s.pick(EN_TAILS) + ".";
    }
  }

  /**
   * Returns a recommendation: who should do what, or an imperative.
   *
   * @param s the source
   * @param lang the language
   * @return the text
   */
  public static String recommendation(Source s, Lang lang) {
    String text;
    switch (lang) {
      case FR:
        text = s.pick(FR_ADDRESSEES) + " devraient " + s.pick(FR_ACTIONS) + s.pick(FR_REC_TAILS)
            + ".";
        break;
      case ES:
        text = s.pick(ES_ADDRESSEES) + " deberían " + s.pick(ES_ACTIONS) + s.pick(ES_REC_TAILS)
            + ".";
        break;
      case RU:
        text = s.pick(RU_ADDRESSEES) + " следует " + s.pick(RU_ACTIONS) + s.pick(RU_REC_TAILS)
            + ".";
        break;
      default:
        String action = s.pick(EN_ACTIONS);
        text = s.chance(0.5)
            ? s.pick(EN_ADDRESSEES) + " should " + action + s.pick(EN_REC_TAILS) + "."
            : Character.toUpperCase(action.charAt(0)) + action.substring(1)
                + s.pick(EN_REC_TAILS) + ".";
    }
    return decorate(s, text);
  }

  /**
   * Returns an open question.
   *
   * @param s the source
   * @param lang the language
   * @return the text
   */
  public static String question(Source s, Lang lang) {
    switch (lang) {
      case FR:
        return decorate(s, s.pick(FR_QUESTIONS));
      case ES:
        return decorate(s, s.pick(ES_QUESTIONS));
      case RU:
        return decorate(s, s.pick(RU_QUESTIONS));
      default:
        return decorate(s, s.pick(EN_QUESTIONS));
    }
  }

  /**
   * Returns the short title of a promising practice, one line.
   *
   * @param s the source
   * @param lang the language
   * @param place a country or city name to add, or null
   * @return the title
   */
  public static String practiceTitle(Source s, Lang lang, String place) {
    String title;
    switch (lang) {
      case FR:
        title = s.pick(FR_PRACTICE_TITLES) + (place == null ? "" : " (" + place + ")");
        break;
      case ES:
        title = s.pick(ES_PRACTICE_TITLES) + (place == null ? "" : " (" + place + ")");
        break;
      case RU:
        title = s.pick(RU_PRACTICE_TITLES) + (place == null ? "" : " (" + place + ")");
        break;
      default:
        title = s.pick(EN_PRACTICE_TITLES) + (place == null ? "" : " in " + place);
    }
    return title;
  }

  /**
   * Returns the description of a promising practice: who did what.
   *
   * @param s the source
   * @param lang the language
   * @param doer who did it, in the language, or null for a generic subject
   * @return the text
   */
  public static String practiceDescription(Source s, Lang lang, String doer) {
    String text;
    switch (lang) {
      case FR:
        text = (doer == null ? s.pick(FR_SUBJECTS) : doer) + " " + s.pick(FR_PRACTICE_DEEDS)
            + s.pick(FR_TAILS) + ".";
        break;
      case ES:
        text = (doer == null ? s.pick(ES_SUBJECTS) : doer) + " " + s.pick(ES_PRACTICE_DEEDS)
            + s.pick(ES_TAILS) + ".";
        break;
      case RU:
        text = (doer == null ? s.pick(RU_SUBJECTS) : doer) + " " + s.pick(RU_PRACTICE_DEEDS)
            + s.pick(RU_TAILS) + ".";
        break;
      default:
        text = (doer == null ? s.pick(EN_SUBJECTS) : doer) + " " + s.pick(EN_PRACTICE_DEEDS)
            + s.pick(EN_TAILS) + ".";
    }
    return decorate(s, text);
  }

  /**
   * Returns an outcome of a practice.
   *
   * @param s the source
   * @param lang the language
   * @return the text
   */
  public static String outcome(Source s, Lang lang) {
    List<String> patterns;
    switch (lang) {
      case FR:
        patterns = FR_OUTCOMES;
        break;
      case ES:
        patterns = ES_OUTCOMES;
        break;
      case RU:
        patterns = RU_OUTCOMES;
        break;
      default:
        patterns = EN_OUTCOMES;
    }
    return s.pick(patterns).replace("%d", Integer.toString(s.between(2, 5000)));
  }

  /**
   * Returns the unit of a figure ("young people", "months").
   *
   * @param s the source
   * @param lang the language
   * @return the unit, one line
   */
  public static String unit(Source s, Lang lang) {
    switch (lang) {
      case FR:
        return s.pick(FR_UNITS);
      case ES:
        return s.pick(ES_UNITS);
      case RU:
        return s.pick(RU_UNITS);
      default:
        return s.pick(EN_UNITS);
    }
  }

  /**
   * Returns what a figure counts, in words, for a unit.
   *
   * @param s the source
   * @param lang the language
   * @param unit the unit
   * @return the description
   */
  public static String figureDescription(Source s, Lang lang, String unit) {
    String context;
    switch (lang) {
      case FR:
        context = s.pick(FR_FIGURE_CONTEXTS);
        break;
      case ES:
        context = s.pick(ES_FIGURE_CONTEXTS);
        break;
      case RU:
        context = s.pick(RU_FIGURE_CONTEXTS);
        break;
      default:
        context = s.pick(EN_FIGURE_CONTEXTS);
    }
    return capitalize(unit) + " " + context;
  }

  /**
   * Returns the heading of a section about an objective ("Objective 11 - Manage borders").
   *
   * @param s the source
   * @param lang the language
   * @param objective the objective
   * @return the heading, one line
   */
  public static String objectiveHeading(Source s, Lang lang, Objective objective) {
    String n = objective.getCode();
    switch (lang) {
      case FR:
        return "Objectif " + n + "\u00A0: " + objective.getShortLabel();
      case ES:
        return "Objetivo " + n + ": " + objective.getShortLabel();
      case RU:
        return "Цель " + n + ": " + objective.getShortLabel();
      default:
        return s.chance(0.5)
            ? "Objective " + n + " - " + objective.getShortLabel()
            : "Objective " + n + ": " + objective.getShortLabel();
    }
  }

  /**
   * Returns the heading of a section about a theme.
   *
   * @param theme the theme
   * @return the heading, one line
   */
  public static String themeHeading(Theme theme) {
    return theme.getTitle();
  }

  /**
   * Returns a general heading ("Intro", "Going forward").
   *
   * @param s the source
   * @param lang the language
   * @return the heading, one line
   */
  public static String generalHeading(Source s, Lang lang) {
    switch (lang) {
      case FR:
        return s.pick(FR_GENERAL_HEADINGS);
      case ES:
        return s.pick(ES_GENERAL_HEADINGS);
      case RU:
        return s.pick(RU_GENERAL_HEADINGS);
      default:
        return s.pick(EN_GENERAL_HEADINGS);
    }
  }

  /**
   * Returns the title of a stakeholder input document.
   *
   * @param lang the language
   * @param forum what the input feeds ("UNECE regional review", "IMRF 2022")
   * @return the title, one line
   */
  public static String documentTitle(Lang lang, String forum) {
    switch (lang) {
      case FR:
        return "Synthèse des contributions des parties prenantes au Pacte mondial pour les"
            + " migrations (" + forum + ")";
      case ES:
        return "Resumen de las contribuciones de las partes interesadas al Pacto Mundial para la"
            + " Migración (" + forum + ")";
      case RU:
        return "Обзор материалов заинтересованных сторон к Глобальному договору о миграции ("
            + forum + ")";
      default:
        return "Summary of stakeholder input to the " + forum
            + " of the Global Compact for Migration";
    }
  }

  /**
   * Returns a label for the {@code index}-th top-level section: I, II, III, ...
   *
   * @param index the index, from 0
   * @return the label
   */
  public static String roman(int index) {
    return index < ROMAN.size() ? ROMAN.get(index) : Integer.toString(index + 1);
  }

  /**
   * Returns the name of an organisation.
   *
   * @param s the source
   * @return the name, one line
   */
  public static String organisation(Source s) {
    return s.pick(ORGANISATIONS);
  }

  /**
   * Returns the name of a city.
   *
   * @param s the source
   * @return the name, one line
   */
  public static String city(Source s) {
    return s.pick(CITIES);
  }

  /**
   * Returns a text of one to three sentences in a random language: findings, recommendations
   * and questions mixed.
   *
   * @param s the source
   * @return the text
   */
  public static String anyText(Source s) {
    Lang lang = anyLang(s);
    int sentences = s.between(1, 3);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        text.append(' ');
      }
      int kind = s.nextInt(3);
      text.append(kind == 0 ? finding(s, lang) : kind == 1 ? recommendation(s, lang)
          : question(s, lang));
    }
    return text.toString();
  }

  /**
   * Returns a language, English more often than the others.
   *
   * @param s the source
   * @return the language
   */
  public static Lang anyLang(Source s) {
    int r = s.nextInt(10);
    return r < 4 ? Lang.EN : r < 6 ? Lang.FR : r < 8 ? Lang.ES : Lang.RU;
  }

  /**
   * Returns a text of more than {@code minCodePoints} code points, made of sentences joined by
   * spaces, without line breaks.
   *
   * @param s the source
   * @param lang the language
   * @param minCodePoints the length to exceed
   * @return the text
   */
  public static String longText(Source s, Lang lang, int minCodePoints) {
    StringBuilder text = new StringBuilder(minCodePoints + 300);
    int codePoints = 0;
    while (codePoints <= minCodePoints) {
      if (text.length() > 0) {
        text.append(' ');
        codePoints++;
      }
      String sentence = findingSentence(s, lang);
      text.append(sentence);
      codePoints += sentence.codePointCount(0, sentence.length());
    }
    return text.toString();
  }

  /** Now and then adds an emoji or another astral character, at the end or the start. */
  private static String decorate(Source s, String text) {
    if (!s.chance(0.06)) {
      return text;
    }
    String emoji = s.pick(EMOJI);
    return s.chance(0.5) ? text + " " + emoji : emoji + " " + text;
  }

  private static String capitalize(String text) {
    int first = text.codePointAt(0);
    return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
        .append(text.substring(Character.charCount(first))).toString();
  }
}
