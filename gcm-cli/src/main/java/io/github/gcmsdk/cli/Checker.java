package io.github.gcmsdk.cli;

import io.github.gcmsdk.cli.Options.ProfileName;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.validation.DocumentReport;
import io.github.gcmsdk.validation.GcmValidator;
import io.github.gcmsdk.validation.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Reads and validates the documents of one file: a single document, a JSON array of documents, or
 * JSON Lines (one document per line); collections are read lazily, and no file is read whole into
 * memory (see {@link Reading}). Reading and validation problems come together,
 * each located in the file, sorted by line and column within each document.
 */
final class Checker {

  private final GcmValidator validator;

  private Checker(GcmValidator validator) {
    this.validator = validator;
  }

  /** Builds the reader and the validator. */
  static Checker create(boolean strict, ProfileName profile, Locale locale) {
    GcmJson json = GcmJson.builder().strict(strict).locale(locale).build();
    GcmValidator validator = GcmValidator.builder()
        .profile(profile == ProfileName.DRAFT ? Profile.DRAFT : Profile.PUBLICATION)
        .locale(locale)
        .json(json)
        .build();
    return new Checker(validator);
  }

  /**
   * Checks every document of a file: a collection through {@link
   * GcmValidator#validateCollection}, as a library user does, a single document through {@link
   * GcmValidator#validate(java.nio.file.Path)}, streaming both.
   *
   * @throws IOException if the file cannot be read
   */
  FileResult check(InputFiles.Input input) throws IOException {
    List<FileResult.Entry> entries = new ArrayList<>();
    OptionalInt documents = OptionalInt.empty();
    Reading.Layout layout = Reading.layout(input);
    try {
      if (layout == Reading.Layout.DOCUMENT) {
        for (Problem problem : validator.validate(input.path()).getProblems()) {
          entries.add(new FileResult.Entry(problem, OptionalInt.empty()));
        }
      } else {
        // gcm-io tells JSON Lines from an array as Reading.layout does: by name, then first byte.
        try (Stream<DocumentReport> reports = validator.validateCollection(input.path())) {
          documents = OptionalInt.of(addAll(reports, entries));
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new FileResult(input, entries, documents);
  }

  /** Adds the problems of every document; returns the number of documents. */
  private static int addAll(Stream<DocumentReport> reports, List<FileResult.Entry> entries) {
    Iterator<DocumentReport> i = reports.iterator();
    int documents = 0;
    while (i.hasNext()) {
      documents++;
      DocumentReport report = i.next();
      for (Problem problem : report.getReport().getProblems()) {
        entries.add(new FileResult.Entry(problem, OptionalInt.of(report.getIndex())));
      }
    }
    return documents;
  }
}
