package dev.guide.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.ExitCode;
import dev.guide.Guide;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key derivation takes a moment on purpose: a passphrase typed at the terminal is answered at
 * once with what is happening, before it, rather than with seconds of nothing.
 */
class UnlockingMessageTest {

  @TempDir Path root;

  private Guide at(String now) throws IOException {
    Path home = Files.createDirectories(root.resolve("home"));
    return Guide.guide().env("HOME", home.toString()).env("NO_COLOR", "1").env("COLUMNS", "500").env("GUIDE_NOW", now);
  }

  @Test
  void aTypedPassphraseIsAnsweredAtOnceWithUnlockingOrLocking() throws IOException {
    String pass = LockedCheckInsTest.PASSPHRASE;
    at(CheckInCommandsTest.WEEK_ONE).piped(CheckInCommandsTest.FIRST).exec("ask", "--save").assertExit(ExitCode.OK);
    String set = at(CheckInCommandsTest.WEEK_ONE).typed(pass + "\n" + pass + "\n").exec("passphrase")
        .assertExit(ExitCode.OK).out();
    int locking = set.indexOf("Locking your check-ins...");
    assertTrue(locking > set.indexOf("The same again: ") && locking < set.indexOf("Set a passphrase"), set);
    String history = at(CheckInCommandsTest.WEEK_ONE).typed(pass + "\n").exec("history").assertExit(ExitCode.OK).out();
    int unlocking = history.indexOf("Unlocking...");
    assertTrue(unlocking > history.indexOf("Passphrase for your check-ins: ") && unlocking < history.indexOf("2026-11-15"),
        history);
    // Said once, however many files it opens; and never to a script (the passphrase from a file).
    assertTrue(history.indexOf("Unlocking...", unlocking + 1) < 0, history);
    Path file = Files.writeString(root.resolve("pass.txt"), pass + "\n");
    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    String scripted = at(CheckInCommandsTest.WEEK_ONE).env("GUIDE_PASSPHRASE_FILE", file.toString()).exec("history")
        .assertExit(ExitCode.OK).out();
    assertFalse(scripted.contains("Unlocking"), scripted);
  }
}
