package dev.guide.io;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jline.utils.InfoCmp.Capability;

/**
 * The capabilities of the terminal types JLine carries descriptions of (xterm, screen, rxvt and
 * the like), as JLine reads them, ready-made: JLine reads its description from the jar and parses
 * it with regular expressions on every start, about a third of the time to the first prompt.
 * {@link TerminalCapabilityData} holds them, made from JLine's own reading by
 * TerminalCapabilitiesTest, which fails when they differ. Another type is read as JLine reads it.
 */
final class TerminalCapabilities {

  private TerminalCapabilities() {}

  /** Fills in the capabilities of {@code type}; false, and nothing filled in, for a type not held here. */
  static boolean fill(String type, Set<Capability> bools, Map<Capability, Integer> ints, Map<Capability, String> strings) {
    String data = type == null ? null : TerminalCapabilityData.of(type);
    if (data == null) {
      return false;
    }
    Set<Capability> b = EnumSet.noneOf(Capability.class);
    Map<Capability, Integer> i = new EnumMap<>(Capability.class);
    Map<Capability, String> s = new EnumMap<>(Capability.class);
    try {
      int at = 0;
      while (at < data.length()) {
        int end = data.indexOf(TerminalCapabilityData.ENTRY, at);
        if (end < 0) {
          end = data.length();
        }
        char kind = data.charAt(at);
        if (kind == 'b') {
          b.add(Capability.valueOf(data.substring(at + 1, end)));
        } else {
          int value = data.indexOf(TerminalCapabilityData.VALUE, at);
          Capability capability = Capability.valueOf(data.substring(at + 1, value));
          if (kind == 'i') {
            i.put(capability, Integer.valueOf(data.substring(value + 1, end)));
          } else {
            s.put(capability, data.substring(value + 1, end));
          }
        }
        at = end + 1;
      }
    } catch (IllegalArgumentException e) {
      // Another JLine, whose capabilities are named otherwise: it reads them itself.
      return false;
    }
    bools.addAll(b);
    ints.putAll(i);
    strings.putAll(s);
    return true;
  }
}
