package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.catalog.Attendance;
import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.EventKind;
import io.github.gcmsdk.catalog.GuidingPrinciple;
import io.github.gcmsdk.catalog.MigrationReviewForum;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.RegionalCommission;
import io.github.gcmsdk.catalog.RegionalReview;
import io.github.gcmsdk.catalog.RoundTable;
import io.github.gcmsdk.catalog.StakeholderGroup;
import io.github.gcmsdk.catalog.SubRegion;
import io.github.gcmsdk.catalog.Theme;
import io.github.gcmsdk.model.AdoptionKind;
import io.github.gcmsdk.model.DocumentKind;
import io.github.gcmsdk.model.Extensible;
import io.github.gcmsdk.model.FigureQualifier;
import io.github.gcmsdk.model.FindingKind;
import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.ReferenceKind;
import io.github.gcmsdk.model.ReviewProcess;
import io.github.gcmsdk.model.ReviewRelation;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.model.json.JsonValue;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a databind module (Jackson 2's {@code GcmJacksonModule}, Jackson 3's in gcm-io-jackson3)
 * plugs into a mapper: the types it serializes and deserializes, each with its codec, and the
 * reading of one value from the mapper's parser with the same binder as {@code GcmJson}.
 */
public final class MapperBinding {

  /**
   * A type and its codec.
   *
   * @param <V> the type
   * @param type the class
   * @param codec the codec
   */
  public record Entry<V>(Class<V> type, Codec<V> codec) {}

  /**
   * A value read, or the problems that keep it from being read.
   *
   * @param <V> the type
   * @param value the value, or null if there are errors
   * @param problems every problem of the value, errors first, or empty if it has no error
   */
  public record Result<V>(V value, List<Problem> problems) {
    /**
     * Tells whether the value has errors.
     *
     * @return whether {@link #problems()} holds any
     */
    public boolean hasErrors() {
      return !problems.isEmpty();
    }
  }

  private MapperBinding() {}

  /**
   * Returns the message of a mapper's exception for a value's first error: its code, message and
   * pointer, as {@code GcmMappingException} and {@code GcmDatabindException} give it.
   *
   * @param problem the error
   * @return the message
   */
  public static String exceptionMessage(Problem problem) {
    String pointer = problem.getLocation().getPointer();
    return problem.getCode() + ": " + problem.getMessage() + " (at "
        + (pointer.isEmpty() ? "(document)" : pointer) + ")";
  }

  /**
   * Returns every type a module registers: the model's objects, the catalogues, {@link
   * PartialDate} and {@link JsonValue}.
   *
   * @return the entries
   */
  public static List<Entry<?>> entries() {
    List<Entry<?>> entries = new ArrayList<>();
    for (TypeSpec<?, ?> type : Format.types()) {
      entries.add(objectEntry(type));
    }
    entries.add(new Entry<>(Objective.class, Format.OBJECTIVE));
    entries.add(new Entry<>(GuidingPrinciple.class, Format.PRINCIPLE));
    entries.add(new Entry<>(StakeholderGroup.class, Format.GROUP));
    entries.add(new Entry<>(SubRegion.class, Format.SUB_REGION));
    entries.add(new Entry<>(Theme.class, Format.THEME));
    entries.add(new Entry<>(RegionalCommission.class, Format.COMMISSION));
    entries.add(new Entry<>(RegionalReview.class, Format.REGIONAL_REVIEW));
    entries.add(new Entry<>(Country.class, Format.COUNTRY));
    entries.add(new Entry<>(ReviewProcess.class, Format.PROCESS));
    entries.add(new Entry<>(FindingKind.class, Format.FINDING_KIND));
    entries.add(new Entry<>(FigureQualifier.class, Format.QUALIFIER));
    entries.add(new Entry<>(ReferenceKind.class, Format.REFERENCE_KIND));
    entries.add(new Entry<>(DocumentKind.class, Format.DOCUMENT_KIND));
    entries.add(new Entry<>(AdoptionKind.class, Format.ADOPTION_KIND));
    entries.add(new Entry<>(ReviewRelation.class, Format.RELATION));
    entries.add(new Entry<>(EventKind.class, Format.EVENT_KIND));
    entries.add(new Entry<>(Attendance.class, Format.ATTENDANCE));
    entries.add(new Entry<>(RoundTable.class, Format.ROUND_TABLE));
    entries.add(new Entry<>(MigrationReviewForum.class, Format.FORUM));
    entries.add(new Entry<>(PartialDate.class, Codecs.PARTIAL_DATE));
    entries.add(new Entry<>(JsonValue.class, Codecs.JSON));
    return List.copyOf(entries);
  }

  private static <T extends Extensible> Entry<T> objectEntry(TypeSpec<T, ?> type) {
    return new Entry<>(type.type(), Codecs.object(() -> type));
  }

  /**
   * Reads one value from a mapper's parser, which is on the value's first token (or on the member
   * name before it). A syntax error met inside the value is the value's last problem: the parser
   * cannot go on after it. A 1.x document is upgraded as {@code GcmJson} upgrades it.
   *
   * @param <V> the type
   * @param codec the codec
   * @param tokens the mapper's parser
   * @param settings the settings: strict ones make unknown properties errors
   * @return the value, or its problems
   * @throws IOException a failure that is not one of the input (the underlying stream's)
   */
  public static <V> Result<V> read(Codec<V> codec, TokenSource tokens, ReadSettings settings)
      throws IOException {
    ProblemSink sink = settings.newSink(0);
    Binder binder = new Binder(tokens, settings, sink, LocationIndex.NONE, null);
    Token token = tokens.currentToken();
    int depth = tokens.depth();
    if (token == Token.START_OBJECT || token == Token.START_ARRAY || token == Token.NAME) {
      depth--;
    }
    V value = null;
    try {
      value = binder.readRoot(codec);
    } catch (StopBinding stop) {
      binder.skipRest(depth);
    } catch (IOException e) {
      ParseFailure failure = settings.engine().parseFailure(e);
      if (failure == null) {
        throw e;
      }
      SyntaxErrors.report(failure, tokens, sink, binder.at(), false, false, null, binder,
          settings);
    }
    if (sink.hasError()) {
      List<Problem> problems = new ArrayList<>(sink.sorted());
      // stable: errors first, each group in document order
      problems.sort(Comparator.comparing(p -> p.getSeverity() != Severity.ERROR));
      return new Result<>(null, List.copyOf(problems));
    }
    if (value instanceof StakeholderInput document) {
      // a 1.x document is upgraded as GcmJson upgrades it (its report is GcmJson's only)
      Optional<Migration.Upgraded> upgraded = Migration.upgrade(document);
      if (upgraded.isPresent()) {
        @SuppressWarnings("unchecked") // V is StakeholderInput: value is one
        V upgradedValue = (V) upgraded.get().document();
        return new Result<>(upgradedValue, List.of());
      }
    }
    return new Result<>(value, List.of());
  }
}
