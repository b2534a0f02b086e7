package io.github.gcmsdk.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/** The few sentences of the command line itself, in the language of {@code --lang}. */
final class CliMessages {

  private static final String BUNDLE = "io.github.gcmsdk.cli.messages";

  private final ResourceBundle bundle;
  private final Locale locale;

  CliMessages(Locale locale) {
    this.locale = locale;
    // No fallback to the JVM's default locale: "--lang en" must give English on a French machine.
    this.bundle = ResourceBundle.getBundle(
        BUNDLE,
        locale,
        CliMessages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  String format(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /** The sentences whose keys start with {@code prefix}, as written, by key without prefix. */
  Map<String, String> withPrefix(String prefix) {
    Map<String, String> sentences = new TreeMap<>();
    for (String key : bundle.keySet()) {
      if (key.startsWith(prefix)) {
        sentences.put(key.substring(prefix.length()), bundle.getString(key));
      }
    }
    return sentences;
  }
}
