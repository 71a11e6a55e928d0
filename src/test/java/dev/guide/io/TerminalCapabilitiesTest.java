package dev.guide.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;

/**
 * The ready-made capabilities are JLine's own reading of the descriptions it carries, type by
 * type. With {@code -Dcapabilities.update=true} this writes TerminalCapabilityData afresh (after
 * a JLine upgrade: then read the diff).
 */
class TerminalCapabilitiesTest {

  /** The types JLine carries that the line editor serves (a dumb terminal gets plain lines; Windows' are not posix). */
  private static final String[] TYPES = {"ansi", "rxvt", "rxvt-basic", "rxvt-unicode", "rxvt-unicode-256color",
      "screen", "screen-256color", "xterm", "xterm-256color"};

  private static final Path SOURCE = Path.of("src/main/java/dev/guide/io/TerminalCapabilityData.java");

  @Test
  void theReadyMadeCapabilitiesAreJlinesOwn() throws Exception {
    if (Boolean.getBoolean("capabilities.update")) {
      Files.writeString(SOURCE, source(), StandardCharsets.UTF_8);
    }
    for (String type : TYPES) {
      Set<Capability> bools = new HashSet<>();
      Map<Capability, Integer> ints = new HashMap<>();
      Map<Capability, String> strings = new HashMap<>();
      InfoCmp.parseInfoCmp(InfoCmp.getDefaultInfoCmp(type), bools, ints, strings);
      Set<Capability> b = new HashSet<>();
      Map<Capability, Integer> i = new HashMap<>();
      Map<Capability, String> s = new HashMap<>();
      assertTrue(TerminalCapabilities.fill(type, b, i, s), type + " is held; regenerate with -Dcapabilities.update=true");
      assertEquals(bools, b, type);
      assertEquals(ints, i, type);
      assertEquals(strings, s, type);
    }
  }

  @Test
  void anotherTypeIsLeftToJline() {
    Set<Capability> b = new HashSet<>();
    assertFalse(TerminalCapabilities.fill("tmux-256color", b, new HashMap<>(), new HashMap<>()));
    assertFalse(TerminalCapabilities.fill(null, b, new HashMap<>(), new HashMap<>()));
    assertTrue(b.isEmpty());
  }

  private static String source() {
    StringBuilder cases = new StringBuilder();
    for (String type : TYPES) {
      Set<Capability> bools = new HashSet<>();
      Map<Capability, Integer> ints = new HashMap<>();
      Map<Capability, String> strings = new HashMap<>();
      InfoCmp.parseInfoCmp(InfoCmp.getDefaultInfoCmp(type), bools, ints, strings);
      StringBuilder data = new StringBuilder();
      new TreeMap<String, Capability>(names(bools)).values().forEach(c -> entry(data, "b" + c.name()));
      new TreeMap<>(namesOf(ints)).forEach((name, c) -> entry(data, "i" + name + "\u0002" + ints.get(c)));
      new TreeMap<>(namesOf(strings)).forEach((name, c) -> {
        String value = strings.get(c);
        if (value.indexOf('\u0001') >= 0 || value.indexOf('\u0002') >= 0) {
          throw new IllegalStateException(type + " " + name + " holds a separator");
        }
        entry(data, "s" + name + "\u0002" + value);
      });
      cases.append("      case \"").append(type).append("\":\n        return ").append(literal(data.toString()))
          .append(";\n");
    }
    return "package dev.guide.io;\n\n"
        + "/**\n"
        + " * Made by TerminalCapabilitiesTest (-Dcapabilities.update=true) from the terminal descriptions\n"
        + " * JLine carries, as JLine reads them: do not edit. Each type's capabilities, entries apart by\n"
        + " * U+0001: b and a name, or i or s, a name, U+0002 and its value.\n"
        + " */\n"
        + "final class TerminalCapabilityData {\n\n"
        + "  static final char ENTRY = '\\u0001';\n"
        + "  static final char VALUE = '\\u0002';\n\n"
        + "  private TerminalCapabilityData() {}\n\n"
        + "  static String of(String type) {\n"
        + "    switch (type) {\n"
        + cases
        + "      default:\n        return null;\n"
        + "    }\n"
        + "  }\n"
        + "}\n";
  }

  private static void entry(StringBuilder data, String entry) {
    if (data.length() > 0) {
      data.append('\u0001');
    }
    data.append(entry);
  }

  private static Map<String, Capability> names(Set<Capability> capabilities) {
    Map<String, Capability> named = new HashMap<>();
    capabilities.forEach(c -> named.put(c.name(), c));
    return named;
  }

  private static Map<String, Capability> namesOf(Map<Capability, ?> capabilities) {
    return names(capabilities.keySet());
  }

  /** A Java string literal, in lines of a readable length. */
  private static String literal(String text) {
    StringBuilder out = new StringBuilder("\"");
    int line = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      String piece = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c);
      if (line + piece.length() > 90 && c == '\u0001') {
        out.append("\"\n            + \"");
        line = 0;
      }
      out.append(piece);
      line += piece.length();
    }
    return out.append('"').toString();
  }
}
