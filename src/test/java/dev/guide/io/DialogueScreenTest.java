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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The questionnaire in the terminal's alternate screen, which has no scrollback: the review of
 * the answers is shown a screenful at a time, and a wrong answer redraws the question with the
 * one-line problem rather than stacking messages under it.
 */
class DialogueScreenTest {

  /** How many questions are asked when every answer is a skip. */
  private static int unconditional;

  @BeforeAll
  static void countQuestions() throws ContentException {
    Questionnaire questionnaire = ContentReader.read(ContentReader.builtIn()).questionnaire();
    Answers answers = Answers.none();
    for (Question question : questionnaire.questions()) {
      if (answers.applies(question)) {
        answers = answers.with(question.id(), List.of());
        unconditional++;
      }
    }
  }

  private static CommandResult inScreen(int rows, String input) {
    return guide().typed(input).env("NO_COLOR", "1").env("TERM", "xterm").env("LINES", String.valueOf(rows))
        .env("COLUMNS", "80").exec("ask");
  }

  /** What each clearing of the screen left on it, in order. */
  private static List<String> screens(String out) {
    List<String> screens = new ArrayList<>(List.of(out.split(Pattern.quote(AlternateScreen.CLEAR), -1)));
    return screens.subList(1, screens.size());
  }

  /** The answer numbers a review screen shows. */
  private static List<Integer> numbers(String screen) {
    List<Integer> numbers = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^ +(\\d+)\\. ").matcher(screen);
    while (m.find()) {
      numbers.add(Integer.parseInt(m.group(1)));
    }
    return numbers;
  }

  @Test
  void aReviewLongerThanTheScreenIsShownAScreenfulAtATime() {
    int rows = 12;
    assertTrue(unconditional + 6 > rows, "the test needs a review longer than the screen");
    CommandResult result = inScreen(rows, "s\n".repeat(unconditional) + "\n".repeat(unconditional)).assertExit(ExitCode.OK);
    String out = result.out();
    List<String> reviews = screens(out.substring(0, out.indexOf(AlternateScreen.LEAVE))).stream()
        .filter(s -> s.contains("Your answers")).toList();
    assertTrue(reviews.size() > 1, "the review is paged\n" + out);
    TreeSet<Integer> seen = new TreeSet<>();
    for (String review : reviews) {
      // The prompt is the last line on the screen: every other line must fit above it.
      assertTrue(review.split("\n", -1).length <= rows, "a review screen longer than " + rows + " rows:\n" + review);
      seen.addAll(numbers(review));
    }
    assertEquals(unconditional, seen.size(), "every answer was on a screen before the result\n" + out);
    assertEquals(unconditional, seen.last());
    assertTrue(reviews.get(0).replaceAll("\\s+", " ").contains("Answers 1-"), reviews.get(0));
    assertTrue(reviews.get(0).contains("Press Enter for more"), reviews.get(0));
    assertTrue(reviews.get(reviews.size() - 1).replaceAll("\\s+", " ").contains("press Enter to see your result"), out);
    // The result comes once the last screenful was seen: one Enter a screen, and no more.
    int enters = reviews.size();
    CommandResult early = inScreen(rows, "s\n".repeat(unconditional) + "\n".repeat(enters - 1) + "q\n");
    assertFalse(early.out().contains("WHAT MAY BE GOING ON"), "the result before the last answers\n" + early.out());
    inScreen(rows, "s\n".repeat(unconditional) + "\n".repeat(enters)).assertOutContains("WHAT MAY BE GOING ON");
  }

  @Test
  void aReviewThatFitsIsOneScreenAsBefore() {
    String out = inScreen(60, "s\n".repeat(unconditional) + "\n").assertExit(ExitCode.OK)
        .assertOutContains("WHAT MAY BE GOING ON").out();
    assertFalse(out.contains("Press Enter for more"), out);
    assertFalse(out.contains("Answers 1-"), out);
  }

  @Test
  void aWrongNumberAtTheReviewRedrawsItWithTheProblemAlone() {
    String out = inScreen(60, "s\n".repeat(unconditional) + "98\n99\n\n").assertExit(ExitCode.OK).out();
    List<String> reviews = screens(out).stream().filter(s -> s.contains("Your answers")).toList();
    String last = reviews.get(reviews.size() - 1);
    assertTrue(last.contains("'99' is not one of the answers above"), last);
    assertFalse(last.contains("'98'"), "messages stacked under the review\n" + last);
    assertFalse(last.contains("Type a number to change that answer, press Enter"), "the problem replaces the instruction\n" + last);
    assertEquals(unconditional, numbers(last).size(), last);
  }

  @Test
  void aWrongAnswerRedrawsTheQuestionWithTheOneLineProblem() {
    String out = inScreen(24, "zzz\nyyy\nq\n").assertExit(ExitCode.OK).out();
    List<String> screens = screens(out);
    assertEquals(2, screens.size(), "one redraw a wrong answer\n" + out);
    String last = screens.get(1);
    assertTrue(last.contains("1 of "), last);
    assertTrue(last.contains("'yyy' is not a choice"), last);
    assertFalse(last.contains("'zzz'"), "messages stacked under the question\n" + last);
    // The instruction comes with the problem, as the problem is all that is said under the question.
    assertTrue(last.replaceAll("\\s+", " ").contains("Type a number (1-"), last);
    // What came before the first question is drawn again with it.
    assertTrue(last.contains("A few questions about what has been happening."), last);
  }

  /** At 40 columns the review cut questions inside a word ("what came just be\u2026"; a new user's trial): at a word's end now. */
  @Test
  void aQuestionCutShortInTheReviewEndsAtAWord() throws ContentException {
    Questionnaire questionnaire = ContentReader.read(ContentReader.builtIn()).questionnaire();
    String out = guide().typed("s\n".repeat(unconditional) + "\n").env("NO_COLOR", "1").env("TERM", "xterm")
        .env("LINES", "40").env("COLUMNS", "40").env("GUIDE_PARTNER", "he").exec("ask").assertExit(ExitCode.OK).out();
    int cuts = 0;
    Matcher m = Pattern.compile("(?m)^ +\\d+\\. (.+?)\u2026").matcher(out);
    while (m.find()) {
      String shown = m.group(1);
      boolean atAWord = false;
      for (Question question : questionnaire.questions()) {
        String text = dev.guide.content.Partner.HE.render(question.text());
        atAWord |= text.startsWith(shown) && (text.length() == shown.length() || !Character.isLetterOrDigit(text.charAt(shown.length())));
      }
      assertTrue(atAWord, "cut inside a word: " + shown + "\u2026");
      cuts++;
    }
    assertTrue(cuts > 0, "the review at 40 columns cuts some questions short:\n" + out);
  }

  @Test
  void whatCameAfterAnAnswerIsDrawnAgainWithTheNextQuestion() {
    // "?" at question 2: the help is drawn with the question, and the question before is gone.
    String out = inScreen(40, "1\n?\nq\n").assertExit(ExitCode.OK).out();
    List<String> screens = screens(out);
    String last = screens.get(screens.size() - 1);
    assertTrue(last.contains("2 of ") && last.contains("Why this is asked:"), last);
    assertFalse(last.contains("1 of "), last);
  }

  @Test
  void withoutTheAlternateScreenNothingIsClearedOrPaged() {
    String out = guide().typed("zzz\n" + "s\n".repeat(unconditional) + "99\n\n").env("NO_COLOR", "1").env("LINES", "12")
        .exec("ask").assertExit(ExitCode.OK).assertOutContains("WHAT MAY BE GOING ON").out();
    assertFalse(out.contains(AlternateScreen.CLEAR), out);
    assertTrue(out.contains("'zzz' is not a choice") && out.contains("'99' is not one of the answers above"), out);
    assertFalse(out.contains("Press Enter for more"), out);
  }
}
