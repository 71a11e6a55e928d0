package dev.guide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.Guide;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Check-in files as something other than the guide may have left them, in-process: pipes, links,
 * folders open to others, newer or edited files, dates far ahead, and text that would steer a terminal.
 */
class CheckInFilesTest {

  private static final String WEEK_ONE = CheckInCommandsTest.WEEK_ONE;
  private static final String ESC = "\u001b";

  @TempDir Path root;
  private Path home;

  @BeforeEach
  void home() throws IOException {
    home = Files.createDirectory(root.resolve("home"));
  }

  private Path data() {
    return home.resolve(".local/share/guide");
  }

  private Guide at(String now) {
    return Guide.guide().env("HOME", home.toString()).env("NO_COLOR", "1").env("COLUMNS", "500").env("GUIDE_NOW", now);
  }

  private Path saveOne() throws IOException {
    at(WEEK_ONE).piped(CheckInCommandsTest.FIRST).exec("ask", "--save").assertExit(ExitCode.OK);
    try (Stream<Path> files = Files.list(data())) {
      return files.filter(f -> f.getFileName().toString().startsWith("check-in-")).findFirst().orElseThrow();
    }
  }

  private static boolean mkfifo(Path fifo) throws InterruptedException {
    try {
      Process process = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void aFifoNamedLikeACheckInIsSkippedNotWaitedOn() throws Exception {
    saveOne();
    Path fifo = data().resolve("check-in-2026-11-16T10-00-00.json");
    assumeTrue(mkfifo(fifo), "needs mkfifo");
    CommandResult history = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> at(WEEK_ONE).exec("history"));
    history.assertExit(ExitCode.OK).assertErrContains("skipped " + fifo + ": not a regular file")
        .assertOutContains("2026-11-15");
  }

  @Test
  void forgetKeepsADataFolderThatIsALinkAndEmptiesWhatItPointsTo() throws IOException {
    Path real = Files.createDirectory(root.resolve("elsewhere"));
    // A folder open to others is refused, not changed: this one is its owner's alone.
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwx------"));
    Files.createDirectories(data().getParent());
    Files.createSymbolicLink(data(), real);
    saveOne();
    at(WEEK_ONE).exec("forget", "--yes").assertExit(ExitCode.OK).assertOutContains("Deleted 1 check-in");
    assertTrue(Files.isSymbolicLink(data()), "the link is the person's");
    assertTrue(Files.isDirectory(real));
    try (Stream<Path> left = Files.list(real)) {
      assertEquals(List.of(), left.toList());
    }
  }

  /** Issue 21: a shared group folder (setgid 2775) was made 0700 without a word, and its group lost it. */
  @Test
  void anExistingDataFolderOpenToOthersIsRefusedNotChanged() throws IOException {
    Files.createDirectories(data(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    for (int mode : new int[] {0755, 02775, 0750}) {
      Files.setAttribute(data(), "unix:mode", mode);
      at(WEEK_ONE).piped(CheckInCommandsTest.FIRST).exec("ask", "--save").assertExit(ExitCode.FAILED).assertNoStackTrace()
          .assertErrContains("will not keep check-ins in " + data() + ": others can use it")
          .assertErrContains("chmod 700");
      assertEquals(mode, ((Integer) Files.getAttribute(data(), "unix:mode")) & 07777, "the folder is left as it was");
      try (Stream<Path> left = Files.list(data())) {
        assertEquals(List.of(), left.toList());
      }
    }
    // Made private by its owner, it is used.
    Files.setPosixFilePermissions(data(), PosixFilePermissions.fromString("rwx------"));
    saveOne();
  }

  @Test
  void aSharedFolderLikeTmpIsRefusedNotChanged() throws IOException {
    Path shared = Files.createDirectory(root.resolve("shared"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
    Files.setAttribute(shared, "unix:mode", 01777);
    at(WEEK_ONE).piped(CheckInCommandsTest.FIRST).exec("ask", "--save", "--data-dir", shared.toString())
        .assertExit(ExitCode.FAILED).assertErrContains("will not keep check-ins in " + shared).assertNoStackTrace();
    assertEquals(01777, ((Integer) Files.getAttribute(shared, "unix:mode")) & 07777);
    try (Stream<Path> left = Files.list(shared)) {
      assertEquals(List.of(), left.toList());
    }
  }

  @Test
  void aDraftOfANewerGuideIsNeverReplacedByStopping() throws IOException {
    Files.createDirectories(data(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    String newer = "{\"format\": \"guide draft\", \"version\": 99, \"savedAt\": \"2026-11-14T10:00:00+01:00\"}";
    Path draft = Files.writeString(data().resolve("draft.json"), newer);
    CommandResult stopped = at(WEEK_ONE).typed("1\n1\nq\n").exec("ask", "--save");
    stopped.assertOutContains("cannot be read").assertExit(ExitCode.FAILED).assertErrContains("your answers were not kept")
        .assertErrContains("newer version").assertNoStackTrace();
    assertEquals(newer, Files.readString(draft));
  }

  @Test
  void savedAnswersAreReadAsStrictlyAsAnAnswerFile() throws IOException {
    Path file = saveOne();
    String text = Files.readString(file);
    // Edited by hand: a choice three times, two choices for a question that takes one.
    text = text.replace("\"past\" : [ \"recent-breakup\" ]", "\"past\" : [ \"recent-breakup\", \"recent-breakup\", \"recent-breakup\" ]")
        .replace("\"how-long\" : [ \"few-months\" ]", "\"how-long\" : [ \"few-months\", \"few-weeks\" ]");
    assertTrue(text.contains("\"recent-breakup\", \"recent-breakup\"") && text.contains("\"few-months\", \"few-weeks\""), text);
    Files.writeString(file, text);
    CommandResult again = at(CheckInCommandsTest.WEEK_TWO).piped("# same\n").exec("ask", "--from-last", "--save")
        .assertExit(ExitCode.OK);
    again.assertErrContains("answers an answer file could not give").assertErrContains("how-long: only one choice fits")
        .assertErrContains("past: 'recent-breakup' is given twice");
    String saved = Files.readString(data().resolve("check-in-2026-11-22T20-00-00.json"));
    assertFalse(saved.contains("\"past\"") || saved.contains("\"how-long\""), saved);
  }

  @Test
  void aDateFarAheadIsRefusedAndAFileDatedSoIsSkipped() throws IOException {
    at("+999999999-12-31T23:59:59Z").piped(CheckInCommandsTest.FIRST).exec("ask", "--save").assertExit(ExitCode.USAGE)
        .assertErrContains("give a date from 1970 to 9999");
    assertFalse(Files.exists(data()));
    Path file = saveOne();
    Path ahead = data().resolve("check-in-+999999999-12-31T23-59-59.json");
    Files.writeString(ahead, Files.readString(file).replace("2026-11-15T20:00:00+01:00", "+999999999-12-31T23:59:59Z"));
    at(WEEK_ONE).exec("history").assertExit(ExitCode.OK).assertErrContains("skipped " + ahead)
        .assertErrContains("in the year 999999999");
    at(CheckInCommandsTest.WEEK_TWO).piped("# same\n").exec("ask", "--from-last").assertExit(ExitCode.OK)
        .assertErrContains("skipped " + ahead);
  }

  @Test
  void escapesInAnAnswerFileAreShownNotObeyed() throws IOException {
    Path answers = Files.writeString(root.resolve("answers.txt"), ESC + "]0;owned" + "\u0007" + ESC + "[2J: 1\nhow-long: " + ESC
        + "[31mred\n");
    CommandResult result = Guide.run("ask", "--answers", answers.toString()).assertExit(ExitCode.USAGE);
    assertFalse(result.err().contains(ESC) || result.err().contains("\u0007"), result::toString);
    result.assertErrContains("\\x1b]0;owned\\x07\\x1b[2J").assertErrContains("'\\x1b[31mred' is not a choice");
  }

  @Test
  void escapesInACheckInAreShownNotObeyed() throws IOException {
    Path file = saveOne();
    String text = Files.readString(file);
    int title = text.indexOf("\"title\" : \"") + "\"title\" : \"".length();
    Files.writeString(file, text.substring(0, title) + "\\u001b[2J\\u009b31m" + text.substring(title));
    CommandResult history = at(WEEK_ONE).exec("history").assertExit(ExitCode.OK);
    assertFalse(history.out().contains(ESC) || history.out().contains("\u009b"), history::toString);
    history.assertOutContains("\\x1b[2J\\u009b31m");
  }
}
