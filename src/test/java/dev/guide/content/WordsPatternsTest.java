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
        "\u00c9COUTE \u0130stanbul"));
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
}
