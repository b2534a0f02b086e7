package io.github.gcmsdk.cli;

import java.util.Locale;

/** The enumerated option values of the commands, written in lower case on the command line. */
final class Options {

  private Options() {}

  /** {@code --format} of {@code validate}. */
  enum ReportFormat {
    TEXT, JSON, SARIF, JUNIT;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code --format} of {@code summary}. */
  enum SummaryFormat {
    TEXT, JSON, MARKDOWN;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code --profile} of {@code validate}. */
  enum ProfileName {
    DRAFT, PUBLICATION;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code --lang}: the language of messages. */
  enum Language {
    EN, FR, ES, RU;

    Locale locale() {
      return Locale.forLanguageTag(toString());
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final class ReportFormatConverter extends LowerCaseEnumConverter<ReportFormat> {
    ReportFormatConverter() {
      super(ReportFormat.class);
    }
  }

  static final class SummaryFormatConverter extends LowerCaseEnumConverter<SummaryFormat> {
    SummaryFormatConverter() {
      super(SummaryFormat.class);
    }
  }

  static final class ProfileNameConverter extends LowerCaseEnumConverter<ProfileName> {
    ProfileNameConverter() {
      super(ProfileName.class);
    }
  }

  static final class LanguageConverter extends LowerCaseEnumConverter<Language> {
    LanguageConverter() {
      super(Language.class);
    }
  }
}
