package io.github.gcmsdk.cli;

import io.github.gcmsdk.cli.Options.ProfileName;
import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Report;
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
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads and validates the documents of one file: a single document, a JSON array of documents, or
 * JSON Lines (one document per line); collections are read lazily, and no file is read whole into
 * memory (see {@link Reading}). Reading and validation problems come together,
 * each located in the file, sorted by line and column within each document.
 */
final class Checker {

  private final GcmValidator validator;
  private final GcmJson json;

  private Checker(GcmValidator validator, GcmJson json) {
    this.validator = validator;
    this.json = json;
  }

  /** The validator. */
  GcmValidator validator() {
    return validator;
  }

  /** The reader, with the settings of the validator's. */
  GcmJson json() {
    return json;
  }

  /** Builds the reader and the validator. */
  static Checker create(boolean strict, ProfileName profile, Locale locale) {
    GcmJson json = GcmJson.builder().strict(strict).locale(locale).build();
    GcmValidator validator = GcmValidator.builder()
        .profile(profile == ProfileName.DRAFT ? Profile.DRAFT : Profile.PUBLICATION)
        .locale(locale)
        .json(json)
        .build();
    return new Checker(validator, json);
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
        Report report = input.bytes().isPresent() ? validator.validate(input.bytes().get())
            : validator.validate(input.path());
        for (Problem problem : report.getProblems()) {
          entries.add(new FileResult.Entry(problem, OptionalInt.empty()));
        }
      } else if (input.bytes().isPresent()) {
        try (Stream<DocumentReport> reports = validator.validateCollection(input.open(),
            layout == Reading.Layout.JSON_LINES ? CollectionFormat.JSON_LINES
                : CollectionFormat.JSON_ARRAY)) {
          documents = OptionalInt.of(addAll(reports, entries));
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

  /**
   * Checks every document of a file as {@link #check} does, and hands each to {@code
   * acceptance}: the accepted ones in canonical form, the others as they were read. The
   * documents are read with gcm-io and validated one by one ({@link
   * GcmValidator#validate(ReadResult)}, which is what {@code validateCollection} does for each),
   * since the documents themselves are needed.
   *
   * @param warnings receives what the reader should know about a rejected document's bytes
   * @throws IOException if the file cannot be read, or an output cannot be written
   */
  FileResult sort(InputFiles.Input input, Acceptance acceptance, Consumer<String> warnings)
      throws IOException {
    return sort(input, acceptance, warnings, result -> { });
  }

  /**
   * As {@link #sort(InputFiles.Input, Acceptance, Consumer)}, and hands every document read to
   * {@code each} too (to count it, as {@code gcm serve} does for its coverage summary).
   */
  FileResult sort(InputFiles.Input input, Acceptance acceptance, Consumer<String> warnings,
      Consumer<ReadResult<StakeholderInput>> each) throws IOException {
    List<FileResult.Entry> entries = new ArrayList<>();
    int documents = 0;
    try (Reading.Documents read = Reading.open(json, input);
        Acceptance.Raw raw = acceptance.raw(input, read.layout(), warnings)) {
      boolean collection = read.layout() != Reading.Layout.DOCUMENT;
      Iterator<ReadResult<StakeholderInput>> i = read.results().iterator();
      while (i.hasNext()) {
        ReadResult<StakeholderInput> result = i.next();
        Report report = validator.validate(result);
        for (Problem problem : report.getProblems()) {
          entries.add(new FileResult.Entry(problem,
              collection ? OptionalInt.of(documents) : OptionalInt.empty()));
        }
        acceptance.sort(result, report.isValid(), raw);
        each.accept(result);
        documents++;
      }
      if (acceptance.finish(raw)) {
        warnings.accept("reading stopped early; the rest of the file is one rejected record");
      }
      return new FileResult(input, entries,
          collection ? OptionalInt.of(documents) : OptionalInt.empty());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
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
