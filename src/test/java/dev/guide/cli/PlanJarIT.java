package dev.guide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guide plan} with the packaged jar as a real process: the bundled plan texts, saving, and the reminder. */
class PlanJarIT {

  private static final Path JAR = Path.of(System.getProperty("guide.jar", "target/guide.jar")).toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir Path dir;

  @Test
  void aPlanIsSavedWithItsDateAndHistoryRemindsOfIt() throws Exception {
    Path answers = Files.writeString(dir.resolve("answers.txt"),
        Files.readString(PlanCommandTest.SITUATIONS.resolve("29-keeps-cancelling.answers")) + PlanCommandTest.LIMIT);
    CommandResult plan = guide(answers, PlanCommandTest.DEC_6, "plan", "--answers", "-", "--save");
    plan.assertExit(ExitCode.OK).assertOutContains("I've noticed our plans keep falling through lately.")
        .assertOutContains("15 December 2026 (in 9 days)").assertErrContains("saved this check-in and your plan");
    guide(null, PlanCommandTest.DEC_6, "history").assertExit(ExitCode.OK)
        .assertOutContains("you planned to look again by 15 December (in 9 days)");
    guide(null, "2026-12-15T20:00:00+01:00", "history").assertExit(ExitCode.OK)
        .assertOutContains("that day has come (today)").assertOutContains("'guide ask --from-last --save'");
  }

  @Test
  void theSafetyPlanFromTheJarHasTheHelpListAndNoDeadline() throws Exception {
    Path answers = Files.writeString(dir.resolve("answers.txt"),
        Files.readString(PlanCommandTest.SITUATIONS.resolve("41-hurt-threatened.answers")) + "plan.by: in 1 week\n");
    CommandResult plan = guide(answers, PlanCommandTest.DEC_6, "plan", "--answers", "-", "--country", "US");
    plan.assertExit(ExitCode.OK).assertOutContains("A PLAN FOR YOUR SAFETY").assertOutContains("call 911");
    assertFalse(plan.out().contains("look again"), plan.out());
    assertEquals("", plan.err());
  }

  private CommandResult guide(Path stdin, String now, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().remove("GUIDE_CONTENT");
    builder.environment().put("HOME", dir.resolve("home").toString());
    builder.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
    builder.environment().put("COLUMNS", "500");
    builder.environment().put("GUIDE_NOW", now);
    builder.redirectInput(stdin == null ? new File("/dev/null") : stdin.toFile());
    return CommandResult.finish(builder.start(), 30);
  }
}
