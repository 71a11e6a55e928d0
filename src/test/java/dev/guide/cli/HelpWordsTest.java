package dev.guide.cli;

import static dev.guide.Guide.guide;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import java.util.List;
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

  @Test
  void aCommandsHelpListsItsOwnOptionsFirstAndTheSharedOnesApart() {
    String help = guide().exec("ask", "--help").assertExit(ExitCode.OK).out();
    int own = help.indexOf("--answers=FILE");
    int heading = help.indexOf(SharedOptionsHelp.HEADING);
    int shared = help.indexOf("--partner=he|she|they", heading);
    org.junit.jupiter.api.Assertions.assertTrue(own > 0 && heading > own && shared > heading, help);
    org.junit.jupiter.api.Assertions.assertTrue(help.indexOf("\n      --save ") < heading && help.indexOf("\n      --no-pager ") > heading, help);
  }

  /** --debug was hidden from every help and the man page, though the error messages point to it. */
  @Test
  void debugIsAmongTheSharedOptionsInEveryHelpAndTheManPage() {
    String root = guide().exec("--help").assertExit(ExitCode.OK).out();
    org.junit.jupiter.api.Assertions.assertTrue(root.contains("--debug") && root.indexOf("--debug") < root.indexOf("Commands:"), root);
    for (String command : List.of("ask", "plan", "history", "safety")) {
      String help = guide().exec(command, "--help").assertExit(ExitCode.OK).out();
      org.junit.jupiter.api.Assertions.assertTrue(help.indexOf("\n      --debug ") > help.indexOf(SharedOptionsHelp.HEADING)
          && help.contains(SharedOptionsHelp.HEADING), command + "\n" + help);
    }
    java.io.PrintStream sink = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
    Session session = new Session(java.io.InputStream.nullInputStream(), sink, sink, java.util.Map.of(),
        dev.guide.io.Terminal.NONE);
    String page = ManPage.of(session.commandLine(null), "0").replace("\\-", "-");
    String options = page.substring(page.indexOf(".SH OPTIONS"), page.indexOf(".SH COMMANDS"));
    org.junit.jupiter.api.Assertions.assertTrue(options.contains("--debug"), options);
  }
}
