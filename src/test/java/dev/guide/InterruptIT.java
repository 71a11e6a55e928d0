package dev.guide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dev.guide.content.Choice;
import dev.guide.content.Question;
import dev.guide.quiz.TinyContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C at a real terminal: the packaged jar under {@code script}, which gives it a pseudo-terminal,
 * so the Ctrl-C typed becomes a SIGINT from the terminal, as it does for a person.
 */
class InterruptIT {


  @TempDir Path dir;

  private Process start(Path data, String term) throws IOException {
    return TerminalScreen.start(dir, "--partner she ask --save --data-dir '" + data + "'", term);
  }


  /** Where the question about feeling safe is among the questions always asked (0 is the first). */
  private static int feelSafeAt() {
    List<Question> unconditional = TinyContent.real().questionnaire().questions().stream()
        .filter(q -> q.when().isEmpty()).toList();
    return unconditional.indexOf(feelSafe());
  }

  /** The number to type for its first answer of fear or control. */
  private static int fearChoice() {
    Question feelSafe = feelSafe();
    return feelSafe.choices().indexOf(feelSafe.choices().stream().filter(Choice::safety).findFirst().orElseThrow()) + 1;
  }

  private static Question feelSafe() {
    return TinyContent.real().questionnaire().questions().stream()
        .filter(q -> q.when().isEmpty() && q.choices().stream().anyMatch(Choice::safety)).findFirst().orElseThrow();
  }

  private static void ctrlC(Process process, TerminalScreen screen) throws Exception {
    TerminalScreen.ctrlC(process, screen, "Stopped.");
  }

  @Test
  void ctrlCWithSaveKeepsTheAnswersSoFarAndSaysSo() throws Exception {
    Path data = dir.resolve("data");
    Process process = start(data, null);
    TerminalScreen screen = new TerminalScreen(process.getInputStream());
    screen.await("1 of ");
    TerminalScreen.type(process, "1\n");
    screen.await("2 of ");
    ctrlC(process, screen);
    assertTrue(screen.toString().contains("Your answers so far are kept; 'guide ask --resume' goes on from here."),
        screen.toString());
    assertTrue(Files.isRegularFile(data.resolve("draft.json")), "the answer given is kept\n" + screen);
  }

  @Test
  void inTheAlternateScreenWhatWasKeptIsSaidAfterLeavingIt() throws Exception {
    Path data = dir.resolve("data");
    Process process = start(data, "xterm-256color");
    TerminalScreen screen = new TerminalScreen(process.getInputStream());
    screen.await("1 of ");
    TerminalScreen.type(process, "1\n");
    screen.await("2 of ");
    ctrlC(process, screen);
    String shown = screen.toString();
    int left = shown.lastIndexOf("\033[?1049l");
    assertTrue(left >= 0 && shown.indexOf("Your answers so far are kept", left) > left, "said after leaving\n" + shown);
    assertTrue(Files.isRegularFile(data.resolve("draft.json")), shown);
  }

  @Test
  void ctrlCAfterAnAnswerAboutFearKeepsNothingAndSaysWhy() throws Exception {
    int at = feelSafeAt();
    Path data = dir.resolve("data");
    Process process = start(data, null);
    TerminalScreen screen = new TerminalScreen(process.getInputStream());
    screen.await("1 of ");
    TerminalScreen.type(process, "s\n".repeat(at) + fearChoice() + "\n");
    screen.await((at + 2) + " of ");
    ctrlC(process, screen);
    assertTrue(screen.toString().replaceAll("\\s+", " ")
        .contains("Nothing was kept: answers about fear or control are kept only when you say so"), screen.toString());
    assertFalse(Files.exists(data.resolve("draft.json")), screen.toString());
  }

  /**
   * Resumed, then stopped after a new answer about fear: the new answers are not kept, and the
   * draft kept before is still there, which the guide says rather than "nothing was kept" (a new
   * user's trial: the old draft, without the fear, went on to a result with no safety section).
   */
  @Test
  void ctrlCAfterAFearAnswerInAResumedQuestionnaireSaysTheEarlierAnswersAreStillThere() throws Exception {
    int at = feelSafeAt();
    Path data = dir.resolve("data");
    Process first = start(data, null);
    TerminalScreen screen = new TerminalScreen(first.getInputStream());
    screen.await("1 of ");
    TerminalScreen.type(first, "1\n");
    screen.await("2 of ");
    ctrlC(first, screen);
    String kept = Files.readString(data.resolve("draft.json"));
    Process resumed = TerminalScreen.start(dir, "--partner she ask --save --resume --data-dir '" + data + "'", null);
    screen = new TerminalScreen(resumed.getInputStream());
    screen.await("2 of ");
    TerminalScreen.type(resumed, "s\n".repeat(at - 1) + fearChoice() + "\n");
    screen.await((at + 2) + " of ");
    ctrlC(resumed, screen);
    String said = screen.toString().replaceAll("\\s+", " ");
    assertTrue(said.contains("Nothing new was kept: answers about fear or control are kept only when you say so"), said);
    assertTrue(said.contains("The answers you kept before are still there"), said);
    assertTrue(Files.readString(data.resolve("draft.json")).equals(kept), "the earlier draft is as it was");
  }
}
