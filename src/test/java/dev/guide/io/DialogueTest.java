package dev.guide.io;

import static dev.guide.Guide.guide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.content.ContentException;
import dev.guide.content.ContentReader;
import dev.guide.content.Question;
import dev.guide.content.Questionnaire;
import dev.guide.quiz.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The questionnaire at a terminal, driven by a scripted input stream. */
class DialogueTest {

  /** How many questions are asked when every answer is a skip: those without a condition. */
  private static int unconditional;

  /** How many questions there are in all. */
  private static int all;

  private static Questionnaire questionnaire;

  @BeforeAll
  static void countQuestions() throws ContentException {
    questionnaire = ContentReader.read(ContentReader.builtIn()).questionnaire();
    unconditional = (int) questionnaire.questions().stream().filter(q -> q.when().isEmpty()).count();
    all = questionnaire.questions().size();
  }

  /** How many questions are asked when how-long gets this answer and every other is skipped. */
  private static int asked(String howLong) {
    Answers answers = Answers.none().with("how-long", List.of(howLong));
    return (int) questionnaire.questions().stream().filter(answers::applies).count();
  }

  /** Where a question comes when how-long gets this answer: 1 for the first. */
  private static int position(String howLong, String question) {
    Answers answers = Answers.none().with("how-long", List.of(howLong));
    List<String> ids = questionnaire.questions().stream().filter(answers::applies).map(Question::id).toList();
    assertTrue(ids.contains(question), () -> question + " is not asked after how-long: " + howLong);
    return ids.indexOf(question) + 1;
  }

  /** The number to type for a choice of a question. */
  private static int number(String question, String choice) {
    List<String> ids = questionnaire.question(question).orElseThrow().choices().stream().map(c -> c.id()).toList();
    assertTrue(ids.contains(choice), () -> question + " has no choice " + choice);
    return ids.indexOf(choice) + 1;
  }

  /** "One to a few years": neither the pace question nor the exclusivity one is asked, the past one is. */
  private static final String YEARS = "year-or-more";

  private static String skips(int count) {
    return "s\n".repeat(count);
  }

  private static CommandResult typed(String input) {
    return guide().typed(input).env("NO_COLOR", "1").exec("ask");
  }

  @Test
  void asksOneQuestionAtATimeWithProgressThenReviewsThenShowsTheResult() {
    CommandResult result = typed(skips(unconditional) + "\n").assertExit(ExitCode.OK);
    result.assertOutContains("1 of " + all).assertOutContains("   1) ")
        .assertOutContains("Your answers").assertOutContains("(skipped)")
        .assertOutContains("WHAT MAY BE GOING ON");
  }

  @Test
  void conditionalQuestionsAreAskedOnlyWhenTheyApply() {
    // "One to a few years" to how-long: the pace question is for newer relationships and is not asked.
    CommandResult notNew = typed(number("how-long", YEARS) + "\n" + skips(asked(YEARS) - 1) + "\n");
    notNew.assertExit(ExitCode.OK).assertOutContains("WHAT MAY BE GOING ON");
    assertFalse(notNew.out().contains("How quickly did things move"), notNew.out());
    assertTrue(notNew.out().contains("What do you know about his past relationships?"), notNew.out());
    assertTrue(asked(YEARS) < asked("few-weeks"), "newer relationships are asked more");
    CommandResult isNew = typed("1\n" + skips(asked("few-weeks") - 1) + "\n");
    isNew.assertExit(ExitCode.OK).assertOutContains("WHAT MAY BE GOING ON");
    assertTrue(isNew.out().contains("How quickly did things move"), isNew.out());
    // The danger-signs question, asked only after a hurt-or-threatened answer, no longer counts once feel-safe is skipped.
    int afterFeelSafe = all - (int) questionnaire.questions().stream()
        .filter(q -> q.when().map(w -> w.question().equals("feel-safe")).orElse(false)).count();
    assertTrue(isNew.out().contains(position("few-weeks", "pace") + " of " + afterFeelSafe), isNew.out());
    CommandResult longMarried = typed(number("how-long", "many-years") + "\n" + skips(asked("many-years") - 1) + "\n");
    assertFalse(longMarried.out().contains("What do you know about his past relationships?"),
        "after many years, his past relationships are not asked about:\n" + longMarried.out());
  }

  @Test
  void theCountCountsQuestionsThatMayStillComeAndNeverGrows() {
    for (String input : List.of(skips(unconditional), "1\n" + skips(asked("few-weeks") - 1),
        number("how-long", YEARS) + "\n" + skips(asked(YEARS) - 1))) {
      List<Integer> totals = new ArrayList<>();
      String out = typed(input + "\n").out();
      Matcher m = Pattern.compile("(?m)^\\d+ of (\\d+)  ").matcher(out);
      while (m.find()) {
        totals.add(Integer.parseInt(m.group(1)));
      }
      assertFalse(totals.isEmpty(), out);
      assertEquals(all, totals.get(0), "at first every question may come");
      for (int i = 1; i < totals.size(); i++) {
        assertTrue(totals.get(i) <= totals.get(i - 1), "the count never grows: " + totals);
      }
      assertTrue(totals.get(totals.size() - 1) >= totals.size(), "never fewer than were asked: " + totals);
    }
  }

  @Test
  void questionMarkExplainsWhyAQuestionIsAsked() {
    typed("?\n" + skips(unconditional) + "\n").assertOutContains("Why this is asked:");
  }

  @Test
  void wrongInputIsAskedAgainWithAHintAndLosesNothing() {
    CommandResult result = typed("maybe\n9\n1,2\n" + number("how-long", YEARS) + "\n" + skips(asked(YEARS) - 1) + "\n")
        .assertExit(ExitCode.OK);
    // At the terminal a question is named by its words, as the person sees it; prose is wrapped.
    String out = result.out().replaceAll("\\s+", " ");
    assertTrue(out.contains("'maybe' is not a choice for \u201cHow long"), out);
    assertTrue(out.contains("'9' is not a choice for \u201cHow long"), out);
    assertTrue(out.contains("Only one choice fits \u201cHow long"), out);
    assertTrue(out.contains("\u201d. Type a number"), out);
    assertTrue(reviewLine(result.out(), 1).contains("One to a few years"), result.out());
  }

  @Test
  void anEmptyLineGivesAHintRatherThanAnAnswer() {
    typed("\n" + skips(unconditional) + "\n").assertOutContains("Type a number (1-");
  }

  @Test
  void choicesCanBeTypedByIdAndSeveralAtOnceWhereAllThatFitArePicked() {
    // how-long by id; then onset (pick all that fit) with two numbers.
    int onset = position(YEARS, "onset");
    CommandResult result = typed("year-or-more\n" + skips(onset - 2) + "1, 2\n" + skips(asked(YEARS) - onset) + "\n")
        .assertExit(ExitCode.OK);
    assertTrue(reviewLine(result.out(), 1).contains("One to a few years"), result.out());
    assertTrue(reviewLine(result.out(), onset).contains(";"), "two answers to onset:\n" + result.out());
  }

  @Test
  void backGoesToThePreviousQuestionAndKeepsItsAnswerOnEnter() {
    CommandResult result = typed(number("how-long", YEARS) + "\nb\n\n" + skips(asked(YEARS) - 1) + "\n")
        .assertExit(ExitCode.OK);
    result.assertOutContains("Press Enter to keep: One to a few years");
    assertTrue(reviewLine(result.out(), 1).contains("One to a few years"), result.out());
  }

  @Test
  void backAtTheFirstQuestionSaysSo() {
    typed("b\n" + skips(unconditional) + "\n").assertOutContains("This is the first question.");
  }

  @Test
  void anyAnswerCanBeChangedInTheReview() {
    // Changing how-long opens the past question, which is asked (and skipped) before the review comes back.
    CommandResult result = typed(skips(unconditional) + "1\n" + number("how-long", YEARS) + "\ns\n\n")
        .assertExit(ExitCode.OK).assertOutContains("WHAT MAY BE GOING ON");
    assertTrue(reviewLine(lastReview(result.out()), 1).contains("One to a few years"), result.out());
  }

  @Test
  void aChangeInTheReviewAsksTheQuestionsItOpens() {
    // Change how-long to "a few weeks": pace, past and exclusivity now apply and are asked before the review.
    int opened = asked("few-weeks") - unconditional;
    CommandResult result = typed(skips(unconditional) + "1\n1\n1\n" + skips(opened - 1) + "\n")
        .assertExit(ExitCode.OK).assertOutContains("WHAT MAY BE GOING ON");
    assertTrue(lastReview(result.out()).contains("Very fast"), result.out());
  }

  @Test
  void aChangeThatMakesAnAnswerBesideThePointSaysSo() {
    // "A few weeks", then "Very fast" to the pace question; in the review, "One to a few years".
    int pace = position("few-weeks", "pace");
    CommandResult result = typed("1\n" + skips(pace - 2) + "1\n" + skips(asked("few-weeks") - pace) + "1\n"
        + number("how-long", YEARS) + "\n\n").assertExit(ExitCode.OK).assertOutContains("WHAT MAY BE GOING ON");
    assertTrue(result.out().contains("\u2192 Very fast"), "pace was answered:\n" + result.out());
    // The note is wrapped like all prose; compare it with the line breaks taken out.
    assertTrue(result.out().replaceAll("\\s+", " ").contains("no longer applies, so it is set aside"), result.out());
    assertFalse(lastReview(result.out()).contains("Very fast"), result.out());
  }

  @Test
  void aWrongEntryInTheReviewSaysWhatWasWrong() {
    typed(skips(unconditional) + "99\n\n").assertOutContains("'99' is not one of the answers above");
  }

  @Test
  void qStopsWithoutAResult() {
    CommandResult result = typed("1\nq\n").assertExit(ExitCode.OK);
    result.assertOutContains("Stopped. Nothing was kept.");
    assertFalse(result.out().contains("WHAT MAY BE GOING ON"), result.out());
  }

  @Test
  void endOfInputStopsLikeQ() {
    CommandResult result = typed("1\n2\n").assertExit(ExitCode.OK);
    result.assertOutContains("Stopped.").assertNoStackTrace();
    assertFalse(result.out().contains("WHAT MAY BE GOING ON"));
  }

  @Test
  void whenTheResultIsRedirectedThePromptsGoToStandardError() {
    CommandResult result = guide().terminal(new Terminal(true, false, false)).env("GUIDE_PARTNER", "he")
        .stdin(skips(unconditional) + "\n")
        .exec("ask");
    result.assertExit(ExitCode.OK).assertErrContains("1 of ").assertOutContains("WHAT MAY BE GOING ON");
    assertFalse(result.out().contains("1 of "), result.out());
  }

  @Test
  void safetyAnswersBringTheSafetyNoteFirst() throws ContentException {
    Question feelSafe = ContentReader.read(ContentReader.builtIn()).questionnaire().questions().stream()
        .filter(q -> q.choices().stream().anyMatch(c -> c.safety())).findFirst().orElseThrow();
    // Skip to the first question with a safety choice, pick that choice, skip the rest.
    StringBuilder input = new StringBuilder();
    var questions = ContentReader.read(ContentReader.builtIn()).questionnaire().questions().stream()
        .filter(q -> q.when().isEmpty()).toList();
    for (Question q : questions) {
      if (q.id().equals(feelSafe.id())) {
        int n = 1 + feelSafe.choices().indexOf(feelSafe.choices().stream().filter(c -> c.safety()).findFirst().get());
        input.append(n).append('\n');
      } else {
        input.append("s\n");
      }
    }
    String out = typed(input + "\n").assertExit(ExitCode.OK).out();
    int safety = out.indexOf("YOUR SAFETY COMES FIRST");
    assertTrue(safety > 0 && safety < out.indexOf("WHAT YOU CAN DO"), out);
    assertFalse(out.contains("(talk-calmly)"), "no advice to talk it over calmly with someone you fear\n" + out);
  }

  /** The answer shown under question {@code number} of the (last) review. */
  private static String reviewLine(String out, int number) {
    String review = lastReview(out);
    Matcher m = Pattern.compile("(?m)^ +" + number + "\\. (.*\\n(?: {8}.*\\n)*)").matcher(review);
    assertTrue(m.find(), "review entry " + number + " in\n" + review);
    return m.group(1);
  }

  private static String lastReview(String out) {
    int at = out.lastIndexOf("Your answers\n");
    assertTrue(at >= 0, out);
    return out.substring(at);
  }

  @Test
  void reviewLineHelperFindsAnswers() {
    assertEquals("q \u2192 x\n", reviewLine("Your answers\n   1. q \u2192 x\nYour answers don't\n", 1));
    assertEquals("q \u2192 x;\n        y\n", reviewLine("Your answers\n   1. q \u2192 x;\n        y\n   2. r\n", 1));
  }

  @Test
  void theReviewGivesOneLineAnAnswerSoItFitsTheScreen() {
    String review = lastReview(typed(skips(unconditional) + "\n").assertExit(ExitCode.OK).out());
    String list = review.substring(0, review.indexOf("\nType a number"));
    assertEquals(unconditional + 1, list.lines().count(), "a heading, then one line an answer\n" + list);
    assertTrue(list.lines().allMatch(line -> line.length() <= 80), list);
  }

  @Test
  void theInstructionIsSaidOnceAQuestionThenOnlyTheProblem() {
    String out = typed("xyz\nabc\n\n1\nq\n").assertExit(ExitCode.OK).out();
    String first = out.substring(0, out.indexOf("2 of "));
    assertEquals(1, first.split("s to skip, b to go back", -1).length - 1, first);
    assertTrue(first.contains("'xyz' is not a choice") && first.contains("'abc' is not a choice"), first);
  }

  @Test
  void ofASeveralAnswerLineWhatWasUnderstoodIsKeptAndOnlyTheRestAskedAgain() {
    int at = position(YEARS, "life-stress");
    String input = number("how-long", YEARS) + "\n" + skips(at - 2) + "1, injury, anxeity\nanxiety\n" + skips(all) + "\n";
    String out = typed(input).assertExit(ExitCode.OK).out().replaceAll("\\s+", " ");
    assertTrue(out.contains("Kept: \u201cPressure or long hours at work\u201d, \u201cA serious illness or injury\u201d. "
        + "'anxeity' is not a choice; did you mean 5) Depression, anxiety or another low mood? Type the rest"), out);
    assertTrue(out.contains("\u2192 Pressure or long hours at work; A serious illness or injury; Depression, anxiety or "
        + "another low mood"), out);
  }

  @Test
  void aTypoIsMetWithTheNearestChoice() {
    String out = typed("sevral months\nq\n").out();
    assertTrue(out.replaceAll("\\s+", " ").contains("did you mean 3) Several months, less than a year?"), out);
  }
}
