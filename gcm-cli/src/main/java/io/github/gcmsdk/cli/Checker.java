package io.github.gcmsdk.cli;

import io.github.gcmsdk.cli.Options.ProfileName;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.validation.GcmValidator;
import io.github.gcmsdk.validation.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

  private final GcmJson json;
  private final GcmValidator validator;

  private Checker(GcmJson json, GcmValidator validator) {
    this.json = json;
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
    return new Checker(json, validator);
  }

  /**
   * Checks every document of a file.
   *
   * @throws IOException if the file cannot be read
   */
  FileResult check(InputFiles.Input input) throws IOException {
    List<FileResult.Entry> entries = new ArrayList<>();
    Reading.Layout layout = Reading.layout(input);
    try {
      if (layout == Reading.Layout.DOCUMENT) {
        for (Problem problem : validator.validate(input.path()).getProblems()) {
          entries.add(new FileResult.Entry(problem, OptionalInt.empty()));
        }
      } else {
        try (InputStream in = Files.newInputStream(input.path());
            Stream<ReadResult<StakeholderInput>> records = Reading.collection(json, layout, in)) {
          addAll(records, entries);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new FileResult(input, entries);
  }

  private void addAll(Stream<ReadResult<StakeholderInput>> records, List<FileResult.Entry> entries) {
    Iterator<ReadResult<StakeholderInput>> i = records.iterator();
    while (i.hasNext()) {
      ReadResult<StakeholderInput> result = i.next();
      for (Problem problem : validator.validate(result).getProblems()) {
        entries.add(new FileResult.Entry(problem, result.getIndex()));
      }
    }
  }
}
