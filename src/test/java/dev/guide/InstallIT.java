package dev.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The install archive as a new user uses it: unpacked, bin/ run from elsewhere, man page, completion. */
class InstallIT {

  private static final Path TARGET = Path.of(System.getProperty("guide.jar", "target/guide.jar")).toAbsolutePath().getParent();
  private static final String VERSION = System.getProperty("guide.version", "0.1.0");

  @TempDir static Path unpacked;
  @TempDir Path elsewhere;

  private static Path home;

  @BeforeAll
  static void unpack() throws Exception {
    Path archive = TARGET.resolve("guide-" + VERSION + ".tar.gz");
    assertTrue(Files.exists(archive), "the build makes " + archive);
    run(unpacked, Map.of(), "tar", "xzf", archive.toString()).assertExit(0);
    home = unpacked.resolve("guide-" + VERSION);
  }

  @Test
  void bothArchivesHoldTheSameFiles() throws IOException {
    List<String> zipped = new ArrayList<>();
    try (ZipFile zip = new ZipFile(TARGET.resolve("guide-" + VERSION + ".zip").toFile())) {
      zip.stream().filter(e -> !e.isDirectory()).forEach(e -> zipped.add(e.getName()));
    }
    List<String> untarred = new ArrayList<>();
    try (var files = Files.walk(home)) {
      files.filter(Files::isRegularFile).forEach(f -> untarred.add("guide-" + VERSION + "/" + home.relativize(f)));
    }
    Collections.sort(zipped);
    Collections.sort(untarred);
    assertEquals(untarred, zipped);
    assertTrue(zipped.containsAll(List.of("guide-" + VERSION + "/bin/guide", "guide-" + VERSION + "/lib/guide.jar",
        "guide-" + VERSION + "/share/man/man1/guide.1", "guide-" + VERSION + "/share/completion/guide.bash",
        "guide-" + VERSION + "/share/completion/guide.fish", "guide-" + VERSION + "/README.md", "guide-" + VERSION + "/LICENSE",
        // JLine's BSD licence asks that its notice travel with the binary.
        "guide-" + VERSION + "/THIRD-PARTY.txt")), zipped::toString);
    try (var jar = new java.util.zip.ZipFile(Path.of(System.getProperty("guide.jar")).toFile())) {
      assertTrue(jar.getEntry("META-INF/THIRD-PARTY.txt") != null, "the jar carries the third-party licences");
    }
  }

  @Test
  void binGuideRunsFromAnotherFolder() throws Exception {
    CommandResult result = run(elsewhere, Map.of(), home.resolve("bin/guide").toString(), "reasons").assertExit(0);
    assertEquals(13, result.out().lines().count(), result::toString);
  }

  @Test
  void binGuideRunsThroughALinkOnThePath() throws Exception {
    // The link lives beside the install (one temporary folder), as a link on PATH would.
    Path bin = Files.createDirectories(unpacked.resolve("on-path"));
    Files.createSymbolicLink(bin.resolve("guide"), home.resolve("bin/guide"));
    // The shell looks the command up on the PATH given to it, as a login shell would.
    run(elsewhere, Map.of("PATH", bin + File.pathSeparator + System.getenv("PATH")), "sh", "-c", "guide --version")
        .assertExit(0).assertOutContains("guide " + VERSION);
  }

  @Test
  void saysClearlyWhenJavaIsMissing() throws Exception {
    // A PATH with the shell tools the script uses, and no java. Small scripts stand in for the
    // tools (links out of a temporary folder make JUnit warn when it cleans up).
    Path bin = Files.createDirectory(elsewhere.resolve("tools"));
    for (String tool : List.of("ls", "sed", "dirname", "readlink", "head", "tput")) {
      Path real = Files.exists(Path.of("/usr/bin", tool)) ? Path.of("/usr/bin", tool) : Path.of("/bin", tool);
      Path stand = Files.writeString(bin.resolve(tool), "#!/bin/sh\nexec " + real + " \"$@\"\n");
      stand.toFile().setExecutable(true);
    }
    run(elsewhere, Map.of("PATH", bin.toString(), "JAVA_HOME", ""), "sh", home.resolve("bin/guide").toString(), "reasons")
        .assertExit(1).assertErrContains("Java was not found").assertErrContains("17 or newer");
  }

  @Test
  void aJavaHomeWithoutJavaIsNamedAndJavaOnThePathUsed() throws Exception {
    Path nowhere = elsewhere.resolve("no-such-jdk");
    CommandResult result = run(elsewhere, Map.of("JAVA_HOME", nowhere.toString()), home.resolve("bin/guide").toString(), "reasons")
        .assertExit(0).assertErrContains("JAVA_HOME is " + nowhere + ", which has no bin/java").assertErrContains("using java from PATH");
    assertEquals(13, result.out().lines().count(), result::toString);
  }

  @Test
  void saysClearlyWhenJavaIsTooOld() throws Exception {
    Path old = Files.createDirectories(elsewhere.resolve("jdk8/bin"));
    Path java = Files.writeString(old.resolve("java"), "#!/bin/sh\necho 'should not run' >&2\nexit 3\n");
    java.toFile().setExecutable(true);
    Files.writeString(old.getParent().resolve("release"), "JAVA_VERSION=\"1.8.0_292\"\n");
    run(elsewhere, Map.of("JAVA_HOME", old.getParent().toString()), home.resolve("bin/guide").toString(), "reasons")
        .assertExit(1).assertErrContains("needs Java 17 or newer").assertErrContains("1.8.0_292");
  }

  @Test
  void theManPageRendersWithoutWarnings() throws Exception {
    assumeTrue(new File("/usr/bin/man").canExecute(), "man is not installed");
    CommandResult result = run(elsewhere, Map.of("MANWIDTH", "80"), "man", "--warnings", "-l",
        home.resolve("share/man/man1/guide.1").toString()).assertExit(0);
    assertEquals("", result.err());
    result.assertOutContains("guide ask").assertOutContains("EXIT STATUS").assertOutContains("--partner");
  }

  @Test
  void bashCompletesCommandsOptionsAndIds() throws Exception {
    Path script = home.resolve("share/completion/guide.bash");
    assertEquals("fear-of-intimacy fear-of-vulnerability fear-of-commitment", complete(script, "guide", "reason", "fe"));
    assertEquals("signs sign", complete(script, "guide", "si"));
    assertEquals("--partner", complete(script, "guide", "--par"));
    assertEquals("gaslighting", complete(script, "guide", "sign", "gas"));
    assertEquals("give-space", complete(script, "guide", "advice", "give"));
    // The countries the guide lists help for, from its content.
    assertEquals("GB", complete(script, "guide", "safety", "--country", "G"));
  }

  @Test
  void fishCompletesCommandsOptionsIdsAndCountries() throws Exception {
    assumeTrue(new File("/usr/bin/fish").canExecute(), "fish is not installed");
    Path script = home.resolve("share/completion/guide.fish");
    String fish = "source '" + script + "'; complete -C 'guide reason fe'; complete -C 'guide ask --country G'";
    String out = run(elsewhere, Map.of(), "fish", "--no-config", "-c", fish).assertExit(0).out();
    assertEquals(java.util.Set.of("fear-of-intimacy", "fear-of-vulnerability", "fear-of-commitment", "GB"),
        out.lines().map(line -> line.split("\t")[0]).collect(java.util.stream.Collectors.toSet()), out);
  }

  /** What bash offers for the last word, after loading the completion script. */
  private String complete(Path script, String... words) throws Exception {
    String line = String.join(" ", words);
    String bash = "source '" + script + "' 2>/dev/null\n"
        + "COMP_WORDS=(" + line + "); COMP_CWORD=" + (words.length - 1) + "; COMP_LINE='" + line + "'; "
        + "COMP_POINT=${#COMP_LINE}\n"
        + "_complete_guide 2>/dev/null\n"
        + "echo \"${COMPREPLY[*]}\"\n";
    return run(elsewhere, Map.of(), "bash", "-c", bash).assertExit(0).out().strip();
  }

  private static CommandResult run(Path dir, Map<String, String> env, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(new File("/dev/null"));
    // The launcher keeps a class-data archive in the cache folder: a scratch one, never the user's.
    builder.environment().put("XDG_CACHE_HOME", unpacked.resolve("cache").toString());
    builder.environment().putAll(env);
    if ("".equals(env.get("JAVA_HOME"))) {
      builder.environment().remove("JAVA_HOME");
    }
    Process process = builder.start();
    var out = new java.util.concurrent.CompletableFuture<String>();
    new Thread(() -> {
      try {
        out.complete(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        out.completeExceptionally(e);
      }
    }).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "finishes");
    return new CommandResult(process.exitValue(), out.get(), err);
  }
}
