package dev.guide.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.GuideException;
import dev.guide.content.Question;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One answer as a person writes it, at the terminal or in a file. */
class ChoiceInputTest {

  private static Question question(String id) {
    return TinyContent.real().questionnaire().question(id).orElseThrow();
  }

  private static List<String> chosen(String questionId, String typed) {
    ChoiceInput.Parsed parsed = ChoiceInput.parse(question(questionId), typed);
    assertTrue(parsed.problem().isEmpty(), () -> typed + ": " + parsed.problem().get());
    return parsed.choices();
  }

  private static String problem(String questionId, String typed) {
    return ChoiceInput.parse(question(questionId), typed).problem().orElseThrow(() -> new AssertionError(typed + " was accepted"));
  }

  @Test
  void aLabelAsShownOnScreenIsAChoice() {
    assertEquals(List.of("very-fast"), chosen("pace", "very fast"));
    assertEquals(List.of("very-fast"), chosen("pace", "Very Fast"));
  }

  @Test
  void aLabelIsFoundWhicheverPronounItWasShownWith() {
    String id = question("past").choices().get(0).id();
    String label = question("past").choices().get(0).label();
    for (dev.guide.content.Partner partner : dev.guide.content.Partner.values()) {
      assertEquals(List.of(id), chosen("past", partner.render(label)), partner.toString());
    }
  }

  @Test
  void oneWordThatOnlyOneLabelHasIsEnough() {
    assertEquals(List.of("very-fast"), chosen("pace", "fast"));
    assertEquals(List.of("work-pressure"), chosen("life-stress", "work"));
    assertTrue(problem("life-stress", "or").contains("is not a choice"), "too short, and in several labels");
  }

  @Test
  void commandWordsAreNeverAnswersAndShortWordsFindTheLabelTheyStart() {
    Question question = TinyContent.single("q", new dev.guide.content.Choice("pulled", "He pulled back", java.util.Map.of(),
        false, false), new dev.guide.content.Choice("nothing", "No, none of these", java.util.Map.of(), false, true));
    for (String word : List.of("back", "help", "quit", "exit")) {
      assertTrue(ChoiceInput.parse(question, word).problem().orElse("").contains("is not a choice for q"), word);
    }
    assertEquals(List.of("nothing"), ChoiceInput.parse(question, "no").choices());
    assertEquals(List.of("pulled"), ChoiceInput.parse(question, "pulled").choices());
  }

  @Test
  void numbersMayBeSeparatedBySpacesOrCommas() {
    assertEquals(List.of("recent-breakup", "cheated-on"), chosen("past", "1 2"));
    assertEquals(List.of("recent-breakup", "cheated-on"), chosen("past", "1, 2"));
  }

  @Test
  void noneOfTheseStandsAlone() {
    assertEquals(List.of("none"), chosen("past", "none"));
    assertTrue(problem("past", "none, cheated-on").contains("'None of these' cannot go with other choices"));
  }

  @Test
  void skipStandsAloneTooAndSaysSoWithoutContradiction() {
    assertEquals(List.of(), chosen("fights", "skip"));
    String problem = problem("fights", "skip, 1");
    assertEquals("'skip' stands alone; give either skip or choices", problem);
  }

  @Test
  void aNoteAfterAnAnswerInAFileIsAComment() throws GuideException {
    Answers answers = AnswerFile.parse("a.txt", "how-long: 1   # we met in spring\n".getBytes(StandardCharsets.UTF_8),
        TinyContent.real().questionnaire());
    assertEquals(List.of("few-weeks"), answers.of("how-long"));
  }

  @Test
  void aRunOfAChoicesWordsIsThatChoice() {
    assertEquals(List.of("changes-subject"), chosen("emotional-talks", "changes the subject"));
    assertEquals(List.of("working-on-it"), chosen("needs-response", "work on"));
    assertEquals(List.of("keen-then-pulled-back"), chosen("serious-moments", "then pulled back"));
  }

  @Test
  void aSingleLetterIsNoAnswer() {
    assertTrue(problem("how-long", "a").contains("is not a choice"), "'a' picked 'A few weeks'");
  }

  @Test
  void aTypoGetsTheNearestChoiceSuggestedAndNotTaken() {
    // At the terminal, as the person sees the choices.
    String said = ChoiceInput.parse(question("how-long"), "sevral months", "this question").problem().orElseThrow();
    assertTrue(said.contains("did you mean 3) Several months, less than a year?"), said);
    assertFalse(problem("how-long", "zzzz qqqq").contains("did you mean"), "nothing near, nothing suggested");
  }

  @Test
  void inAnAnswerFileATypoGetsTheIdOfTheNearestChoice() {
    assertTrue(problem("how-long", "sevral months").contains("did you mean few-months?"), problem("how-long", "sevral months"));
    // Near an id, as answer files write them, though far from its words.
    assertTrue(problem("how-long", "few-month").contains("did you mean few-months?"), problem("how-long", "few-month"));
    assertTrue(problem("status", "togther").contains("did you mean together?"), problem("status", "togther"));
  }

  @Test
  void ofASeveralAnswerLineWhatWasUnderstoodIsKept() {
    Question question = question("life-stress");
    ChoiceInput.Partial partial = ChoiceInput.understood(question, "1, injury, anxeity", "q");
    assertEquals(List.of(question.choices().get(0).id(), "health"), partial.understood());
    assertEquals(1, partial.problems().size(), partial.problems().toString());
    assertTrue(partial.problems().get(0).startsWith("'anxeity' is not a choice; did you mean 5)"), partial.problems().toString());
  }
}
