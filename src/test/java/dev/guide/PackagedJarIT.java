package dev.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a real process, the way a person runs it: from another folder, with real pipes. */
class PackagedJarIT {

  private static final Path JAR = Path.of(System.getProperty("guide.jar", "target/guide.jar")).toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir Path dir;

  @Test
  void showsAReasonFromAnyFolder() throws Exception {
    CommandResult result = java(null, "reason", "fear-of-intimacy").assertExit(ExitCode.OK);
    result.assertOutContains("(fear-of-intimacy)").assertOutContains("What may help");
    assertEquals("", result.err());
  }

  @Test
  void unknownIdExitsTwoWithASuggestion() throws Exception {
    java(null, "reason", "fear-of-intimcy").assertExit(ExitCode.USAGE).assertErrContains("did you mean fear-of-intimacy?")
        .assertNoStackTrace();
  }

  @Test
  void brokenContentNamesEachDefect() throws Exception {
    Path broken = Files.createDirectory(dir.resolve("broken"));
    Files.writeString(broken.resolve("reasons.json"), "{\"reasons\": [ {\"id\": \"x\" ");
    CommandResult result = java(null, "--content", broken.toString(), "reasons").assertExit(ExitCode.FAILED);
    result.assertErrContains("sources.json: missing").assertErrContains("reasons.json:1:").assertNoStackTrace();
  }

  @Test
  void answersFromAFileRedirectedToStandardInput() throws Exception {
    Path answers = Files.writeString(dir.resolve("answers.txt"), "how-long: 1\npace: 1\npast: 1,2\n");
    java(answers.toFile(), "ask").assertExit(ExitCode.OK).assertOutContains("WHAT MAY BE GOING ON")
        .assertOutContains("past-hurt");
  }

  @Test
  void answersFileWithEmptyStandardInputIsNotTakenForAPipe() throws Exception {
    Path answers = Files.writeString(dir.resolve("answers.txt"), "how-long: 1\n");
    java(new File("/dev/null"), "ask", "--answers", answers.toString()).assertExit(ExitCode.OK);
  }

  @Test
  void aClosedPipeEndsQuietly() throws Exception {
    Process process = new ProcessBuilder("bash", "-c",
        "'" + JAVA + "' -jar '" + JAR + "' reasons | head -1; exit ${PIPESTATUS[0]}")
        .directory(dir.toFile()).redirectInput(new File("/dev/null")).start();
    CommandResult result = finish(process);
    assertEquals(1, result.out().lines().count(), result::toString);
    assertEquals("", result.err(), "nothing on stderr when the reader goes away");
  }

  @Test
  void ctrlCEndsWith130AndNoStackTrace() throws Exception {
    // Standard input is a pipe left open, so the guide is waiting to read answers when the signal comes.
    Process process = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "ask").directory(dir.toFile()).start();
    Thread.sleep(700);
    new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
    // Keep standard input open until the guide has gone, as a terminal would: closing it first
    // would race the signal with an end of input.
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "Ctrl-C should end the guide");
    CommandResult result = finish(process);
    result.assertExit(ExitCode.INTERRUPTED).assertNoStackTrace();
  }

  @Test
  void aNonUtf8LocaleStillGivesReadableUtf8() throws Exception {
    ProcessBuilder builder = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "reason", "past-hurt")
        .directory(dir.toFile()).redirectInput(new File("/dev/null"));
    builder.environment().put("LANG", "C");
    builder.environment().put("LC_ALL", "C");
    CommandResult result = finish(builder.start()).assertExit(ExitCode.OK);
    result.assertOutContains("(past-hurt)");
    assertEquals("", result.err());
  }

  @Test
  void veryNarrowAndVeryWideTerminals() throws Exception {
    for (String columns : new String[] {"20", "500"}) {
      ProcessBuilder builder = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "reason", "past-hurt")
          .directory(dir.toFile()).redirectInput(new File("/dev/null"));
      builder.environment().put("COLUMNS", columns);
      CommandResult result = finish(builder.start()).assertExit(ExitCode.OK);
      // No line passes the width: a word longer than it (an id) is split after a hyphen.
      result.out().lines().forEach(line -> assertTrue(
          line.codePointCount(0, line.length()) <= Integer.parseInt(columns), "COLUMNS=" + columns + ": " + line));
    }
  }

  @Test
  void aResultCutShortByHeadEndsQuietly() throws Exception {
    Path answers = Files.writeString(dir.resolve("answers.txt"), "how-long: 1\npace: 1\npast: 1,2\n");
    Process process = new ProcessBuilder("bash", "-c",
        "'" + JAVA + "' -jar '" + JAR + "' ask --answers '" + answers + "' | head -3; exit ${PIPESTATUS[0]}")
        .directory(dir.toFile()).redirectInput(new File("/dev/null")).start();
    CommandResult result = finish(process);
    assertEquals(3, result.out().lines().count(), result::toString);
    assertEquals("", result.err());
  }

  @Test
  void theLauncherPrintsNothingOfItsOwnOnStandardOutput() throws Exception {
    Path launcher = JAR.getParent().getParent().resolve("guide");
    ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "reasons")
        .directory(dir.toFile()).redirectInput(new File("/dev/null"));
    builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    CommandResult viaLauncher = finish(builder.start()).assertExit(ExitCode.OK);
    assertEquals(java(null, "reasons").out(), viaLauncher.out());
  }

  /**
   * Picocli's annotations are not read when a command runs: reading them makes the JVM generate a
   * proxy class for each annotation type, which a class-data archive cannot hold on Java 17, and
   * that cost about 40 ms of every start. The command model is built in code instead (BaseCommand).
   */
  @Test
  void everydayCommandsReadNoAnnotations() throws Exception {
    Path answers = Files.writeString(dir.resolve("answers.txt"), "how-long: 1\npace: 1\npast: 1,2\n");
    List<List<String>> runs = List.of(List.of("reason", "fear-of-intimacy"), List.of("reasons"),
        List.of("--partner", "she", "sign", "gaslighting", "--format", "json"), List.of("validate"),
        List.of("ask", "--answers", answers.toString()), List.of("history", "--data-dir", dir.toString()));
    for (List<String> args : runs) {
      Path log = dir.resolve("classes.log");
      List<String> command = new ArrayList<>(List.of(JAVA, "-Xlog:class+load=info:file=" + log, "-jar", JAR.toString()));
      command.addAll(args);
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(new File("/dev/null"));
      builder.environment().remove("GUIDE_CONTENT");
      finish(builder.start()).assertExit(ExitCode.OK);
      List<String> proxies = Files.readAllLines(log).stream().filter(line -> line.contains("$Proxy")).toList();
      assertEquals(List.of(), proxies, "guide " + String.join(" ", args) + " generated proxy classes");
    }
  }

  private CommandResult java(File stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().remove("GUIDE_CONTENT");
    builder.environment().remove("COLUMNS");
    builder.redirectInput(stdin == null ? new File("/dev/null") : stdin);
    return finish(builder.start());
  }

  private static CommandResult finish(Process process) throws IOException, InterruptedException {
    return CommandResult.finish(process, 30);
  }

}
