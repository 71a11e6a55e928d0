package dev.guide.quiz;

import static dev.guide.quiz.TinyContent.answers;
import static dev.guide.quiz.TinyContent.choice;
import static dev.guide.quiz.TinyContent.content;
import static dev.guide.quiz.TinyContent.multiple;
import static dev.guide.quiz.TinyContent.reason;
import static dev.guide.quiz.TinyContent.sign;
import static dev.guide.quiz.TinyContent.single;
import static dev.guide.quiz.TinyContent.unsafe;
import static dev.guide.quiz.TinyContent.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.content.Advice;
import dev.guide.content.Choice;
import dev.guide.content.Content;
import dev.guide.content.Question;
import dev.guide.content.Questionnaire;
import dev.guide.content.Reason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scoring engine: on small hand-built content where every weight is in view, and on the real content. */
class ScorerTest {

  /**
   * Three reasons, two signs. "deeper" is asked only after start: go-deeper. Thresholds: strong 6,
   * moderate 4, some 2, sign 3.
   */
  static final Content TINY = content(
      List.of(reason("r-first", "a-first", "a-shared"), reason("r-second", "a-second", "a-shared"),
          reason("r-third", "a-third")),
      List.of(sign("s-one", "a-sign-one"), sign("s-two", "a-sign-two")),
      List.of(
          single("start",
              choice("go-deeper"),
              choice("first", "r-first", 2),
              choice("both", "r-second", 3, "s-one", 3),
              choice("nothing")),
          when(multiple("deeper",
              choice("more-first", "r-first", 3),
              choice("less-first", "r-first", -1),
              unsafe("scared")), "start", "go-deeper"),
          multiple("many",
              choice("first", "r-first", 2),
              choice("second", "r-second", 2),
              choice("third", "r-third", 2),
              choice("sign-one", "s-one", 3),
              choice("sign-two", "s-two", 4),
              choice("sign-two-part", "s-two", 2, "r-third", 1),
              unsafe("afraid"),
              choice("none"))));

  static Result score(Answers answers) {
    return new Scorer(TINY).score(answers);
  }

  static List<String> reasonIds(Result result) {
    return result.reasons().stream().map(r -> r.reason().id()).toList();
  }

  static List<String> signIds(Result result) {
    return result.signs().stream().map(s -> s.sign().id()).toList();
  }

  static List<String> adviceIds(Result result) {
    return result.advice().stream().map(Advice::id).toList();
  }

  /** "question/choice" for each answer, to compare lists of answers readably. */
  static List<String> said(List<Result.Because> because) {
    return because.stream().map(b -> b.question().id() + "/" + b.choice().id()).toList();
  }

  static Result.ReasonFinding finding(Result result, String reason) {
    return result.reasons().stream().filter(r -> r.reason().id().equals(reason)).findFirst()
        .orElseThrow(() -> new AssertionError(reason + " not among " + reasonIds(result)));
  }

  @Test
  void scoreIsTheSumOfTheChosenWeights() {
    // r-first: more-first 3 + less-first -1 + first 2.
    Result result = score(answers("start", "go-deeper", "deeper", List.of("more-first", "less-first"), "many", "first"));
    assertEquals(4.0, finding(result, "r-first").score());
    // r-third: third 2 + sign-two-part 1, the second weight of a choice that also serves a sign.
    result = score(answers("many", List.of("third", "sign-two-part")));
    assertEquals(3.0, finding(result, "r-third").score());
  }

  @ParameterizedTest(name = "weight {0} gives {1}")
  @CsvSource({"1.99,", "2, some", "3.99, some", "4, moderate", "5.99, moderate", "6, strong", "9, strong"})
  void thresholdsDecideStrength(double weight, String strength) {
    Content content = content(List.of(reason("r", "a")), List.of(),
        List.of(single("q", choice("pick", "r", weight), choice("other"))));
    Result result = new Scorer(content).score(answers("q", "pick"));
    if (strength == null) {
      assertEquals(List.of(), reasonIds(result), "below 'some' a reason is not shown");
      assertTrue(result.unclear());
    } else {
      assertEquals(strength, finding(result, "r").strength().toString());
      assertFalse(result.unclear());
    }
  }

  @ParameterizedTest(name = "sign weight {0} present: {1}")
  @CsvSource({"2.99, false", "3, true", "7, true"})
  void signIsPresentAtItsThreshold(double weight, boolean present) {
    Content content = content(List.of(reason("r", "a")), List.of(sign("s", "b")),
        List.of(single("q", choice("pick", "s", weight), choice("other"))));
    Result result = new Scorer(content).score(answers("q", "pick"));
    assertEquals(present ? List.of("s") : List.of(), signIds(result));
  }

  @Test
  void reasonsStrongestFirstAndTiesKeepContentOrder() {
    // r-third 3, then r-first and r-second tied at 2: content order, not the order they were given in.
    Result result = score(answers("many", List.of("second", "sign-two-part", "first", "third")));
    assertEquals(List.of("r-third", "r-first", "r-second"), reasonIds(result));
    result = score(answers("start", "first", "many", List.of("third", "second")));
    assertEquals(List.of("r-first", "r-second", "r-third"), reasonIds(result), "all at 2");
  }

  @Test
  void answersToQuestionsWhoseConditionNoLongerHoldsAreIgnored() {
    Answers stale = answers("start", "first", "deeper", List.of("more-first", "scared"));
    Result result = score(stale);
    assertEquals(2.0, finding(result, "r-first").score(), "'deeper' is not asked after start: first");
    assertEquals(List.of("start/first"), said(finding(result, "r-first").because()));
    assertFalse(result.safety(), "a safety answer to a question not asked does not count");
    assertFalse(result.unanswered().stream().anyMatch(q -> q.id().equals("deeper")));

    Result asked = score(stale.with("start", List.of("go-deeper")));
    assertEquals(3.0, finding(asked, "r-first").score());
    assertTrue(asked.safety());
  }

  @Test
  void aStaleAnswerDoesNotOpenTheQuestionsThatDependOnIt() {
    Content chained = content(List.of(reason("r", "a")), List.of(),
        List.of(single("one", choice("open"), choice("shut")),
            when(single("two", choice("open"), choice("shut")), "one", "open"),
            when(multiple("three", choice("deep", "r", 3)), "two", "open")));
    Answers stale = answers("one", "shut", "two", "open", "three", "deep");
    Result result = new Scorer(chained).score(stale);
    assertEquals(List.of(), reasonIds(result), "'two' is not asked, so its answer cannot open 'three'");
    assertEquals(List.of(), result.unanswered());

    Result open = new Scorer(chained).score(stale.with("one", List.of("open")));
    assertEquals(List.of("r"), reasonIds(open));
  }

  @Test
  void becauseListsExactlyTheAnswersWithPositiveWeight() {
    Result result = score(answers(
        "start", "go-deeper", "deeper", List.of("less-first", "more-first"), "many", List.of("second", "first")));
    // Not less-first (negative), go-deeper (no weight) or second (another reason).
    assertEquals(List.of("deeper/more-first", "many/first"), said(finding(result, "r-first").because()));
    assertEquals(List.of("many/second"), said(finding(result, "r-second").because()));
  }

  @Test
  void signsArePresentWithTheirAnswersStrongestFirst() {
    Result result = score(answers("many", List.of("sign-two-part")));
    assertEquals(List.of(), signIds(result), "2 is below the sign threshold of 3");

    result = score(answers("start", "both", "many", List.of("sign-one", "sign-two-part", "sign-two")));
    assertEquals(List.of("s-one", "s-two"), signIds(result), "6 and 6: a tie keeps content order");
    assertEquals(List.of("start/both", "many/sign-one"), said(result.signs().get(0).because()));
    assertEquals(6.0, result.signs().get(0).score());

    result = score(answers("many", List.of("sign-one", "sign-two")));
    assertEquals(List.of("s-two", "s-one"), signIds(result), "4 before 3");
    assertEquals(List.of("many/sign-two"), said(result.signs().get(0).because()));
  }

  @Test
  void whenAnAnswerPointsToFearTheResultIsNotUnclearAndAdvisesNoTalkingItOver() {
    Content content = TinyContent.content(
        List.of(reason("r", "talk-it-over")), List.of(),
        List.of(multiple("feel", unsafe("afraid"), choice("none")), single("q", choice("a", "r", 2.0))));
    Result afraidOnly = new Scorer(content).score(answers("feel", List.of("afraid")));
    assertFalse(afraidOnly.unclear(), "fear is not an unclear picture");
    assertEquals(List.of("safety-first"), afraidOnly.advice().stream().map(a -> a.id()).toList());
    Result afraidWithReason = new Scorer(content).score(answers("feel", List.of("afraid"), "q", "a"));
    assertEquals(List.of("safety-first"), afraidWithReason.advice().stream().map(a -> a.id()).toList(),
        "the reason's advice to talk it over is held back; the safety advice leads");
    Result notAfraid = new Scorer(content).score(answers("q", "a"));
    assertEquals(List.of("talk-it-over"), notAfraid.advice().stream().map(a -> a.id()).toList());
  }

  @Test
  void safetyWhenAnyChosenChoiceHasSafety() {
    assertTrue(score(answers("many", List.of("first", "afraid"))).safety());
    assertTrue(score(answers("start", "go-deeper", "deeper", List.of("scared"))).safety());
    assertFalse(score(answers("many", List.of("first", "none"))).safety());
    assertFalse(score(Answers.none()).safety());
  }

  @Test
  void unclearGivesTheUnclearAdviceFirstAndInventsNoReason() {
    Result nothing = score(answers("start", List.of(), "many", List.of()));
    assertTrue(nothing.unclear());
    assertEquals(List.of(), nothing.reasons());
    assertEquals(TinyContent.UNCLEAR_ADVICE, adviceIds(nothing));

    // r-third at 1 is not enough to be shown, but a walk-away sign is a clear enough picture:
    // the sign's own advice, not the advice for an unclear one.
    Result signOnly = score(answers("many", List.of("sign-two", "sign-two-part")));
    assertFalse(signOnly.unclear());
    assertEquals(List.of(), signOnly.reasons());
    assertEquals(List.of("a-sign-two"), adviceIds(signOnly));

    Result clear = score(answers("many", "first"));
    assertFalse(clear.unclear());
    assertFalse(adviceIds(clear).contains("unclear-first"), () -> adviceIds(clear).toString());
    assertEquals(List.of("a-first", "a-shared"), adviceIds(clear));
  }

  @Test
  void adviceIsDeduplicatedAndAtMostMaxAdvice() {
    Content content = content(
        List.of(reason("r1", "x1", "shared", "x2"), reason("r2", "x3", "shared", "x4"), reason("r3", "x5", "x6"),
            reason("r4", "x7", "x8", "shared")),
        List.of(),
        List.of(multiple("q", choice("c1", "r1", 5), choice("c2", "r2", 4), choice("c3", "r3", 3),
            choice("c4", "r4", 2))));
    Result result = new Scorer(content).score(answers("q", List.of("c1", "c2", "c3", "c4")));
    List<String> advice = adviceIds(result);
    assertEquals(Scorer.MAX_ADVICE, advice.size(), advice::toString);
    assertEquals(advice.size(), new HashSet<>(advice).size(), () -> "duplicates in " + advice);
    // Each reason lends its score to its advice, the first listed most: shared gets 5/2 + 4/2 + 2/3,
    // more than x1 (5); x7 (2) comes before x2 (5/3).
    assertEquals(List.of("shared", "x1", "x3", "x5", "x7", "x2"), advice);
  }

  @Test
  void unansweredListsApplicableQuestionsWithoutAnAnswer() {
    Result result = score(answers("start", List.of()));
    assertEquals(List.of("start", "many"), result.unanswered().stream().map(Question::id).toList(),
        "skipped counts as unanswered; 'deeper' is not asked");
    result = score(answers("start", "go-deeper", "many", "none"));
    assertEquals(List.of("deeper"), result.unanswered().stream().map(Question::id).toList());
    result = score(answers("start", "go-deeper", "deeper", "scared", "many", "none"));
    assertEquals(List.of(), result.unanswered());
  }

  @Test
  void sameAnswersGiveEqualResults() {
    Answers given = answers("start", "both", "many", List.of("first", "sign-one", "third"));
    assertEquals(score(given), score(given));
    assertEquals(score(given), new Scorer(TINY).score(new Answers(given.chosen())));
    assertNotEquals(score(given), score(given.with("many", List.of("first"))), "and the test can tell results apart");
  }

  /** The same rules on the content that ships, with answers a person could give. */
  @Nested
  class OnTheRealContent {

    final Content real = TinyContent.real();
    final Scorer scorer = new Scorer(real);

    @Test
    void busyPartnerPointsToOutsideStress() {
      Result result = scorer.score(answers("life-stress", List.of("work-pressure", "health"), "plans-time", "busy-explains"));
      assertEquals(List.of("outside-stress"), reasonIds(result));
      assertEquals(5.0, result.reasons().get(0).score());
      assertEquals(Strength.MODERATE, result.reasons().get(0).strength());
      assertEquals(List.of("life-stress/work-pressure", "life-stress/health", "plans-time/busy-explains"),
          said(result.reasons().get(0).because()));
      assertEquals("ask-about-their-life", result.advice().get(0).id());
      assertFalse(result.safety());
      assertEquals(List.of(), result.signs());
    }

    @Test
    void paceCountsOnlyWhenItIsAsked() {
      Answers early = answers("how-long", "few-weeks", "pace", "very-fast");
      assertEquals(3.0, finding(scorer.score(early), "moving-too-fast").score());
      Result later = scorer.score(early.with("how-long", List.of("year-or-more")));
      assertFalse(reasonIds(later).contains("moving-too-fast"), () -> reasonIds(later).toString());
    }

    @Test
    void sayingTheyDontDeserveYouReadsTwoWays() {
      Result result = scorer.score(answers("self-talk", List.of("not-good-enough", "doesnt-deserve")));
      assertEquals(List.of("low-self-esteem"), reasonIds(result));
      assertEquals(List.of(), signIds(result), "one answer with an innocent reading shows no sign");
      Result both = scorer.score(answers("self-talk", List.of("doesnt-deserve", "cant-treat-well")));
      assertEquals(List.of("says-he-doesnt-deserve-you"), signIds(both));
      assertEquals(1, both.twoWays().size());
      assertEquals(List.of("low-self-esteem"), both.twoWays().get(0).reasons().stream().map(Reason::id).toList());
    }

    @Test
    void fearBringsUpSafetyEvenWithoutASign() {
      Result result = scorer.score(answers("feel-safe", "afraid"));
      assertTrue(result.safety());
      assertEquals(List.of(), result.signs());
      assertTrue(scorer.score(answers("raising-worries", "turned-on-me")).safety());
      assertFalse(scorer.score(answers("feel-safe", "none", "raising-worries", "listens")).safety());
    }

    @Test
    void nothingAnsweredIsUnclearAndListsEveryQuestionAskedUpFront() {
      Result result = scorer.score(Answers.none());
      assertTrue(result.unclear());
      assertEquals(List.of(), result.reasons());
      assertEquals(List.of(), result.signs());
      Questionnaire questionnaire = real.questionnaire();
      assertEquals(questionnaire.messages().unclearAdvice(), adviceIds(result));
      List<String> unconditional =
          questionnaire.questions().stream().filter(q -> q.when().isEmpty()).map(Question::id).toList();
      assertEquals(unconditional, result.unanswered().stream().map(Question::id).toList());
      assertTrue(unconditional.size() < questionnaire.questions().size(), "the content has conditional questions");
    }

    /**
     * Random answers checked against the rules computed independently here: scores are sums,
     * strength follows the thresholds, order, because, signs, safety, advice and unanswered.
     */
    @Test
    void randomAnswersFollowEveryRule() {
      Random random = new Random(20240517);
      Questionnaire.Thresholds t = real.questionnaire().thresholds();
      for (int round = 0; round < 400; round++) {
        Answers given = randomAnswers(random);
        Result result = scorer.score(given);
        String context = "answers " + given.chosen() + "\nresult reasons " + reasonIds(result) + " signs " + signIds(result);
        List<Result.Because> chosen = applicableChoices(given);

        boolean unsafe = chosen.stream().anyMatch(b -> b.choice().safety());
        List<Reason> expectedReasons = new ArrayList<>();
        for (Reason reason : real.reasons()) {
          if (sum(chosen, reason.id()) >= t.some()
              && !(unsafe && real.questionnaire().messages().unsafeReasons().contains(reason.id()))) {
            expectedReasons.add(reason);
          }
        }
        expectedReasons.sort((a, b) -> Double.compare(sum(chosen, b.id()), sum(chosen, a.id())));
        if (result.unclear() && !expectedReasons.isEmpty()) {
          double top = sum(chosen, expectedReasons.get(0).id());
          expectedReasons.removeIf(r -> sum(chosen, r.id()) != top);
        }
        assertEquals(expectedReasons.stream().map(Reason::id).toList(), reasonIds(result), context);
        for (int i = 0; i < result.reasons().size(); i++) {
          Result.ReasonFinding r = result.reasons().get(i);
          int rank = i > 0 && result.reasons().get(i - 1).score() == r.score() ? result.reasons().get(i - 1).rank() : i + 1;
          assertEquals(rank, r.rank(), context);
        }
        for (Result.ReasonFinding finding : result.reasons()) {
          double score = sum(chosen, finding.reason().id());
          assertEquals(score, finding.score(), context);
          Strength strength = score >= t.strong() ? Strength.STRONG : score >= t.moderate() ? Strength.MODERATE : Strength.SOME;
          assertEquals(strength, finding.strength(), context);
          assertEquals(said(positive(chosen, finding.reason().id())), said(finding.because()), context);
        }

        Set<String> expectedSigns = new HashSet<>();
        real.signs().stream().filter(s -> sum(chosen, s.id()) >= t.sign()).forEach(s -> expectedSigns.add(s.id()));
        assertEquals(expectedSigns, new HashSet<>(signIds(result)), context);
        for (int i = 1; i < result.signs().size(); i++) {
          assertTrue(result.signs().get(i - 1).score() >= result.signs().get(i).score(), context);
        }
        for (Result.SignFinding finding : result.signs()) {
          assertEquals(said(positive(chosen, finding.sign().id())), said(finding.because()), context);
        }

        assertEquals(chosen.stream().anyMatch(b -> b.choice().safety()), result.safety(), context);
        if (result.unclear()) {
          assertTrue(result.confidence() == Confidence.LOW && result.signs().isEmpty() && !result.safety(), context);
        }
        List<String> advice = adviceIds(result);
        assertTrue(advice.size() <= Scorer.MAX_ADVICE, context);
        assertEquals(advice.size(), new HashSet<>(advice).size(), context);
        if (result.unclear()) {
          List<String> unclearAdvice = real.questionnaire().messages().unclearAdvice();
          assertEquals(unclearAdvice, advice.subList(0, unclearAdvice.size()), context);
        }
        for (Result.TwoWays both : result.twoWays()) {
          assertTrue(signIds(result).contains(both.sign().id()), context);
          for (Reason reason : both.reasons()) {
            assertTrue(reasonIds(result).contains(reason.id()) && both.sign().alternatives().contains(reason.id()), context);
          }
        }

        List<String> unanswered = new ArrayList<>();
        Answers applicable = given.applicable(real.questionnaire());
        for (Question question : real.questionnaire().questions()) {
          if (applicable.applies(question) && applicable.of(question.id()).isEmpty()) {
            unanswered.add(question.id());
          }
        }
        assertEquals(unanswered, result.unanswered().stream().map(Question::id).toList(), context);
        assertEquals(result, scorer.score(given), "the same answers give the same result");
      }
    }

    /** Any choice for any question, conditions or not; sometimes skipped, sometimes left out. */
    private Answers randomAnswers(Random random) {
      Answers answers = Answers.none();
      for (Question question : real.questionnaire().questions()) {
        int roll = random.nextInt(10);
        if (roll == 0) {
          continue;
        }
        List<String> chosen = new ArrayList<>();
        if (roll > 1) {
          List<Choice> choices = question.choices();
          int count = question.multiple() ? 1 + random.nextInt(3) : 1;
          for (int i = 0; i < count; i++) {
            String id = choices.get(random.nextInt(choices.size())).id();
            if (!chosen.contains(id)) {
              chosen.add(id);
            }
          }
        }
        answers = answers.with(question.id(), chosen);
      }
      return answers;
    }

    private List<Result.Because> applicableChoices(Answers given) {
      Answers applicable = given.applicable(real.questionnaire());
      List<Result.Because> chosen = new ArrayList<>();
      for (Question question : real.questionnaire().questions()) {
        if (applicable.applies(question)) {
          for (String id : applicable.of(question.id())) {
            chosen.add(new Result.Because(question, question.choice(id).orElseThrow()));
          }
        }
      }
      return chosen;
    }

    /** The sum of the weights, never below the strongest single answer: a fact never erases a stated worry. */
    private static double sum(List<Result.Because> chosen, String id) {
      double total = chosen.stream().mapToDouble(b -> b.choice().weight(id)).sum();
      double strongest = chosen.stream().mapToDouble(b -> b.choice().weight(id)).max().orElse(0);
      return Math.max(total, Math.max(strongest, 0));
    }

    private static List<Result.Because> positive(List<Result.Because> chosen, String id) {
      return chosen.stream().filter(b -> b.choice().weight(id) > 0).toList();
    }
  }
}
