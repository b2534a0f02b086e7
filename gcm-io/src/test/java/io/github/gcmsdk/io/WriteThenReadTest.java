package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.Figure;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.model.json.JsonValue;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Gen;
import io.github.gcmsdk.testkit.Properties;
import io.github.gcmsdk.testkit.Source;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The writer never writes what the reader would reject: whatever it writes reads back without a
 * problem and equal, and what no reader could read back it refuses instead of writing.
 */
class WriteThenReadTest {

  private final GcmJson json = GcmJson.standard();

  private static final String HEAD =
      "{\"formatVersion\": \"2.0\", \"id\": \"d1\", \"title\": \"T\", \"language\": \"en\"";

  /** Reads a document that must have no problem at all. */
  private StakeholderInput readClean(String text) {
    ReadResult<StakeholderInput> result = json.readJson(text);
    assertTrue(result.getReport().getProblems().isEmpty(),
        () -> result.getReport().getProblems() + " reading\n" + text);
    return result.getDocument().orElseThrow();
  }

  @Test
  void aHugeExponentReadIsWrittenSoThatItReadsBack() {
    StakeholderInput document = readClean(HEAD + ", \"x-n\": 10e2147483647}");
    String written = json.write(document);
    assertEquals(document, readClean(written));
    assertTrue(written.contains("\"x-n\": 10E2147483647"), written);
  }

  @Test
  void negativeZeroIsKeptInExtensionData() {
    StakeholderInput document = readClean(HEAD
        + ", \"x-n\": -0, \"x-m\": -0.0, \"x-e\": -0e5, \"x-z\": 0, \"x-list\": [-0, 0]}");
    String written = json.write(document);
    assertTrue(written.contains("\"x-n\": -0,"), written);
    assertTrue(written.contains("\"x-m\": -0.0,"), written);
    assertTrue(written.contains("\"x-e\": -0E+5,"), written);
    assertTrue(written.contains("\"x-z\": 0,"), written);
    StakeholderInput again = readClean(written);
    assertEquals(document, again);
    assertEquals(document, json.read(written.getBytes(StandardCharsets.UTF_8)).getDocument()
        .orElseThrow(), "read from bytes");
    assertEquals(json.write(again), written, "a fixed point");
    assertTrue(!document.getExtensions().get("x-n").equals(document.getExtensions().get("x-z")),
        "-0 and 0 are different JSON numbers");
  }

  @Test
  void theFormatVersionAFileClaimsIsWrittenBack() {
    ReadResult<StakeholderInput> result = json.readJson(HEAD.replace("2.0", "2.3") + "}");
    assertEquals(List.of("GCM-J032"), result.getReport().getProblems().stream()
        .map(p -> p.getCode()).toList());
    String written = json.write(result.getDocument().orElseThrow());
    assertTrue(written.startsWith("{\n  \"formatVersion\": \"2.3\",\n"), written);
    assertEquals(result.getDocument(), json.readJson(written).getDocument());
    assertTrue(json.write(readClean(HEAD + "}")).startsWith("{\n  \"formatVersion\": \"2.0\""));
  }

  @Test
  void aDocumentBuiltInJavaClaimsTheVersionTheWriterImplements() {
    StakeholderInput document = StakeholderInput.builder().id("d").title("t").language("en")
        .build();
    assertTrue(json.write(document).startsWith("{\n  \"formatVersion\": \"2.0\","));
  }

  @Test
  void theWriterRefusesAVersionNoReaderOfThisMajorVersionReads() {
    for (String version : List.of("3.0", "1", "2.00", "v1", "")) {
      StakeholderInput document = StakeholderInput.builder().formatVersion(version).id("d")
          .title("t").language("en").build();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> json.write(document), version);
      assertTrue(e.getMessage().contains("formatVersion"), e.getMessage());
    }
  }

  @Test
  void theWriterRefusesNumbersNoReaderCouldReadBack() {
    BigDecimal beyondExponents = BigDecimal.valueOf(1, Integer.MIN_VALUE);
    BigDecimal beyondLength = new BigDecimal(new BigInteger("9".repeat(101)));
    for (BigDecimal number : List.of(beyondExponents, beyondLength)) {
      StakeholderInput document = StakeholderInput.builder().id("d").title("t").language("en")
          .putExtension("x-n", JsonValue.of(number)).build();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> json.write(document));
      assertTrue(e.getMessage().contains("number"), e.getMessage());
    }
    // A reader with a higher limit writes what it reads.
    GcmJson lenient = GcmJson.builder()
        .limits(ReadLimits.defaults().withMaxNumberLength(200)).build();
    StakeholderInput document = StakeholderInput.builder().id("d").title("t").language("en")
        .putExtension("x-n", JsonValue.of(beyondLength)).build();
    assertEquals(document, lenient.readJson(lenient.write(document)).getDocument().orElseThrow());
  }

  /** Numbers at the edges: exponents near the ends of the int range, many digits, zeros. */
  static final Gen<BigDecimal> EDGE_NUMBERS = source -> {
    BigInteger unscaled = switch (source.nextInt(5)) {
      case 0 -> BigInteger.valueOf(source.between(0, 99));
      case 1 -> BigInteger.ZERO;
      case 2 -> new BigInteger(digits(source, source.between(80, 100)));
      case 3 -> BigInteger.TEN.pow(source.between(1, 90));
      default -> BigInteger.valueOf(source.nextLong());
    };
    if (source.chance(0.3)) {
      unscaled = unscaled.negate();
    }
    int k = source.between(0, 200);
    int scale = switch (source.nextInt(5)) {
      case 0 -> Integer.MAX_VALUE - k;
      case 1 -> -Integer.MAX_VALUE + k;
      case 2 -> source.between(-30, 30);
      case 3 -> Integer.MIN_VALUE + k;
      default -> source.chance(0.5) ? Integer.MAX_VALUE : Integer.MIN_VALUE;
    };
    return new BigDecimal(unscaled, scale);
  };

  private static String digits(Source source, int count) {
    StringBuilder digits = new StringBuilder().append((char) ('1' + source.nextInt(9)));
    for (int i = 1; i < count; i++) {
      digits.append((char) ('0' + source.nextInt(10)));
    }
    return digits.toString();
  }

  @Test
  void anyDocumentWithNumbersAtTheEdgesIsWrittenSoThatItReadsBackEqualOrIsRefused() {
    int[] written = new int[2];
    Gen<StakeholderInput> documents = source -> {
      StakeholderInput document = GcmGenerators.anyDocuments(true).next(source);
      BigDecimal number = EDGE_NUMBERS.next(source);
      StakeholderInput.Builder builder = StakeholderInput.builder().from(document);
      if (source.chance(0.5)) {
        builder.putExtension("x-edge", source.chance(0.2) && number.signum() == 0
            ? JsonValue.negativeZero(number.scale()) : JsonValue.of(number));
      } else {
        builder.addFigure(Figure.builder().id("edge").value(number).unit("u").description("d")
            .build());
      }
      if (source.chance(0.3)) {
        builder.formatVersion("2." + source.between(0, 12));
      }
      return builder.build();
    };
    Properties.forAll(documents, 150, 7L, document -> {
      String text;
      try {
        text = json.write(document);
      } catch (IllegalArgumentException e) {
        assertTrue(e.getMessage().contains("number"), e.getMessage());
        written[1]++;
        return;
      }
      ReadResult<StakeholderInput> result = json.readJson(text);
      // a newer minor version, and partners' own codes of the open vocabularies
      assertTrue(result.getReport().getProblems().stream()
              .allMatch(p -> p.getCode().equals("GCM-J032") || p.getCode().equals("GCM-J023")
                  || p.getCode().equals("GCM-J024")),
          () -> result.getReport().getProblems() + "\n" + text);
      assertEquals(document, result.getDocument().orElseThrow());
      written[0]++;
    });
    assertTrue(written[0] > 70 && written[1] > 5, written[0] + " written, " + written[1]
        + " refused");
  }

  /** JSON number texts of any shape up to the default length limit, many near its edge. */
  static final Gen<String> NUMBER_TEXTS = source -> {
    StringBuilder text = new StringBuilder();
    if (source.chance(0.3)) {
      text.append('-');
    }
    int length = source.chance(0.5) ? source.between(90, 100) : source.between(1, 100);
    int intDigits = source.between(1, Math.max(1, length - 2));
    text.append(source.chance(0.2) ? "0" : digits(source, intDigits));
    if (source.chance(0.6) && text.length() < length - 1) {
      // any digits, leading and trailing zeros included
      String fraction = digits(source, source.between(1, length - text.length()));
      text.append('.').append(source.chance(0.3) ? "0".repeat(fraction.length())
          : source.chance(0.5) ? fraction.substring(1) + "0" : "0" + fraction.substring(1));
    }
    if (source.chance(0.6)) {
      text.append(source.chance(0.5) ? 'e' : 'E');
      text.append(source.pick(List.of("", "+", "-")));
      long exponent = switch (source.nextInt(3)) {
        case 0 -> source.between(0, 400);
        case 1 -> Integer.MAX_VALUE - source.between(0, 200);
        default -> 2147483648L + source.between(0, 3) - 200 * source.nextInt(2);
      };
      text.append(exponent);
    }
    return text.toString();
  };

  @Test
  void anyNumberTheReaderAcceptsIsWrittenSoThatItReadsBackEqual() {
    int[] counts = new int[2];
    Properties.forAll(NUMBER_TEXTS, 1500, 43L, number -> {
      for (String text : List.of(HEAD + ", \"x-n\": " + number + "}", HEAD + ", \"figures\":"
          + " [{\"id\": \"f\", \"value\": " + number + ", \"unit\": \"u\","
          + " \"description\": \"d\"}]}")) {
        ReadResult<StakeholderInput> read = json.readJson(text);
        if (!read.getReport().getProblems().isEmpty()) {
          counts[1]++; // over a limit: the reader rejects it, nothing to write
          continue;
        }
        StakeholderInput document = read.getDocument().orElseThrow();
        String written = json.write(document);
        assertEquals(document, readClean(written), number);
        counts[0]++;
      }
    });
    assertTrue(counts[0] > 1500 && counts[1] > 50, counts[0] + " read and written back, "
        + counts[1] + " rejected by the reader");
  }
}
