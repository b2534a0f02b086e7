package io.github.gcmsdk.io.jackson3;

import io.github.gcmsdk.io.internal.CanonicalForm;
import io.github.gcmsdk.io.internal.MemberNames;
import io.github.gcmsdk.io.internal.ParseFailure;
import io.github.gcmsdk.io.internal.Token;
import io.github.gcmsdk.io.internal.TokenSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;

/**
 * The {@link TokenSource} of a Jackson 3 parser. Jackson 3 throws unchecked exceptions: each is
 * turned into the checked one the binder expects ({@link Jackson3Engine#checked}).
 */
final class Jackson3Tokens implements TokenSource {

  private static final Token[] TOKENS = new Token[JsonToken.values().length];
  // An array of the final class, not of the interface: one exact type check per member.
  private static final Function<String[], SerializedString[]> PREPARE = names -> {
    SerializedString[] prepared = new SerializedString[names.length];
    for (int i = 0; i < names.length; i++) {
      prepared[i] = new SerializedString(names[i]);
    }
    return prepared;
  };

  static {
    for (JsonToken token : JsonToken.values()) {
      TOKENS[token.ordinal()] = map(token);
    }
  }

  private final JsonParser parser;
  // Whether this Jackson keeps a lone surrogate escaped in a member name, which the others
  // refuse as a syntax error (Jackson 3.1 does): then this source refuses it alike.
  private final boolean checkNames;
  // The current token, mapped once per token (the binder asks for it several times per value).
  private Token current;

  /**
   * Reads through a parser; from now on, the parser moves through this source only.
   *
   * @param parser the parser, on any token
   */
  Jackson3Tokens(JsonParser parser) {
    this.parser = parser;
    this.checkNames = !Jackson3Engine.rejectsLoneSurrogateNames();
    this.current = of(parser.currentToken());
  }

  private static Token map(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return Token.START_OBJECT;
      case END_OBJECT:
        return Token.END_OBJECT;
      case START_ARRAY:
        return Token.START_ARRAY;
      case END_ARRAY:
        return Token.END_ARRAY;
      case PROPERTY_NAME:
        return Token.NAME;
      case VALUE_STRING:
        return Token.STRING;
      case VALUE_NUMBER_INT:
        return Token.INTEGER;
      case VALUE_NUMBER_FLOAT:
        return Token.DECIMAL;
      case VALUE_TRUE:
        return Token.TRUE;
      case VALUE_FALSE:
        return Token.FALSE;
      case VALUE_NULL:
        return Token.NULL;
      default:
        return Token.OTHER;
    }
  }

  private static Token of(JsonToken token) {
    return token == null ? null : TOKENS[token.ordinal()];
  }

  @Override
  public Token currentToken() {
    return current;
  }

  @Override
  public Token nextToken() throws IOException {
    try {
      current = of(parser.nextToken());
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
    if (checkNames && current == Token.NAME) {
      checkName();
    }
    return current;
  }

  /** Refuses a member name with half of a surrogate pair, as newer Jacksons do. */
  private void checkName() throws ParseFailure {
    if (CanonicalForm.holdsLoneSurrogate(parser.currentName())) {
      // placed after the name; the reader finds the half's escape in the name's characters
      TokenStreamLocation after = parser.currentLocation();
      throw new ParseFailure(ParseFailure.Kind.SYNTAX, ParseFailure.LONE_SURROGATE_IN_NAME,
          Jackson3Engine.position(after), after.getCharOffset(), null);
    }
  }

  @Override
  public Token nextMember(MemberNames names, int expected) throws IOException {
    SerializedString[] prepared = (SerializedString[]) names.prepared(PREPARE);
    if (expected < 0 || expected >= prepared.length) {
      return nextToken();
    }
    try {
      parser.nextName(prepared[expected]);
      current = of(parser.currentToken());
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
    if (checkNames && current == Token.NAME) {
      checkName();
    }
    return current;
  }

  @Override
  public boolean engineOnName() {
    return parser.currentToken() == JsonToken.PROPERTY_NAME;
  }

  @Override
  public String currentName() throws IOException {
    try {
      return parser.currentName();
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }

  @Override
  public String text() throws IOException {
    try {
      return parser.getString();
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }

  @Override
  public int textLength() throws IOException {
    try {
      return parser.getStringLength();
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }

  @Override
  public boolean minusSign() throws IOException {
    try {
      return parser.getStringLength() > 0
          && parser.getStringCharacters()[parser.getStringOffset()] == '-';
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }

  @Override
  public boolean fitsInt() throws IOException {
    try {
      return parser.getNumberType() == JsonParser.NumberType.INT;
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }

  @Override
  public int intValue() throws IOException {
    try {
      return parser.getIntValue();
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }

  @Override
  public BigDecimal decimalValue() throws IOException {
    try {
      return parser.getDecimalValue();
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }

  @Override
  public long tokenPosition() {
    return Jackson3Engine.position(parser.currentTokenLocation());
  }

  @Override
  public long tokenByteOffset() {
    return parser.currentTokenLocation().getByteOffset();
  }

  @Override
  public long tokenCharOffset() {
    return parser.currentTokenLocation().getCharOffset();
  }

  @Override
  public long currentPosition() {
    return Jackson3Engine.position(parser.currentLocation());
  }

  @Override
  public int depth() {
    return parser.streamReadContext().getNestingDepth();
  }

  @Override
  public boolean inObject() {
    return parser.streamReadContext().inObject();
  }

  @Override
  public int elementIndex() {
    TokenStreamContext context = parser.streamReadContext();
    return context.inArray() ? context.getCurrentIndex() : -1;
  }

  @Override
  public void skipChildren() throws IOException {
    try {
      parser.skipChildren();
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
    current = of(parser.currentToken());
  }

  @Override
  public void close() throws IOException {
    try {
      parser.close();
    } catch (JacksonException e) {
      throw Jackson3Engine.checked(e);
    }
  }
}
