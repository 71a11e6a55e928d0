package dev.guide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ids as people type them. */
class IdsTest {

  static final List<String> REASONS = CatalogTest.REASON_IDS;
  static final List<String> SIGNS = CatalogTest.SIGN_IDS;

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "Fear of Intimacy           | fear-of-intimacy",
    "FEAR-OF-INTIMACY           | fear-of-intimacy",
    "\" fear_of_intimacy \"       | fear-of-intimacy",
    "fear  of   intimacy        | fear-of-intimacy",
    "--fear-of-intimacy--       | fear-of-intimacy",
    "Says he doesn't deserve you | says-he-doesnt-deserve-you",
    "Says he doesn’t deserve you | says-he-doesnt-deserve-you",
    "Not sure                   | not-sure",
    "Ｆｅａｒ                   | fear",
    "\"   \"                      | \"\""})
  void normalise(String typed, String expected) {
    assertEquals(expected, Ids.normalise(typed));
  }

  @Test
  void exactIdMatchesOnlyItself() {
    // An exact id wins outright, even when it also begins a longer id.
    assertEquals(List.of("fear-of-intimacy"), Ids.matching("Fear of Intimacy", REASONS));
    assertEquals(List.of("ab"), Ids.matching("ab", List.of("ab", "ab-cd")));
  }

  @Test
  void uniqueWholeWordMatches() {
    assertEquals(List.of("fear-of-intimacy"), Ids.matching("intimacy", REASONS));
    assertEquals(List.of("gaslighting"), Ids.matching("Gaslighting", SIGNS));
    assertEquals(List.of("moving-too-fast"), Ids.matching("too fast", REASONS));
  }

  @Test
  void prefixMatches() {
    assertEquals(List.of("emotionally-unavailable"), Ids.matching("emotion", REASONS));
  }

  @Test
  void ambiguousWordMatchesEveryCandidate() {
    assertEquals(List.of("fear-of-intimacy", "fear-of-vulnerability", "fear-of-commitment"), Ids.matching("fear", REASONS));
    assertEquals(List.of("keeps-cancelling", "keeps-things-from-you", "story-keeps-changing"), Ids.matching("keeps", SIGNS));
  }

  @Test
  void partOfAWordDoesNotMatch() {
    assertEquals(List.of(), Ids.matching("timacy", REASONS));
    assertEquals(List.of(), Ids.matching("", REASONS));
    assertEquals(List.of(), Ids.matching("  ", REASONS));
  }

  @Test
  void closestFindsATypo() {
    assertEquals(List.of("fear-of-intimacy"), Ids.closest("fear-of-intimcy", REASONS));
    assertEquals(List.of("gaslighting"), Ids.closest("gaslightning", SIGNS));
  }

  @Test
  void closestIsOrderedByDistanceAndAtMostThree() {
    assertEquals(List.of("fear-of-intimacy", "fear-of-commitment", "fear-of-vulnerability"), Ids.closest("fear-of", REASONS));
    List<String> known = List.of("abcd", "abce", "abxx", "abcf", "abcg");
    assertEquals(List.of("abcd", "abce", "abcf"), Ids.closest("abcd", known));
  }

  @Test
  void nothingCloseMeansNoSuggestion() {
    assertEquals(List.of(), Ids.closest("banana", REASONS));
    assertEquals("", Ids.didYouMean("banana", REASONS));
  }

  @Test
  void didYouMeanNamesTheSuggestions() {
    assertEquals("; did you mean fear-of-intimacy?", Ids.didYouMean("fear-of-intimcy", REASONS));
    assertEquals("; did you mean ab or ac?", Ids.didYouMean("aa", List.of("ab", "ac", "zzzzzz")));
  }

  @Test
  void distanceIsTheEditDistance() {
    assertEquals(0, Ids.distance("same", "same"));
    assertEquals(1, Ids.distance("intimcy", "intimacy"));
    assertEquals(2, Ids.distance("ab", "ba"));
    assertEquals(4, Ids.distance("", "four"));
  }
}
