package io.github.gcmsdk.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;

/** The {@link TokenSource} of a Jackson 2 parser. */
public final class Jackson2Tokens implements TokenSource {

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
  // The current token, mapped once per token (the binder asks for it several times per value).
  private Token current;

  /**
   * Reads through a parser; from now on, the parser moves through this source only.
   *
   * @param parser the parser, on any token
   */
  public Jackson2Tokens(JsonParser parser) {
    this.parser = parser;
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
      case FIELD_NAME:
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
    return current = of(parser.nextToken());
  }

  @Override
  public Token nextMember(MemberNames names, int expected) throws IOException {
    SerializedString[] prepared = (SerializedString[]) names.prepared(PREPARE);
    if (expected < 0 || expected >= prepared.length) {
      return current = of(parser.nextToken());
    }
    parser.nextFieldName(prepared[expected]);
    return current = of(parser.currentToken());
  }

  @Override
  public boolean engineOnName() {
    return parser.currentToken() == JsonToken.FIELD_NAME;
  }

  @Override
  public String currentName() throws IOException {
    return parser.currentName();
  }

  @Override
  public String text() throws IOException {
    return parser.getText();
  }

  @Override
  public int textLength() throws IOException {
    return parser.getTextLength();
  }

  @Override
  public boolean minusSign() throws IOException {
    return parser.getTextLength() > 0
        && parser.getTextCharacters()[parser.getTextOffset()] == '-';
  }

  @Override
  public boolean fitsInt() throws IOException {
    return parser.getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  public int intValue() throws IOException {
    return parser.getIntValue();
  }

  @Override
  public BigDecimal decimalValue() throws IOException {
    return parser.getDecimalValue();
  }

  @Override
  public long tokenPosition() {
    return Positions.of(parser.currentTokenLocation());
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
    return Positions.of(parser.currentLocation());
  }

  @Override
  public int depth() {
    return parser.getParsingContext().getNestingDepth();
  }

  @Override
  public boolean inObject() {
    return parser.getParsingContext().inObject();
  }

  @Override
  public int elementIndex() {
    JsonStreamContext context = parser.getParsingContext();
    return context.inArray() ? context.getCurrentIndex() : -1;
  }

  @Override
  public void skipChildren() throws IOException {
    parser.skipChildren();
    current = of(parser.currentToken());
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
