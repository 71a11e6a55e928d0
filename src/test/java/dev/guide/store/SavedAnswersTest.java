package dev.guide.store;

import static dev.guide.quiz.TinyContent.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.guide.content.Questionnaire;
import dev.guide.quiz.Answers;
import dev.guide.quiz.TinyContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answers saved with an earlier questionnaire, read against today's. */
class SavedAnswersTest {

  private static final Questionnaire QUESTIONNAIRE = TinyContent.real().questionnaire();

  private static final Answers SAVED = answers(
      "mood-lately", "gloomy",
      "past", List.of("recent-breakup", "left-at-altar"),
      "how-long", "ages-ago",
      "life-stress", List.of(),
      "plans-time", "cancels");

  @Test
  void usableAnswersAreThoseTodaysQuestionsStillOfferInTheirOrder() {
    assertEquals(answers("past", List.of("recent-breakup"), "life-stress", List.of(), "plans-time", "cancels"),
        SavedAnswers.usable(SAVED, QUESTIONNAIRE));
  }

  @Test
  void everyAnswerThatCannotBeUsedIsNamed() {
    assertEquals(List.of("mood-lately", "past: left-at-altar", "how-long: ages-ago"),
        SavedAnswers.noLongerAsked(SAVED, QUESTIONNAIRE));
  }

  @Test
  void answersOfTodaysQuestionnaireAreAllUsable() {
    Answers current = answers("how-long", "few-weeks", "pace", "very-fast", "life-stress", List.of());
    assertEquals(current, SavedAnswers.usable(current, QUESTIONNAIRE));
    assertEquals(List.of(), SavedAnswers.noLongerAsked(current, QUESTIONNAIRE));
  }

  @Test
  void answersAnAnswerFileCouldNotGiveAreRefusedAndLeftOut() {
    Answers edited = answers("how-long", List.of("few-weeks", "few-months"), "past", List.of("recent-breakup", "recent-breakup"),
        "pace", "very-fast");
    assertEquals(List.of("how-long: only one choice fits how-long, not 2", "past: 'recent-breakup' is given twice for past"),
        SavedAnswers.refused(edited, QUESTIONNAIRE));
    assertEquals(answers("pace", "very-fast"), SavedAnswers.usable(edited, QUESTIONNAIRE));
  }
}
