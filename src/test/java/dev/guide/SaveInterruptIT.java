package dev.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.guide.content.Question;
import dev.guide.quiz.Answers;
import dev.guide.quiz.TinyContent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C at the questions {@code guide ask --save} asks after the questionnaire, at a real
 * terminal (the packaged jar under {@code script}): at the offer of a plan the check-in is kept,
 * and said so; while a new passphrase is typed, nothing is kept in plain JSON.
 */
class SaveInterruptIT {

  private static final Path JAR = Path.of(System.getProperty("guide.jar", "target/guide.jar")).toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir Path dir;

  private Process start(Path data, String term) throws IOException {
    return TerminalScreen.start(dir, "--no-pager --partner she ask --save --data-dir '" + data + "'", term);
  }


  private static void ctrlC(Process process, TerminalScreen screen) throws Exception {
    TerminalScreen.ctrlC(process, screen, "Stopped");
  }

  /** "s" for every question the dialogue asks when each is skipped, then Enter at the review. */
  private static String skippingAll() {
    Answers answers = Answers.none();
    Set<String> asked = new HashSet<>();
    StringBuilder typed = new StringBuilder();
    while (true) {
      Answers sofar = answers;
      Question next = TinyContent.real().questionnaire().questions().stream()
          .filter(q -> sofar.applies(q) && !asked.contains(q.id())).findFirst().orElse(null);
      if (next == null) {
        return typed.append('\n').toString();
      }
      answers = answers.with(next.id(), List.of());
      asked.add(next.id());
      typed.append("s\n");
    }
  }

  private static List<String> files(Path data) throws IOException {
    if (!Files.isDirectory(data)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(data)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void ctrlCAtTheOfferOfAPlanKeepsTheCheckInAndSaysSo() throws Exception {
    Path data = dir.resolve("data");
    Process process = start(data, null);
    TerminalScreen screen = new TerminalScreen(process.getInputStream());
    screen.await("1 of ");
    TerminalScreen.type(process, skippingAll());
    screen.await("Lock them with a passphrase? [y/N] ");
    TerminalScreen.type(process, "n\n");
    screen.await("Would you like help preparing the conversation? [y/N] ");
    ctrlC(process, screen);
    assertTrue(screen.toString().replaceAll("\\s+", " ").contains("Stopped. Your check-in is saved in"), screen.toString());
    List<String> files = files(data);
    assertEquals(1, files.size(), files.toString());
    assertTrue(files.get(0).startsWith("check-in-"), files.toString());
  }

  @Test
  void ctrlCWhileANewPassphraseIsTypedAfterQKeepsNoPlainDraft() throws Exception {
    Path data = dir.resolve("data");
    Process process = start(data, "xterm-256color");
    TerminalScreen screen = new TerminalScreen(process.getInputStream());
    screen.await("1 of ");
    TerminalScreen.type(process, "1\n");
    screen.await("2 of ");
    TerminalScreen.type(process, "q\n");
    screen.await("Lock them with a passphrase? [y/N] ");
    TerminalScreen.type(process, "y\n");
    screen.await("New passphrase");
    ctrlC(process, screen);
    assertEquals(List.of(), files(data).stream().filter(f -> !f.startsWith(".guide-change")).toList(), screen.toString());
    assertTrue(screen.toString().replaceAll("\\s+", " ").contains("nothing was kept"), screen.toString());
  }

  @Test
  void ctrlCWhileANewPassphraseIsTypedAfterTheResultKeepsNothingAndSaysSo() throws Exception {
    Path data = dir.resolve("data");
    Process process = start(data, "xterm-256color");
    TerminalScreen screen = new TerminalScreen(process.getInputStream());
    screen.await("1 of ");
    TerminalScreen.type(process, skippingAll());
    screen.await("Lock them with a passphrase? [y/N] ");
    TerminalScreen.type(process, "y\n");
    screen.await("New passphrase");
    ctrlC(process, screen);
    String shown = screen.toString();
    assertTrue(shown.indexOf("WHAT YOU CAN DO") < shown.indexOf("New passphrase"), "the result first\n" + shown);
    assertTrue(shown.contains("This check-in was not saved."), shown);
    assertEquals(List.of(), files(data), shown);
  }

  /**
   * Ctrl-C at question 5 of {@code ask --save} keeps the answers so far with no time to offer a
   * passphrase; {@code ask --resume} then saves the first check-in, and offers it there.
   */
  @Test
  void ctrlCAtQuestionFiveThenResumeOffersThePassphraseAtTheFirstSave() throws Exception {
    Path data = dir.resolve("data");
    Process first = start(data, null);
    TerminalScreen screen = new TerminalScreen(first.getInputStream());
    screen.await("1 of ");
    TerminalScreen.type(first, "1\ns\ns\ns\n");
    screen.await("5 of ");
    TerminalScreen.ctrlC(first, screen, "Your answers so far are kept");
    assertEquals(List.of("draft.json"), files(data), screen.toString());
    Process resumed = TerminalScreen.start(dir, "--no-pager ask --resume --data-dir '" + data + "'", null);
    TerminalScreen again = new TerminalScreen(resumed.getInputStream());
    again.await("5 of ");
    TerminalScreen.type(resumed, "s\n".repeat(30));
    again.await("Type a number to change that answer");
    TerminalScreen.type(resumed, "\n");
    again.await("Lock them with a passphrase? [y/N] ");
    resumed.destroy();
    resumed.waitFor(30, TimeUnit.SECONDS);
  }

  /**
   * Issue 21: Ctrl-C at the passphrase prompt left the shell's prompt on the same line. The shell
   * here traps Ctrl-C, as an interactive one does: a plain {@code sh -c} (dash, which script runs
   * when SHELL is unset, as under CI) ends on it with the guide and never says AFTER.
   */
  @Test
  void ctrlCAtThePassphrasePromptEndsTheLine() throws Exception {
    assumeTrue(new File("/usr/bin/script").canExecute(), "script (util-linux) gives the guide a terminal");
    Path data = dir.resolve("data");
    Process process = new ProcessBuilder("/usr/bin/script", "-qfec", "trap : INT; '" + JAVA + "' -jar '" + JAR
        + "' passphrase --data-dir '" + data + "'; echo AFTER", "/dev/null").directory(dir.toFile())
        .redirectErrorStream(true).start();
    TerminalScreen screen = new TerminalScreen(process.getInputStream());
    screen.await("New passphrase");
    TerminalScreen.type(process, "\u0003");
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), screen.toString());
    screen.await("AFTER");
    String shown = screen.toString();
    String between = shown.substring(shown.indexOf("New passphrase"), shown.indexOf("AFTER"));
    assertTrue(between.contains("\n"), "a line end after the prompt\n" + shown);
  }

}
