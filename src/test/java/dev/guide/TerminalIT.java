package dev.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The questionnaire at a real terminal (tmux), driven with real keys and read off the screen as
 * a person sees it: arrows and Ctrl-U edit the line and never answer, a resize is followed, Ctrl-C
 * ends the guide, and only the dialogue at a terminal loads the line editor (JLine).
 */
@Tag("pty")
class TerminalIT {

  private static final Path JAR = Path.of(System.getProperty("guide.jar", "target/guide.jar")).toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir Path dir;

  @BeforeEach
  void folders() throws IOException {
    Files.createDirectories(dir.resolve("xdg"));
  }

  private Map<String, String> env() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HOME", dir.toString());
    env.put("XDG_DATA_HOME", dir.resolve("xdg").toString());
    env.put("GUIDE_NOW", "2026-11-15T10:00:00+01:00");
    env.put("TERM", "xterm");
    env.put("LANG", "C.UTF-8");
    env.put("NO_COLOR", "1");
    return env;
  }

  private Tmux guide(int columns, String... args) throws IOException, InterruptedException {
    return guideWith(columns, "", args);
  }

  private Tmux guideWith(int columns, String javaOptions, String... args) throws IOException, InterruptedException {
    StringBuilder command = new StringBuilder("'" + JAVA + "' " + javaOptions + " -jar '" + JAR + "'");
    for (String arg : args) {
      command.append(" '").append(arg).append('\'');
    }
    return Tmux.start(dir, columns, 24, env(), command.toString());
  }

  @Test
  void arrowsNeverAnswerAndTheLineIsEditedAsAtAShellPrompt() throws Exception {
    try (Tmux tmux = guide(100, "ask", "--partner", "she")) {
      tmux.prompt("1 of ");
      // Up (no earlier line) and Enter: still question 1, and no escape code in the line.
      tmux.keys("Up", "Enter");
      String screen = tmux.prompt("Type a number (1-5)");
      assertFalse(screen.contains("2 of "), "an arrow answered\n" + screen);
      assertFalse(screen.contains("^[") || screen.contains("[A"), "the arrow was put in the line\n" + screen);
      // Left and Backspace edit the line: "x1" becomes "1".
      tmux.keys("-l", "x1").keys("Left", "BSpace", "Enter");
      tmux.prompt("2 of ");
      // Ctrl-U clears what was typed; Ctrl-W a word.
      tmux.keys("-l", "nonsense").keys("C-u").keys("-l", "1 words").keys("C-w", "BSpace", "Enter");
      screen = tmux.prompt("3 of ");
      assertFalse(screen.contains("nonsense"), screen);
      // Up brings back an earlier line, shown and not sent: Enter is still needed.
      tmux.keys("Up");
      screen = tmux.waitFor("> 1");
      assertFalse(screen.contains("4 of "), screen);
      tmux.keys("C-u", "q", "Enter");
      assertEquals(ExitCode.OK, tmux.exitCode(), tmux.screen());
    }
  }

  @Test
  void whatIsTypedBeforeThePromptIsKept() throws Exception {
    try (Tmux tmux = guide(80, "ask", "--partner", "he")) {
      // Typed at once, while the guide starts: the answer and q must both arrive.
      tmux.line("2").line("q");
      assertEquals(ExitCode.OK, tmux.exitCode(), tmux.screen());
      assertTrue(tmux.all().contains("Stopped."), tmux.all());
    }
  }

  @Test
  void aResizedTerminalGetsTheNextQuestionWrappedToItsNewWidth() throws Exception {
    try (Tmux tmux = guide(100, "ask", "--partner", "she")) {
      tmux.prompt("1 of ");
      tmux.line("1");
      tmux.prompt("2 of ");
      tmux.resize(40, 24);
      // The guide learns the new size from SIGWINCH, on the signal's own thread: an answer typed in
      // the same millisecond can, on a loaded machine, be read first (CI ran into it once); a
      // person looks at the resized window before answering.
      Thread.sleep(500);
      tmux.line("1");
      tmux.prompt("3 of ");
      // Lines the terminal had to wrap itself are joined again here: none may be wider than the window.
      for (String line : tmux.joined().split("\n")) {
        assertTrue(line.stripTrailing().length() <= 40, "wrapped by the terminal, not the guide: '" + line + "'\n"
            + tmux.joined());
      }
      tmux.line("q");
      assertEquals(ExitCode.OK, tmux.exitCode());
    }
  }

  @Test
  void ctrlCEndsTheGuideWith130AndLeavesTheAlternateScreen() throws Exception {
    try (Tmux tmux = guide(80, "ask", "--partner", "they")) {
      tmux.prompt("1 of ");
      tmux.keys("-l", "2").keys("C-c");
      assertEquals(ExitCode.INTERRUPTED, tmux.exitCode(), tmux.screen());
      assertFalse(tmux.screen().contains("1 of "), "the questions stay on the screen\n" + tmux.screen());
    }
  }

  @Test
  void theLimitQuestionsOfAPlanAreEditedToo() throws Exception {
    Path answers = Files.writeString(dir.resolve("answers.txt"), "how-long: 4\nstatus: 1\n");
    ProcessBuilder save = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "ask", "--save", "--answers",
        answers.toString()).redirectInput(new File("/dev/null"));
    save.environment().putAll(env());
    CommandResult.finish(save.start(), 30).assertExit(ExitCode.OK);
    try (Tmux tmux = guide(80, "plan", "--no-pager")) {
      tmux.prompt("(press Enter to skip one)", "What do you need from this relationship? (one or two sentences)");
      tmux.keys("-l", "time tgether").keys("Left", "Left", "Left", "Left", "Left", "Left", "o", "Enter");
      tmux.prompt("time together", "What change would be enough for you?");
      tmux.keys("Enter");
      tmux.prompt("enough for you?", "By when? (a date such as 2026-12-15, or 'in 3 weeks')");
      tmux.keys("Enter");
      tmux.prompt("By when?", "What will you do if it doesn't come?");
      tmux.keys("Enter");
      assertEquals(ExitCode.OK, tmux.exitCode(), tmux.screen());
      assertTrue(tmux.all().contains("time together"), tmux.all());
    }
  }

  /** A check-in saved from a file, for 'guide plan' to start from. */
  private void savedCheckIn() throws Exception {
    Path answers = Files.writeString(dir.resolve("answers.txt"), "how-long: 4\nstatus: 1\n");
    ProcessBuilder save = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "ask", "--save", "--answers",
        answers.toString()).redirectInput(new File("/dev/null"));
    save.environment().putAll(env());
    CommandResult.finish(save.start(), 30).assertExit(ExitCode.OK);
  }

  /**
   * guide plan with real keys: Ctrl-U clears a half-typed limit, a resize to 40 columns is
   * followed by the plan, shown in the pager, and q leaves the pager and ends the guide.
   */
  @Test
  void aPlanIsEditedWithCtrlUFollowsAResizeAndQLeavesItsPager() throws Exception {
    savedCheckIn();
    try (Tmux tmux = guide(100, "plan")) {
      tmux.prompt("(press Enter to skip one)", "What do you need from this relationship? (one or two sentences)");
      tmux.keys("-l", "nonsense").keys("C-u").keys("-l", "time together").keys("Enter");
      tmux.prompt("time together", "What change would be enough for you?");
      tmux.resize(40, 24);
      tmux.keys("Enter");
      tmux.waitFor("By when?");
      tmux.keys("Enter");
      tmux.waitFor("What will you do if");
      tmux.keys("Enter");
      String page = tmux.waitFor("space for more, q to leave");
      for (String line : tmux.joined().split("\n")) {
        assertTrue(line.stripTrailing().length() <= 40, "the plan is not wrapped to the new width: '" + line + "'\n"
            + tmux.joined());
      }
      assertFalse(page.contains("What do you need from this relationship?"), "the questions went with the alternate screen\n"
          + page);
      // Found in the pager, the limit as typed, less what Ctrl-U cleared.
      tmux.keys("-l", "/together").keys("Enter");
      String found = tmux.waitFor("together");
      assertTrue(tmux.joined().replaceAll("\\s+", " ").contains("time together"), found);
      assertFalse(tmux.all().contains("nonsense"), "Ctrl-U cleared it\n" + tmux.all());
      tmux.keys("q");
      assertEquals(ExitCode.OK, tmux.exitCode(), tmux.screen());
    }
  }

  /** Ctrl-C at a limit question of guide plan ends the guide with 130 and leaves the alternate screen. */
  @Test
  void ctrlCAtAPlanQuestionEndsTheGuideWith130AndLeavesTheAlternateScreen() throws Exception {
    savedCheckIn();
    try (Tmux tmux = guide(80, "plan")) {
      tmux.prompt("(press Enter to skip one)", "What do you need from this relationship? (one or two sentences)");
      tmux.keys("-l", "private words").keys("C-c");
      assertEquals(ExitCode.INTERRUPTED, tmux.exitCode(), tmux.screen());
      String screen = tmux.all();
      assertFalse(screen.contains("What do you need from this relationship?") || screen.contains("private words"),
          "the question stays on the screen\n" + screen);
    }
  }

  /**
   * The line editor is loaded by the dialogue at a terminal, and by nothing else: every other
   * command, and the questionnaire from a file or a pipe, start as they did without it.
   */
  @Test
  void onlyTheDialogueAtATerminalLoadsTheLineEditor() throws Exception {
    Path answers = Files.writeString(dir.resolve("answers.txt"), "how-long: 1\npace: 1\npast: 1,2\n");
    List<List<String>> runs = List.of(List.of("reasons"), List.of("reason", "past-hurt"), List.of("--help"),
        List.of("ask", "--answers", answers.toString()), List.of("ask"), List.of("plan", "--answers", answers.toString()),
        List.of("history"), List.of("questions"), List.of("ask", "--template"));
    for (List<String> args : runs) {
      Path log = dir.resolve("classes.log");
      List<String> command = new ArrayList<>(List.of(JAVA, "-Xlog:class+load=info:file=" + log, "-jar", JAR.toString()));
      command.addAll(args);
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
          .redirectInput(args.equals(List.of("ask")) ? answers.toFile() : new File("/dev/null"));
      builder.environment().putAll(env());
      CommandResult.finish(builder.start(), 30).assertExit(ExitCode.OK);
      List<String> jline = Files.readAllLines(log).stream().filter(line -> line.contains("org.jline")).toList();
      assertEquals(List.of(), jline, "guide " + String.join(" ", args) + " loaded the line editor");
    }
    // The test can fail: the dialogue at a terminal does load it.
    Path log = dir.resolve("terminal.log");
    try (Tmux tmux = guideWith(80, "-Xlog:class+load=info:file=" + log, "ask", "--partner", "he")) {
      tmux.prompt("1 of ");
      tmux.line("q");
      assertEquals(ExitCode.OK, tmux.exitCode());
    }
    assertTrue(Files.readString(log).contains("org.jline.reader.impl.LineReaderImpl"), "the dialogue at a terminal edits lines");
  }

  /** Answers every question (1 to the first, skipping the rest) up to the review of the answers. */
  private static void answerAll(Tmux tmux) throws Exception {
    tmux.prompt("1 of ");
    tmux.line("1");
    for (int i = 0; i < 30; i++) {
      String screen = tmux.prompt(" of ");
      if (screen.contains("Type a number to change that answer")) {
        return;
      }
      if (screen.contains("Press Enter for more")) {
        // The review is a screenful at a time: the last one ends with the instruction above.
        tmux.line("");
        Thread.sleep(300);
        continue;
      }
      tmux.line("s");
      Thread.sleep(300);
    }
    throw new AssertionError("the review never came\n" + tmux.screen());
  }

  /**
   * In a terminal made 18 rows high the review of 18 answers does not fit: each screenful shows
   * its heading and its answers, none scrolled away unseen, and Enter shows the rest before the result.
   */
  @Test
  void theReviewIsShownAScreenfulAtATimeAndEveryAnswerIsSeen() throws Exception {
    try (Tmux tmux = guide(100, "ask", "--partner", "she")) {
      tmux.prompt("1 of ");
      tmux.resize(100, 18);
      tmux.line("1");
      String screen = "";
      for (int i = 0; i < 30 && !screen.contains("Your answers"); i++) {
        screen = tmux.prompt(" of ");
        if (!screen.contains("Your answers")) {
          tmux.line("s");
          Thread.sleep(300);
        }
      }
      java.util.TreeSet<Integer> seen = new java.util.TreeSet<>();
      int total = 0;
      for (int page = 0; page < 5; page++) {
        screen = tmux.prompt("Your answers");
        java.util.regex.Matcher of = java.util.regex.Pattern.compile("Answers (\\d+)-(\\d+) of (\\d+)\\.")
            .matcher(screen.replaceAll("\\s+", " "));
        assertTrue(of.find(), "a review longer than the screen says which answers it shows\n" + screen);
        total = Integer.parseInt(of.group(3));
        // The screenful's first answer is on the screen, under the heading.
        assertTrue(screen.contains(of.group(1) + ". "), screen);
        java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("(?m)^ +(\\d+)\\. ").matcher(screen);
        while (numbers.find()) {
          seen.add(Integer.parseInt(numbers.group(1)));
        }
        if (!screen.contains("Press Enter for more")) {
          break;
        }
        tmux.line("");
        tmux.waitFor("Answers " + (Integer.parseInt(of.group(2)) + 1) + "-");
      }
      assertTrue(total >= 18, "a review longer than the screen: " + total);
      assertEquals(total, seen.size(), "every answer was on the screen: " + seen);
      tmux.line("q");
      assertEquals(ExitCode.OK, tmux.exitCode(), tmux.screen());
    }
  }

  /** A wrong answer in the alternate screen redraws the question with the problem under it; nothing stacks. */
  @Test
  void aWrongAnswerRedrawsTheQuestionRatherThanStackingMessages() throws Exception {
    try (Tmux tmux = guide(80, "ask", "--partner", "he")) {
      tmux.prompt("1 of ");
      tmux.line("zzz");
      tmux.prompt("'zzz' is not a choice");
      tmux.line("yyy");
      String screen = tmux.prompt("'yyy' is not a choice");
      assertFalse(screen.contains("'zzz'"), "messages stacked under the question\n" + screen);
      assertEquals(1, screen.split("1 of ", -1).length - 1, "the question is drawn once\n" + screen);
      tmux.line("q");
      assertEquals(ExitCode.OK, tmux.exitCode(), tmux.screen());
    }
  }

  /**
   * Ctrl-C after the pager ends the guide at once, as before it: the pager's pause of Ctrl-C had
   * left it ignored for good, so the guide ended only after ten seconds (a new user's trial); and
   * Ctrl-C in the pager does not end the pager's shell, which would read as a failed pager.
   */
  @Test
  void ctrlCAfterThePagerStillEndsTheGuideAtOnce() throws Exception {
    try (Tmux tmux = guide(100, "ask", "--partner", "he")) {
      answerAll(tmux);
      tmux.line("");
      tmux.waitFor("space for more, q to leave");
      // Ctrl-C in the pager is the pager's (less reads it as a key); q still leaves it for the offer.
      tmux.keys("C-c");
      Thread.sleep(300);
      tmux.keys("q");
      tmux.prompt("", "r reads the result again, s saves it to a file, Enter goes on:");
      long start = System.nanoTime();
      tmux.keys("C-c");
      assertEquals(ExitCode.INTERRUPTED, tmux.exitCode(), tmux.screen());
      long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      assertTrue(seconds < 5, "Ctrl-C took " + seconds + " s to end the guide\n" + tmux.screen());
    }
  }

  /**
   * At 40x20 the kind word and the help said after an answer of fear stay on the screen until
   * Enter: drawn with the next question, all but their last line scrolled out of the alternate
   * screen, which has no scrollback (a new user's trial).
   */
  @Test
  void helpAfterAnAnswerOfFearIsReadBeforeTheNextQuestionOnASmallScreen() throws Exception {
    try (Tmux tmux = guide(40, "ask", "--partner", "she")) {
      tmux.resize(40, 20);
      tmux.prompt("1 of ");
      tmux.line("4");
      tmux.prompt("2 of ");
      tmux.line("1");
      tmux.prompt("3 of ");
      tmux.line("afraid, checks my phone");
      String screen = tmux.prompt("Press Enter for ");
      assertTrue(screen.contains("Thank you for telling me") && screen.contains("emergency number")
          && screen.contains("To talk to someone in confidence"), screen);
      assertFalse(screen.contains("4 of "), screen);
      // Longer than the screen, it is shown a screenful at a time.
      StringBuilder seen = new StringBuilder(screen);
      for (int page = 0; page < 5 && !screen.contains("Press Enter for the next question."); page++) {
        tmux.line("");
        Thread.sleep(300);
        screen = tmux.prompt("Press Enter for ");
        seen.append(screen);
      }
      assertTrue(screen.contains("Press Enter for the next question.") && seen.toString().contains("guide safety"), seen.toString());
      tmux.line("");
      screen = tmux.prompt("4 of ");
      assertFalse(screen.contains("Thank you for telling me"), screen);
      tmux.line("q");
      assertEquals(ExitCode.OK, tmux.exitCode(), tmux.screen());
    }
  }

  @Test
  void leavingThePagerWithQOffersToReadTheResultAgainOrSaveIt() throws Exception {
    try (Tmux tmux = guide(100, "ask", "--partner", "she")) {
      answerAll(tmux);
      tmux.line("");
      tmux.waitFor("space for more, q to leave");
      String first = tmux.screen();
      assertTrue(first.startsWith("IN SHORT") || first.contains("\nIN SHORT"), "the summary is on the first page\n" + first);
      tmux.keys("q");
      tmux.prompt("", "r reads the result again, s saves it to a file, Enter goes on:");
      tmux.keys("r", "Enter");
      tmux.waitFor("space for more, q to leave");
      tmux.keys("q");
      tmux.prompt("", "r reads the result again, s saves it to a file, Enter goes on:");
      tmux.keys("s", "Enter");
      tmux.prompt("", "File to save it in (result.md for Markdown, result.txt for text):");
      tmux.line(dir.resolve("kept.md").toString());
      tmux.waitFor("readable by you only");
      tmux.prompt("", "r reads the result again, s saves it to a file, Enter goes on:");
      tmux.keys("Enter");
      tmux.prompt("", "Would you like help preparing the conversation? [y/N]");
      tmux.keys("Enter");
      assertEquals(ExitCode.OK, tmux.exitCode(), tmux.screen());
    }
    Path kept = dir.resolve("kept.md");
    assertTrue(Files.readString(kept).contains("## In short\n"), Files.readString(kept));
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
  }
}
