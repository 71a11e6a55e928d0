package dev.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar where the JVM and the file system matter: standard output that is full or
 * closed, standard input that is closed, a file system without hard links, and a kill mid-write.
 * Each runs through bash, as a person's shell would; tools the machine lacks skip the test.
 */
class HostileStreamsIT {

  private static final Path JAR = Path.of(System.getProperty("guide.jar", "target/guide.jar")).toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final String GUIDE = "'" + JAVA + "' -jar '" + JAR + "'";

  @TempDir Path dir;

  private Process start(String script) throws IOException {
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).directory(dir.toFile())
        .redirectInput(new File("/dev/null"));
    builder.environment().remove("GUIDE_CONTENT");
    builder.environment().remove("COLUMNS");
    builder.environment().put("HOME", dir.resolve("home").toString());
    builder.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
    return builder.start();
  }

  private CommandResult bash(String script) throws IOException, InterruptedException {
    return finish(start(script));
  }

  private static boolean works(String script) throws InterruptedException {
    try {
      Process process = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private Path answers() throws IOException {
    return Files.writeString(dir.resolve("answers.txt"), "how-long: 1\nfeel-safe: none\npace: 1\npast: 1,2\nraising-worries: listens\n");
  }

  private List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFullStandardOutputExitsOneWithAMessage() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full");
    for (String command : new String[] {"reasons", "reason past-hurt", "--help", "ask --template"}) {
      bash(GUIDE + " " + command + " > /dev/full").assertExit(ExitCode.FAILED)
          .assertErrContains("guide: cannot write to standard output: No space left on device").assertNoStackTrace();
    }
  }

  @Test
  void aClosedStandardOutputExitsOneWithAMessage() throws Exception {
    bash(GUIDE + " reasons >&-").assertExit(ExitCode.FAILED)
        .assertErrContains("guide: cannot write to standard output").assertNoStackTrace();
  }

  @Test
  void aFullDiskUnderStandardOutputAndUnderOutput() throws Exception {
    Path small = Files.createDirectory(dir.resolve("small"));
    // A private mount namespace: the 4 KB file system goes when the shell does.
    String mount = "unshare -m bash -c \"mount -t tmpfs -o size=4k tmpfs '" + small + "' && ";
    assumeTrue(works("unshare -m bash -c 'mount -t tmpfs -o size=4k tmpfs " + small + "'"),
        "needs unshare and mount (root) for a small file system");
    CommandResult redirected = bash(mount + GUIDE + " questions > '" + small + "/out.txt'\"");
    redirected.assertExit(ExitCode.FAILED).assertErrContains("No space left on device").assertNoStackTrace();
    Path answers = answers();
    bash(mount + "head -c 3000 /dev/zero > '" + small + "/filler' && " + GUIDE + " ask --answers '" + answers
        + "' --output '" + small + "/result.txt'; echo \\$? > '" + dir + "/code'; ls -A '" + small + "' > '" + dir + "/left'\"");
    assertEquals("1", Files.readString(dir.resolve("code")).strip(), "--output on a full disk fails");
    assertEquals("filler", Files.readString(dir.resolve("left")).strip(), "no result and no temporary file left");
  }

  @Test
  void aClosedStandardInputIsNotTheJdksFiles() throws Exception {
    CommandResult closed = bash(GUIDE + " ask <&-").assertExit(ExitCode.USAGE).assertNoStackTrace();
    closed.assertErrContains("standard input: no answers found");
    assertFalse(closed.err().contains("larger than"), closed::toString);
    Path answers = answers();
    bash(GUIDE + " ask --answers '" + answers + "' <&-").assertExit(ExitCode.OK).assertOutContains("WHAT MAY BE GOING ON");
  }

  @Test
  void aLoopOverFilesReadsEachNamedFileNotTheList() throws Exception {
    Path answers = answers();
    Files.copy(answers, dir.resolve("second.txt"));
    CommandResult loop = bash("printf 'answers.txt\\nsecond.txt\\n' | while read f; do " + GUIDE
        + " ask --answers \"$f\" | head -1 || exit 9; done").assertExit(ExitCode.OK);
    assertEquals(List.of("IN SHORT", "IN SHORT"), loop.out().lines().toList(), loop::toString);
  }

  @Test
  void withoutHardLinksOutputAndSaveStillNeverReplaceAFile() throws Exception {
    // exFAT and FAT refuse link() with EPERM; strace makes the same happen here.
    String noLinks = "strace -f -o /dev/null -e trace=link,linkat -e inject=link,linkat:error=EPERM ";
    assumeTrue(works(noLinks + "true"), "needs strace that can inject errors");
    Path answers = answers();
    bash(noLinks + GUIDE + " ask --answers '" + answers + "' --output result.txt").assertExit(ExitCode.OK)
        .assertErrContains("wrote the result to result.txt");
    assertTrue(Files.readString(dir.resolve("result.txt")).contains("WHAT MAY BE GOING ON"));
    Files.writeString(dir.resolve("result.txt"), "mine\n");
    bash(noLinks + GUIDE + " ask --answers '" + answers + "' --output result.txt").assertExit(ExitCode.USAGE)
        .assertErrContains("already exists");
    assertEquals("mine\n", Files.readString(dir.resolve("result.txt")));
    String now = "GUIDE_NOW=2026-11-22T20:00:00+01:00 ";
    bash(now + noLinks + GUIDE + " ask --answers '" + answers + "' --save").assertExit(ExitCode.OK)
        .assertErrContains("saved this check-in");
    bash(now + noLinks + GUIDE + " ask --answers '" + answers + "' --save").assertExit(ExitCode.OK)
        .assertErrContains("check-in-2026-11-22T20-00-00-2.json");
    assertEquals(List.of("check-in-2026-11-22T20-00-00-2.json", "check-in-2026-11-22T20-00-00.json"),
        names(dir.resolve("data/guide")));
    assertEquals(List.of("answers.txt", "data", "result.txt"), names(dir), "no temporary file left");
  }

  @Tag("slow")
  @Test
  void aKillWhileTheResultIsWrittenLeavesNoHiddenFile() throws Exception {
    // The flush to disk is held up for 8 s, so the kill comes while the temporary file exists.
    String slowSync = "strace -f -o /dev/null -e trace=fsync,fdatasync -e inject=fsync,fdatasync:delay_enter=8000000 ";
    assumeTrue(works(slowSync + "true"), "needs strace that can delay system calls");
    Path answers = answers();
    Path out = Files.createDirectory(dir.resolve("out"));
    Process process = start("exec " + slowSync + GUIDE + " ask --answers '" + answers + "' --output out/result.txt --force");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (names(out).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertFalse(names(out).isEmpty(), "the temporary file should appear");
    ProcessHandle java = process.toHandle().descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
        .findFirst().orElse(null);
    assertNotNull(java, "the guide finished without waiting on the flush: it wrote the file without fsync");
    new ProcessBuilder("kill", "-TERM", String.valueOf(java.pid())).start().waitFor();
    finish(process);
    assertEquals(List.of(), names(out), "a kill leaves no temporary file and no half result");
  }

  private static CommandResult finish(Process process) throws IOException, InterruptedException {
    return CommandResult.finish(process, 60);
  }

}
