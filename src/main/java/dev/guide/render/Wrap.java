package dev.guide.render;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps prose to a width. Never drops or splits a word: one longer than the width gets a line of its own. */
public final class Wrap {

  private Wrap() {}

  /** The lines of {@code text} wrapped to {@code width}; the first starts with {@code first}, the rest with {@code rest}. */
  public static List<String> lines(String text, int width, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int emptyLength = first.length();
    for (String word : text.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > emptyLength && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        emptyLength = rest.length();
      }
      if (line.length() > emptyLength) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > emptyLength || lines.isEmpty()) {
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  /** The text wrapped with the same indent on every line, joined with newlines, ending with one. */
  public static String block(String text, int width, String indent) {
    return String.join("\n", lines(text, width, indent, indent)) + "\n";
  }
}
