package io.github.gcmsdk.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
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
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Plugs the format's codecs into a Jackson {@link SimpleModule}: one serializer and one
 * deserializer per type, each calling the same binder and writer as {@code GcmJson}.
 */
public final class JacksonSupport {

  private JacksonSupport() {}

  /**
   * Registers the format's types with a module.
   *
   * @param module the module
   * @param settings the reading settings
   * @param error makes the exception for the problems of a value, the first error first
   */
  public static void register(SimpleModule module, ReadSettings settings,
      BiFunction<JsonParser, List<Problem>, JsonMappingException> error) {
    for (TypeSpec<?, ?> type : Format.types()) {
      registerType(module, type, settings, error);
    }
    add(module, Objective.class, Format.OBJECTIVE, settings, error);
    add(module, GuidingPrinciple.class, Format.PRINCIPLE, settings, error);
    add(module, StakeholderGroup.class, Format.GROUP, settings, error);
    add(module, SubRegion.class, Format.SUB_REGION, settings, error);
    add(module, Theme.class, Format.THEME, settings, error);
    add(module, RegionalCommission.class, Format.COMMISSION, settings, error);
    add(module, RegionalReview.class, Format.REGIONAL_REVIEW, settings, error);
    add(module, Country.class, Format.COUNTRY, settings, error);
    add(module, ReviewProcess.class, Format.PROCESS, settings, error);
    add(module, FindingKind.class, Format.FINDING_KIND, settings, error);
    add(module, FigureQualifier.class, Format.QUALIFIER, settings, error);
    add(module, ReferenceKind.class, Format.REFERENCE_KIND, settings, error);
    add(module, DocumentKind.class, Format.DOCUMENT_KIND, settings, error);
    add(module, AdoptionKind.class, Format.ADOPTION_KIND, settings, error);
    add(module, ReviewRelation.class, Format.RELATION, settings, error);
    add(module, EventKind.class, Format.EVENT_KIND, settings, error);
    add(module, Attendance.class, Format.ATTENDANCE, settings, error);
    add(module, RoundTable.class, Format.ROUND_TABLE, settings, error);
    add(module, MigrationReviewForum.class, Format.FORUM, settings, error);
    add(module, PartialDate.class, Codecs.PARTIAL_DATE, settings, error);
    add(module, JsonValue.class, Codecs.JSON, settings, error);
  }

  private static <T extends Extensible> void registerType(SimpleModule module,
      TypeSpec<T, ?> type, ReadSettings settings,
      BiFunction<JsonParser, List<Problem>, JsonMappingException> error) {
    add(module, type.type(), Codecs.object(() -> type), settings, error);
  }

  private static <V> void add(SimpleModule module, Class<V> type, Codec<V> codec,
      ReadSettings settings, BiFunction<JsonParser, List<Problem>, JsonMappingException> error) {
    module.addSerializer(type, new CodecSerializer<>(type, codec, settings));
    module.addDeserializer(type, new CodecDeserializer<>(type, codec, settings, error));
  }

  /** Writes a value with its codec. */
  private static final class CodecSerializer<V> extends StdSerializer<V> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<V> codec;
    private final transient ReadSettings settings;

    CodecSerializer(Class<V> type, Codec<V> codec, ReadSettings settings) {
      super(type);
      this.codec = codec;
      this.settings = settings;
    }

    @Override
    public void serialize(V value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      codec.write(CanonicalWriter.bounded(generator, settings), value);
    }
  }

  /**
   * Reads a value with its codec, and throws for the first error. Unknown properties are errors
   * when the settings are strict or the mapper has {@link
   * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} enabled (Jackson's default); a syntax
   * error met while reading the value is reported as the problem it is.
   */
  private static final class CodecDeserializer<V> extends StdDeserializer<V> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<V> codec;
    private final transient ReadSettings settings;
    private final transient ReadSettings strict;
    private final transient BiFunction<JsonParser, List<Problem>, JsonMappingException> error;

    CodecDeserializer(Class<V> type, Codec<V> codec, ReadSettings settings,
        BiFunction<JsonParser, List<Problem>, JsonMappingException> error) {
      super(type);
      this.codec = codec;
      this.settings = settings;
      this.strict = settings.strict() ? settings : new ReadSettings(true,
          settings.maxDocumentSize(), settings.maxNestingDepth(), settings.maxStringLength(),
          settings.maxNumberLength(), settings.maxNameLength(), settings.maxProblems(),
          settings.locale(), settings.factory());
      this.error = error;
    }

    @Override
    public V deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      ReadSettings read = context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          ? strict : settings;
      ProblemSink sink = read.newSink(0);
      Binder binder = new Binder(new Jackson2Tokens(parser), read, sink, LocationIndex.NONE, null);
      JsonToken token = parser.currentToken();
      int depth = parser.getParsingContext().getNestingDepth();
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY
          || token == JsonToken.FIELD_NAME) {
        depth--;
      }
      V value = null;
      try {
        value = binder.readRoot(codec);
      } catch (StopBinding stop) {
        binder.skipRest(depth);
      } catch (StreamConstraintsException e) {
        SyntaxErrors.report(e, parser, sink, binder.at(), read);
      } catch (JsonMappingException e) {
        throw e; // not the parser's: nothing of the mapper's is called while binding
      } catch (JsonProcessingException e) {
        // The parser cannot go on after a syntax error: the error is the value's last problem.
        SyntaxErrors.report(e, parser, sink, binder.at(), false, false, null, binder);
      }
      if (sink.hasError()) {
        List<Problem> problems = sink.sorted();
        List<Problem> ordered = problems.stream()
            .sorted((a, b) -> Boolean.compare(a.getSeverity() != Severity.ERROR,
                b.getSeverity() != Severity.ERROR))
            .collect(Collectors.toList());
        throw error.apply(parser, ordered);
      }
      if (value instanceof StakeholderInput document) {
        // a 1.x document is upgraded as GcmJson upgrades it (its report is GcmJson's only)
        Optional<Migration.Upgraded> upgraded = Migration.upgrade(document);
        if (upgraded.isPresent()) {
          @SuppressWarnings("unchecked") // V is StakeholderInput: value is one
          V upgradedValue = (V) upgraded.get().document();
          return upgradedValue;
        }
      }
      return value;
    }
  }
}
