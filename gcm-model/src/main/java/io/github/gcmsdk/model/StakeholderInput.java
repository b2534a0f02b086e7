package io.github.gcmsdk.model;

import io.github.gcmsdk.model.constraints.PassesDocumentRules;
import io.github.gcmsdk.model.constraints.Identifier;
import io.github.gcmsdk.model.constraints.LanguageTag;
import io.github.gcmsdk.model.constraints.Text;
import io.github.gcmsdk.model.constraints.Url;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document of a GCM review: who contributed it, which review it feeds, and its sections of
 * findings, recommendations and promising practices, with the references, figures and open
 * questions that belong to the document as a whole.
 *
 * <p>Despite its name, this root type carries every {@linkplain DocumentKind kind} of document
 * of format 2.0: stakeholder input (the default), a review's outcome or summary, a progress
 * declaration, a voluntary national review. {@link #getKind()} tells which.
 *
 * <p>The summary of stakeholder input to the UNECE regional review of November 2020 is one; the
 * bundled example file holds it whole.
 *
 * <p>Build one with {@link #builder()}, derive changed copies with the {@code with*} methods, and
 * read or write files with gcm-io. Instances are immutable and thread-safe.
 *
 * <p>{@link PassesDocumentRules @PassesDocumentRules} lets a plain Jakarta Validator with gcm-validation on
 * the classpath check the rules that need the whole document, not only the constraints on the
 * getters.
 */
@PassesDocumentRules
@Value.Immutable
public interface StakeholderInput extends Extensible, WithStakeholderInput {

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the version of the gcm-sdk JSON format the document claims to be written in, a
   * string {@code MAJOR.MINOR}: {@code "2.0"} unless set, or as read from a file. A document read
   * from a file of a later minor version ({@code "2.3"}) keeps its claim, so that writing it back
   * does not present its newer properties as unknown to format 2.0. A file of format 1.x is
   * upgraded when read and claims {@code "2.0"}.
   *
   * @return the format version, such as {@code "2.0"}
   */
  @Value.Default
  default String getFormatVersion() {
    return "2.0";
  }

  /**
   * Returns what kind of document this is; {@link DocumentKind#STAKEHOLDER_INPUT} unless set
   * (format 2.0).
   *
   * @return the kind
   */
  @Value.Default
  default DocumentKind getKind() {
    return DocumentKind.STAKEHOLDER_INPUT;
  }

  /**
   * Returns the document's identifier, unique among the documents a tool handles.
   *
   * @return the identifier
   */
  @Identifier
  String getId();

  /**
   * Returns the document's title.
   *
   * @return the title
   */
  @Text(max = Text.LINE_MAX, multiline = false)
  String getTitle();

  /**
   * Returns the language of the document's text, as a BCP 47 tag ("en", "fr", "ru").
   *
   * @return the language tag
   */
  @LanguageTag
  String getLanguage();

  /**
   * Returns when the document was issued.
   *
   * @return the date, at the precision known, if given
   */
  Optional<PartialDate> getDate();

  /**
   * Returns the document's symbols ("A/RES/76/266") (format 2.0).
   *
   * @return the symbols, in the order given
   */
  List<@Text(max = Text.LINE_MAX, multiline = false) String> getSymbols();

  /**
   * Returns who adopted, endorsed or published the document, and when (format 2.0).
   *
   * @return the adoptions, in the order they happened
   */
  List<@Valid Adoption> getAdoptions();

  /**
   * Returns the identifier of the work this document is one language version of, shared by all
   * its versions (format 2.0). The six versions of a declaration are six documents with one work
   * id, each listing the others in {@link #getTranslations()}.
   *
   * @return the work id, if given
   */
  Optional<@Identifier String> getWorkId();

  /**
   * Returns the other language versions of the same work (format 2.0).
   *
   * @return the translations, in the order given
   */
  List<@Valid Translation> getTranslations();

  /**
   * Returns where the original document can be found.
   *
   * @return the URL, if given
   */
  Optional<@Url String> getUrl();

  /**
   * Returns the review this input feeds.
   *
   * @return the review, if given
   */
  Optional<@Valid Review> getReview();

  /**
   * Returns the stakeholder groups and organisations whose input the document gathers.
   *
   * @return the contributors, in the order given
   */
  List<@Valid Actor> getContributors();

  /**
   * Returns the paragraphs before the first section (format 2.0): a preamble, numbered or not.
   *
   * @return the paragraphs, in document order
   */
  List<@Valid Paragraph> getParagraphs();

  /**
   * Returns the top-level sections.
   *
   * @return the sections, in document order
   */
  List<@Valid Section> getSections();

  /**
   * Returns the external sources the document as a whole refers to.
   *
   * @return the references, in document order
   */
  List<@Valid Reference> getReferences();

  /**
   * Returns the figures the document as a whole states.
   *
   * @return the figures, in document order
   */
  List<@Valid Figure> getFigures();

  /**
   * Returns the questions the document as a whole leaves open.
   *
   * @return the questions, in document order
   */
  List<@Valid OpenQuestion> getOpenQuestions();

  /**
   * Returns the document's footnotes, which items cite by id (format 2.0).
   *
   * @return the footnotes, in document order
   */
  List<@Valid Footnote> getFootnotes();

  /** Builds {@link StakeholderInput} values; not thread-safe. */
  final class Builder extends ImmutableStakeholderInput.Builder {
    Builder() {}
  }
}
