package dev.guide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.Guide;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guide validate}, and every other command, on good and broken content: in-process runs. */
class ValidateCommandTest {

  @TempDir Path temp;

  Path broken;
  List<Defect> defects;

  /** Three defects in three files, so a report that stops at the first one shows up. */
  @BeforeEach
  void breakACopy() {
    BrokenContent content = BrokenContent.copy(temp.resolve("broken"))
        .replace("advice.json", "\"title\": \"Give {him} some space and time\"", "\"title\": \"Give {hm} some space and time\"")
        .replace("questions.json", "{\"moving-too-fast\": 2}", "{\"moving-too-fast\": 1e400}")
        .replace("sources.json", "\"byline\": \"Cat Harper\"", "\"author\": \"Cat Harper\"");
    broken = content.dir();
    defects = content.defects();
    assertEquals(List.of("advice.json", "questions.json", "sources.json"), defects.stream().map(Defect::file).toList(),
        BrokenContent.show(defects));
  }

  @Test
  void builtInContentIsValid() {
    Guide.run("validate")
        .assertExit(ExitCode.OK)
        .assertOutContains("is valid")
        .assertOutContains("13 reasons")
        .assertOutContains("9 signs")
        .assertOutContains("3 sources");
  }

  @Test
  void anUnchangedCopyIsValid() {
    Path good = BrokenContent.copy(temp.resolve("good")).dir();
    Guide.run("validate", good.toString()).assertExit(ExitCode.OK).assertOutContains(good.toString() + " is valid");
  }

  @Test
  void brokenFolderPrintsEveryDefectOnItsOwnLine() {
    CommandResult result = Guide.run("validate", broken.toString())
        .assertExit(ExitCode.FAILED)
        .assertNoStackTrace()
        .assertErrContains("content " + broken + " has 3 defects");
    assertEachDefectOnItsOwnLine(result);
    assertEquals("", result.out(), () -> "nothing on stdout\n" + result);
  }

  @Test
  void defectLinesHaveTheFileLineColumnForm() {
    CommandResult result = Guide.run("validate", broken.toString()).assertExit(ExitCode.FAILED);
    List<String> lines = result.err().lines().map(String::strip).filter(l -> l.matches("[a-z]+\\.json:\\d+:\\d+: .+")).toList();
    assertEquals(3, lines.size(), result::toString);
    assertTrue(lines.get(0).startsWith("advice.json:" + defects.get(0).line() + ":"), result::toString);
    assertTrue(lines.get(0).contains("unknown token {hm}"), result::toString);
  }

  @Test
  void anyCommandWithContentOptionNamesEachDefect() {
    CommandResult result = Guide.guide().exec("--content", broken.toString(), "reasons")
        .assertExit(ExitCode.FAILED)
        .assertNoStackTrace();
    assertEachDefectOnItsOwnLine(result);
  }

  @Test
  void contentOptionAfterTheCommandWorksToo() {
    CommandResult result = Guide.guide().exec("signs", "--content", broken.toString()).assertExit(ExitCode.FAILED);
    assertEachDefectOnItsOwnLine(result);
  }

  @Test
  void contentFromTheEnvironmentNamesEachDefect() {
    CommandResult result = Guide.guide().env("GUIDE_CONTENT", broken.toString()).exec("reasons")
        .assertExit(ExitCode.FAILED)
        .assertNoStackTrace();
    assertEachDefectOnItsOwnLine(result);
  }

  @Test
  void validateChecksTheContentFromTheEnvironment() {
    CommandResult result = Guide.guide().env("GUIDE_CONTENT", broken.toString()).exec("validate")
        .assertExit(ExitCode.FAILED);
    assertEachDefectOnItsOwnLine(result);
  }

  @Test
  void contentOptionWinsOverTheEnvironment() {
    Path good = BrokenContent.copy(temp.resolve("good")).dir();
    Guide.guide().env("GUIDE_CONTENT", broken.toString()).exec("--content", good.toString(), "reasons")
        .assertExit(ExitCode.OK)
        .assertOutContains("fear-of-intimacy");
  }

  /**
   * A folder named on the command line that is not there, or not a folder, is the command line
   * gone wrong (exit 2), as the README's table says, not broken content (exit 1; a new user's trial).
   */
  @Test
  void missingFolderSaysSoWithoutAStackTrace() {
    Path missing = temp.resolve("nowhere");
    Guide.run("validate", missing.toString())
        .assertExit(ExitCode.USAGE)
        .assertNoStackTrace()
        .assertErrContains(missing + ": no such folder");
    Path file = BrokenContent.copy(temp.resolve("file")).dir().resolve("reasons.json");
    Guide.run("validate", file.toString())
        .assertExit(ExitCode.USAGE)
        .assertErrContains(file + ": not a folder");
    Guide.run("--content", missing.toString(), "reasons").assertExit(ExitCode.USAGE).assertErrContains("no such folder");
  }

  @Test
  void hostileJsonIsADefectNotACrash() {
    Path deep = BrokenContent.copy(temp.resolve("deep")).write("advice.json", "[".repeat(10_000)).dir();
    Guide.run("validate", deep.toString())
        .assertExit(ExitCode.FAILED)
        .assertNoStackTrace()
        .assertErrContains("advice.json:1:")
        .assertErrContains("nested more than");
  }

  private void assertEachDefectOnItsOwnLine(CommandResult result) {
    List<String> lines = result.err().lines().map(String::strip).toList();
    for (Defect defect : defects) {
      String expected = defect.file() + ":" + defect.line() + ":" + defect.column() + ": " + defect.message();
      assertTrue(lines.contains(expected), () -> "stderr should have the line '" + expected + "'\n" + result);
    }
  }
}
