package dev.guide.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one JSON object, recording a defect for each missing, mistyped or unknown
 * field instead of stopping at the first, so a content author sees every mistake at once.
 */
final class Fields {

  static final double MAX_WEIGHT = 100;

  private final String file;
  private final Json.Obj object;
  private final String what;
  private final List<Defect> defects;
  private final Set<String> read = new HashSet<>();
  private final int defectsBefore;

  Fields(String file, Json.Obj object, String what, List<Defect> defects) {
    this.file = file;
    this.object = object;
    this.what = what;
    this.defects = defects;
    this.defectsBefore = defects.size();
  }

  /** Reads {@code value} as an object, or records that it is not one and returns empty. */
  static Optional<Fields> of(String file, Json value, String what, List<Defect> defects) {
    if (value instanceof Json.Obj obj) {
      return Optional.of(new Fields(file, obj, what, defects));
    }
    defects.add(Defect.at(file, value.at(), what + ": expected an object, found " + Json.typeName(value)));
    return Optional.empty();
  }

  Json.Location at() {
    return object.at();
  }

  String file() {
    return file;
  }

  String what() {
    return what;
  }

  /** True when no defect was recorded while reading this object. */
  boolean clean() {
    return defects.size() == defectsBefore;
  }

  /**
   * How to name {@code value} in messages before it is read: its string field {@code name} quoted
   * ("'fear-of-intimacy'"), else {@code otherwise}.
   */
  static String nameOf(Json value, String name, String otherwise) {
    Json.Member member = value instanceof Json.Obj obj ? obj.members().get(name) : null;
    return member != null && member.value() instanceof Json.Str s ? "'" + s.value() + "'" : otherwise;
  }

  /** A peek at a string field, for naming the object in messages before it is read properly. */
  Optional<String> peek(String name) {
    Json.Member member = object.members().get(name);
    return member != null && member.value() instanceof Json.Str s ? Optional.of(s.value()) : Optional.empty();
  }

  String text(String name) {
    // A present but mistyped or blank field is reported by text(name, value), not also as missing.
    Optional<Json> value = value(name);
    return value.isEmpty() ? missing(name, "a string") : text(name, value.get()).orElse(null);
  }

  Optional<String> optionalText(String name) {
    Optional<Json> value = value(name);
    return value.isPresent() ? text(name, value.get()) : Optional.empty();
  }

  String id(String name) {
    String id = text(name);
    if (id != null) {
      checkId(name, id, object.members().get(name).value().at());
    }
    return id;
  }

  List<String> texts(String name) {
    Optional<Json.Arr> list = list(name, "a list of strings");
    return list.isPresent() ? texts(name, list.get()) : null;
  }

  List<String> ids(String name) {
    List<String> ids = texts(name);
    if (ids != null) {
      for (int i = 0; i < ids.size(); i++) {
        checkId(name, ids.get(i), ((Json.Arr) object.members().get(name).value()).items().get(i).at());
      }
    }
    return ids;
  }

  /** Whether the object has this field at all (without reading it). */
  boolean has(String name) {
    return object.members().containsKey(name);
  }

  /** A list that may be left out. */
  Optional<Json.Arr> optionalList(String name, String expected) {
    return has(name) ? list(name, expected) : Optional.empty();
  }

  /** A list of ids that may be left out, which is the same as an empty list. */
  List<String> optionalIds(String name) {
    return value(name).isEmpty() ? List.of() : ids(name);
  }

  Optional<Json.Arr> list(String name, String expected) {
    Optional<Json> value = value(name);
    if (value.isEmpty()) {
      missing(name, expected);
      return Optional.empty();
    }
    if (value.get() instanceof Json.Arr arr) {
      return Optional.of(arr);
    }
    wrongType(name, expected, value.get());
    return Optional.empty();
  }

  Optional<Json.Obj> object(String name, boolean required) {
    Optional<Json> value = value(name);
    if (value.isEmpty()) {
      if (required) {
        missing(name, "an object");
      }
      return Optional.empty();
    }
    if (value.get() instanceof Json.Obj obj) {
      return Optional.of(obj);
    }
    wrongType(name, "an object", value.get());
    return Optional.empty();
  }

  Double number(String name) {
    Optional<Json> value = value(name);
    if (value.isEmpty()) {
      return missing(name, "a number");
    }
    return number(name, value.get());
  }

  Double number(String name, Json value) {
    if (!(value instanceof Json.Num num)) {
      wrongType(name, "a number", value);
      return null;
    }
    // Not BigDecimal: "1e9999999999" overflows its int exponent and throws; a double just becomes infinite.
    double number = Double.parseDouble(num.text());
    if (!Double.isFinite(number) || Math.abs(number) > MAX_WEIGHT) {
      add(value.at(), "'" + name + "' is " + num.text() + "; use a number from -" + (int) MAX_WEIGHT + " to " + (int) MAX_WEIGHT);
      return null;
    }
    return number;
  }

  boolean flag(String name) {
    Optional<Json> value = value(name);
    if (value.isEmpty()) {
      return false;
    }
    if (value.get() instanceof Json.Bool b) {
      return b.value();
    }
    wrongType(name, "true or false", value.get());
    return false;
  }

  /** Records every field that was never read as unknown; call once all known fields were read. */
  void rejectUnknown() {
    for (Json.Member member : object.members().values()) {
      if (!read.contains(member.name())) {
        List<String> known = new ArrayList<>(read);
        known.sort(null);
        add(member.at(), "unknown field '" + member.name() + "'; known fields: " + String.join(", ", known));
      }
    }
  }

  void add(Json.Location at, String message) {
    defects.add(Defect.at(file, at, what + ": " + message));
  }

  /** Reads a map of string keys to numbers, such as a choice's evidence. */
  Map<String, Double> weights(String name) {
    Optional<Json.Obj> obj = object(name, true);
    if (obj.isEmpty()) {
      return null;
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (Json.Member member : obj.get().members().values()) {
      Double weight = number(name + "." + member.name(), member.value());
      if (weight != null) {
        weights.put(member.name(), weight);
      }
    }
    return weights;
  }

  /** Where each item of a list field stands, for naming the exact item in a later message. */
  List<Json.Location> itemLocations(String name) {
    Json.Member member = object.members().get(name);
    if (member == null || !(member.value() instanceof Json.Arr arr)) {
      return List.of();
    }
    List<Json.Location> at = new ArrayList<>(arr.items().size());
    for (Json item : arr.items()) {
      at.add(item.at());
    }
    return at;
  }

  Json.Location locationOf(String name) {
    Json.Member member = object.members().get(name);
    return member == null ? object.at() : member.value().at();
  }

  private Optional<Json> value(String name) {
    read.add(name);
    Json.Member member = object.members().get(name);
    return member == null ? Optional.empty() : Optional.of(member.value());
  }

  private Optional<String> text(String name, Json value) {
    if (!(value instanceof Json.Str s)) {
      wrongType(name, "a string", value);
      return Optional.empty();
    }
    if (s.value().isBlank()) {
      add(value.at(), "'" + name + "' is empty; write the text or leave the field out where it is optional");
      return Optional.empty();
    }
    String problem = Partner.checkTokens(s.value()).orElse(null);
    if (problem != null) {
      add(value.at(), "'" + name + "' has " + problem);
    }
    String control = control(s.value());
    if (control != null) {
      add(value.at(), "'" + name + "' holds " + control + "; content is plain text, shown as it is, so a terminal "
          + "would obey it: remove it");
      return Optional.empty();
    }
    return Optional.of(s.value());
  }

  /**
   * What in a text a terminal would obey or that would turn it around, named; null for plain text.
   * Control characters (ESC starts colour, titles and worse; U+009B is a one-character ESC [),
   * bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069), which make text read
   * otherwise than it is, and halves of a character (lone surrogates, as "\ud800" gives them).
   */
  static String control(String text) {
    // Over an array: validate checks every text of the content, mostly in the interpreter, where a
    // call per character was most of the time.
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      boolean bad = c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f || c >= 0x202a && c <= 0x202e
          || c >= 0x2066 && c <= 0x2069;
      if (bad) {
        return String.format("the control character U+%04X at character %d", (int) c, i + 1);
      }
      if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
        i++;
      } else {
        return String.format("half a character (the lone surrogate U+%04X) at character %d", (int) c, i + 1);
      }
    }
    return null;
  }

  private List<String> texts(String name, Json.Arr arr) {
    List<String> texts = new ArrayList<>();
    for (Json item : arr.items()) {
      Optional<String> text = text(name, item);
      if (text.isPresent()) {
        texts.add(text.get());
      }
    }
    return texts.size() == arr.items().size() ? texts : null;
  }

  /**
   * Whether {@code text} is an id: words of lower-case letters and digits joined by single hyphens,
   * {@code [a-z0-9]+(-[a-z0-9]+)*} (a loop: validate checks every id, and matching was a good part of it).
   */
  static boolean isId(String text) {
    boolean gap = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-' && !gap) {
        gap = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        gap = false;
      } else {
        return false;
      }
    }
    return !gap;
  }

  /** Whether {@code text} has {@code min} to {@code max} characters, each from {@code from} to {@code to}. */
  static boolean allIn(String text, char from, char to, int min, int max) {
    if (text.length() < min || text.length() > max) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < from || c > to) {
        return false;
      }
    }
    return true;
  }

  private void checkId(String name, String id, Json.Location at) {
    if (!isId(id)) {
      add(at, "'" + name + "' is '" + id + "'; an id is lower-case words joined by hyphens, such as fear-of-intimacy");
    }
  }

  private <T> T missing(String name, String expected) {
    add(object.at(), "missing field '" + name + "' (" + expected + ")");
    return null;
  }

  private void wrongType(String name, String expected, Json value) {
    add(value.at(), "'" + name + "' should be " + expected + ", not " + Json.typeName(value));
  }
}
