package dev.guide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Word wrapping: no word is ever lost, split or reordered, lines are filled, and widths are kept. */
class WrapTest {

  /** First-line and continuation prefixes the documents use: none, a bullet, a sub-bullet. */
  static final List<String[]> PREFIXES =
      List.of(new String[] {"", ""}, new String[] {"  - ", "    "}, new String[] {"    - ", "      "});

  static Stream<Arguments> widths() {
    return IntStream.rangeClosed(View.MIN_WIDTH, View.MAX_WIDTH).mapToObj(Arguments::of);
  }

  @ParameterizedTest(name = "width {0}")
  @MethodSource("widths")
  void randomProseKeepsEveryWordAndEveryWidth(int width) {
    Random random = new Random(width);
    for (int round = 0; round < 6; round++) {
      List<String> words = randomWords(random, width);
      String text = joinWithRandomSpace(random, words);
      for (String[] prefix : PREFIXES) {
        List<String> lines = Wrap.lines(text, width, prefix[0], prefix[1]);
        String context = "width " + width + ", prefix '" + prefix[0] + "'\ntext: " + text + "\nlines:\n" + String.join("\n", lines);
        // A word no line can hold is split across lines: every character stays, in order.
        assertEquals(String.join("", words), String.join("", wordsOf(lines, prefix)), context);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          String start = i == 0 ? prefix[0] : prefix[1];
          assertTrue(line.startsWith(start), context);
          assertFalse(line.endsWith(" "), () -> "trailing space\n" + context);
          String body = line.substring(start.length());
          assertFalse(body.isEmpty() || body.startsWith(" "), () -> "empty or badly indented line\n" + context);
          assertTrue(line.length() <= width, () -> "no line may pass the width\n" + context);
          String nextWord = i + 1 < lines.size() ? lines.get(i + 1).strip().split(" ")[0] : "";
          // A piece of a split word starts on a line of its own; a whole word moves down only when it must.
          if (words.contains(nextWord)) {
            assertTrue(line.length() + 1 + nextWord.length() > width,
                () -> "the next line's first word '" + nextWord + "' would have fitted\n" + context);
          }
        }
      }
    }
  }

  @Test
  void aWordLongerThanTheWidthIsSplitAfterASlashOrAtTheWidth() {
    String url = "https://example.org/" + "a".repeat(30);
    assertEquals(List.of("Read", "https://example.org/", "a".repeat(20), "a".repeat(10) + " and then", "rest."),
        Wrap.lines("Read " + url + " and then rest.", 20, "", ""));
    assertEquals(List.of("  - https://", "    example.org/", "    " + "a".repeat(16), "    " + "a".repeat(14), "    end"),
        Wrap.lines(url + " end", 20, "  - ", "    "));
  }

  @Test
  void aWordThatFitsIsNeverSplitAndALongerOneBreaksAfterAHyphen() {
    List<String> lines = Wrap.lines("someone's emotionally-unavailable partner doesn't deserve-you", 20, "", "");
    assertEquals(List.of("someone's", "emotionally-", "unavailable partner", "doesn't deserve-you"), lines);
  }

  @Test
  void aLineMayBeExactlyTheWidth() {
    assertEquals(List.of("aaaa bbbb cccc dddd e", "f"), Wrap.lines("aaaa bbbb cccc dddd e f", 21, "", ""));
    assertEquals(List.of("aaaa bbbb cccc dddd", "e f"), Wrap.lines("aaaa bbbb cccc dddd e f", 20, "", ""));
  }

  @Test
  void emptyTextIsOneLineWithNothingButThePrefix() {
    assertEquals(List.of(""), Wrap.lines("", 20, "", ""));
    assertEquals(List.of("  -"), Wrap.lines(" \n ", 20, "  - ", "    "));
  }

  @Test
  void whitespaceOfAnyKindSeparatesWords() {
    assertEquals(List.of("one two three four"), Wrap.lines("  one\ttwo\n\nthree   four \r\n", 80, "", ""));
  }

  @Test
  void blockIndentsEveryLineAndEndsWithOneNewline() {
    String block = Wrap.block("one two three four five six seven eight nine ten", 20, "  ");
    assertEquals("  one two three four\n  five six seven\n  eight nine ten\n", block);
  }

  @Test
  void curlyQuotesAndAccentsCountAsOneCharacterEach() {
    // 20 characters exactly, with non-ASCII letters: they fit on one line.
    String text = "\u201cCaf\u00e9 na\u00efve\u201d r\u00e9sum\u00e9s";
    assertEquals(20, text.length());
    assertEquals(List.of(text), Wrap.lines(text, 20, "", ""));
  }

  private static List<String> randomWords(Random random, int width) {
    List<String> words = new ArrayList<>();
    int count = 1 + random.nextInt(60);
    String letters = "abcdefghijklmnopqrstuvwxyz\u00e9\u00fc\u2019'-.,;:!?()\u201c\u201d";
    for (int i = 0; i < count; i++) {
      int length = random.nextInt(20) == 0 ? width + random.nextInt(30) - 10 : 1 + random.nextInt(12);
      StringBuilder word = new StringBuilder();
      for (int j = 0; j < Math.max(1, length); j++) {
        word.append(letters.charAt(random.nextInt(letters.length())));
      }
      words.add(word.toString());
    }
    return words;
  }

  private static String joinWithRandomSpace(Random random, List<String> words) {
    String[] spaces = {" ", " ", " ", "  ", "\n", "\t", " \n "};
    StringBuilder text = new StringBuilder(random.nextBoolean() ? " " : "");
    for (String word : words) {
      text.append(word).append(spaces[random.nextInt(spaces.length)]);
    }
    return text.toString();
  }

  private static List<String> wordsOf(List<String> lines, String[] prefix) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String body = line.substring(Math.min(line.length(), (i == 0 ? prefix[0] : prefix[1]).length()));
      Arrays.stream(body.strip().split(" +")).filter(w -> !w.isEmpty()).forEach(words::add);
    }
    return words;
  }
}
