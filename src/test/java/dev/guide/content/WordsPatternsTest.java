package dev.guide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Words#of} reads words with loops, for speed; it was written with regular expressions,
 * and must say what they said, on every text of the content and on the awkward cases.
 */
class WordsPatternsTest {

  private static List<String> byPatterns(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String word : plain.split("[^a-z0-9']+")) {
      String bare = word.replaceAll("^'+|'+$", "").replaceAll("'s$", "");
      if (!bare.isEmpty()) {
        words.add(bare);
      }
    }
    return words;
  }

  @Test
  void wordsAreWhatThePatternsFound() throws Exception {
    List<String> texts = new ArrayList<>(List.of("", "'", "'''", "'s", "'s'", "x's", "a''s", "dogs's'",
        "He's \u2014 Caf\u00e9, don\u2019t WE'", "na\u00efve co\u00f6perate \u2026 r\u00e9sum\u00e9s",
        "\ufb01ne \u2460 \u00bd", "ID-42 is 3x", "\u201cquoted\u201d \u2018single\u2019 \u2013 dash",
        "\u00c9COUTE \u0130stanbul", "\u00a7 3 \u00b6 2 \u00a9 \u00ae 20\u00b0 \u00b7 \u2022 \u00abpas\u00bb \u00a7caf\u00e9"));
    try (Stream<Path> files = Files.list(Path.of("content"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        texts.addAll(Arrays.asList(Files.readString(file).split("\"")));
      }
    }
    for (String text : texts) {
      assertEquals(byPatterns(text), Words.of(text), text);
    }
  }

  @Test
  void aWordWithAnythingButLettersIsItsOwnStem() {
    assertEquals("don't", Words.stem("don't"));
    assertEquals("24", Words.stem("24"));
    assertEquals("3x", Words.stem("3x"));
    assertEquals("text", Words.stem("texting"));
  }

  /** The characters read as they are, without Unicode's decomposition, are each their own NFKD form. */
  @Test
  void theCharactersTakenAsTheyAreHaveNoDecomposition() {
    for (char c : Words.OWN_FORM.toCharArray()) {
      String one = String.valueOf(c);
      assertEquals(one, Normalizer.normalize(one, Normalizer.Form.NFKD), String.format("U+%04X", (int) c));
    }
  }

  /** Ids and codes are checked with loops; they say what the patterns said. */
  @Test
  void idsAndCodesAreWhatThePatternsFound() {
    for (String text : List.of("", "-", "a", "a-", "-a", "a--b", "a-b", "fear-of-intimacy", "a1-2b", "A-b", "a_b", "a b",
        "\u00e9", "12", "ab", "AB", "ABC", "A", "aB", "abc", "a-b-c-", "2026-12-02", "2026-1-02", "x026-12-02")) {
      assertEquals(text.matches("[a-z0-9]+(-[a-z0-9]+)*"), Fields.isId(text), text);
      assertEquals(text.matches("[a-z]+"), Fields.allIn(text, 'a', 'z', 1, Integer.MAX_VALUE), text);
      assertEquals(text.matches("[a-z]{3,}"), Fields.allIn(text, 'a', 'z', 3, Integer.MAX_VALUE), text);
      assertEquals(text.matches("[A-Z]{2}"), Fields.allIn(text, 'A', 'Z', 2, 2), text);
      assertEquals(text.matches("[0-9]+"), Fields.allIn(text, '0', '9', 1, Integer.MAX_VALUE), text);
    }
  }

  @Test
  void datesAreReadAsThePatternReadThem() {
    for (String text : List.of("2026-12-02", "2024-02-29", "2000-02-29", "2026-02-28")) {
      assertEquals(true, ContentReader.realDate(text), text);
    }
    for (String text : List.of("", "2026-13-45", "2026-02-29", "1900-02-29", "2026-1-02", "2026-01-2", "2026/01/02",
        "20x6-01-02", "2026-01-02 ", " 2026-01-02", "2026-00-10", "2026-04-31", "02-12-2026", "+026-01-02", "2026-0a-02")) {
      assertEquals(false, ContentReader.realDate(text), text);
    }
  }
}
