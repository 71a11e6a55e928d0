package dev.guide.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.content.Advice;
import dev.guide.content.Content;
import dev.guide.content.Partner;
import dev.guide.content.Questionnaire;
import dev.guide.content.Reason;
import dev.guide.content.SourceRef;
import dev.guide.content.Synonym;
import dev.guide.content.WalkAwaySign;
import dev.guide.quiz.TinyContent;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Finding entries by everyday words: their forms, a typed beginning, and the content's synonyms. */
class SearchTest {

  private static final List<SourceRef> SOURCES = List.of(new SourceRef("000", "§1"));

  private static final Reason QUIET = new Reason("gone-quiet", "{He} went quiet", "{He} replies to messages less.",
      List.of("{He} disappears for days"), "Maybe {he} is overwhelmed by work.", List.of("wait"), List.of(), SOURCES);
  private static final WalkAwaySign TEXTS = new WalkAwaySign("texts-others", "{He} texts others",
      "{He} is texting someone at night.", "Secrets wear trust away.", "Ask plainly.", List.of("wait"), SOURCES);
  private static final Advice WAIT = new Advice("wait", "Give it time", "Vulnerability takes time; a helpline can help.", SOURCES);

  private static Content content(List<Synonym> synonyms) {
    Questionnaire questionnaire = TinyContent.real().questionnaire();
    return new Content(List.of(), List.of(WAIT), List.of(QUIET), List.of(TEXTS), questionnaire,
        dev.guide.content.Helplines.NONE, synonyms);
  }

  private static List<String> ids(Content content, String... words) {
    return new Search(content, Partner.HE).find(List.of(words)).stream().map(Search.Hit::id).toList();
  }

  @Test
  void wordFormsMeet() {
    Content plain = content(List.of());
    assertEquals(List.of("texts-others"), ids(plain, "text"));
    assertEquals(List.of("texts-others"), ids(plain, "texting"));
    assertEquals(List.of("gone-quiet"), ids(plain, "reply"));
    assertEquals(List.of("gone-quiet"), ids(plain, "message"));
    assertEquals(List.of("gone-quiet"), ids(plain, "disappeared"));
    assertEquals(List.of("wait"), ids(plain, "helplines"));
  }

  @Test
  void aTypedBeginningOfFourLettersOrMoreFindsTheWord() {
    assertEquals(List.of("wait"), ids(content(List.of()), "vulnera"));
    assertEquals(List.of(), ids(content(List.of()), "vul"));
  }

  @Test
  void aSynonymFindsTheWordsItGives() {
    assertEquals(List.of(), ids(content(List.of()), "ghosting"));
    Content withSynonyms = content(List.of(new Synonym("ghosting", List.of("disappear")),
        new Synonym("job", List.of("work"))));
    assertEquals(List.of("gone-quiet"), ids(withSynonyms, "ghosting"));
    assertEquals(List.of("gone-quiet"), ids(withSynonyms, "ghosted"), "any form of the synonym's word");
    assertEquals(List.of("gone-quiet"), ids(withSynonyms, "jobs"));
  }

  @Test
  void aWordAndItsSynonymsCountAsOneWordTyped() {
    Content withSynonyms = content(List.of(new Synonym("ghosting", List.of("disappear", "replies"))));
    Search.Hit hit = new Search(withSynonyms, Partner.HE).find(List.of("ghosting")).get(0);
    assertEquals(1, hit.matched());
  }

  @Test
  void theLineShownIsOneWithTheWordInThePartnersWords() {
    Search.Hit hit = new Search(content(List.of()), Partner.SHE).find(List.of("texting")).get(0);
    assertEquals("She is texting someone at night.", hit.line());
    assertEquals("She texts others", hit.title());
  }

  /** The words a new user searched with and found nothing; the built-in content must answer each. */
  @ParameterizedTest
  @ValueSource(strings = {"ghosting", "texting", "text", "reply", "message", "job", "busy", "cheating", "abuse",
      "control", "helpline", "afraid", "scared", "hurt", "safe"})
  void everydayWordsFindSomethingInTheBuiltInContent(String word) {
    assertFalse(new Search(TinyContent.real(), Partner.HE).find(List.of(word)).isEmpty(), word);
  }

  @Test
  void theBuiltInSynonymsLeadFearWordsToWhereSafetyIsSpokenOf() {
    // The words a safety entry speaks with: whatever entry holds them, these words must reach it.
    for (String word : List.of("abuse", "control", "helpline", "scared", "afraid")) {
      List<String> finds = TinyContent.real().synonyms().stream().filter(s -> s.word().equals(word))
          .flatMap(s -> s.finds().stream()).toList();
      assertTrue(finds.contains("safety") || finds.contains("fear"), word + " finds " + finds);
    }
  }
}
