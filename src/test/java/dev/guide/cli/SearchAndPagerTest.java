package dev.guide.cli;

import static dev.guide.Guide.guide;
import static dev.guide.Guide.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.io.Terminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guide search}, {@code guide completion}, and long output through the pager. */
class SearchAndPagerTest {

  private static final Terminal SCREEN = new Terminal(false, false, true);

  @TempDir Path dir;

  @Test
  void searchFindsWordFormsAndShowsTheMatchingLine() {
    CommandResult result = run("search", "committed").assertExit(ExitCode.OK);
    assertTrue(result.out().startsWith("reason fear-of-commitment"), result::toString);
    result.assertOutContains("commitment would ask");
  }

  @Test
  void searchRanksEntriesMatchingMoreWordsFirst() {
    String first = run("search", "stories", "lies").assertExit(ExitCode.OK).out().lines().findFirst().orElse("");
    assertEquals("sign story-keeps-changing  His story keeps changing", first);
  }

  @Test
  void searchWithNoMatchSaysSoAndExitsOneLikeGrep() {
    CommandResult result = run("search", "xyzzy").assertExit(ExitCode.FAILED);
    result.assertErrContains("nothing found for 'xyzzy'");
    assertEquals("", result.out());
  }

  @Test
  void searchAsJsonWithNoMatchPrintsAnEmptyListAndExitsOne() {
    CommandResult result = run("search", "xyzzy", "--format", "json").assertExit(ExitCode.FAILED);
    assertEquals("[]\n", result.out());
    result.assertErrContains("nothing found for 'xyzzy'");
  }

  @Test
  void searchAsJson() {
    run("search", "space", "--format", "json").assertExit(ExitCode.OK)
        .assertOutContains("\"kind\" : \"advice\"").assertOutContains("\"id\" : \"give-space\"");
  }

  @Test
  void searchSpeaksOfThePartnerAsAsked() {
    String out = run("search", "stress", "--partner", "she").assertExit(ExitCode.OK).out();
    assertFalse(out.matches("(?s).*\\b(he|him|his)\\b.*"), out);
  }

  @Test
  void completionScriptsForBashZshAndFish() {
    String bash = run("completion", "bash").assertExit(ExitCode.OK).out();
    assertTrue(bash.contains("_complete_guide") && bash.contains("fear-of-intimacy"), "ids are completed");
    run("completion", "zsh").assertExit(ExitCode.OK).assertOutContains("bashcompinit");
    run("completion", "fish").assertExit(ExitCode.OK).assertOutContains("complete -c guide ");
    run("completion", "ksh").assertExit(ExitCode.USAGE).assertErrContains("use bash, zsh or fish");
  }

  @Test
  void longOutputOnATerminalGoesThroughThePager() throws IOException {
    Path paged = dir.resolve("paged.txt");
    CommandResult result = guide().terminal(SCREEN).env("NO_COLOR", "1").env("LINES", "10")
        .env("PAGER", "cat > '" + paged + "'").exec("reason", "fear-of-intimacy").assertExit(ExitCode.OK);
    assertEquals("", result.out(), "the pager shows it, not us");
    assertTrue(Files.readString(paged).contains("(fear-of-intimacy)"));
  }

  @Test
  void noPagerShortOutputOrAPipeAreNotPaged() throws IOException {
    Path paged = dir.resolve("paged.txt");
    String pager = "cat > '" + paged + "'";
    guide().terminal(SCREEN).env("LINES", "10").env("PAGER", pager).exec("--no-pager", "reason", "past-hurt")
        .assertExit(ExitCode.OK).assertOutContains("(past-hurt)");
    guide().terminal(SCREEN).env("LINES", "100").env("PAGER", pager).exec("reason", "past-hurt")
        .assertExit(ExitCode.OK).assertOutContains("(past-hurt)");
    guide().env("LINES", "10").env("PAGER", pager).exec("reason", "past-hurt")
        .assertExit(ExitCode.OK).assertOutContains("(past-hurt)");
    guide().terminal(SCREEN).env("LINES", "10").env("PAGER", "").exec("reason", "past-hurt")
        .assertExit(ExitCode.OK).assertOutContains("(past-hurt)");
    assertFalse(Files.exists(paged), "the pager never ran");
  }

  /** Issue 21: PAGER=false read nothing and exited 1, and the output was lost without a word. */
  @Test
  void aPagerThatFailsLeavesTheOutputOnTheScreenWithANote() {
    guide().terminal(SCREEN).env("LINES", "10").env("PAGER", "false").env("PATH", "/usr/bin:/bin")
        .exec("reason", "past-hurt").assertExit(ExitCode.OK).assertOutContains("(past-hurt)")
        .assertErrContains("the pager (false) ended with an error");
  }

  @Test
  void aPagerThatCannotRunLeavesTheOutputOnTheScreen() {
    guide().terminal(SCREEN).env("LINES", "10").env("PAGER", "no-such-pager-anywhere").exec("reason", "past-hurt")
        .assertExit(ExitCode.OK).assertOutContains("(past-hurt)");
  }
}
