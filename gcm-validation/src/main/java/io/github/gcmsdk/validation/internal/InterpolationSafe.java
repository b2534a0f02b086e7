package io.github.gcmsdk.validation.internal;

import io.github.gcmsdk.problem.Excerpt;

/**
 * Excerpts of partner data for validation messages: {@link Excerpt#of(CharSequence)} with braces
 * escaped as well, because Hibernate Validator interpolates message parameters, and partner data
 * must never open an expression ({@code $}{@code {..}}, {@code #}{@code {..}}, {@code {..}}), nor
 * look as if it could to a tool that passes our messages on to an interpolator of its own.
 */
public final class InterpolationSafe {

  private InterpolationSafe() {}

  /**
   * Returns a bounded, escaped excerpt of untrusted text with braces escaped.
   *
   * @param text the text, not null
   * @return the excerpt
   */
  public static String excerpt(CharSequence text) {
    return Excerpt.of(text).replace("{", "\\u007B").replace("}", "\\u007D");
  }
}
