package dev.guide.cli;

import static dev.guide.Guide.guide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.io.Terminal;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What the guide does at start: only the command being run is built, and the training run is silent. */
class StartupTest {

  @Test
  void theCommandWordIsFoundPastTheGuidesOwnOptions() {
    assertEquals("reason", Session.commandWord("reason", "x"));
    assertEquals("reason", Session.commandWord("--partner", "she", "reason", "x"));
    assertEquals("signs", Session.commandWord("--color=never", "--content", "dir", "signs"));
    assertEquals("signs", Session.commandWord("--no-pager", "signs"));
    assertNull(Session.commandWord("--partner", "she"));
    assertNull(Session.commandWord("reasns"), "an unknown word needs every command, for suggestions");
    assertNull(Session.commandWord("help", "reason"), "help needs every command");
    assertNull(Session.commandWord("completion", "bash"), "completion needs every command");
  }

  /** The line editor is started early only where the questionnaire comes first: no file, check-in or passphrase before it. */
  @Test
  void theDialogueComesFirstOnlyForAPlainAsk() {
    org.junit.jupiter.api.Assertions.assertTrue(Session.dialogueFirst("ask"));
    org.junit.jupiter.api.Assertions.assertTrue(Session.dialogueFirst("--partner", "she", "ask", "--country", "GB"));
    for (String option : List.of("--answers=a.txt", "--answers", "--save", "--resume", "--from-last", "--template", "--help",
        "-h")) {
      org.junit.jupiter.api.Assertions.assertFalse(Session.dialogueFirst("ask", option), option);
    }
  }

  @Test
  void helpIsSetUpOnlyWhenItWillBePrinted() {
    assertTrue(Session.wantsHelp());
    assertTrue(Session.wantsHelp("reason", "--help"));
    assertTrue(Session.wantsHelp("help"));
    assertFalse(Session.wantsHelp("reason", "fear-of-intimacy"));
  }

  @Test
  void everyCommandIsListedUnderItsOwnName() {
    PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    for (String name : GuideCommand.COMMANDS) {
      Session session = new Session(InputStream.nullInputStream(), sink, sink, Map.of(), Terminal.NONE);
      CommandLine commandLine = session.commandLine(name);
      assertEquals(Set.of(name), commandLine.getSubcommands().keySet(), "only " + name + " is built");
      assertEquals(name, commandLine.getSubcommands().get(name).getCommandSpec().name());
    }
  }

  @Test
  void withOnlyOneCommandBuiltOptionsStillWorkOnEitherSide() {
    guide().exec("--partner", "they", "reason", "past-hurt").assertExit(ExitCode.OK).assertOutContains("They");
    guide().exec("reason", "past-hurt", "--partner", "they").assertExit(ExitCode.OK).assertOutContains("They");
  }

  @Test
  void theTrainingRunPrintsNothingAndKeepsNothing(@TempDir Path home) throws Exception {
    CommandResult result = guide().env("HOME", home.toString()).exec("cds-training").assertExit(ExitCode.OK);
    assertEquals("", result.out());
    assertEquals("", result.err());
    try (var files = Files.list(home)) {
      assertEquals(0, files.count(), "nothing written under HOME");
    }
  }

  @Test
  void theTrainingRunIsNotListedInHelp() {
    assertFalse(guide().exec("--help").out().contains("cds-training"));
  }
}
