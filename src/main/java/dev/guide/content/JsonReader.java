package dev.guide.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON document into a {@link Json} tree with Jackson's streaming parser, which starts
 * far faster than databind. Hostile input fails fast: nesting, numbers and strings are capped.
 */
final class JsonReader {

  static final int MAX_DEPTH = 32;
  static final int MAX_NUMBER_LENGTH = 32;
  static final int MAX_STRING_LENGTH = 64 * 1024;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .maxStringLength(MAX_STRING_LENGTH)
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  /** Why a document could not be read at all, and where. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    private final Json.Location at;

    SyntaxError(String message, Json.Location at) {
      super(message);
      this.at = at;
    }

    Json.Location at() {
      return at;
    }
  }

  private JsonReader() {}

  static Json read(InputStream in) throws IOException, SyntaxError {
    // Read whole first: the parser then runs over one array, without a call to the stream per buffer.
    try (JsonParser parser = FACTORY.createParser(in.readAllBytes())) {
      try {
        JsonToken first = parser.nextToken();
        if (first == null) {
          throw new SyntaxError("the file is empty; it should hold one JSON object", new Json.Location(1, 1));
        }
        Json value = value(parser);
        if (parser.nextToken() != null) {
          throw new SyntaxError("unexpected text after the end of the JSON value", location(parser));
        }
        return value;
      } catch (JsonProcessingException e) {
        // Exceeded limits (nesting, number or string length) carry no location; the parser still knows where it is.
        Json.Location at = location(e.getLocation());
        throw new SyntaxError(describe(e), at != null ? at : location(parser.currentLocation()));
      }
    } catch (JsonProcessingException e) {
      throw new SyntaxError(describe(e), location(e.getLocation()));
    }
  }

  private static Json value(JsonParser parser) throws IOException {
    Json.Location at = location(parser);
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        Map<String, Json.Member> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          Json.Location nameAt = location(parser);
          parser.nextToken();
          members.put(name, new Json.Member(name, value(parser), nameAt));
        }
        return new Json.Obj(members, at);
      case START_ARRAY:
        List<Json> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(parser));
        }
        return new Json.Arr(items, at);
      case VALUE_STRING:
        return new Json.Str(parser.getText(), at);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Json.Num(parser.getText(), at);
      case VALUE_TRUE:
        return new Json.Bool(true, at);
      case VALUE_FALSE:
        return new Json.Bool(false, at);
      case VALUE_NULL:
        return new Json.Null(at);
      default:
        throw new JsonParseFailure("unexpected " + token, parser);
    }
  }

  /** Jackson's messages carry a source excerpt and a location we already print; keep the first sentence. */
  private static String describe(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return limit(e.getOriginalMessage());
    }
    String message = e.getOriginalMessage();
    if (message == null) {
      return "not valid JSON";
    }
    int cut = message.indexOf('\n');
    message = cut >= 0 ? message.substring(0, cut) : message;
    if (message.startsWith("Unexpected end-of-input")) {
      return "the JSON ends too early (is the file cut short, or a bracket missing?)";
    }
    if (message.contains("Duplicate field")) {
      return message.replace("Duplicate field", "the same field is given twice:");
    }
    if (message.contains("was expecting comma to separate")) {
      return "a comma is missing before this, between two entries; add one at the end of the entry before";
    }
    if (message.startsWith("Unexpected character (']'") && message.contains("expected a value")
        || message.startsWith("Unexpected character ('}'") && message.contains("was expecting double-quote to start field name")) {
      return "a comma with nothing after it before this bracket; remove the comma, or add what is missing";
    }
    return "not valid JSON: " + message;
  }

  /** Jackson names its own settings in these messages; say instead what is wrong with the file. */
  private static String limit(String message) {
    String text = message == null ? "" : message;
    if (text.contains("nesting depth")) {
      return "nested more than " + MAX_DEPTH + " levels deep; content files need only a few levels";
    }
    if (text.contains("Number value length")) {
      return "a number too long to read (more than " + MAX_NUMBER_LENGTH + " characters); weights and thresholds"
          + " are small numbers";
    }
    if (text.contains("String value length")) {
      return "a text too long to read (more than " + MAX_STRING_LENGTH / 1024 + " KB); content texts are short";
    }
    return "too large to read: " + text;
  }

  private static Json.Location location(JsonParser parser) {
    return location(parser.currentTokenLocation());
  }

  private static Json.Location location(JsonLocation at) {
    return at == null ? null : new Json.Location(Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1));
  }

  private static final class JsonParseFailure extends com.fasterxml.jackson.core.JsonParseException {
    private static final long serialVersionUID = 1L;

    JsonParseFailure(String message, JsonParser parser) {
      super(parser, message);
    }
  }
}
