package dev.guide.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-wraps prose to a width, and no line passes it. Never drops a word, and splits only one
 * that no line could hold: after a hyphen or a slash where one fits, else at the width.
 */
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
      String left = word;
      while (line.length() == emptyLength && emptyLength + left.length() > width && width > emptyLength) {
        int cut = cut(left, width - emptyLength);
        lines.add(line.append(left, 0, cut).toString());
        left = left.substring(cut);
        line = new StringBuilder(rest);
        emptyLength = rest.length();
      }
      line.append(left);
    }
    if (line.length() > emptyLength || lines.isEmpty()) {
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  /** Where to split a word too long for {@code room} columns: after its last hyphen or slash that fits, else at the room. */
  private static int cut(String word, int room) {
    for (int i = room - 1; i > 0; i--) {
      char c = word.charAt(i);
      if (c == '-' || c == '/') {
        return i + 1;
      }
    }
    return Character.isHighSurrogate(word.charAt(room - 1)) && room > 1 ? room - 1 : room;
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
