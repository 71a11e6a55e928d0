package dev.guide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
