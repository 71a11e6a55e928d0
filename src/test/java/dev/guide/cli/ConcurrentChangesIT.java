package dev.guide.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs of the packaged jar that change one data folder at once, as real processes, in a loop,
 * one of them killed at a random moment now and then: two passphrase changes, a save during a
 * change, forget during a save or a change, two saves. Whatever happens, the folder opens with one
 * passphrase, no file in it is unreadable, and every check-in a run said it saved is there (unless
 * a forget ran beside it). SLOW: each pair loops for {@code guide.concurrency.seconds} (3 by
 * default, at least one round); give more, such as -Dguide.concurrency.seconds=120, for a long run.
 */
@Tag("slow")
class ConcurrentChangesIT {

  private static final Path JAR = Path.of(System.getProperty("guide.jar", "target/guide.jar")).toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final long SECONDS = Long.getLong("guide.concurrency.seconds", 3);
  private static final Pattern SAVED = Pattern.compile("saved this check-in in (\\S+?\\.json)");

  @TempDir Path dir;
  private Path data;
  private Path answers;
  private final List<Path> passphrases = new ArrayList<>();
  private final Random random = new Random(Long.getLong("guide.concurrency.seed", System.nanoTime()));
  private int minute;

  @BeforeEach
  void folder() throws IOException {
    data = dir.resolve("data");
    answers = Files.writeString(dir.resolve("answers.txt"), CheckInCommandsTest.FIRST);
    for (String word : List.of("first correct horse", "second battery staple", "third purple monkey")) {
      Path file = Files.writeString(dir.resolve("p" + passphrases.size()), word + "\n");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      passphrases.add(file);
    }
  }

  /** What one round starts: the command, with the passphrase file it reads as the current one. */
  private record Run(String what, Path passphrase, List<String> args) {}

  private Run save() {
    minute++;
    return new Run("save", passphrases.get(0), List.of("ask", "--save", "--answers", answers.toString()));
  }

  private Run change(int to) {
    return new Run("passphrase", passphrases.get(0), List.of("passphrase", "--new-file", passphrases.get(to).toString()));
  }

  private Run forget() {
    return new Run("forget", passphrases.get(0), List.of("forget", "--yes"));
  }

  @Test
  void twoPassphraseChangesAtOnce() throws Exception {
    loop(() -> change(1), () -> change(2), false);
  }

  @Test
  void aSaveDuringAPassphraseChange() throws Exception {
    loop(this::save, () -> change(1), false);
  }

  @Test
  void twoSavesAtOnce() throws Exception {
    loop(this::save, this::save, false);
  }

  @Test
  void forgetDuringASave() throws Exception {
    loop(this::save, this::forget, true);
  }

  @Test
  void forgetDuringAPassphraseChange() throws Exception {
    loop(() -> change(1), this::forget, true);
  }

  private interface Maker {
    Run make();
  }

  private void loop(Maker first, Maker second, boolean forgets) throws Exception {
    long end = System.nanoTime() + SECONDS * 1_000_000_000L;
    List<String> saved = new ArrayList<>();
    int round = 0;
    do {
      round++;
      // Start each round locked with the first passphrase, and a check-in or two in it.
      reset();
      exec(new Run("save", passphrases.get(0), save().args())).assertExit(ExitCode.OK);
      Run a = first.make();
      Run b = second.make();
      Process pa = start(a);
      // The second starts up to half a second later, so that it meets the first at any step.
      Thread.sleep(random.nextInt(500));
      Process pb = start(b);
      CompletableFuture<CommandResult> ra = CompletableFuture.supplyAsync(() -> finish(pa));
      CompletableFuture<CommandResult> rb = CompletableFuture.supplyAsync(() -> finish(pb));
      boolean killed = random.nextInt(3) == 0;
      if (killed) {
        Thread.sleep(random.nextInt(1500));
        (random.nextBoolean() ? pa : pb).destroyForcibly();
      }
      String where = "round " + round + ": " + a.what() + " and " + b.what() + (killed ? ", one killed" : "") + "\n";
      CommandResult one = ra.join();
      CommandResult two = rb.join();
      for (CommandResult result : List.of(one, two)) {
        result.assertNoStackTrace();
        Matcher m = SAVED.matcher(result.err());
        if (result.exitCode() == ExitCode.OK && m.find()) {
          saved.add(m.group(1));
        }
      }
      // Both passphrase changes said they changed it: then one of them must not have.
      if (a.what().equals("passphrase") && b.what().equals("passphrase")) {
        assertFalse(one.exitCode() == ExitCode.OK && two.exitCode() == ExitCode.OK, where + one + two);
      }
      Path opens = opening(where + one + "\n" + two);
      if (opens != null) {
        CommandResult history = exec(new Run("history", opens, List.of("history")));
        history.assertExit(ExitCode.OK);
        assertFalse(history.err().contains("skipped"), where + "a file no passphrase opens\n" + history + one + two);
      }
      if (!forgets) {
        for (String file : saved) {
          assertTrue(Files.exists(Path.of(file)), where + file + " was said to be saved, and is gone\n" + one + two);
        }
      }
      saved.clear();
    } while (System.nanoTime() < end);
  }

  /** The passphrase file that opens the folder now; null when it holds no check-in (forget ran). */
  private Path opening(String what) throws Exception {
    if (!Files.isDirectory(data)) {
      return null;
    }
    boolean any;
    try (Stream<Path> files = Files.list(data)) {
      any = files.anyMatch(f -> f.getFileName().toString().startsWith("check-in-"));
    }
    if (!any) {
      return null;
    }
    for (Path passphrase : passphrases) {
      if (exec(new Run("history", passphrase, List.of("history"))).exitCode() == ExitCode.OK) {
        return passphrase;
      }
    }
    throw new AssertionError("no passphrase opens the check-ins any more\n" + what);
  }

  /** Back to a folder locked with the first passphrase. */
  private void reset() throws Exception {
    Path opens = opening("before a round");
    if (opens != null && !opens.equals(passphrases.get(0))) {
      exec(new Run("passphrase", opens, List.of("passphrase", "--new-file", passphrases.get(0).toString())))
          .assertExit(ExitCode.OK);
    }
    if (opens == null) {
      exec(new Run("forget", passphrases.get(0), List.of("forget", "--yes"))).assertExit(ExitCode.OK);
      exec(new Run("passphrase", passphrases.get(0), List.of("passphrase"))).assertExit(ExitCode.OK);
    }
  }

  private Process start(Run run) throws IOException {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    command.addAll(run.args());
    command.addAll(List.of("--data-dir", data.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().remove("GUIDE_CONTENT");
    builder.environment().put("HOME", dir.toString());
    builder.environment().put("GUIDE_PASSPHRASE_FILE", run.passphrase().toString());
    builder.environment().put("GUIDE_NOW", String.format("2026-11-15T20:%02d:%02d+01:00", minute / 60 % 60, minute % 60));
    builder.redirectInput(new File("/dev/null"));
    return builder.start();
  }

  private CommandResult exec(Run run) throws Exception {
    return CommandResult.finish(start(run), 120);
  }

  private static CommandResult finish(Process process) {
    try {
      return CommandResult.finish(process, 120);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
