package dev.guide.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.Guide;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the guide quotes back (a word typed, a folder's name, a check-in's text) never reaches the
 * terminal as a control sequence: shown as an escape, never obeyed (issue 21).
 */
class EscapesTest {

  private static final String ESC = "\u001b]0;owned\u0007";

  @TempDir Path root;

  private static void assertNoControl(String text) {
    for (char c : text.toCharArray()) {
      boolean control = c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e;
      assertFalse(control, () -> String.format("U+%04X reached the terminal in%n%s", (int) c, text));
    }
  }

  @Test
  void unknownCommandsOptionsAndValuesAreQuotedEscaped() {
    for (String[] args : new String[][] {{ESC}, {"reasons", "--x" + ESC}, {"reasons", "--color", ESC},
        {"reason", "past\u202ehurt"}, {"ask", "--format", "\u009b31m"}}) {
      CommandResult result = Guide.run(args).assertNoStackTrace();
      assertNoControl(result.err());
      assertNoControl(result.out());
    }
  }

  @Test
  void aDataFolderNamedWithAnEscapeIsShownEscaped() throws IOException {
    Path folder = root.resolve("data" + ESC);
    Path passphrase = Files.writeString(root.resolve("p"), "correct horse battery\n");
    Files.setPosixFilePermissions(passphrase, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    Guide guide = Guide.guide().env("HOME", root.toString()).env("GUIDE_NOW", CheckInCommandsTest.WEEK_ONE);
    for (String[] args : new String[][] {{"history"}, {"forget", "--yes"}}) {
      CommandResult result = guide.exec(append(args, "--data-dir", folder.toString())).assertNoStackTrace();
      assertNoControl(result.out() + result.err());
    }
    CommandResult saved = guide.piped(CheckInCommandsTest.FIRST).exec("ask", "--save", "--data-dir", folder.toString())
        .assertExit(ExitCode.OK);
    assertNoControl(saved.err());
    CommandResult locked = guide.env("GUIDE_PASSPHRASE_FILE", passphrase.toString())
        .exec("passphrase", "--data-dir", folder.toString()).assertExit(ExitCode.OK);
    assertNoControl(locked.out() + locked.err());
    CommandResult output = Guide.guide().piped(CheckInCommandsTest.FIRST)
        .exec("ask", "--output", root.resolve("r" + ESC + ".txt").toString()).assertExit(ExitCode.OK);
    assertNoControl(output.err());
  }

  @Test
  void historyAsJsonEscapesC1ControlsAndBidiOverridesFromACheckIn() throws IOException {
    Path data = root.resolve("data");
    Guide guide = Guide.guide().env("HOME", root.toString()).env("GUIDE_NOW", CheckInCommandsTest.WEEK_ONE);
    guide.piped(CheckInCommandsTest.FIRST).exec("ask", "--save", "--data-dir", data.toString()).assertExit(ExitCode.OK);
    Path file;
    try (Stream<Path> files = Files.list(data)) {
      file = files.filter(f -> f.getFileName().toString().startsWith("check-in-")).findFirst().orElseThrow();
    }
    String json = Files.readString(file);
    int title = json.indexOf("\"title\" : \"") + "\"title\" : \"".length();
    Files.writeString(file, json.substring(0, title) + "\\u009b2J\\u202e" + json.substring(title));
    CommandResult history = guide.exec("history", "--format", "json", "--data-dir", data.toString()).assertExit(ExitCode.OK);
    assertNoControl(history.out());
    assertTrue(history.out().contains("\\u009b2J"), history.out());
    assertNoControl(guide.exec("history", "--data-dir", data.toString()).assertExit(ExitCode.OK).out());
  }

  private static String[] append(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }
}
