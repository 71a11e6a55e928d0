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
    for (String word : words(text)) {
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

  /** The words of a text: what stands between runs of white space (split by hand: no regex at start). */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
      if (space && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return words;
  }

  /** The text wrapped with the same indent on every line, joined with newlines, ending with one. */
  public static String block(String text, int width, String indent) {
    return String.join("\n", lines(text, width, indent, indent)) + "\n";
  }
}
