package dev.guide.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import dev.guide.json.JsonText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.guide.content.Partner;
import dev.guide.quiz.Answers;
import dev.guide.quiz.Limit;
import dev.guide.quiz.Strength;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Check-ins and drafts as versioned JSON files, written and read with Jackson's streaming API.
 * Fields a later version adds are ignored on reading; answers are read whatever their ids, so a
 * check-in made with other questions still loads. A file of a newer format is refused by name.
 */
final class CheckInJson {

  /** The format this guide writes; it reads this and every earlier one. */
  static final int VERSION = 1;
  static final String CHECK_IN = "guide check-in";
  static final String DRAFT = "guide draft";

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(16).maxNumberLength(32).maxStringLength(64 * 1024).build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** Why a file could not be read as a check-in, in words for its owner. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  private CheckInJson() {}

  static String write(CheckIn checkIn) {
    return document(json -> {
      json.writeStringField("format", CHECK_IN);
      json.writeNumberField("version", VERSION);
      json.writeStringField("id", checkIn.id());
      json.writeStringField("savedAt", timestamp(checkIn.savedAt()));
      json.writeStringField("partner", checkIn.partner().toString());
      answers(json, checkIn.answers());
      CheckIn.Summary summary = checkIn.summary();
      json.writeObjectFieldStart("result");
      json.writeArrayFieldStart("reasons");
      for (CheckIn.ReasonLine reason : summary.reasons()) {
        json.writeStartObject();
        json.writeStringField("id", reason.id());
        json.writeStringField("title", reason.title());
        json.writeNumberField("score", reason.score());
        json.writeStringField("strength", reason.strength().toString());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("signs");
      for (CheckIn.SignLine sign : summary.signs()) {
        json.writeStartObject();
        json.writeStringField("id", sign.id());
        json.writeStringField("title", sign.title());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeBooleanField("safety", summary.safety());
      json.writeBooleanField("unclear", summary.unclear());
      json.writeEndObject();
      if (checkIn.plan().isPresent()) {
        Limit limit = checkIn.plan().get();
        json.writeObjectFieldStart("plan");
        optional(json, "needs", limit.needs());
        optional(json, "enough", limit.enough());
        optional(json, "by", limit.by().map(LocalDate::toString));
        optional(json, "otherwise", limit.otherwise());
        json.writeEndObject();
      }
    });
  }

  private static void optional(JsonGenerator json, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
    }
  }

  /**
   * The plan kept with a check-in, read leniently: check-ins saved before plans have none, and a
   * part that cannot be read is left out rather than costing the whole check-in.
   */
  private static Optional<Limit> plan(Map<String, Object> root) {
    if (!(root.get("plan") instanceof Map<?, ?> plan)) {
      return Optional.empty();
    }
    Optional<LocalDate> by = Optional.empty();
    if (plan.get("by") instanceof String day) {
      try {
        LocalDate date = LocalDate.parse(day);
        // Dated as check-ins are: a date past them would be "in 364,000 years" for ever.
        by = date.getYear() < CheckInStore.FIRST_YEAR || date.getYear() > CheckInStore.LAST_YEAR
            ? Optional.empty() : Optional.of(date);
      } catch (DateTimeParseException e) {
        by = Optional.empty();
      }
    }
    return Optional.of(new Limit(planText(plan, "needs"), planText(plan, "enough"), by, planText(plan, "otherwise")));
  }

  private static Optional<String> planText(Map<?, ?> plan, String name) {
    // Read back by the rules it was written by: a text the plan would refuse is left out.
    return plan.get(name) instanceof String text && !text.isBlank() && dev.guide.quiz.PlanLines.textProblem(text) == null
        ? Optional.of(text) : Optional.empty();
  }

  static String write(Draft draft) {
    return document(json -> {
      json.writeStringField("format", DRAFT);
      json.writeNumberField("version", VERSION);
      json.writeStringField("savedAt", timestamp(draft.savedAt()));
      json.writeStringField("partner", draft.partner().toString());
      answers(json, draft.answers());
      json.writeArrayFieldStart("asked");
      for (String id : draft.asked()) {
        json.writeString(id);
      }
      json.writeEndArray();
    });
  }

  /** A date and time as the files hold it, seconds always written: 2026-11-22T19:04:00+01:00. */
  static String timestamp(OffsetDateTime time) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }

  static CheckIn readCheckIn(byte[] bytes) throws Unreadable {
    Map<String, Object> root = top(bytes, CHECK_IN);
    Map<String, Object> result = object(root, "result");
    List<CheckIn.ReasonLine> reasons = new ArrayList<>();
    for (Object item : list(result, "reasons")) {
      Map<String, Object> reason = object(item, "result.reasons");
      reasons.add(new CheckIn.ReasonLine(string(reason, "id"), string(reason, "title"), number(reason, "score"),
          strength(string(reason, "strength"))));
    }
    List<CheckIn.SignLine> signs = new ArrayList<>();
    for (Object item : list(result, "signs")) {
      Map<String, Object> sign = object(item, "result.signs");
      signs.add(new CheckIn.SignLine(string(sign, "id"), string(sign, "title")));
    }
    CheckIn.Summary summary = new CheckIn.Summary(reasons, signs, bool(result, "safety"), bool(result, "unclear"));
    String partner = string(root, "partner");
    return new CheckIn(string(root, "id"), time(root), Partner.parse(partner).orElseThrow(
        () -> new Unreadable("'partner' is '" + partner + "'; expected he, she or they")), answers(root), summary,
        plan(root));
  }

  static Draft readDraft(byte[] bytes) throws Unreadable {
    Map<String, Object> root = top(bytes, DRAFT);
    List<String> asked = new ArrayList<>();
    for (Object id : list(root, "asked")) {
      asked.add(text(id, "asked"));
    }
    // Drafts written before the partner was kept in them spoke of "he", as the guide does by default.
    Object partner = root.get("partner");
    Partner kept = partner == null ? Partner.HE : Partner.parse(text(partner, "partner")).orElseThrow(
        () -> new Unreadable("'partner' is '" + partner + "'; expected he, she or they"));
    return new Draft(time(root), kept, answers(root), asked);
  }

  /** The top object, once its format and version say this guide can read it. */
  private static Map<String, Object> top(byte[] bytes, String format) throws Unreadable {
    Object value = parse(bytes);
    if (!(value instanceof Map)) {
      throw new Unreadable("not a " + format + ": the file should hold one JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> root = (Map<String, Object>) value;
    Object given = root.get("format");
    if (!format.equals(given)) {
      throw new Unreadable("not a " + format + " file: its 'format' is "
          + (given == null ? "missing" : "'" + given + "'") + "; expected '" + format + "'");
    }
    Object version = root.get("version");
    if (!(version instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
        || number.doubleValue() < 1) {
      throw new Unreadable("'version' should be a whole number from 1");
    }
    if (number.doubleValue() > VERSION) {
      throw new Unreadable("written by a newer version of the guide (format version " + number.longValue()
          + "; this one reads up to " + VERSION + "); update the guide to read it");
    }
    return root;
  }

  private static Answers answers(Map<String, Object> root) throws Unreadable {
    Map<String, List<String>> chosen = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : object(root, "answers").entrySet()) {
      List<String> choices = new ArrayList<>();
      for (Object choice : list(entry.getValue(), "answers." + entry.getKey())) {
        choices.add(text(choice, "answers." + entry.getKey()));
      }
      chosen.put(entry.getKey(), choices);
    }
    return new Answers(chosen);
  }

  private static OffsetDateTime time(Map<String, Object> root) throws Unreadable {
    String text = string(root, "savedAt");
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new Unreadable("'savedAt' is '" + text + "'; expected a date and time such as 2026-11-22T19:04:11+01:00");
    }
  }

  private static Strength strength(String text) throws Unreadable {
    for (Strength strength : Strength.values()) {
      if (strength.toString().equals(text)) {
        return strength;
      }
    }
    throw new Unreadable("a strength is '" + text + "'; expected strong, moderate or some");
  }

  private static Map<String, Object> object(Map<String, Object> in, String field) throws Unreadable {
    return object(required(in, field), field);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String field) throws Unreadable {
    if (value instanceof Map) {
      return (Map<String, Object>) value;
    }
    throw new Unreadable("'" + field + "' should be an object");
  }

  private static List<?> list(Map<String, Object> in, String field) throws Unreadable {
    return list(required(in, field), field);
  }

  private static List<?> list(Object value, String field) throws Unreadable {
    if (value instanceof List<?> list) {
      return list;
    }
    throw new Unreadable("'" + field + "' should be a list");
  }

  private static String string(Map<String, Object> in, String field) throws Unreadable {
    return text(required(in, field), field);
  }

  private static String text(Object value, String field) throws Unreadable {
    if (value instanceof String text) {
      return text;
    }
    throw new Unreadable("'" + field + "' should hold text");
  }

  private static double number(Map<String, Object> in, String field) throws Unreadable {
    if (required(in, field) instanceof Number number) {
      return number.doubleValue();
    }
    throw new Unreadable("'" + field + "' should be a number");
  }

  private static boolean bool(Map<String, Object> in, String field) throws Unreadable {
    if (required(in, field) instanceof Boolean value) {
      return value;
    }
    throw new Unreadable("'" + field + "' should be true or false");
  }

  private static Object required(Map<String, Object> in, String field) throws Unreadable {
    Object value = in.get(field);
    if (value == null) {
      throw new Unreadable("'" + field + "' is missing");
    }
    return value;
  }

  /** The file's one JSON value as maps, lists, strings, numbers and booleans; JSON null is left out. */
  private static Object parse(byte[] bytes) throws Unreadable {
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      if (parser.nextToken() == null) {
        throw new Unreadable("the file is empty");
      }
      Object value = value(parser);
      if (parser.nextToken() != null) {
        throw new Unreadable("text after the end of the JSON, at " + where(parser.currentTokenLocation()));
      }
      return value;
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
      String at = e.getLocation() == null ? "" : " at " + where(e.getLocation());
      if (message.startsWith("Unexpected end-of-input")) {
        throw new Unreadable("the JSON ends too early" + at + " (was the file cut short?)");
      }
      throw new Unreadable("not valid JSON" + at + ": " + message);
    } catch (IOException e) {
      throw new UncheckedIOException("reading bytes in memory cannot fail", e);
    }
  }

  private static Object value(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        Map<String, Object> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          Object value = value(parser);
          if (value != null) {
            members.put(name, value);
          }
        }
        return members;
      case START_ARRAY:
        List<Object> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(parser));
        }
        return items;
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return parser.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  private static String where(JsonLocation at) {
    return String.format(Locale.ROOT, "line %d, column %d", at.getLineNr(), at.getColumnNr());
  }


  /** One pretty-printed JSON object with these fields. */
  private static String document(JsonText.Writer fields) {
    return JsonText.of(json -> {
      json.writeStartObject();
      fields.write(json);
      json.writeEndObject();
    });
  }

  private static void answers(JsonGenerator json, Answers answers) throws IOException {
    json.writeObjectFieldStart("answers");
    for (Map.Entry<String, List<String>> answer : answers.chosen().entrySet()) {
      json.writeArrayFieldStart(answer.getKey());
      for (String choice : answer.getValue()) {
        json.writeString(choice);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }
}
