package io.github.gcmsdk.validation;

/**
 * What a document is checked for: the default severity of every {@link ValidationRule} depends on
 * the profile.
 *
 * <p>A caller can still switch single rules off or change their severity with {@link
 * GcmValidator.Builder#disable(String)} and {@link GcmValidator.Builder#severity(String,
 * io.github.gcmsdk.problem.Severity)}.
 */
public enum Profile {

  /**
   * Work in progress. Everything that would break a tool is still an error (malformed ids, dates,
   * language tags, control characters, duplicate ids), but what is merely unfinished is not:
   * blank texts and empty sections are {@code INFO}; a recommendation without objectives,
   * dangling figure or reference ids and malformed URLs are {@code WARNING}.
   */
  DRAFT,

  /**
   * Everything a published stakeholder input needs: the default of {@link GcmValidator}. A
   * document with no problem of severity {@code ERROR} under this profile is fit to publish.
   */
  PUBLICATION
}
