package dev.guide.render;

import static dev.guide.quiz.TinyContent.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.content.Content;
import dev.guide.content.Partner;
import dev.guide.quiz.Answers;
import dev.guide.quiz.Result;
import dev.guide.quiz.Scorer;
import dev.guide.quiz.TinyContent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the result report shows, in which order, and how it names what it found. */
class ResultReportTest {

  static final Content CONTENT = TinyContent.real();

  /**
   * Answers that bring up every section under safety: safety, the crisis note, a sign
   * (corroborated: two answers), reasons, advice, not answered. (Under safety nothing reads two
   * ways; see {@link #aSignThatReadsTwoWaysNamesTheReasonsItMayAlsoComeFrom}.)
   */
  static final Answers EVERYTHING = answers(
      "how-long", "few-weeks", "pace", "very-fast",
      "self-talk", List.of("not-good-enough", "doesnt-deserve", "cant-treat-well"),
      "life-stress", List.of("work-pressure", "health", "career-push", "harm-risk"),
      "raising-worries", "imagining", "honesty", "caught-lying",
      "feel-safe", "afraid");

  /**
   * Plain answers that point to nothing, so that what a test adds is read as resting on enough
   * (not as an unclear picture). Add how-long: exclusivity is asked only in the first months.
   */
  static final Answers PLAIN = answers(
      "status", "together", "feel-safe", "none", "onset", "after-fight", "circumstances", "live-together",
      "past", "none", "exclusivity", "agreed", "honesty", "none", "fights", "rarely", "raising-worries", "listens");

  static Answers plainAnd(Object... more) {
    Answers answers = PLAIN;
    Answers added = answers(more);
    for (var entry : added.chosen().entrySet()) {
      answers = answers.with(entry.getKey(), entry.getValue());
    }
    return answers;
  }

  static String text(Answers answers, Partner partner) {
    View view = new View(partner, 80, Styler.PLAIN, false);
    return new ResultReport(CONTENT, view).write(new Scorer(CONTENT).score(answers), Document.text(view));
  }

  /** The text from the heading to the next heading (or the end), the heading included. */
  static String section(String text, String heading) {
    int start = text.indexOf(heading + "\n");
    assertTrue(start >= 0, () -> heading + " missing:\n" + text);
    Matcher next = Pattern.compile("(?m)^[A-Z][A-Z ]+$").matcher(text);
    int end = next.find(start + heading.length() + 1) ? next.start() : text.length();
    return text.substring(start, end);
  }

  @Test
  void safetyFirstThenTheCrisisNoteSignsReasonsAndTheDisclaimerOnceAtTheEnd() {
    String text = text(EVERYTHING, Partner.HE);
    List<String> headings = List.of("YOUR SAFETY COMES FIRST", "IF YOU ARE WORRIED ABOUT HIS SAFETY",
        "SIGNS IT MAY BE TIME TO WALK AWAY", "WHAT MAY BE GOING ON",
        "HOW MUCH THIS RESTS ON", "WHAT YOU CAN DO", "NOT ANSWERED", "SOURCES");
    int last = -1;
    for (String heading : headings) {
      int at = text.indexOf("\n" + heading + "\n");
      at = text.startsWith(heading + "\n") ? 0 : at;
      assertTrue(at > last, () -> heading + " missing or out of order:\n" + text);
      last = at;
    }
    String disclaimer = "not therapy and not a diagnosis.\n";
    assertTrue(text.endsWith(disclaimer), text);
    assertEquals(text.indexOf("not therapy"), text.lastIndexOf("not therapy"), "the disclaimer once");
  }

  @Test
  void underSafetyNoReasonIsOfferedAsTheGentlerReadingOfASignAndNoSignAsksToRaiseIt() {
    String text = text(EVERYTHING, Partner.HE);
    assertFalse(text.contains("TWO WAYS"), "the sign would read two ways without the safety answer:\n" + text);
    String signs = section(text, "SIGNS IT MAY BE TIME TO WALK AWAY").replaceAll("\\s+", " ");
    String whatToDo = Partner.HE.render(CONTENT.questionnaire().messages().safetyWhatToDo());
    assertTrue(signs.contains("What to do: " + whatToDo), signs);
    String sign = Partner.HE.render(CONTENT.sign("says-he-doesnt-deserve-you").orElseThrow().whatToDo());
    assertFalse(signs.contains(sign), "the sign's own step (ask him) is not offered under safety: " + signs);
    String calm = text(plainAnd("how-long", "year-or-more", "self-talk", List.of("doesnt-deserve", "cant-treat-well")),
        Partner.HE);
    assertTrue(calm.contains("TWO WAYS") && calm.replaceAll("\\s+", " ").contains(sign), calm);
  }

  @Test
  void underSafetyTheReasonsArePrecededByAPlainWordAndTheGuidesOwnAdviceSaysSo() {
    String text = text(EVERYTHING, Partner.HE);
    String reasons = section(text, "WHAT MAY BE GOING ON").replaceAll("\\s+", " ");
    String word = CONTENT.questionnaire().messages().safetyReasons();
    assertTrue(reasons.contains(word) && reasons.indexOf(word) < reasons.indexOf("1. "), reasons);
    String advice = section(text, "WHAT YOU CAN DO").replaceAll("\\s+", " ");
    for (String id : CONTENT.questionnaire().messages().safetyAdvice()) {
      assertTrue(advice.contains("(" + id + "), the guide's own advice "), () -> id + " in\n" + advice);
    }
    String sources = section(text, "SOURCES");
    assertTrue(sources.replaceAll("\\s+", " ").contains("advice marked as the guide's own are not from the articles"), sources);
    // (A serious event brings the guide's own "look after yourself as well", so the calm case is work alone.)
    String calm = text(plainAnd("how-long", "few-months", "life-stress", List.of("work-pressure", "career-push")), Partner.HE);
    assertFalse(calm.contains(word.substring(0, 30)), calm);
    assertFalse(calm.contains("the guide's own"), calm);
  }

  @Test
  void underSafetyWhatStandsOutInShortIsTheSafetyNotAReason() {
    String inShort = section(text(EVERYTHING, Partner.HE), "IN SHORT").replaceAll("\\s+", " ");
    assertTrue(inShort.contains("What stands out: " + CONTENT.questionnaire().messages().safetyInShort()), inShort);
    for (var reason : CONTENT.reasons()) {
      assertFalse(inShort.contains(Partner.HE.render(reason.title())), () -> reason.id() + " named in short, beside fear: " + inShort);
    }
    String calm = section(text(plainAnd("how-long", "few-months", "life-stress", List.of("work-pressure", "career-push")),
        Partner.HE), "IN SHORT").replaceAll("\\s+", " ");
    assertTrue(calm.contains("What stands out: " + Partner.HE.render(CONTENT.reason("outside-stress").orElseThrow().title())), calm);
  }

  @Test
  void noSafetySectionSignsOrTwoWaysWhenNothingCallsForThem() {
    String text = text(answers("feel-safe", "none", "raising-worries", "listens", "life-stress", "work-pressure"),
        Partner.HE);
    assertFalse(text.contains("SAFETY"), text);
    assertFalse(text.contains("guide safety") || text.contains("feeling safe"), "nothing about safety at all:\n" + text);
    assertFalse(text.contains("WALK AWAY"), text);
    assertFalse(text.contains("TWO WAYS"), text);
    assertTrue(text.startsWith("IN SHORT\n") && text.contains("\nWHAT MAY BE GOING ON\n"), text);
  }

  @Test
  void leavingTheSafetyQuestionUnansweredIsMetWithAQuietWordFirst() {
    String skipped = Partner.HE.render(CONTENT.questionnaire().messages().safetySkipped());
    String text = text(answers("life-stress", "work-pressure"), Partner.HE);
    assertTrue(text.replaceAll("\\s+", " ").startsWith(skipped + " IN SHORT "), text);
    assertFalse(text.contains("SAFETY"), "no safety section for a question left unanswered:\n" + text);
    String afraid = text(answers("feel-safe", "afraid", "life-stress", "work-pressure"), Partner.HE);
    assertFalse(afraid.replaceAll("\\s+", " ").contains(skipped), afraid);
  }

  @Test
  void theSkippedNoteIsOnlyForTheQuestionAboutFeelingSafe() {
    String skipped = Partner.HE.render(CONTENT.questionnaire().messages().safetySkipped());
    String text = text(answers("feel-safe", "none", "life-stress", "work-pressure"), Partner.HE);
    assertFalse(text.replaceAll("\\s+", " ").contains(skipped), "feel-safe was answered:\n" + text);
  }

  @Test
  void strengthReadsAsHowWellTheReasonFits() {
    String text = text(plainAnd("life-stress", List.of("work-pressure", "health", "career-push"),
        "how-long", "few-weeks", "pace", "very-fast", "self-talk", "not-good-enough"), Partner.HE);
    assertTrue(text.contains("\n1. Something else is weighing on him (outside-stress), a strong fit\n"), text);
    assertTrue(text.contains("\n2. Things are moving too fast for him (moving-too-fast), a possible fit\n"), text);
    String moderate = text(plainAnd("how-long", "year-or-more", "life-stress", List.of("work-pressure", "career-push")),
        Partner.HE);
    assertTrue(moderate.contains("\n1. Something else is weighing on him (outside-stress), a moderate fit\n"), moderate);
    // A serious event is as clear as outside stress gets, on one answer.
    String serious = text(plainAnd("how-long", "year-or-more", "life-stress", "health"), Partner.HE);
    assertTrue(serious.contains("\n1. Something else is weighing on him (outside-stress), a strong fit\n"), serious);
  }

  @Test
  void howMuchTheReadingRestsOnIsSaidInWordsAndNumbers() {
    String text = text(plainAnd("how-long", "year-or-more", "life-stress", List.of("work-pressure", "health")),
        Partner.HE);
    String section = section(text, "HOW MUCH THIS RESTS ON").replaceAll("\\s+", " ");
    assertTrue(section.contains(Partner.HE.render(CONTENT.questionnaire().messages().confidenceMedium())), section);
    // how-long, the eight plain answers asked after one to a few years, and life-stress; of 16 asked.
    assertTrue(section.contains("Confidence: medium. You gave a telling answer to 10 of the 16 questions asked; "
        + "the leading reason rests on 2 answers."), section);
  }

  @Test
  void aThinPictureIsUnclearAndNamesItsLeadOnlyAsAPossibility() {
    String text = text(answers("life-stress", List.of("work-pressure", "health")), Partner.HE);
    String reasons = section(text, "WHAT MAY BE GOING ON").replaceAll("\\s+", " ");
    assertTrue(reasons.contains(Partner.HE.render(CONTENT.questionnaire().messages().unclear())), reasons);
    assertTrue(reasons.contains(CONTENT.questionnaire().messages().possibility()), reasons);
    assertTrue(reasons.contains("1. Something else is weighing on him (outside-stress), a possibility "), reasons);
    assertFalse(Pattern.compile("a (strong|moderate|possible) fit").matcher(reasons).find(),
        "no strength is claimed for a possibility: " + reasons);
    assertTrue(section(text, "HOW MUCH THIS RESTS ON").contains("Confidence: low."), text);
  }

  @Test
  void reasonsThatFitEquallyWellAreShownAsATie() {
    String text = text(plainAnd("how-long", "year-or-more", "life-stress", List.of("work-pressure", "career-push"),
        "past", List.of("cheated-on", "recent-breakup")), Partner.HE);
    String reasons = section(text, "WHAT MAY BE GOING ON");
    assertTrue(reasons.replaceAll("\\s+", " ").contains(Partner.HE.render(CONTENT.questionnaire().messages().ties())),
        reasons);
    assertTrue(reasons.contains("\n1. He's been hurt before (past-hurt), a moderate fit, tied\n"), reasons);
    assertTrue(reasons.contains("\n1. Something else is weighing on him (outside-stress), a moderate fit, tied\n"), reasons);
  }

  @Test
  void aSignThatReadsTwoWaysNamesTheReasonsItMayAlsoComeFrom() {
    String text = text(plainAnd("how-long", "year-or-more", "self-talk", List.of("doesnt-deserve", "cant-treat-well")),
        Partner.HE);
    assertEquals("""
        ANSWERS THAT READ TWO WAYS

        Some of what you said can be read two ways: it fits a sign worth taking
        seriously, and it can also come from a likely reason below. Only you can weigh
        which fits better; here is why the sign matters.

          - He keeps saying he doesn't deserve you (says-he-doesnt-deserve-you)
            - Why it matters: It can sound humble, and it may come from real self-doubt.
              Said again and again, though, it can also be a way of preparing you for a
              goodbye, a hint that part of him is already on the way out.
            - It may also come from: He doesn't feel good enough for you
              (low-self-esteem)

        """, section(text, "ANSWERS THAT READ TWO WAYS"));
    int signs = text.indexOf("SIGNS IT MAY BE TIME TO WALK AWAY\n");
    int twoWays = text.indexOf("ANSWERS THAT READ TWO WAYS\n");
    int reasons = text.indexOf("WHAT MAY BE GOING ON\n");
    assertTrue(signs >= 0 && signs < twoWays && twoWays < reasons, "after the signs, before the reasons:\n" + text);
    String oneAnswer = text(plainAnd("how-long", "year-or-more", "self-talk", List.of("not-good-enough", "doesnt-deserve")),
        Partner.HE);
    assertFalse(oneAnswer.contains("TWO WAYS") || oneAnswer.contains("WALK AWAY"),
        "one answer with an innocent reading shows no sign, so nothing reads two ways:\n" + oneAnswer);
  }

  @ParameterizedTest
  @EnumSource(Partner.class)
  void everyPronounIsThePartnersAndAgreesWithItsVerb(Partner partner) {
    String text = text(EVERYTHING, partner) + text(answers("how-long", "year-or-more", "told-needs", "yes",
        "needs-response", "wait-no-end", "honesty", List.of("keeps-things", "story-changes", "ex-back"),
        "plans-time", List.of("cancels", "book-ahead"), "fights", "mostly-fighting",
        "emotional-talks", List.of("jokes", "holds-back"), "serious-moments", List.of("overwhelmed", "clams-up")), partner);
    assertFalse(text.contains("{") || text.contains("}"), text);
    // Ids (says-he-doesnt-deserve-you) are names, and article titles are citations: neither is prose about the partner.
    String prose = text.replaceAll("\\([a-z0-9-]+\\)", "").replaceAll("(?m)^  - 00[0-9] .*$", "");
    String wrong = switch (partner) {
      case HE -> "she|her|herself|he (are|were|have|don't)";
      case SHE -> "he|him|his|himself|she (are|were|have|don't)";
      case THEY -> "he|him|his|himself|she|her|herself|they (is|was|has|doesn't|seems|says|keeps|wants|needs|goes)";
    };
    Matcher m = Pattern.compile("\\b(" + wrong + ")\\b", Pattern.CASE_INSENSITIVE).matcher(prose);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add("..." + prose.substring(Math.max(0, m.start() - 30), Math.min(prose.length(), m.end() + 30)).replace('\n', ' ') + "...");
    }
    assertEquals(List.of(), found, "for a partner called " + partner);
  }

  /** Several reasons, tied below the first two (the golden case several-reasons). */
  private static final Answers SEVERAL = answers(
      "how-long", "few-months", "status", "together", "feel-safe", "none", "onset", "after-closer", "pace", "very-fast",
      "past", List.of("recent-breakup", "cheated-on", "pulled-back-before"), "self-talk", "praise-bounces",
      "serious-moments", List.of("keen-then-pulled-back", "wants-close-pushes-away", "expects-you-to-leave"),
      "emotional-talks", "holds-back", "plans-time", "keeps-plans", "fights", "rarely", "raising-worries", "listens");

  @Test
  void theResultOpensWithAShortSummaryOfWhatStandsOutAndAFirstStep() {
    Result result = new Scorer(CONTENT).score(SEVERAL);
    String text = text(SEVERAL, Partner.HE);
    assertTrue(text.startsWith("IN SHORT\n"), text);
    String summary = text.substring(0, text.indexOf("WHAT MAY BE GOING ON"));
    assertTrue(summary.contains("What stands out: " + Partner.HE.render(result.reasons().get(0).reason().title())), summary);
    assertTrue(summary.contains("A first step: " + Partner.HE.render(result.advice().get(0).title())), summary);
    assertTrue(summary.lines().count() <= 8, "a few lines:\n" + summary);
  }

  @Test
  void atMostThreeReasonsAreShownInFullAndTheRestAreNamedInOneLine() {
    Result result = new Scorer(CONTENT).score(SEVERAL);
    assertTrue(result.reasons().size() > ResultReport.REASONS_IN_FULL, "the case needs more than three reasons");
    String text = text(SEVERAL, Partner.HE);
    long inFull = text.lines().filter(line -> line.matches("[0-9]+\\. .*")).count();
    assertEquals(ResultReport.REASONS_IN_FULL, inFull, text);
    String flat = text.replaceAll("\\s+", " ");
    for (Result.ReasonFinding rest : result.reasons().subList(ResultReport.REASONS_IN_FULL, result.reasons().size())) {
      assertTrue(flat.contains("Also possible: ") && flat.contains("(" + rest.reason().id()), rest.reason().id() + "\n" + text);
    }
  }

  @Test
  void underSafetyTheSummaryComesAfterTheSafetySection() {
    String text = text(EVERYTHING, Partner.HE);
    assertTrue(text.indexOf("YOUR SAFETY COMES FIRST") == 0 && text.indexOf("IN SHORT") > 0, text);
  }
}
