package dev.guide.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.content.Choice;
import dev.guide.content.Partner;
import dev.guide.content.Question;
import dev.guide.content.Questionnaire;
import dev.guide.quiz.Answers;
import dev.guide.render.Styler;
import dev.guide.render.View;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Words typed at the prompt, on a questionnaire of its own (so it holds whatever the real one
 * asks): command words are commands at every prompt, never answers; short words find a label
 * they begin; hints and errors speak of the question by its words.
 */
class DialogueWordsTest {

  private static final Question FIRST = new Question("first", "Did he step away?", "Stepping away can mean many things.",
      false, Optional.empty(), List.of(choice("pulled", "He pulled back"), choice("stayed", "He stayed close")));

  private static final Question SECOND = new Question("second", "Have you told him?", "Saying it plainly helps.",
      false, Optional.empty(), List.of(choice("agreed", "Yes, we agreed"), choice("hinted", "Yes, but only in hints"),
          choice("nothing", "No, none of these")));

  private static final Questionnaire QUESTIONNAIRE = new Questionnaire(List.of(FIRST, SECOND),
      new Questionnaire.Thresholds(6, 4, 2, 3),
      new Questionnaire.Messages("disclaimer", "unclear", List.of(), "safety", List.of(), List.of(), "two ways"));

  private static Choice choice(String id, String label) {
    return new Choice(id, label, Map.of(), false, false);
  }

  /** What the dialogue said, and the answers it ended with (null when the person stopped). */
  private record Run(String out, Answers answers) {}

  private static Run typed(String input) throws IOException {
    StringWriter out = new StringWriter();
    Dialogue dialogue = new Dialogue(QUESTIONNAIRE, new View(Partner.HE, 80, Styler.PLAIN, true),
        new BufferedReader(new StringReader(input)), new PrintWriter(out));
    Optional<Answers> answers = dialogue.run();
    return new Run(out.toString().replaceAll("\\s+", " "), answers.orElse(null));
  }

  @Test
  void backGoesBackEvenWhereALabelSaysBack() throws IOException {
    Run run = typed("2\nback\n2\n1\n\n");
    assertEquals(List.of("stayed"), run.answers().of("first"), run.out());
    assertEquals(2, run.out().split("1 of 2 Did he step away\\?").length - 1, "asked the first question again: " + run.out());
  }

  @Test
  void backInTheReviewChangesTheLastAnswer() throws IOException {
    Run run = typed("1\n1\nback\n3\n\n");
    assertEquals(List.of("nothing"), run.answers().of("second"), run.out());
  }

  @Test
  void helpQuitAndExitAreCommandsAtAQuestion() throws IOException {
    assertTrue(typed("help\nq\n").out().contains("Why this is asked: Stepping away can mean many things."));
    assertTrue(typed("h\nq\n").out().contains("Why this is asked:"));
    for (String stop : List.of("quit", "exit", "QUIT", "q")) {
      Run run = typed(stop + "\n1\n1\n\n");
      assertEquals(null, run.answers(), stop + ": " + run.out());
      assertTrue(run.out().contains("Stopped."), stop + ": " + run.out());
    }
  }

  @Test
  void skipSkipsAQuestion() throws IOException {
    Run run = typed("skip\n1\n\n");
    assertEquals(List.of(), run.answers().of("first"), run.out());
    assertTrue(run.answers().chosen().containsKey("first"), "skipped, not unanswered");
  }

  @Test
  void helpSkipAndExitWorkInTheReviewToo() throws IOException {
    Run help = typed("1\n1\n?\nhelp\n\n");
    assertFalse(help.out().contains("'?' is not one of the answers"), help.out());
    assertTrue(help.out().contains("Type a number from 1 to 2 to change that answer"), help.out());
    assertTrue(typed("1\n1\nskip\n\n").out().contains("There is nothing to skip here."));
    assertEquals(null, typed("1\n1\nexit\n").answers());
  }

  @Test
  void aShortWordFindsTheOneLabelThatStartsWithIt() throws IOException {
    assertEquals(List.of("nothing"), typed("1\nno\n\n").answers().of("second"));
    assertEquals(List.of("nothing"), typed("1\nNo, none\n\n").answers().of("second"));
  }

  @Test
  void aWordThatStartsTwoLabelsSaysWhichAndIsAskedAgain() throws IOException {
    Run run = typed("1\nyes\n1\n\n");
    assertTrue(run.out().contains("'yes' fits 2 choices for \u201cHave you told him?\u201d (1, 2); give the number, "
        + "or more of the words, of the one you mean"), run.out());
    assertEquals(List.of("agreed"), run.answers().of("second"));
  }

  @Test
  void theHintSaysThatWordsWork() throws IOException {
    String out = typed("\nq\n").out();
    assertTrue(out.contains("Type a number (1-2) or a choice's words"), out);
    assertTrue(out.contains("Answer with the number of a choice, or its words."), out);
  }

  @Test
  void anErrorNamesTheQuestionByItsWords() throws IOException {
    String out = typed("3 months\nq\n").out();
    assertTrue(out.contains("'3 months' is not a choice for \u201cDid he step away?\u201d"), out);
  }
}
