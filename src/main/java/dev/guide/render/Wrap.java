package dev.guide.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-wraps prose to a width, and no line passes it but for a phone number. Never drops a word,
 * and splits only one that no line could hold: after a hyphen or a slash where one fits, else at
 * the width. A phone number written in groups ("0808 2000 247", "1800 737 732") is kept whole,
 * even past the width, so that nobody dials half of it, and so is a number after the short
 * capitals it is read with ("CA 911", "(TTY 1-800-787-3224)").
 */
public final class Wrap {

  private Wrap() {}

  /** The lines of {@code text} wrapped to {@code width}; the first starts with {@code first}, the rest with {@code rest}. */
  public static List<String> lines(String text, int width, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int emptyLength = first.length();
    for (String word : glued(words(text), width - rest.length())) {
      if (line.length() > emptyLength && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        emptyLength = rest.length();
      }
      if (line.length() > emptyLength) {
        line.append(' ');
      }
      String left = word;
      if (line.length() == emptyLength && emptyLength > rest.length() && emptyLength + left.length() > width
          && rest.length() + left.length() <= width) {
        // After a long first prefix ("    3  few-months: "), a word that fits on the next line goes
        // there whole rather than being split: the prefix stands alone.
        lines.add(line.toString().stripTrailing());
        line = new StringBuilder(rest);
        emptyLength = rest.length();
      }
      // A word with a space in it is a phone number, maybe after its country (see words()): never split.
      while (line.length() == emptyLength && emptyLength + left.length() > width && width > emptyLength
          && left.indexOf(' ') < 0) {
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

  /** Between a label and its number ("CA" and "911"): a space, where the two fit on a line together. */
  private static final char GLUE = '\u0000';

  /** The words with each label and its number kept together where they fit in {@code room}, else apart. */
  private static List<String> glued(List<String> words, int room) {
    List<String> out = new ArrayList<>(words.size());
    for (String word : words) {
      int glue = word.indexOf(GLUE);
      if (glue < 0) {
        out.add(word);
      } else if (word.length() <= room) {
        out.add(word.replace(GLUE, ' '));
      } else {
        out.add(word.substring(0, glue));
        out.add(word.substring(glue + 1));
      }
    }
    return out;
  }

  /** The words of a text: what stands between runs of white space (split by hand: no regex at start). */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
      if (space && start >= 0) {
        String word = text.substring(start, i);
        int last = words.size() - 1;
        boolean oneSpace = start >= 2 && text.charAt(start - 1) == ' ' && !Character.isWhitespace(text.charAt(start - 2));
        String previous = last >= 0 ? words.get(last) : "";
        String group = previous.substring(Math.max(previous.lastIndexOf(' '), previous.lastIndexOf(GLUE)) + 1);
        boolean afterGroup = numberGroup(group) && Character.isDigit(group.charAt(group.length() - 1));
        if (oneSpace && numberGroup(word) && afterGroup) {
          words.set(last, words.get(last) + " " + word);
        } else if (oneSpace && numberGroup(word) && countryCode(previous)) {
          words.set(last, words.get(last) + GLUE + word);
        } else {
          words.add(word);
        }
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return words;
  }

  /**
   * What a number is read with: two or three capital letters, maybe after a bracket, such as a
   * country's code or a service's name ("(GB" in "(GB 999, US 911)", "(TTY", "NHS").
   */
  private static boolean countryCode(String word) {
    int from = word.startsWith("(") ? 1 : 0;
    int letters = word.length() - from;
    if (letters < 2 || letters > 3) {
      return false;
    }
    for (int i = from; i < word.length(); i++) {
      if (word.charAt(i) < 'A' || word.charAt(i) > 'Z') {
        return false;
      }
    }
    return true;
  }

  /**
   * A group of a phone number: digits, maybe joined by hyphens, maybe closing a sentence or a
   * bracket, such as "0808", "247," "000)." or "1-800-787-3224),".
   */
  private static boolean numberGroup(String word) {
    int end = word.length();
    while (end > 0 && ",);.".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    int digits = 0;
    for (int i = 0; i < end; i++) {
      char c = word.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c != ' ' && !(c == '-' && i > 0 && i < end - 1)) {
        return false;
      }
    }
    return digits >= 2;
  }

  /** The text wrapped with the same indent on every line, joined with newlines, ending with one. */
  public static String block(String text, int width, String indent) {
    return String.join("\n", lines(text, width, indent, indent)) + "\n";
  }
}
