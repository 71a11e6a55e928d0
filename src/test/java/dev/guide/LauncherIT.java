package dev.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers print nothing of their own on standard output or standard error: before the
 * class-data archive exists, once it does, and when the archive is stale or not one at all.
 */
class LauncherIT {

  private static final Path TARGET = Path.of(System.getProperty("guide.jar", "target/guide.jar")).toAbsolutePath().getParent();
  private static final String VERSION = System.getProperty("guide.version", "0.1.0");
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir static Path root;

  private static Path launcher;
  private static Path jar;
  private static String expected;

  @BeforeAll
  static void install() throws Exception {
    run(root, Map.of(), "tar", "xzf", TARGET.resolve("guide-" + VERSION + ".tar.gz").toString()).assertExit(0);
    launcher = root.resolve("guide-" + VERSION + "/bin/guide");
    jar = root.resolve("guide-" + VERSION + "/lib/guide.jar");
    expected = run(root, Map.of(), JAVA, "-jar", jar.toString(), "reasons").assertExit(0).out();
    assertTrue(expected.startsWith("fear-of-intimacy\t"), expected);
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
    run(root, Map.of(), JAVA, "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:disable", "-jar", otherJar.toString(), "reasons")
        .assertExit(0);
    assertTrue(Files.size(archive) > 0);
    assertQuiet(cache);
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

  private static void assertQuiet(Path cache) throws Exception {
    CommandResult result = run(root, Map.of("XDG_CACHE_HOME", cache.toString()), launcher.toString(), "reasons").assertExit(0);
    assertEquals(expected, result.out(), "nothing but the guide's own output on stdout");
    assertEquals("", result.err(), "nothing on stderr either");
  }

  /** The archive the launcher makes in the background after a first run. */
  private static Path awaitArchive(Path cache) throws Exception {
    Path folder = cache.resolve("guide");
    for (int i = 0; i < 300; i++) {
      if (Files.isDirectory(folder)) {
        try (var files = Files.list(folder)) {
          List<Path> archives = files.filter(f -> f.toString().endsWith(".jsa")).toList();
          if (archives.size() == 1) {
            return archives.get(0);
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no class-data archive appeared in " + folder);
  }

  private static CommandResult run(Path dir, Map<String, String> env, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(new File("/dev/null"));
    env.forEach((name, value) -> {
      if (value.isEmpty()) {
        builder.environment().remove(name);
      } else {
        builder.environment().put(name, value);
      }
    });
    Process process = builder.start();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
    String err = read(process.getErrorStream());
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "finishes");
    return new CommandResult(process.exitValue(), out.get(), err);
  }

  private static String read(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
