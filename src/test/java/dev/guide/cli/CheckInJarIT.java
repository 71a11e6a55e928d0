package dev.guide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Check-ins with the packaged jar as a real process, its HOME and XDG_DATA_HOME in a temporary folder. */
class CheckInJarIT {

  private static final Path JAR = Path.of(System.getProperty("guide.jar", "target/guide.jar")).toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir Path dir;
  private Path home;
  private Path xdg;

  @BeforeEach
  void folders() throws IOException {
    home = Files.createDirectory(dir.resolve("home"));
    xdg = Files.createDirectory(dir.resolve("xdg"));
  }

  @Test
  void aCheckInAWeekLaterTheComparisonAndForget() throws Exception {
    Path first = Files.writeString(dir.resolve("answers.txt"), CheckInCommandsTest.FIRST);
    Path changes = Files.writeString(dir.resolve("changes.txt"), CheckInCommandsTest.CHANGES);
    guide(first, CheckInCommandsTest.WEEK_ONE, "ask", "--save").assertExit(ExitCode.OK)
        .assertErrContains("saved this check-in in " + xdg.resolve("guide"));
    guide(changes, CheckInCommandsTest.WEEK_TWO, "ask", "--from-last", "--save").assertExit(ExitCode.OK);
    guide(null, null, "history", "--compare").assertExit(ExitCode.OK).assertOutContains("From 2026-11-15 to 2026-11-22")
        .assertOutContains("New sign:");
    guide(null, null, "forget").assertExit(ExitCode.USAGE).assertErrContains("add --yes");
    guide(null, null, "forget", "--yes").assertExit(ExitCode.OK).assertOutContains("Deleted 2 check-ins:");
    assertEmpty(xdg);
    assertEmpty(home);
  }

  @Test
  void withoutSaveTheRealProcessWritesNothing() throws Exception {
    Path first = Files.writeString(dir.resolve("answers.txt"), CheckInCommandsTest.FIRST);
    guide(first, CheckInCommandsTest.WEEK_ONE, "ask").assertExit(ExitCode.OK).assertOutContains("WHAT MAY BE GOING ON");
    guide(null, null, "history").assertExit(ExitCode.OK).assertOutContains("No check-ins saved yet");
    assertEmpty(xdg);
    assertEmpty(home);
  }

  private static void assertEmpty(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      assertEquals(List.of(folder), files.toList(), folder + " should be empty");
    }
  }

  private CommandResult guide(Path stdin, String now, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().remove("GUIDE_CONTENT");
    builder.environment().put("HOME", home.toString());
    builder.environment().put("XDG_DATA_HOME", xdg.toString());
    builder.environment().put("COLUMNS", "500");
    if (now != null) {
      builder.environment().put("GUIDE_NOW", now);
    } else {
      builder.environment().remove("GUIDE_NOW");
    }
    builder.redirectInput(stdin == null ? new File("/dev/null") : stdin.toFile());
    return CommandResult.finish(builder.start(), 30);
  }
}
