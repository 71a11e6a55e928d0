package dev.guide.quiz;

import static dev.guide.quiz.TinyContent.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.content.Content;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan covers what the result shows (issue 19 point 8): every sign shown and the leading reason
 * get a topic, however many there are, and the questions about stress follow the stress named.
 */
class PlanCoverageTest {

  private static final Content REAL = TinyContent.real();

  private static Plan plan(Answers answers) {
    Result result = new Scorer(REAL).score(answers);
    return Plan.of(REAL, answers, result, Limit.NONE);
  }

  private static List<String> topicIds(Plan plan) {
    return plan.topics().stream().map(Plan.Topic::id).toList();
  }

  /** The cheating case of the issue: several signs, gaslighting among them, and someone else leading. */
  private static final Answers CHEATING = answers(
      "how-long", "few-months", "status", "together", "feel-safe", "none", "onset", "gradual",
      "exclusivity", "agreed", "life-stress", "none",
      "plans-time", List.of("cancels", "vague-reasons"),
      "honesty", List.of("caught-lying", "story-changes", "keeps-things", "maybe-someone-else"),
      "raising-worries", List.of("turned-on-me"), "told-needs", "yes", "needs-response", "nothing-changed");

  @Test
  void everySignShownAndTheLeadingReasonHaveATopic() {
    Result result = new Scorer(REAL).score(CHEATING);
    Plan plan = Plan.of(REAL, CHEATING, result, Limit.NONE);
    List<String> topics = topicIds(plan);
    assertTrue(result.signs().size() > Plan.MAX_TOPICS, "more signs than the old cap: " + result.signs());
    for (Result.SignFinding sign : result.signs()) {
      assertTrue(topics.contains(sign.sign().id()), () -> sign.sign().id() + " missing from " + topics);
    }
    assertTrue(topics.contains("gaslighting"), topics::toString);
    assertTrue(topics.contains(result.reasons().get(0).reason().id()), () -> "the lead is missing from " + topics);
  }

  @Test
  void caughtLyingHasALineToSay() {
    Plan plan = plan(CHEATING);
    assertTrue(plan.noticed().stream().anyMatch(n -> n.because().choice().id().equals("caught-lying")),
        () -> plan.noticed().toString());
  }

  @Test
  void theQuestionsAboutStressFollowTheStressNamed() {
    Answers base = answers("how-long", "year-or-more", "status", "together", "feel-safe", "none",
        "onset", "after-life-change", "circumstances", "live-together", "told-needs", "hinted", "past", "none",
        "self-talk", "none", "serious-moments", "none", "emotional-talks", "opens-up", "future-talk", "talks-warmly",
        "plans-time", "busy-explains", "honesty", "none", "fights", "rarely", "raising-worries", "listens");
    String work = firstAsk(plan(base.with("life-stress", List.of("work-pressure"))));
    assertEquals("How are things at work, really?", work);
    for (String stress : List.of("job-loss", "health", "family-loss", "low-mood")) {
      String ask = firstAsk(plan(base.with("life-stress", List.of(stress))));
      assertFalse(ask.contains("work"), stress + " was named, not work: " + ask);
      assertEquals(REAL.plan().ask("life-stress", stress).orElseThrow(), ask, stress);
    }
    String unnamed = firstAsk(plan(base));
    assertFalse(unnamed.contains("work"), "no stress named: " + unnamed);
  }

  private static String firstAsk(Plan plan) {
    return plan.topics().stream().filter(t -> t.id().equals("outside-stress")).findFirst().orElseThrow(
        () -> new AssertionError("no outside-stress topic in " + topicIds(plan))).texts().ask().get(0);
  }
}
