package dev.guide.cli;

import static dev.guide.Guide.guide;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import org.junit.jupiter.api.Test;

/** A mistyped command word gets a suggestion that helps, in 'guide help WORD' too. */
class HelpWordsTest {

  @Test
  void helpWithAMistypedCommandSuggestsTheNearOnes() {
    guide().exec("help", "reson").assertExit(ExitCode.USAGE)
        .assertErrContains("unknown command 'reson'; did you mean reason or reasons?");
  }

  @Test
  void versionAsACommandPointsToTheOption() {
    CommandResult result = guide().exec("version").assertExit(ExitCode.USAGE)
        .assertErrContains("'guide --version' prints the version");
    assertFalse(result.err().contains("questions or completion"), result.err());
  }

  @Test
  void theSafetyCommandIsDescribedInWholeSentences() {
    String help = guide().exec("--help").assertExit(ExitCode.OK).out().replaceAll("\\s+", " ");
    org.junit.jupiter.api.Assertions.assertTrue(
        help.contains("safety If you are afraid of your partner, controlled or hurt: where to get help in your country, "
            + "and what can help."), help);
  }
}
