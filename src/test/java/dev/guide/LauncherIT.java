package dev.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The launchers print nothing of their own on standard output or standard error: before the
 * class-data archive exists, once it does, and when the archive is stale or not one at all. They
 * keep the archive where only the user can write, never load one that someone else could have
 * planted or that is damaged, and make it again when the jar changes, but not at every run.
 */
@Execution(ExecutionMode.CONCURRENT)
class LauncherIT {

  private static final Path TARGET = Path.of(System.getProperty("guide.jar", "target/guide.jar")).toAbsolutePath().getParent();
  private static final String VERSION = System.getProperty("guide.version", "0.1.0");
  private static final String JAVA_HOME = System.getProperty("java.home");
  private static final String JAVA = Path.of(JAVA_HOME, "bin", "java").toString();
  /** What the launchers keep for this Java: an AOT cache from Java 25 on, else a class-data archive. */
  private static final boolean AOT = Runtime.version().feature() >= 25;
  private static final String KIND = AOT ? ".aot" : ".jsa";

  @TempDir static Path root;

  private static Path launcher;
  private static Path jar;
  private static String expected;
  /** An archive the launcher made, for the tests that plant one. */
  private static Path made;

  @BeforeAll
  static void install() throws Exception {
    run(root, Map.of(), "tar", "xzf", TARGET.resolve("guide-" + VERSION + ".tar.gz").toString()).assertExit(0);
    launcher = root.resolve("guide-" + VERSION + "/bin/guide");
    jar = root.resolve("guide-" + VERSION + "/lib/guide.jar");
    expected = run(root, Map.of(), JAVA, "-jar", jar.toString(), "reasons").assertExit(0).out();
    assertTrue(expected.startsWith("fear-of-intimacy\t"), expected);
    Path cache = root.resolve("cache-made");
    assertQuiet(cache);
    made = awaitArchive(cache);
  }

  @Test
  void withoutAnArchiveThenWithOneTheOutputIsTheGuidesAlone() throws Exception {
    Path cache = Files.createDirectories(root.resolve("cache-fresh"));
    assertQuiet(cache);
    Path archive = awaitArchive(cache);
    assertQuiet(cache);
    assertTrue(Files.exists(archive), "the archive is used, not replaced");
  }

  @Test
  void aStaleOrForeignArchiveIsIgnoredQuietly() throws Exception {
    Path cache = Files.createDirectories(root.resolve("cache-stale"));
    assertQuiet(cache);
    Path archive = awaitArchive(cache);
    // Not an archive at all.
    Files.delete(archive);
    Files.write(archive, "not a class-data archive".getBytes(StandardCharsets.UTF_8));
    assertQuiet(cache);
    // A real archive, but made for another jar: the JVM refuses it.
    Path other = Files.createDirectories(root.resolve("other"));
    Path otherJar = Files.copy(jar, other.resolve("guide.jar"));
    Files.delete(archive);
    run(root, Map.of(), JAVA, (AOT ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive, "-Xlog:disable", "-jar",
        otherJar.toString(), "reasons").assertExit(0);
    assertTrue(Files.size(archive) > 0);
    assertQuiet(cache);
  }

  @Test
  void aTruncatedOrOverwrittenArchiveIsMadeAgainQuietly() throws Exception {
    Path cache = root.resolve("cache-truncated");
    Path archive = copyMade(cache);
    assertQuiet(cache);
    // Cut short where it lies, as a full disk or a killed copy leaves it: the JVM would crash on it.
    try (var channel = java.nio.channels.FileChannel.open(archive, java.nio.file.StandardOpenOption.WRITE)) {
      channel.truncate(1024 * 1024);
    }
    assertQuiet(cache);
    archive = awaitUsableArchive(cache);
    // Overwritten in the middle.
    try (var channel = java.nio.channels.FileChannel.open(archive, java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(new byte[4096]), Files.size(archive) / 2);
    }
    assertQuiet(cache);
    awaitUsableArchive(cache);
  }

  @Test
  void eachGroupOfCommandsGetsAnArchiveOfItsOwn() throws Exception {
    Path answers = TARGET.getParent().resolve("src/test/resources/situations/01-work-pressure-explains.answers");
    // The command, and the letter that ends the first number of its archive's name ("" for the entries).
    Map<List<String>, String> groups = Map.of(
        List.of("reason", "past-hurt"), "",
        List.of("ask", "--answers", answers.toString()), "a",
        List.of("--partner", "she", "plan", "--answers", answers.toString()), "a",
        List.of("validate"), "v");
    int made = 0;
    for (Map.Entry<List<String>, String> group : groups.entrySet()) {
      Path cache = root.resolve("cache-group-" + made++);
      List<String> command = new ArrayList<>(List.of(launcher.toString()));
      command.addAll(group.getKey());
      run(root, Map.of("XDG_CACHE_HOME", cache.toString()), command.toArray(String[]::new));
      String name = awaitUsableArchive(cache).getFileName().toString();
      assertTrue(name.matches("[0-9]+" + group.getValue() + "-.*"), group.getKey() + " made " + name);
    }
  }

  @Test
  void anArchiveChangedInTheMiddleKeepingItsSizeAndTimeIsMadeAgainQuietly() throws Exception {
    Path cache = root.resolve("cache-same-size");
    Path archive = copyMade(cache);
    assertQuiet(cache);
    // Garbage in the middle, then the size and time it had: only its content tells.
    java.util.Random random = new java.util.Random(23);
    byte[] garbage = new byte[64 * 1024];
    random.nextBytes(garbage);
    Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rw-------"));
    try (var channel = java.nio.channels.FileChannel.open(archive, java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(garbage), Files.size(archive) / 3);
    }
    Files.setLastModifiedTime(archive, Files.getLastModifiedTime(jar));
    CommandResult result = run(root, Map.of("XDG_CACHE_HOME", cache.toString()), launcher.toString(), "reasons");
    assertEquals(expected, result.assertExit(0).out(), result::toString);
    assertEquals("", result.err(), "nothing on stderr, and never the archive's bytes");
    awaitUsableArchive(cache);
    assertQuiet(cache);
  }

  @Test
  void aCommandThatMayHaveReadOrWrittenIsNotRunAgainAfterACrash() throws Exception {
    // A Java that aborts, once told to, whenever it is given the archive: a crash that every
    // check of the launcher's passes, on any Java.
    Path jdk = Files.createDirectories(root.resolve("aborting-jdk/bin"));
    Path abort = root.resolve("aborting-jdk/abort");
    Path java = Files.writeString(jdk.resolve("java"), "#!/bin/sh\n"
        + "case \"$*\" in *SuppressFatalErrorMessage*) [ -e '" + abort + "' ] && kill -ABRT $$ ;; esac\n"
        + "exec '" + JAVA + "' \"$@\"\n");
    assertTrue(java.toFile().setExecutable(true));
    Files.copy(Path.of(JAVA_HOME, "release"), jdk.getParent().resolve("release"));
    Path cache = root.resolve("cache-crash-ask");
    Path data = root.resolve("crash-data");
    Map<String, String> env = Map.of("JAVA_HOME", jdk.getParent().toString(), "XDG_CACHE_HOME", cache.toString(),
        "XDG_DATA_HOME", data.toString());
    Path answers = TARGET.getParent().resolve("src/test/resources/situations/01-work-pressure-explains.answers");
    // 'ask' has an archive of its own (the launcher keeps one per group of commands).
    run(root, env, launcher.toString(), "ask", "--answers", answers.toString()).assertExit(0);
    Path archive = awaitUsableArchive(cache);
    Files.writeString(abort, "");
    CommandResult result = run(root, env, launcher.toString(), "ask", "--save", "--answers", answers.toString());
    assertEquals(1, result.exitCode(), result::toString);
    assertEquals("", result.out(), "not run again");
    result.assertErrContains("damaged").assertErrContains("Not run again");
    assertFalse(Files.exists(archive), "deleted");
    assertFalse(Files.exists(data.resolve("guide")), "nothing saved by a second run");
    // A command that reads no input and writes nothing is run again without it.
    Path entries = root.resolve("cache-crash-reasons");
    env = Map.of("JAVA_HOME", jdk.getParent().toString(), "XDG_CACHE_HOME", entries.toString(), "XDG_DATA_HOME", data.toString());
    Files.delete(abort);
    run(root, env, launcher.toString(), "reasons").assertExit(0);
    archive = awaitUsableArchive(entries);
    Files.writeString(abort, "");
    result = run(root, env, launcher.toString(), "reasons");
    assertEquals(expected, result.assertExit(0).out(), result::toString);
    result.assertErrContains("damaged").assertErrContains("running without it");
    assertFalse(Files.exists(archive), "deleted");
  }

  @Test
  void onlyACommandThatCanOpenLockedCheckInsGetsTheOptimisingCompiler() throws Exception {
    // A Java that notes the options of every run, then runs the real one.
    Path jdk = Files.createDirectories(root.resolve("noting-jdk/bin"));
    Path log = root.resolve("noting-jdk/runs");
    Path java = Files.writeString(jdk.resolve("java"), "#!/bin/sh\necho \"$*\" >> '" + log + "'\nexec '" + JAVA + "' \"$@\"\n");
    assertTrue(java.toFile().setExecutable(true));
    Files.copy(Path.of(JAVA_HOME, "release"), jdk.getParent().resolve("release"));
    Path data = root.resolve("noting-data");
    Map<String, String> env = Map.of("JAVA_HOME", jdk.getParent().toString(), "XDG_DATA_HOME", data.toString(),
        "XDG_CACHE_HOME", noCache().toString());
    run(root, env, launcher.toString(), "history").assertExit(0);
    run(root, env, launcher.toString(), "reasons").assertExit(0);
    // Only whether there is a keyring counts (what is in it is the guide's to check, and slow to open).
    Files.createDirectories(data.resolve("guide"));
    Files.writeString(data.resolve("guide/keyring"), "");
    run(root, env, launcher.toString(), "--partner=she", "history");
    run(root, env, launcher.toString(), "reasons").assertExit(0);
    List<String> runs = Files.readAllLines(log);
    assertEquals(4, runs.size(), runs::toString);
    assertTrue(runs.get(2).endsWith(" history"), runs::toString);
    String quickOnly = "-XX:TieredStopAtLevel=1";
    assertTrue(runs.get(0).contains(quickOnly), "no keyring yet: " + runs.get(0));
    assertTrue(runs.get(1).contains(quickOnly), "opens no check-in: " + runs.get(1));
    assertFalse(runs.get(2).contains(quickOnly), "locked: " + runs.get(2));
    assertTrue(runs.get(3).contains(quickOnly), "opens no check-in: " + runs.get(3));
  }

  @Test
  void ctrlBackslashPrintsNoThreadDump() throws Exception {
    assumeTrue(new File("/usr/bin/setsid").canExecute(), "setsid is not installed");
    Path cache = root.resolve("cache-ctrl-backslash");
    // Without an archive (the launcher runs the JVM in its place), then with one (as its child).
    for (boolean archived : new boolean[] {false, true}) {
      if (archived) {
        copyMade(cache);
      }
      ProcessBuilder builder = new ProcessBuilder("/usr/bin/setsid", launcher.toString(), "ask").directory(root.toFile());
      builder.environment().put("XDG_CACHE_HOME", archived ? cache.toString() : noCache().toString());
      builder.environment().put("JAVA_HOME", JAVA_HOME);
      Process process = builder.start();
      CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
      Thread.sleep(1500);
      new ProcessBuilder("kill", "-QUIT", "--", "-" + process.pid()).start().waitFor();
      Thread.sleep(500);
      new ProcessBuilder("kill", "-INT", "--", "-" + process.pid()).start().waitFor();
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "Ctrl-C should end the guide");
      CommandResult result = new CommandResult(process.exitValue(), out.get(), err.get());
      assertFalse(result.err().contains("thread dump") || result.out().contains("thread dump"), archived + "\n" + result);
      result.assertExit(ExitCode.INTERRUPTED).assertNoStackTrace();
    }
  }

  @Test
  void anArchiveThatCrashesTheGuideIsDeletedAndTheRunRepeatedWithoutIt() throws Exception {
    assumeFalse(AOT, "Java 25 refuses an AOT cache cut short rather than crash (the test above crashes on any Java)");
    Path cache = root.resolve("cache-crash");
    // The worst case: damaged, yet with the size, time and checksum the launcher recorded for it.
    Path archive = plantDamaged(copyMade(cache));
    Path work = Files.createDirectories(root.resolve("crash-work"));
    CommandResult result = run(work, Map.of("XDG_CACHE_HOME", cache.toString()), launcher.toString(), "reasons").assertExit(0);
    assertEquals(expected, result.out(), "no crash report on standard output");
    result.assertErrContains("damaged");
    assertFalse(result.err().contains("fatal error"), result::toString);
    assertFalse(Files.exists(archive), "deleted");
    try (var files = Files.list(work)) {
      assertEquals(List.of(), files.toList(), "no hs_err file in the working folder");
    }
    awaitUsableArchive(cache);
    assertQuiet(cache);
  }

  @Test
  void theCacheIsTheUsersAloneAndItsNamesSayNothingOfThemOrTheInstall() throws Exception {
    Path base = root.resolve("cache-modes/xdg");
    assertQuiet(base);
    awaitArchive(base);
    assertEquals("rwx------", mode(base.getParent()), "a folder the launcher makes is the user's alone");
    assertEquals("rwx------", mode(base));
    assertEquals("rwx------", mode(base.resolve("guide")));
    try (var files = Files.list(base.resolve("guide"))) {
      for (Path file : files.toList()) {
        assertFalse(mode(file).substring(3).matches(".*[rwx].*"), file + " is " + mode(file));
        String name = file.getFileName().toString();
        assertTrue(name.matches("[0-9]+-[0-9a-f]+(-[0-9]+-[0-9]+\\" + KIND + "|\\.lock|\\.[0-9]+\\.tmp)"), name);
      }
    }
  }

  @Test
  void aRelativeCacheHomeOrHomeIsIgnored() throws Exception {
    Path work = Files.createDirectories(root.resolve("relative-work"));
    Path home = Files.createDirectories(root.resolve("relative-home"));
    CommandResult result = run(work, Map.of("XDG_CACHE_HOME", "cache", "HOME", home.toString()), launcher.toString(), "reasons");
    assertEquals(expected, result.assertExit(0).out());
    assertEquals("", result.err());
    assertFalse(Files.exists(work.resolve("cache")), "nothing made in the working folder");
    awaitArchive(home.resolve(".cache"));
    result = run(work, Map.of("XDG_CACHE_HOME", "", "HOME", "home"), launcher.toString(), "reasons");
    assertEquals(expected, result.assertExit(0).out());
    assertEquals("", result.err());
    try (var files = Files.list(work)) {
      assertEquals(List.of(), files.toList(), "nothing made in the working folder");
    }
  }

  @Test
  void anArchiveOrFolderOthersCanWriteIsNeverLoaded() throws Exception {
    // Damaged, so that loading it would show; and dated and named as the launcher expects.
    Path cache = root.resolve("cache-planted");
    Path archive = plantDamaged(copyMade(cache));
    Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rw-rw-rw-"));
    assertRefused(cache, archive);
    Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("r--------"));
    Files.setPosixFilePermissions(archive.getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));
    assertRefused(cache, archive.getParent());
    Files.setPosixFilePermissions(archive.getParent(), PosixFilePermissions.fromString("rwx---rwx"));
    assertRefused(cache, archive.getParent());
  }

  @Test
  void anArchiveOrFolderOwnedByAnotherUserIsNeverLoaded() throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a file to another user");
    Path cache = root.resolve("cache-owned");
    Path archive = plantDamaged(copyMade(cache));
    Files.setAttribute(archive, "unix:uid", 65534);
    assertRefused(cache, archive);
    Files.setAttribute(archive, "unix:uid", 0);
    Files.setAttribute(archive.getParent(), "unix:uid", 65534);
    assertRefused(cache, archive.getParent());
    Files.setAttribute(archive.getParent(), "unix:uid", 0);
  }

  @Tag("slow")
  @Test
  void aTouchedOrCopiedOverJarGetsANewArchive() throws Exception {
    Path install = Files.createDirectories(root.resolve("touched"));
    run(install, Map.of(), "tar", "xzf", TARGET.resolve("guide-" + VERSION + ".tar.gz").toString()).assertExit(0);
    Path touchedLauncher = install.resolve("guide-" + VERSION + "/bin/guide");
    Path touchedJar = install.resolve("guide-" + VERSION + "/lib/guide.jar");
    Path cache = root.resolve("cache-touched");
    run(root, Map.of("XDG_CACHE_HOME", cache.toString()), touchedLauncher.toString(), "reasons").assertExit(0);
    awaitUsableArchive(cache, touchedJar);
    Files.setLastModifiedTime(touchedJar, FileTime.from(Instant.now().minusSeconds(3600)));
    assertEquals("", run(root, Map.of("XDG_CACHE_HOME", cache.toString()), touchedLauncher.toString(), "reasons").assertExit(0).err());
    awaitUsableArchive(cache, touchedJar);
    Path copy = Files.copy(touchedJar, root.resolve("copy-of-guide.jar"));
    Files.copy(copy, touchedJar, StandardCopyOption.REPLACE_EXISTING);
    assertEquals("", run(root, Map.of("XDG_CACHE_HOME", cache.toString()), touchedLauncher.toString(), "reasons").assertExit(0).err());
    awaitUsableArchive(cache, touchedJar);
  }

  @Test
  void aLongInstallPathStillGetsAnArchive() throws Exception {
    Path install = root.resolve("l".repeat(100)).resolve("o".repeat(100)).resolve("n".repeat(100));
    Files.createDirectories(install);
    run(install, Map.of(), "tar", "xzf", TARGET.resolve("guide-" + VERSION + ".tar.gz").toString()).assertExit(0);
    Path cache = root.resolve("cache-long");
    CommandResult result = run(root, Map.of("XDG_CACHE_HOME", cache.toString()),
        install.resolve("guide-" + VERSION + "/bin/guide").toString(), "reasons").assertExit(0);
    assertEquals(expected, result.out());
    awaitArchive(cache);
  }

  @Tag("slow")
  @Test
  void aFailedArchiveIsNotTriedAgainAtEveryRun() throws Exception {
    // A Java whose training runs fail (as with a full cache) and are counted; the rest is the real one.
    Path jdk = Files.createDirectories(root.resolve("failing-jdk/bin"));
    Path count = root.resolve("failing-jdk/trainings");
    Path java = Files.writeString(jdk.resolve("java"), "#!/bin/sh\n"
        + "case \"$*\" in *cds-training*) sleep 1; echo x >> '" + count + "'; exit 1 ;; esac\n"
        + "exec '" + JAVA + "' \"$@\"\n");
    assertTrue(java.toFile().setExecutable(true));
    Files.copy(Path.of(JAVA_HOME, "release"), jdk.getParent().resolve("release"));
    Map<String, String> env = Map.of("XDG_CACHE_HOME", root.resolve("cache-failing").toString(), "JAVA_HOME", jdk.getParent().toString());
    // Three first runs at once, then two more after the failure.
    List<CompletableFuture<CommandResult>> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      runs.add(CompletableFuture.supplyAsync(() -> {
        try {
          return run(root, env, launcher.toString(), "reasons");
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      }));
    }
    for (CompletableFuture<CommandResult> each : runs) {
      assertEquals(expected, each.get().assertExit(0).out());
    }
    for (int i = 0; i < 100 && !Files.exists(count); i++) {
      Thread.sleep(100);
    }
    Thread.sleep(1500);
    for (int i = 0; i < 2; i++) {
      assertEquals(expected, run(root, env, launcher.toString(), "reasons").assertExit(0).out());
    }
    Thread.sleep(3000);
    assertEquals(1, Files.readAllLines(count).size(), "one attempt");
  }

  @Test
  void ctrlCWithAnArchiveEndsWith130() throws Exception {
    assumeTrue(new File("/usr/bin/setsid").canExecute(), "setsid is not installed");
    Path cache = root.resolve("cache-ctrl-c");
    copyMade(cache);
    // A process group of its own, as a terminal gives a command, so that Ctrl-C reaches all of it;
    // standard input a pipe left open, so the guide is waiting for answers when it comes.
    ProcessBuilder builder = new ProcessBuilder("/usr/bin/setsid", launcher.toString(), "ask").directory(root.toFile());
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().put("JAVA_HOME", JAVA_HOME);
    Process process = builder.start();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    Thread.sleep(1500);
    new ProcessBuilder("kill", "-INT", "--", "-" + process.pid()).start().waitFor();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "Ctrl-C should end the guide");
    new CommandResult(process.exitValue(), out.get(), err.get()).assertExit(ExitCode.INTERRUPTED).assertNoStackTrace();
  }

  @Test
  void noHomeAndNoCacheFolderStillRuns() throws Exception {
    CommandResult result = run(root, Map.of("HOME", "", "XDG_CACHE_HOME", ""), launcher.toString(), "reasons").assertExit(0);
    assertEquals(expected, result.out());
    assertEquals("", result.err());
  }

  @Test
  void anUnwritableCacheFolderStillRuns() throws Exception {
    Path file = Files.writeString(root.resolve("not-a-folder"), "x");
    CommandResult result = run(root, Map.of("XDG_CACHE_HOME", file.toString()), launcher.toString(), "reasons").assertExit(0);
    assertEquals(expected, result.out());
    assertEquals("", result.err());
  }

  /** A cache home that is a file: the launcher makes no archive there, and runs the JVM in its place. */
  private static Path noCache() throws IOException {
    return Files.writeString(root.resolve("no-cache-here"), "");
  }

  private static void assertRefused(Path cache, Path refused) throws Exception {
    CommandResult result = run(root, Map.of("XDG_CACHE_HOME", cache.toString()), launcher.toString(), "reasons").assertExit(0);
    assertEquals(expected, result.out());
    result.assertErrContains("not using the class-data cache").assertErrContains(refused + " is not yours alone");
    assertEquals(1, result.err().lines().count(), "said once\n" + result);
    assertFalse(result.err().contains("damaged"), "never loaded\n" + result);
  }

  /** A copy of the archive made for this install, in a new cache folder, as the launcher left it. */
  private static Path copyMade(Path cache) throws IOException {
    Path folder = Files.createDirectories(cache.resolve("guide"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    return Files.copy(made, folder.resolve(made.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
  }

  /**
   * Cuts the archive short, then gives it the name (checksum and size) and time the launcher would
   * have given it: damaged when it was made, which no check of the launcher's can see.
   */
  private static Path plantDamaged(Path archive) throws Exception {
    int size = 1024 * 1024;
    byte[] start = java.util.Arrays.copyOf(Files.readAllBytes(archive), size);
    Path planted = archive.resolveSibling("planted" + KIND);
    Files.delete(archive);
    Files.write(planted, start);
    Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("r--------"));
    Files.setLastModifiedTime(planted, Files.getLastModifiedTime(jar));
    String sum = run(root, Map.of(), "sh", "-c", "cksum < '" + planted + "'").assertExit(0).out().strip();
    String name = archive.getFileName().toString().replaceFirst("-[0-9]+-[0-9]+\\" + KIND + "$", "-" + sum.replace(' ', '-') + KIND);
    return Files.move(planted, archive.resolveSibling(name));
  }

  private static String mode(Path path) throws IOException {
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
    return PosixFilePermissions.toString(permissions);
  }

  private static void assertQuiet(Path cache) throws Exception {
    CommandResult result = run(root, Map.of("XDG_CACHE_HOME", cache.toString()), launcher.toString(), "reasons").assertExit(0);
    assertEquals(expected, result.out(), "nothing but the guide's own output on stdout");
    assertEquals("", result.err(), "nothing on stderr either");
  }

  /** An archive in the cache that the JVM accepts for the jar (-Xshare:on fails when it cannot use it). */
  private static Path awaitUsableArchive(Path cache) throws Exception {
    return awaitUsableArchive(cache, jar);
  }

  private static Path awaitUsableArchive(Path cache, Path jar) throws Exception {
    for (int i = 0; i < 300; i++) {
      Path archive = awaitArchive(cache);
      // Checksums verified: an archive overwritten in the middle can make a JVM spin instead of failing.
      CommandResult check = run(root, Map.of(), JAVA, "-XX:ErrorFile=/dev/null", "-XX:+VerifySharedSpaces",
          AOT ? "-XX:AOTMode=on" : "-Xshare:on",
          (AOT ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive, "-Xlog:disable", "-jar", jar.toString(), "--version");
      if (check.exitCode() == 0) {
        return archive;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no usable archive appeared in " + cache);
  }

  /** The archive the launcher makes in the background after a first run. */
  private static Path awaitArchive(Path cache) throws Exception {
    Path folder = cache.resolve("guide");
    for (int i = 0; i < 300; i++) {
      if (Files.isDirectory(folder)) {
        try (var files = Files.list(folder)) {
          // Only one the launcher would use: its size as its name says (a damaged one waits to be replaced).
          List<Path> archives = files.filter(f -> f.toString().endsWith(KIND) && sizeAsNamed(f)).toList();
          if (archives.size() == 1) {
            return archives.get(0);
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no class-data archive appeared in " + folder);
  }

  private static CommandResult run(Path dir, Map<String, String> given, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(new File("/dev/null"));
    // The launcher uses the Java the tests run on, so the archives are made for it.
    Map<String, String> env = new HashMap<>(Map.of("JAVA_HOME", JAVA_HOME));
    env.putAll(given);
    env.forEach((name, value) -> {
      if (value.isEmpty()) {
        builder.environment().remove(name);
      } else {
        builder.environment().put(name, value);
      }
    });
    // A JVM given a damaged archive straight can spin rather than crash: finish never waits for ever.
    return CommandResult.finish(builder.start(), 60);
  }

  private static boolean sizeAsNamed(Path archive) {
    String name = archive.getFileName().toString();
    String named = name.substring(name.lastIndexOf('-') + 1, name.length() - KIND.length());
    try {
      return Files.size(archive) == Long.parseLong(named);
    } catch (IOException | NumberFormatException e) {
      return false;
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
