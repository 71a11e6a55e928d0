package dev.guide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Words and their stems, as search compares them. */
class WordsTest {

  /** Pairs from Porter's own paper and its reference vocabulary. */
  @ParameterizedTest
  @CsvSource({
    "caresses, caress", "ponies, poni", "ties, ti", "caress, caress", "cats, cat", "feed, feed", "agreed, agre",
    "plastered, plaster", "bled, bled", "motoring, motor", "sing, sing", "conflated, conflat", "troubled, troubl",
    "sized, size", "hopping, hop", "tanned, tan", "falling, fall", "hissing, hiss", "fizzed, fizz", "failing, fail",
    "filing, file", "happy, happi", "sky, sky", "relational, relat", "conditional, condit", "rational, ration",
    "digitizer, digit", "vietnamization, vietnam", "predication, predic", "operator, oper", "feudalism, feudal",
    "decisiveness, decis", "hopefulness, hope", "callousness, callous", "formaliti, formal", "sensitiviti, sensit",
    "sensibiliti, sensibl", "triplicate, triplic", "formative, form", "formalize, formal", "electriciti, electr",
    "electrical, electr", "hopeful, hope", "goodness, good", "revival, reviv", "allowance, allow", "inference, infer",
    "airliner, airlin", "gyroscopic, gyroscop", "adjustable, adjust", "defensible, defens", "irritant, irrit",
    "replacement, replac", "adjustment, adjust", "dependent, depend", "adoption, adopt", "communism, commun",
    "activate, activ", "angulariti, angular", "homologous, homolog", "effective, effect", "bowdlerize, bowdler",
    "probate, probat", "rate, rate", "cease, ceas", "controll, control", "roll, roll", "generalizations, gener",
  })
  void porterStems(String word, String stem) {
    assertEquals(stem, Words.stem(word));
  }

  /** The everyday words a new user's search missed, and the forms they must meet. */
  @ParameterizedTest
  @CsvSource({
    "texting, text", "ghosting, ghost", "ghosted, ghost", "reply, replies", "replied, replies", "message, messages",
    "cheating, cheated", "controlling, control", "committed, commitment", "abusive, abuse", "scared, scares",
  })
  void wordFormsMeet(String one, String other) {
    assertEquals(Words.stem(other), Words.stem(one));
  }

  @Test
  void wordsArePlainAndLowerCase() {
    assertEquals(List.of("he", "cafe", "don't", "we"), Words.of("He's \u2014 Café, don\u2019t WE'"));
  }

  /**
   * Words made of short beginnings and two of the endings Porter's steps look at ("abilities",
   * "relationally", "hopingly"), and every word of the content and the articles.
   */
  private static TreeSet<String> manyWords() throws IOException {
    TreeSet<String> words = contentWords();
    String[] starts = {"", "a", "b", "ab", "ho", "sk", "ti", "hop", "rel", "nob", "poss", "sens", "contr", "feud", "gener"};
    String[] endings = {"", "s", "es", "ies", "sses", "ed", "eed", "ing", "y", "ly", "li", "e", "ness", "ful", "ation",
      "ational", "tional", "al", "iti", "biliti", "bility", "ability", "ible", "ize", "ization", "izer", "ator", "alism",
      "iveness", "fulness", "ousness", "ousli", "entli", "eli", "alli", "anci", "enci", "logi", "bli", "icate", "ative",
      "alize", "iciti", "ical", "ance", "ence", "er", "ic", "able", "ant", "ement", "ment", "ent", "ion", "sion", "tion",
      "ou", "ism", "ate", "ous", "ive", "ll", "at", "bl", "iz", "pp", "ss"};
    for (String start : starts) {
      for (String one : endings) {
        for (String two : endings) {
          words.add(start + one + two);
        }
      }
    }
    words.remove("");
    return words;
  }

  /** Every word of the content and, beside the project, of the articles. */
  private static TreeSet<String> contentWords() throws IOException {
    TreeSet<String> words = new TreeSet<>();
    List<Path> texts = new ArrayList<>();
    try (Stream<Path> content = Files.list(Path.of("content"))) {
      content.forEach(texts::add);
    }
    Path seeds = Path.of("..", "shared", "seeds");
    if (Files.isDirectory(seeds)) {
      try (Stream<Path> articles = Files.list(seeds)) {
        articles.forEach(texts::add);
      }
    }
    for (Path text : texts) {
      words.addAll(Words.of(Files.readString(text)));
    }
    words.remove("");
    return words;
  }

  /** What {@link Words#anyHasStem} rests on: a stem less its last two letters begins its word. */
  @Test
  void aStemLessTwoLettersBeginsItsWord() throws IOException {
    for (String word : manyWords()) {
      String stem = Words.stem(word);
      assertTrue(word.startsWith(stem.substring(0, Math.max(0, stem.length() - 2))), word + " -> " + stem);
    }
  }

  /** The look-up validate makes for each word a synonym finds, against stemming every word of the content. */
  @Test
  void anyHasStemFindsWhatStemmingEveryWordFinds() throws IOException {
    String[] words = contentWords().toArray(new String[0]);
    TreeSet<String> stems = new TreeSet<>();
    for (String word : words) {
      stems.add(Words.stem(word));
    }
    for (String stem : stems) {
      assertTrue(Words.anyHasStem(words, stem), stem);
    }
    assertTrue(Words.anyHasStem(new String[] {"happy"}, "happi"));
    assertTrue(Words.anyHasStem(new String[] {"abilities", "ability"}, "abil"));
    assertEquals(false, Words.anyHasStem(new String[] {"happy", "happiness"}, "hap"));
    assertEquals(false, Words.anyHasStem(new String[0], "text"));
  }
}
