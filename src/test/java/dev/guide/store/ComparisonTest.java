package dev.guide.store;

import static dev.guide.quiz.TinyContent.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.content.Partner;
import dev.guide.content.Questionnaire;
import dev.guide.quiz.Answers;
import dev.guide.quiz.Strength;
import dev.guide.quiz.TinyContent;
import dev.guide.render.HistoryReport;
import dev.guide.render.Styler;
import dev.guide.render.View;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What changed between two check-ins, as data and in plain words. */
class ComparisonTest {

  private static final Questionnaire QUESTIONNAIRE = TinyContent.real().questionnaire();
  private static final View VIEW = new View(Partner.HE, 200, Styler.PLAIN, false);

  private static CheckIn checkIn(String date, Answers answers, List<CheckIn.SignLine> signs, boolean safety,
      CheckIn.ReasonLine... reasons) {
    OffsetDateTime at = OffsetDateTime.parse(date + "T20:00:00+01:00");
    return new CheckIn(CheckInStore.idFor(at), at, Partner.HE, answers,
        new CheckIn.Summary(List.of(reasons), signs, safety, false));
  }

  private static CheckIn.ReasonLine reason(String id, double score, Strength strength) {
    return new CheckIn.ReasonLine(id, "title of " + id, score, strength);
  }

  private static final CheckIn.SignLine CANCELLING = new CheckIn.SignLine("keeps-cancelling", "He keeps cancelling plans");
  private static final CheckIn.SignLine NO_TIME = new CheckIn.SignLine("no-time-for-you", "He has no time for you");

  private static final CheckIn BEFORE = checkIn("2026-11-15",
      answers("how-long", "few-months", "life-stress", List.of("health", "work-pressure"), "plans-time", "book-ahead",
          "fights", List.of()),
      List.of(NO_TIME), false,
      reason("outside-stress", 2, Strength.SOME), reason("past-hurt", 4, Strength.MODERATE),
      reason("fear-of-intimacy", 4, Strength.MODERATE), reason("emotionally-unavailable", 5, Strength.MODERATE));

  private static final CheckIn NOW = checkIn("2026-11-22",
      answers("how-long", "few-months", "life-stress", List.of("work-pressure", "health"), "plans-time", "cancels",
          "past", "recent-breakup"),
      List.of(CANCELLING), true,
      reason("outside-stress", 6, Strength.STRONG), reason("emotionally-unavailable", 5.5, Strength.MODERATE),
      reason("past-hurt", 4, Strength.MODERATE), reason("low-self-esteem", 2, Strength.SOME));

  private static final Comparison COMPARISON = Comparison.of(BEFORE, NOW, QUESTIONNAIRE);

  @Test
  void reasonsThatAppearedOrScoredHigherGrew() {
    assertEquals(List.of("outside-stress", "emotionally-unavailable", "low-self-esteem"),
        COMPARISON.grew().stream().map(Comparison.ReasonChange::id).toList());
    assertTrue(COMPARISON.grew().get(2).before().isEmpty(), "low-self-esteem is new");
  }

  @Test
  void reasonsThatScoredLowerOrWentAwayFaded() {
    assertEquals(List.of("fear-of-intimacy"), COMPARISON.faded().stream().map(Comparison.ReasonChange::id).toList());
    assertTrue(COMPARISON.faded().get(0).now().isEmpty());
    Comparison back = Comparison.of(NOW, BEFORE, QUESTIONNAIRE);
    assertEquals(List.of("outside-stress", "emotionally-unavailable", "low-self-esteem"),
        back.faded().stream().map(Comparison.ReasonChange::id).toList());
  }

  @Test
  void reasonsWithTheSameScoreAreUnchanged() {
    assertEquals(List.of("past-hurt"), COMPARISON.steady().stream().map(Comparison.ReasonChange::id).toList());
  }

  @Test
  void signsThatAppearedAndWentAway() {
    assertEquals(List.of(CANCELLING), COMPARISON.newSigns());
    assertEquals(List.of(NO_TIME), COMPARISON.goneSigns());
  }

  @Test
  void answersGivenDifferentlyInQuestionnaireOrderWithSkippedAndUnanswered() {
    // life-stress has the same choices in another order: not a change.
    assertEquals(List.of(
            new Comparison.AnswerChange("past", Optional.empty(), Optional.of(List.of("recent-breakup"))),
            new Comparison.AnswerChange("plans-time", Optional.of(List.of("book-ahead")), Optional.of(List.of("cancels"))),
            new Comparison.AnswerChange("fights", Optional.of(List.of()), Optional.empty())),
        COMPARISON.answers());
  }

  @Test
  void answersToQuestionsNoLongerAskedAreComparedToo() {
    CheckIn old = checkIn("2026-10-01", answers("mood-lately", "gloomy"), List.of(), false);
    CheckIn later = checkIn("2026-10-08", answers("mood-lately", "bright"), List.of(), false);
    Comparison comparison = Comparison.of(old, later, QUESTIONNAIRE);
    assertEquals("mood-lately", comparison.answers().get(0).question());
    String text = new HistoryReport(QUESTIONNAIRE, VIEW).compare(comparison);
    assertTrue(text.contains("mood-lately (no longer asked) \u2014 gloomy \u2192 bright"), text);
  }

  @Test
  void theSameCheckInTwiceChangedNothing() {
    Comparison same = Comparison.of(BEFORE, BEFORE, QUESTIONNAIRE);
    assertTrue(same.nothingChanged());
    assertFalse(COMPARISON.nothingChanged());
    String text = new HistoryReport(QUESTIONNAIRE, VIEW).compare(same);
    assertTrue(text.contains("Nothing changed"), text);
    assertFalse(text.contains("Grew:") || text.contains("Faded:"), text);
  }

  @Test
  void inPlainWords() {
    String text = new HistoryReport(QUESTIONNAIRE, VIEW).compare(COMPARISON);
    for (String expected : new String[] {
        "From 2026-11-15 to 2026-11-22",
        "An answer now points to fear, control or lies",
        "Grew:\n  - title of outside-stress (outside-stress): a possible fit \u2192 a strong fit\n"
            + "  - title of emotionally-unavailable (emotionally-unavailable): a moderate fit, score 5 \u2192 5.5\n"
            + "  - title of low-self-esteem (low-self-esteem): new, a possible fit\n",
        "Faded:\n  - title of fear-of-intimacy (fear-of-intimacy): a moderate fit \u2192 no longer shown\n",
        "New sign:\n  - He keeps cancelling plans (keeps-cancelling)\n",
        "Sign gone:\n  - He has no time for you (no-time-for-you)\n",
        "Answers that changed:\n",
        "  - How do plans, time together and keeping in touch go between you? \u2014 I have to book him weeks ahead \u2192 He often cancels plans we made\n",
        "\u2014 (not answered) \u2192 He came out of a relationship shortly before ours\n",
        "\u2014 (skipped) \u2192 (not answered)\n",
        "Unchanged:\n  - title of past-hurt (past-hurt): a moderate fit\n"}) {
      assertTrue(text.contains(expected), () -> "expected\n" + expected + "\nin\n" + text);
    }
  }

  @Test
  void checkInsOfTheSameDayAreToldApartByTheirTime() {
    CheckIn morning = new CheckIn("m", OffsetDateTime.parse("2026-11-22T08:15:00+01:00"), Partner.HE, Answers.none(),
        new CheckIn.Summary(List.of(), List.of(), false, true));
    String text = new HistoryReport(QUESTIONNAIRE, VIEW).compare(Comparison.of(morning, NOW, QUESTIONNAIRE));
    assertTrue(text.startsWith("From 2026-11-22 08:15 to 2026-11-22 20:00\n"), text);
  }
}
