package dev.guide.quiz;

import static dev.guide.quiz.TinyContent.answers;
import static dev.guide.quiz.TinyContent.asking;
import static dev.guide.quiz.TinyContent.choice;
import static dev.guide.quiz.TinyContent.content;
import static dev.guide.quiz.TinyContent.emergency;
import static dev.guide.quiz.TinyContent.multiple;
import static dev.guide.quiz.TinyContent.reason;
import static dev.guide.quiz.TinyContent.sign;
import static dev.guide.quiz.TinyContent.unsafe;
import static dev.guide.quiz.TinyContent.withJudgement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.content.Advice;
import dev.guide.content.Choice;
import dev.guide.content.Content;
import dev.guide.content.Judgement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules of judgement.json on small content whose every weight the test shows: explaining
 * away, the reader's own worry, serious events, the hard reading, and what fear or a threat
 * changes. Thresholds: strong 6, moderate 4, some 2, sign 3.
 */
class JudgementScorerTest {

  /** "cancels" is a sign's own answer; "busy" and "ill" can explain it; "worry" is the reader's own. */
  private static final Content BASE = content(
      List.of(reason("r-stress", "a-support"), reason("r-other", "a-other"), reason("r-fade", "a-decide"),
          reason("r-gentle", "a-gentle")),
      List.of(sign("s-cancel", List.of("r-stress"), "a-cancel"), sign("s-time", "a-time")),
      List.of(multiple("q",
          choice("cancels", "s-cancel", 2, "r-other", 2, "r-fade", 1),
          choice("also-cancels", "s-cancel", 1, "r-fade", 1),
          choice("book-ahead", "s-time", 3, "r-fade", 1),
          choice("busy", "r-stress", 1),
          choice("ill", "r-stress", 6),
          choice("worry", "r-other", 3),
          choice("fact", "r-other", -1),
          choice("gentle", "r-gentle", 6),
          choice("warm", "r-fade", -2),
          unsafe("afraid"),
          emergency("hurt"),
          new Choice("dont-know", "label of dont-know", Map.of(), List.of("a-unsure"), false, false, false, false, true),
          asking("asks", "a-asked"))));

  private static final Judgement.Texts TEXTS = Judgement.NONE.texts();

  private static Judgement rules(Judgement.Explanation... explains) {
    return new Judgement(List.of("q:worry"), List.of("q:ill"), List.of(explains), Map.of("r-fade", 2),
        List.of("r-gentle"), List.of("a-support"), List.of("a-decide"), List.of(), Optional.of("r-fade"), TEXTS);
  }

  private static final Judgement.Explanation BUSY = new Judgement.Explanation(
      List.of("q:busy", "q:ill"), List.of(), List.of("s-cancel", "r-other", "r-fade"), Optional.of("r-stress"));

  private static Result score(Judgement judgement, String... chosen) {
    return new Scorer(withJudgement(BASE, judgement)).score(answers("q", List.of(chosen)));
  }

  private static Optional<Result.ReasonFinding> finding(Result result, String id) {
    return result.reasons().stream().filter(r -> r.reason().id().equals(id)).findFirst();
  }

  private static List<String> signIds(Result result) {
    return result.signs().stream().map(s -> s.sign().id()).toList();
  }

  private static List<String> said(List<Result.Because> because) {
    return because.stream().map(b -> b.choice().id()).toList();
  }

  @Test
  void anAnswerThatExplainsAnotherTakesItsWeightOffTheSignAndGivesItToTheReason() {
    assertEquals(List.of("s-cancel"), signIds(score(rules(BUSY), "cancels", "also-cancels")));
    Result explained = score(rules(BUSY), "cancels", "also-cancels", "busy");
    assertEquals(List.of(), signIds(explained), "busy, and he says why, explains the cancelling");
    Result.ReasonFinding stress = finding(explained, "r-stress").orElseThrow();
    // busy's own 1, and the cancels answer's largest explained weight (2); also-cancels gave only 1, which is dropped.
    assertEquals(3.0, stress.score());
    assertEquals(List.of("cancels", "busy"), said(stress.because()));
    assertTrue(finding(explained, "r-other").isEmpty(), "explained for r-other too");
  }

  @Test
  void withoutTheRuleTheSameAnswersStillRaiseTheSign() {
    assertEquals(List.of("s-cancel"), signIds(score(rules(), "cancels", "also-cancels", "busy")));
  }

  @Test
  void aSignExplainedAwayIsSetAsideWithTheAnswerThatExplainsIt() {
    Result explained = score(rules(BUSY), "cancels", "also-cancels", "busy");
    assertEquals(1, explained.setAside().size());
    Result.SetAside aside = explained.setAside().get(0);
    assertEquals("s-cancel", aside.sign().id());
    assertEquals(List.of("cancels"), said(aside.own()), "the sign's own answer, the one that gives it 'some' alone");
    assertEquals(List.of("busy"), said(aside.because()));
    Result alone = score(rules(), "cancels");
    assertEquals(List.of("s-cancel"), alone.setAside().stream().map(a -> a.sign().id()).toList(),
        "too little alone is set aside too, named rather than hidden");
    assertEquals(List.of(), alone.setAside().get(0).because());
    Result warm = score(rules(), "cancels", "warm");
    assertEquals(List.of("warm"), said(warm.setAside().get(0).because()),
        "what weighs against the hard reading the signs share points elsewhere");
  }

  @Test
  void onlyTheReadersOwnWorryIsAFloorAndNothingExplainsItAway() {
    // worry 3 and fact -1: the worry is never taken below its own weight.
    assertEquals(3.0, finding(score(rules(), "worry", "fact"), "r-other").orElseThrow().score());
    // cancels 2 and fact -1: an ordinary answer is lowered by the fact.
    assertTrue(finding(score(rules(), "cancels", "fact"), "r-other").isEmpty(), "1 is below 'some'");
    Result busyWorry = score(rules(BUSY), "worry", "busy");
    assertEquals(3.0, finding(busyWorry, "r-other").orElseThrow().score(), "an explanation does not touch the worry");
  }

  @Test
  void anExplanationThatNamesItsAnswersLeavesTheOthersAlone() {
    Judgement.Explanation onlyCancels = new Judgement.Explanation(List.of("q:busy"), List.of("q:cancels"),
        List.of("r-fade"), Optional.empty());
    Result result = score(rules(onlyCancels), "cancels", "also-cancels", "book-ahead", "busy");
    Result.ReasonFinding fade = finding(result, "r-fade").orElseThrow();
    assertEquals(2.0, fade.score(), "cancels' 1 is explained; also-cancels' and book-ahead's are not");
    assertEquals(List.of("also-cancels", "book-ahead"), said(fade.because()));
    Judgement.Explanation all = new Judgement.Explanation(List.of("q:busy"), List.of(), List.of("r-fade"), Optional.empty());
    assertTrue(finding(score(rules(all), "cancels", "also-cancels", "book-ahead", "busy"), "r-fade").isEmpty());
  }

  @Test
  void anAnswerTheExplanationCannotAccountForStopsIt() {
    Judgement.Explanation unlessWorried = new Judgement.Explanation(List.of("q:busy", "q:ill"), List.of(),
        List.of("s-cancel", "r-other", "r-fade"), Optional.of("r-stress"), List.of("q:book-ahead"));
    assertEquals(List.of(), signIds(score(rules(unlessWorried), "cancels", "also-cancels", "busy")));
    Result stopped = score(rules(unlessWorried), "cancels", "also-cancels", "busy", "book-ahead");
    assertTrue(signIds(stopped).contains("s-cancel"), "beside book-ahead, being busy explains nothing away");
    assertTrue(finding(stopped, "r-stress").isEmpty(), "nothing is moved to the explaining reason (busy's own 1 alone)");
    assertTrue(stopped.setAside().stream().noneMatch(a -> a.sign().id().equals("s-cancel")));
  }

  @Test
  void theHardReadingNeedsTheSignsItNames() {
    // r-fade: cancels 1 + also-cancels 1 = 2, enough to show, but only one sign agrees.
    assertTrue(finding(score(rules(), "cancels", "also-cancels"), "r-fade").isEmpty());
    Result two = score(rules(), "cancels", "also-cancels", "book-ahead");
    assertEquals(List.of("s-cancel", "s-time"), signIds(two).stream().sorted().toList());
    assertEquals(3.0, finding(two, "r-fade").orElseThrow().score());
  }

  @Test
  void underFearNoReasonIsAboveAPossibilityAndConfidenceIsNeverHigh() {
    Result calm = score(rules(), "ill", "busy", "gentle");
    assertEquals(Strength.STRONG, finding(calm, "r-stress").orElseThrow().strength());
    Result afraid = score(rules(), "ill", "busy", "gentle", "afraid");
    for (Result.ReasonFinding r : afraid.reasons()) {
      assertEquals(Strength.SOME, r.strength(), r.reason().id());
    }
    assertNotEquals(Confidence.HIGH, afraid.confidence());
    assertEquals(List.of(), afraid.setAside());
    assertEquals(List.of(), afraid.counters());
  }

  @Test
  void besideAThreatAReasonThatWouldReadAsAnExcuseIsHeldBack() {
    assertTrue(finding(score(rules(), "gentle", "afraid"), "r-gentle").isPresent(), "fear alone: shown, as a possibility");
    assertTrue(finding(score(rules(), "gentle", "hurt"), "r-gentle").isEmpty(), "hurt or threatened: held back");
  }

  @Test
  void aSeriousEventLeadsTheAdviceForItAndLeavesOutWhatDoesNotFit() {
    Result result = score(rules(), "ill", "cancels", "also-cancels", "book-ahead");
    List<String> advice = result.advice().stream().map(Advice::id).toList();
    assertEquals("a-support", advice.get(0), advice::toString);
    assertFalse(advice.contains("a-decide"), advice::toString);
    Result notSerious = score(rules(), "busy", "cancels", "also-cancels", "book-ahead");
    assertTrue(notSerious.advice().stream().anyMatch(a -> a.id().equals("a-decide")), notSerious.advice()::toString);
  }

  @Test
  void answersThatWeighAgainstAFindingShownAreNamedAsReadingTwoWays() {
    Result result = score(rules(), "cancels", "fact", "gentle");
    // r-other: cancels 2, fact -1: below 'some', held there by the fact; reads two ways.
    Result.Counter counter = result.counters().stream().filter(c -> c.id().equals("r-other")).findFirst().orElseThrow();
    assertFalse(counter.shown());
    assertEquals(List.of("cancels"), said(counter.pointing()));
    assertEquals(List.of("fact"), said(counter.against()));
    assertTrue(result.readsTwoWays());
  }

  @Test
  void whatWeighsAgainstTheHardReadingWeighsAgainstASignThatPointsToIt() {
    Result result = score(rules(), "cancels", "also-cancels", "warm");
    assertEquals(List.of("s-cancel"), signIds(result));
    Result.Counter counter = result.counters().stream().filter(c -> c.id().equals("s-cancel")).findFirst().orElseThrow();
    assertTrue(counter.shown() && counter.sign());
    assertEquals(List.of("warm"), said(counter.against()));
    Result without = new Scorer(withJudgement(BASE, new Judgement(List.of(), List.of(), List.of(), Map.of(), List.of(),
        List.of(), List.of(), List.of(), Optional.empty(), TEXTS))).score(answers("q", List.of("cancels", "also-cancels", "warm")));
    assertTrue(without.counters().stream().noneMatch(c -> c.id().equals("s-cancel")), "no hard reading named, no link");
  }

  @Test
  void anUnsureAnswerAsksForItsAdviceOnlyALittle() {
    Result result = score(rules(), "gentle", "dont-know", "asks");
    List<String> advice = result.advice().stream().map(Advice::id).toList();
    // "asks" lends a strong finding's weight; "I don't know" lends only 'some', after the reason's own advice.
    assertTrue(advice.indexOf("a-asked") < advice.indexOf("a-unsure"), advice::toString);
    assertTrue(advice.indexOf("a-gentle") < advice.indexOf("a-unsure"), advice::toString);
  }
}
