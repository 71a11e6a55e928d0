package dev.guide.content;

import java.util.List;
import java.util.Map;

/** A parsed JSON value that remembers where it stood in its file, so every defect can name a line. */
public sealed interface Json {

  /** Where a value starts: 1-based line and column. */
  record Location(int line, int column) {
    @Override
    public String toString() {
      return line + ":" + column;
    }
  }

  Location at();

  /** A JSON object; members keep the order of the file. */
  record Obj(Map<String, Member> members, Location at) implements Json {
    public Obj {
      members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
    }
  }

  /** One name-value pair of an object, with the location of its name. */
  record Member(String name, Json value, Location at) {}

  /** A JSON array. */
  record Arr(List<Json> items, Location at) implements Json {
    public Arr {
      items = List.copyOf(items);
    }
  }

  /** A JSON string. */
  record Str(String value, Location at) implements Json {}

  /** A JSON number, kept as text until a reader asks for a type it can check. */
  record Num(String text, Location at) implements Json {}

  /** true or false. */
  record Bool(boolean value, Location at) implements Json {}

  /** null. */
  record Null(Location at) implements Json {}

  /** The name of a value's JSON type, for messages such as "expected a string, found a number". */
  static String typeName(Json value) {
    if (value instanceof Obj) {
      return "an object";
    } else if (value instanceof Arr) {
      return "a list";
    } else if (value instanceof Str) {
      return "a string";
    } else if (value instanceof Num) {
      return "a number";
    } else if (value instanceof Bool) {
      return "true or false";
    }
    return "null";
  }
}
