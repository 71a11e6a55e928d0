package dev.guide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.io.AlternateScreen;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Privacy with the packaged jar as a real process: the alternate screen at a pseudo-terminal
 * (made by util-linux's {@code script}; skipped where there is none) and not when piped, a
 * passphrase typed without echo, locked files, and no cryptography loaded by commands that never
 * touch check-ins.
 */
class PrivacyJarIT {

  private static final Path JAR = Path.of(System.getProperty("guide.jar", "target/guide.jar")).toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir Path dir;
  private Path xdg;
  private Path passphrase;

  @BeforeEach
  void folders() throws IOException {
    xdg = Files.createDirectory(dir.resolve("xdg"));
    passphrase = Files.writeString(dir.resolve("passphrase"), LockedCheckInsTest.PASSPHRASE + "\n");
    Files.setPosixFilePermissions(passphrase, PosixFilePermissions.fromString("rw-------"));
  }

  @Tag("pty")
  @Test
  void atAPseudoTerminalTheQuestionnaireRunsInTheAlternateScreenAndLeavesItOnQ() throws Exception {
    String screen = atTerminal("1\nq\n", null, ExitCode.OK, "ask");
    int enter = screen.indexOf(AlternateScreen.ENTER);
    int leave = screen.indexOf(AlternateScreen.LEAVE);
    assertTrue(enter >= 0 && enter < screen.indexOf("1 of ") && screen.indexOf("1 of ") < leave, screen);
    assertTrue(screen.indexOf("Stopped. Nothing was kept.", leave) > leave, "said again after it\n" + screen);
  }

  @Tag("pty")
  @Test
  void ctrlCLeavesTheAlternateScreenToo() throws Exception {
    String screen = atTerminal("\u0003", "1 of ", ExitCode.INTERRUPTED, "ask");
    int enter = screen.indexOf(AlternateScreen.ENTER);
    assertTrue(enter >= 0 && screen.indexOf(AlternateScreen.LEAVE) > enter, screen);
  }

  @Test
  void whenPipedThereIsNoAlternateScreen() throws Exception {
    Path answers = Files.writeString(dir.resolve("answers.txt"), CheckInCommandsTest.FIRST);
    CommandResult result = guide(answers, false, "ask").assertExit(ExitCode.OK);
    assertFalse(result.out().contains("\033[?1049") || result.err().contains("\033[?1049"), result.toString());
  }

  @Tag("pty")
  @Test
  void aPassphraseTypedAtATerminalIsNotShown() throws Exception {
    Path answers = Files.writeString(dir.resolve("answers.txt"), CheckInCommandsTest.FIRST);
    guide(answers, true, "ask", "--save").assertExit(ExitCode.OK).assertErrContains("locked with your passphrase");
    String screen = atTerminal(LockedCheckInsTest.PASSPHRASE + "\n", "Passphrase for your check-ins: ", ExitCode.OK, "history");
    assertTrue(screen.contains("2026-11-15"), screen);
    assertFalse(screen.contains(LockedCheckInsTest.PASSPHRASE), "the passphrase was echoed\n" + screen);
    // With the output redirected Java 17 has no console: the echo is turned off with stty instead.
    Path listed = dir.resolve("history.txt");
    String redirected = atTerminal(LockedCheckInsTest.PASSPHRASE + "\n", "Passphrase for your check-ins: ", ExitCode.OK,
        "history", ">", "'" + listed + "'");
    assertTrue(Files.readString(listed).contains("2026-11-15"), redirected);
    assertFalse(redirected.contains(LockedCheckInsTest.PASSPHRASE), "the passphrase was echoed\n" + redirected);
  }

  @Test
  void lockedTheFolderHoldsNoPlainAnswerAndAWrongPassphraseExitsTwo() throws Exception {
    Path answers = Files.writeString(dir.resolve("answers.txt"), CheckInCommandsTest.FIRST);
    guide(answers, true, "ask", "--save").assertExit(ExitCode.OK);
    guide(null, true, "history").assertExit(ExitCode.OK).assertOutContains("2026-11-15");
    try (Stream<Path> files = Files.walk(xdg)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String plain : List.of("few-months", "recent-breakup", "health", "busy-explains", "outside-stress")) {
          assertFalse(text.contains(plain), file + " holds " + plain);
        }
      }
    }
    Files.writeString(passphrase, "wrong passphrase\n");
    guide(null, true, "history").assertExit(ExitCode.USAGE).assertErrContains("does not open the check-ins")
        .assertNoStackTrace();
  }

  /** Commands that never touch check-ins keep their start-up time: they load no javax.crypto class. */
  @Test
  void onlyLockedCheckInsLoadCryptography() throws Exception {
    Path answers = Files.writeString(dir.resolve("answers.txt"), CheckInCommandsTest.FIRST);
    for (List<String> command : List.of(List.of("reasons"), List.of("reason", "past-hurt"), List.of("ask", "--answers",
        answers.toString()), List.of("history"), List.of("ask", "--save", "--answers", answers.toString()))) {
      List<String> args = new ArrayList<>(List.of("-Xlog:class+load=info"));
      args.addAll(command);
      String log = guide(null, false, args.toArray(String[]::new)).assertExit(ExitCode.OK).out();
      assertFalse(log.contains("javax.crypto"), command + " loaded javax.crypto");
    }
    // The test can fail: a locked folder does load it.
    guide(answers, true, "ask", "--save").assertExit(ExitCode.OK).assertErrContains("locked the check-ins");
    String log = guide(null, true, "-Xlog:class+load=info", "history").assertExit(ExitCode.OK).out();
    assertTrue(log.contains("javax.crypto.Cipher"), "a locked folder loads javax.crypto");
  }

  /**
   * Runs the guide at a pseudo-terminal, typing {@code typed} (once {@code waitFor} is on the
   * screen, when it is given); returns everything the screen received.
   */
  private String atTerminal(String typed, String waitFor, int exit, String... args) throws Exception {
    assumeTrue(new File("/usr/bin/script").canExecute() || new File("/bin/script").canExecute(),
        "util-linux 'script' is needed to make a pseudo-terminal");
    StringBuilder command = new StringBuilder("exec '" + JAVA + "' -jar '" + JAR + "'");
    for (String arg : args) {
      command.append(' ').append(arg);
    }
    ProcessBuilder builder = new ProcessBuilder("script", "-q", "-e", "-c", command.toString(), "/dev/null");
    environment(builder, false);
    builder.environment().put("TERM", "xterm");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> copy(process.getInputStream(), screen));
    try (OutputStream keyboard = process.getOutputStream()) {
      if (waitFor != null) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!text(screen).contains(waitFor) && System.nanoTime() < end) {
          Thread.sleep(50);
        }
        assumeTrue(text(screen).contains(waitFor), "no prompt at the pseudo-terminal\n" + text(screen));
      }
      keyboard.write(typed.getBytes(StandardCharsets.UTF_8));
      keyboard.flush();
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the guide should finish\n" + text(screen));
    }
    reading.get(10, TimeUnit.SECONDS);
    assumeTrue(process.exitValue() == exit || text(screen).contains("1 of ") || text(screen).contains("2026"),
        "'script' could not make a pseudo-terminal here\n" + text(screen));
    assertEquals(exit, process.exitValue(), text(screen));
    return text(screen);
  }

  private static String text(ByteArrayOutputStream bytes) {
    synchronized (bytes) {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    byte[] buffer = new byte[4096];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        synchronized (out) {
          out.write(buffer, 0, n);
        }
      }
    } catch (IOException e) {
      // The process ended.
    }
  }

  private void environment(ProcessBuilder builder, boolean locked) {
    builder.environment().remove("GUIDE_CONTENT");
    builder.environment().remove("GUIDE_PASSPHRASE_FILE");
    builder.environment().put("HOME", dir.toString());
    builder.environment().put("XDG_DATA_HOME", xdg.toString());
    builder.environment().put("GUIDE_NOW", CheckInCommandsTest.WEEK_ONE);
    builder.environment().put("COLUMNS", "500");
    if (locked) {
      builder.environment().put("GUIDE_PASSPHRASE_FILE", passphrase.toString());
    }
  }

  /** The jar, its first arguments given to java when they start with -X. */
  private CommandResult guide(Path stdin, boolean locked, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA));
    int i = 0;
    while (i < args.length && args[i].startsWith("-X")) {
      command.add(args[i++]);
    }
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args).subList(i, args.length));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    environment(builder, locked);
    builder.redirectInput(stdin == null ? new File("/dev/null") : stdin.toFile());
    return CommandResult.finish(builder.start(), 30);
  }
}
