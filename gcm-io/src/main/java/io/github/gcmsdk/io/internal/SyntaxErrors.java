package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.io.ReadProblem;
import io.github.gcmsdk.problem.Excerpt;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the parse failures of Jackson (2 or 3, whose messages are the same) into located problems
 * with messages of our own, in the reader's language. Jackson's message is only classified, never
 * shown: it may quote the input.
 */
final class SyntaxErrors {

  // Jackson names the character "('}' (code 125))", or a control character "((CTRL-CHAR, code 27))".
  private static final Pattern CODE = Pattern.compile("[(,] ?code (\\d+)\\)");
  private static final Pattern TOKEN = Pattern.compile("token '([^']*)'");

  private SyntaxErrors() {}

  /**
   * Reports a parse failure: a limit of Jackson's (the backstop behind gcm-io's own), the end of
   * the input, or a syntax error.
   */
  static void report(ParseFailure failure, TokenSource parser, ProblemSink sink, String pointer,
      boolean jsonLine, boolean afterRoot, SourceReader source, Binder binder,
      ReadSettings settings) {
    if (failure.kind() == ParseFailure.Kind.LIMIT) {
      reportLimit(failure, parser, sink, pointer, settings);
    } else {
      reportSyntax(failure, parser, sink, pointer, jsonLine, afterRoot, source, binder);
    }
  }

  private static void reportLimit(ParseFailure e, TokenSource parser, ProblemSink sink,
      String pointer, ReadSettings settings) {
    String message = e.getMessage();
    long position = position(e, parser);
    if (message.contains("nesting depth")) {
      if (sink.has(ReadProblem.NESTING_TOO_DEEP)) {
        return; // the backstop behind a nesting already reported: one problem, not two
      }
      sink.report(ReadProblem.NESTING_TOO_DEEP, pointer, position, "msg.limit.depth",
          Map.of("limit", Integer.toString(settings.maxNestingDepth())));
    } else if (message.contains("String value length")) {
      sink.report(ReadProblem.STRING_TOO_LONG, pointer, position, "msg.limit.string",
          Map.of("limit", Integer.toString(settings.maxStringLength())));
    } else if (message.contains("Number value length")) {
      sink.report(ReadProblem.NUMBER_TOO_LONG, pointer, position, "msg.limit.number",
          Map.of("limit", Integer.toString(settings.maxNumberLength())));
    } else if (message.contains("Name length")) {
      sink.report(ReadProblem.NAME_TOO_LONG, pointer, position, "msg.limit.name",
          Map.of("limit", Integer.toString(settings.maxNameLength())));
    } else {
      sink.report(ReadProblem.DOCUMENT_TOO_LARGE, pointer, position, "msg.limit.document.chars",
          Map.of("limit", Long.toString(settings.maxDocumentSize())));
    }
  }

  /**
   * Reports a syntax error.
   *
   * @param e the exception
   * @param parser the parser, for a location when the exception has none
   * @param sink the sink
   * @param pointer the pointer of the value being read
   * @param jsonLine whether the text is one record of JSON Lines
   * @param afterRoot whether the document was read whole before the error
   * @param source the parser's characters, to find where a bad value starts; may be null
   * @param binder the binder of the document the error is in, for the pointer of a bad value;
   *     null between the documents of a collection
   */
  private static void reportSyntax(ParseFailure e, TokenSource parser, ProblemSink sink,
      String pointer, boolean jsonLine, boolean afterRoot, SourceReader source, Binder binder) {
    long position = position(e, parser);
    if (afterRoot) {
      // Where the content starts: the parser gives up on a word or number at a point that differs
      // between Jackson versions, but has already placed the token it was reading.
      long start = parser.tokenPosition();
      position = Positions.isKnown(start) ? start : position;
      sink.report(ReadProblem.SYNTAX_ERROR, "", position,
          jsonLine ? "msg.syntax.trailingLine" : "msg.syntax.trailing");
      return;
    }
    String message = e.getMessage();
    boolean endOfInput = e.kind() == ParseFailure.Kind.END_OF_INPUT;
    Matcher codeMatcher = CODE.matcher(message);
    int code = codeMatcher.find() ? Integer.parseInt(codeMatcher.group(1)) : -1;
    String shown = code >= 0 ? Excerpt.ofCodePoint(code) : "";
    String key;
    String arg = shown;
    if (endOfInput) {
      key = jsonLine ? "msg.syntax.eofLine" : "msg.syntax.eof";
    } else if (message.contains("surrogate")) {
      key = "msg.syntax.surrogate";
      if (message.equals(ParseFailure.LONE_SURROGATE_IN_NAME)) {
        position = afterLoneSurrogate(parser, source, position);
      }
    } else if (message.contains("comment")) {
      key = "msg.syntax.comment";
    } else if (message.startsWith("Non-standard token")) {
      key = "msg.syntax.nonFinite";
      arg = token(message);
    } else if (message.contains("double-quote to start")) { // field name (2), property name (3)
      key = code == '}' ? "msg.syntax.trailingComma"
          : code == '\'' ? "msg.syntax.singleQuote" : "msg.syntax.unquotedName";
    } else if (message.contains("expected a valid value")) {
      key = code == ']' ? "msg.syntax.trailingComma"
          : code == '\'' ? "msg.syntax.singleQuote" : "msg.syntax.unexpected";
    } else if (message.startsWith("Unrecognized token")) {
      arg = token(message);
      key = arg.startsWith("'") ? "msg.syntax.singleQuote" : "msg.syntax.word";
    } else if (message.contains("Illegal unquoted character")
        || message.contains("Illegal character")) {
      key = message.contains("unquoted") ? "msg.syntax.controlChar" : "msg.syntax.controlOutside";
      if (key.equals("msg.syntax.controlOutside")) {
        position = atTheCharacter(e, code, source, position);
      }
      arg = String.format(Locale.ROOT, "U+%04X", Math.max(code, 0));
    } else if (message.contains("character escape")) {
      key = "msg.syntax.escape";
    } else if (message.contains("expecting a colon")) {
      key = "msg.syntax.colon";
    } else if (message.contains("expecting comma")) {
      key = "msg.syntax.comma";
    } else if (message.contains("close marker")) {
      key = "msg.syntax.close";
      Matcher marker = Pattern.compile("marker '(.)'").matcher(message);
      arg = marker.find() ? Excerpt.of(marker.group(1)) : shown;
    } else if (message.contains("numeric value") || message.contains("Leading zero")) {
      key = "msg.syntax.number";
    } else if (code >= 0) {
      key = "msg.syntax.unexpected";
    } else {
      key = "msg.syntax.other";
    }
    String at = pointer;
    if (!endOfInput && isBadValue(message)) {
      // A value that is not JSON (NaN, +1, 01, 'a', ...): located where it starts, not where the
      // parser gave up on it, with its own pointer.
      long start = valueStart(e, parser, source);
      position = Positions.isKnown(start) ? start : position;
      at = binder != null ? binder.valuePointer(pointer) : pointer;
    }
    sink.report(ReadProblem.SYNTAX_ERROR, at, position, key, Map.of("found", arg));
  }

  /** Whether the parser's message is about a value that is not JSON, not what is around it. */
  private static boolean isBadValue(String message) {
    return message.startsWith("Non-standard token")
        || message.startsWith("Unrecognized token")
        || message.contains("expected a valid value")
        || message.contains("in numeric value")
        || message.contains("Leading zero")
        || message.startsWith("Invalid numeric value");
  }

  /**
   * Where the value the parser failed on starts. The parser records it as its token's location,
   * except for the value of a member, which it reads with the member's name and locates at the
   * name: that value starts after the last separator (white space or the colon) before the error.
   */
  private static long valueStart(ParseFailure error, TokenSource parser, SourceReader source) {
    if (!parser.engineOnName()) {
      return parser.tokenPosition();
    }
    if (source == null || error.charOffset() < 0 || !Positions.isKnown(error.position())) {
      return Positions.UNKNOWN;
    }
    long nameStart = parser.tokenCharOffset();
    long offset = error.charOffset();
    int back = 0;
    while (true) {
      long before = offset - 1 - back;
      int c = before <= nameStart ? -1 : source.recentChar(before);
      if (c < 0) {
        return Positions.UNKNOWN; // the value began before the characters at hand
      }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':') {
        break;
      }
      back++;
    }
    return Positions.of(Positions.line(error.position()),
        Positions.column(error.position()) - back);
  }

  /**
   * Where a character Jackson stopped on is: Jackson 2 places the error just after it, Jackson 3
   * at it. The character before the error's offset tells which: it cannot be the same illegal
   * character unless the error is placed after it, since the parser would have stopped there.
   */
  private static long atTheCharacter(ParseFailure error, int code, SourceReader source,
      long position) {
    long offset = error.charOffset();
    if (source == null || code < 0 || offset < 1 || !Positions.isKnown(position)
        || Positions.column(position) < 2 || source.recentChar(offset - 1) != code) {
      return position;
    }
    return Positions.of(Positions.line(position), Positions.column(position) - 1);
  }

  /**
   * Where Jackson 2, parsing a member name with half of a surrogate pair, stops on it, for an
   * engine that finds it only once the name is read: after a low half's escape; after the escape
   * that follows a high half, or at the character that does. Found in the name's characters, from
   * its opening quote (the parser is on the name); a name is on one line.
   */
  private static long afterLoneSurrogate(TokenSource parser, SourceReader source, long position) {
    long start = parser.tokenCharOffset();
    long quote = parser.tokenPosition();
    if (source == null || start < 0 || !Positions.isKnown(quote)
        || source.recentChar(start) != '"') {
      return position;
    }
    long offset = start + 1;
    long pendingHigh = -1; // the end of a high half's escape, until its low half follows
    while (true) {
      int c = source.recentChar(offset);
      if (c < 0 || c == '"') {
        break;
      }
      int unit = c;
      long next = offset + 1;
      if (c == '\\') {
        int escaped = source.recentChar(offset + 1);
        if (escaped == 'u') {
          unit = 0;
          for (int i = 2; i < 6; i++) {
            int digit = Character.digit(source.recentChar(offset + i), 16);
            if (digit < 0) {
              return position;
            }
            unit = unit * 16 + digit;
          }
          next = offset + 6;
        } else {
          unit = escaped;
          next = offset + 2;
        }
      }
      if (pendingHigh >= 0 && !Character.isLowSurrogate((char) unit)) {
        // a high half without its low half: Jackson stops after the escape that follows it, or
        // at the character that does
        pendingHigh = c == '\\' ? next : offset;
        break;
      }
      if (Character.isHighSurrogate((char) unit) && pendingHigh < 0) {
        pendingHigh = next;
      } else if (Character.isLowSurrogate((char) unit) && pendingHigh < 0) {
        return Positions.of(Positions.line(quote), Positions.column(quote) + (int) (next - start));
      } else {
        pendingHigh = -1;
      }
      offset = next;
    }
    return pendingHigh < 0 ? position
        : Positions.of(Positions.line(quote), Positions.column(quote) + (int) (pendingHigh - start));
  }

  private static String token(String message) {
    Matcher matcher = TOKEN.matcher(message);
    return matcher.find() ? Excerpt.of(matcher.group(1)) : "";
  }

  private static long position(ParseFailure failure, TokenSource parser) {
    long position = failure.position();
    return Positions.isKnown(position) ? position : parser.currentPosition();
  }
}
