package dev.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkout's {@code ./guide}: when it builds, and that runs at the same time, failed or
 * interrupted builds, and clocks in the future never leave it running a wrong jar. It runs in a
 * copy of the checkout whose Maven wrapper is a stand-in: it logs each build, takes as long as
 * the test says, fails or finds target/ damaged when told to, and otherwise "builds" the jar this
 * build made.
 */
class CheckoutLauncherIT {

  private static final Path TARGET = Path.of(System.getProperty("guide.jar", "target/guide.jar")).toAbsolutePath().getParent();
  private static final Path PROJECT = TARGET.getParent();
  private static final String VERSION = System.getProperty("guide.version", "0.1.0");

  private static final String FAKE_MAVEN = """
      #!/usr/bin/env bash
      # Stands in for the Maven wrapper (see CheckoutLauncherIT).
      here=$(cd "$(dirname "$0")" && pwd)
      echo "$*" >> "$here/builds.log"
      for arg; do [ "$arg" = clean ] && rm -rf "$here/target"; done
      case " $* " in *" package "*) ;; *) exit 0 ;; esac
      if [ -e "$here/target/damaged" ]; then echo "[ERROR] target/ is damaged" >&2; exit 1; fi
      sleep "$(cat "$here/build-seconds" 2>/dev/null || echo 0)"
      mkdir -p "$here/target"
      if [ -e "$here/fail" ]; then
        # As a build that fails after the jar was written.
        echo "not a jar" > "$here/target/guide.jar"
        echo "[ERROR] COMPILATION ERROR" >&2
        exit 1
      fi
      cp "$REAL_TARGET/guide.jar" "$here/target/guide.jar"
      cp "$REAL_TARGET/guide.id" "$here/target/guide.id"
      """;

  @TempDir Path checkout;
  @TempDir Path elsewhere;

  private Path source;

  @BeforeEach
  void copyTheCheckout() throws IOException {
    Files.copy(PROJECT.resolve("guide"), checkout.resolve("guide"));
    Files.createDirectories(checkout.resolve("src/dist/bin"));
    Files.copy(PROJECT.resolve("src/dist/bin/guide"), checkout.resolve("src/dist/bin/guide"));
    Files.copy(PROJECT.resolve("pom.xml"), checkout.resolve("pom.xml"));
    source = Files.createDirectories(checkout.resolve("src/main/java/dev/guide")).resolve("Source.java");
    Files.writeString(source, "class Source {}\n");
    Files.createDirectories(checkout.resolve("content"));
    Files.writeString(checkout.resolve("content/reasons.json"), "{}\n");
    Path maven = Files.writeString(checkout.resolve("mvnw"), FAKE_MAVEN);
    assertTrue(maven.toFile().setExecutable(true));
    assertTrue(checkout.resolve("guide").toFile().setExecutable(true));
  }

  @Tag("slow")
  @Test
  void fourRunsAtOnceAfterAChangeAllSucceedOnOneBuildAndAFifthNeedsNone() throws Exception {
    guide().assertExit(0);
    edit();
    Files.writeString(checkout.resolve("build-seconds"), "3");
    List<CompletableFuture<CommandResult>> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Process process = start(List.of(checkout.resolve("guide").toString(), "--version"));
      runs.add(CompletableFuture.supplyAsync(() -> finish(process)));
    }
    for (CompletableFuture<CommandResult> run : runs) {
      CommandResult result = run.get(120, TimeUnit.SECONDS).assertExit(0);
      assertEquals("guide " + VERSION + "\n", result.out(), result::toString);
      assertFalse(result.err().contains("rror"), result::toString);
    }
    assertEquals(2, builds(), "one build for the four runs");
    CommandResult fifth = guide().assertExit(0);
    assertEquals("", fifth.err(), "no build, no message");
    assertEquals(2, builds());
  }

  @Tag("pty")
  @Test
  void atATerminalTheFirstBuildCountsItsSecondsAndPipedItSaysOneLine() throws Exception {
    CommandResult screen = buildAtATerminal(100);
    String said = "guide: building target/guide.jar (first run, or the sources changed)...";
    assertTrue(screen.out().contains(said + " 1 s") && screen.out().contains("\r" + said + " 2 s"), screen::toString);
    assertTrue(screen.out().contains(" s\r\nguide " + VERSION), "the count ends its line, then the guide runs\n" + screen);
    assertEquals(1, builds(), "one build");
    assertTrue(log().contains("-Dmaven.test.skip=true package"), "the tests are neither compiled nor run: " + log());
    // Piped, the one line, with no counter.
    edit();
    CommandResult piped = guide().assertExit(0);
    assertEquals(said + "\n", piped.err(), piped::toString);
    assertEquals(2, builds());
  }

  @Tag("pty")
  @Test
  void atANarrowTerminalTheCountIsAShortLineThatFitsSoItsRedrawsDoNotStack() throws Exception {
    CommandResult screen = buildAtATerminal(40);
    String said = "guide: building target/guide.jar (first run, or the sources changed)...";
    assertTrue(screen.out().contains(said + "\r\nguide: building...\rguide: building... 1 s\rguide: building... 2 s"), screen::toString);
    // Each redraw (from a carriage return to the next) fits in 40 columns, so none wraps.
    String counting = screen.out().substring(screen.out().indexOf(said) + said.length() + 2, screen.out().indexOf("guide " + VERSION));
    for (String redraw : counting.split("[\r\n]+")) {
      assertTrue(redraw.length() < 40, () -> "'" + redraw + "' wraps at 40 columns\n" + screen);
    }
    assertEquals(1, builds(), "one build");
  }

  /** {@code ./guide --version} building for three seconds in a pseudo-terminal {@code columns} wide. */
  private CommandResult buildAtATerminal(int columns) throws IOException {
    assumeTrue(new File("/usr/bin/script").canExecute() || new File("/bin/script").canExecute(),
        "util-linux 'script' is needed to make a pseudo-terminal");
    Files.writeString(checkout.resolve("build-seconds"), "3");
    return finish(start(List.of("script", "-q", "-e", "-c",
        "stty cols " + columns + "; exec '" + checkout.resolve("guide") + "' --version", "/dev/null"))).assertExit(0);
  }

  @Test
  void aFailedBuildNeverLeavesAJarThatLooksFresh() throws Exception {
    guide().assertExit(0);
    edit();
    Files.writeString(checkout.resolve("fail"), "");
    guide().assertExit(1).assertErrContains("COMPILATION ERROR").assertErrContains("the build failed");
    Files.delete(checkout.resolve("fail"));
    int before = builds();
    // Nothing changed since; the jar the failed build wrote must still not be run.
    CommandResult result = guide().assertExit(0);
    assertEquals("guide " + VERSION + "\n", result.out(), result::toString);
    assertTrue(builds() > before, "built again");
  }

  @Test
  void aDamagedTargetIsRepairedByACleanBuild() throws Exception {
    guide().assertExit(0);
    Files.writeString(checkout.resolve("target/damaged"), "");
    edit();
    CommandResult result = guide().assertExit(0);
    assertEquals("guide " + VERSION + "\n", result.out(), result::toString);
    assertTrue(log().contains("clean"), log());
  }

  @Test
  void ctrlCDuringABuildExits130AndSaysSo() throws Exception {
    assumeTrue(new File("/usr/bin/setsid").canExecute(), "setsid is not installed");
    Files.writeString(checkout.resolve("build-seconds"), "60");
    // A process group of its own, as a terminal gives a command, so the signal reaches all of it.
    Process process = start(List.of("/usr/bin/setsid", checkout.resolve("guide").toString(), "--version"));
    CompletableFuture<CommandResult> run = CompletableFuture.supplyAsync(() -> finish(process));
    for (int i = 0; i < 200 && builds() == 0; i++) {
      Thread.sleep(100);
    }
    assertEquals(1, builds(), "the build started");
    Thread.sleep(300);
    new ProcessBuilder("kill", "-INT", "--", "-" + process.pid()).start().waitFor();
    CommandResult result = run.get(30, TimeUnit.SECONDS).assertExit(ExitCode.INTERRUPTED).assertErrContains("interrupted");
    assertEquals("", result.out());
    // The next run builds (from clean: that one was cut short).
    Files.writeString(checkout.resolve("build-seconds"), "0");
    assertEquals("guide " + VERSION + "\n", guide().assertExit(0).out());
    assertTrue(log().contains("clean"), log());
  }

  @Test
  void aSourceDatedInTheFutureDoesNotRebuildAtEveryRun() throws Exception {
    guide().assertExit(0);
    Files.setLastModifiedTime(source, FileTime.from(Instant.now().plus(1, ChronoUnit.DAYS)));
    guide().assertExit(0);
    int after = builds();
    guide().assertExit(0);
    assertEquals("", guide().assertExit(0).err());
    assertEquals(after, builds(), "no build once it has been built after the change");
  }

  @Test
  void aJarDatedInTheFutureDoesNotHideALaterEdit() throws Exception {
    guide().assertExit(0);
    // As after a build while the clock was a day ahead.
    FileTime tomorrow = FileTime.from(Instant.now().plus(1, ChronoUnit.DAYS));
    Files.setLastModifiedTime(checkout.resolve("target/guide.jar"), tomorrow);
    Files.setLastModifiedTime(checkout.resolve("target/guide.id"), tomorrow);
    int before = builds();
    edit();
    guide().assertExit(0).assertErrContains("building");
    assertEquals(before + 1, builds());
    assertEquals("", guide().assertExit(0).err(), "and then it is fresh");
  }

  private void edit() throws IOException {
    Files.writeString(source, "// an edit\n", StandardOpenOption.APPEND);
  }

  private int builds() throws IOException {
    Path log = checkout.resolve("builds.log");
    return Files.exists(log) ? (int) Files.readAllLines(log).stream().filter(l -> l.contains("package")).count() : 0;
  }

  private String log() throws IOException {
    return Files.readString(checkout.resolve("builds.log"));
  }

  private CommandResult guide() throws IOException {
    return finish(start(List.of(checkout.resolve("guide").toString(), "--version")));
  }

  private Process start(List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile()).redirectInput(new File("/dev/null"));
    builder.environment().put("REAL_TARGET", TARGET.toString());
    // No cache folder: no class-data archive made in the background while the test cleans up.
    builder.environment().remove("XDG_CACHE_HOME");
    builder.environment().remove("HOME");
    try {
      return builder.start();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static CommandResult finish(Process process) {
    try {
      CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
      String err = read(process.getErrorStream());
      assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finishes");
      return new CommandResult(process.exitValue(), out.get(), err);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String read(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
