package dev.guide.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.Guide;
import dev.guide.content.Partner;
import dev.guide.content.Question;
import dev.guide.quiz.TinyContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partner who is not "he" need not be named every time: GUIDE_PARTNER sets a default, and at a
 * terminal with neither it nor --partner, {@code guide ask} first asks; a saved check-in remembers.
 */
class PartnerChoiceTest {

  private static final Pattern HE = Pattern.compile("(?i)\\b(he|him|his|himself)\\b");

  @TempDir Path home;

  private static final Question FIRST = TinyContent.real().questionnaire().questions().get(0);

  /** Enough skips to reach the review, then Enter for the result. */
  private static String skipAll() {
    long unconditional = TinyContent.real().questionnaire().questions().stream().filter(q -> q.when().isEmpty()).count();
    return "s\n".repeat((int) unconditional) + "\n";
  }

  private Guide guide() {
    return Guide.guide().env("HOME", home.toString()).env("NO_COLOR", "1").env("COLUMNS", "500");
  }

  /** The words of the output without ids, which may hold "he" whoever the partner is. */
  private static String words(String out) {
    return out.replaceAll("[a-z0-9]+(-[a-z0-9]+)+", "");
  }

  @Test
  void atATerminalWithNoPartnerNamedTheGuideAsksFirst() {
    CommandResult result = guide().unset("GUIDE_PARTNER").typed("they\n" + skipAll()).exec("ask").assertExit(ExitCode.OK);
    String out = result.out();
    assertTrue(out.startsWith("How shall the guide speak of your partner?"), out);
    assertTrue(out.contains(Partner.THEY.render(FIRST.text())), out);
    // The sources' titles are the articles' own, and say "he".
    assertFalse(HE.matcher(words(out.substring(out.indexOf("The guide will say"), out.indexOf("SOURCES")))).find(), out);
  }

  @Test
  void enterKeepsHeAndNumbersAndHelpWork() {
    String enter = guide().unset("GUIDE_PARTNER").typed("\nq\n").exec("ask").assertExit(ExitCode.OK).out();
    assertTrue(enter.contains("The guide will say \u201che\u201d"), enter);
    String two = guide().unset("GUIDE_PARTNER").typed("?\nher\n2\nq\n").exec("ask").assertExit(ExitCode.OK).out();
    assertTrue(two.contains("set GUIDE_PARTNER"), two);
    assertTrue(two.contains("'her' is not one of he, she or they"), two);
    assertTrue(two.contains("The guide will say \u201cshe\u201d"), two);
    String stopped = guide().unset("GUIDE_PARTNER").typed("q\n").exec("ask").assertExit(ExitCode.OK).out();
    assertTrue(stopped.contains("Stopped. Nothing was kept."), stopped);
  }

  @Test
  void guidePartnerOrPartnerMeansNoQuestion() {
    String fromEnv = guide().env("GUIDE_PARTNER", "she").typed(skipAll()).exec("ask").assertExit(ExitCode.OK).out();
    assertFalse(fromEnv.contains("How shall the guide speak"), fromEnv);
    assertTrue(fromEnv.contains(Partner.SHE.render(FIRST.text())), fromEnv);
    String given = guide().unset("GUIDE_PARTNER").typed(skipAll()).exec("ask", "--partner", "he").assertExit(ExitCode.OK).out();
    assertFalse(given.contains("How shall the guide speak"), given);
  }

  @Test
  void partnerOnTheCommandLineWinsOverGuidePartner() {
    String out = guide().env("GUIDE_PARTNER", "she").exec("--partner", "they", "signs").assertExit(ExitCode.OK).out();
    assertFalse(Pattern.compile("\\b(she|her)\\b", Pattern.CASE_INSENSITIVE).matcher(words(out)).find(), out);
    String env = guide().env("GUIDE_PARTNER", "She ").exec("signs").assertExit(ExitCode.OK).out();
    assertFalse(HE.matcher(words(env)).find(), env);
  }

  @Test
  void aGuidePartnerThatNamesNoneSaysSo() {
    guide().env("GUIDE_PARTNER", "him").exec("signs").assertExit(ExitCode.USAGE)
        .assertErrContains("GUIDE_PARTNER is 'him'; set it to he, she or they");
  }

  @Test
  void anAnswerFileIsNeverAskedAbout() {
    CommandResult result = guide().piped(FIRST.id() + ": skip\n").exec("ask").assertExit(ExitCode.OK);
    assertFalse(result.out().contains("How shall") || result.err().contains("How shall"), result.toString());
  }

  @Test
  void aSavedCheckInRemembersThePartnerAsked() throws Exception {
    guide().unset("GUIDE_PARTNER").typed("she\n" + skipAll()).exec("ask", "--save").assertExit(ExitCode.OK);
    try (Stream<Path> files = Files.list(home.resolve(".local/share/guide"))) {
      Path saved = files.filter(f -> f.getFileName().toString().startsWith("check-in-")).findFirst().orElseThrow();
      assertTrue(Files.readString(saved).contains("\"partner\" : \"she\""), Files.readString(saved));
    }
    String history = guide().exec("history").assertExit(ExitCode.OK).out();
    assertFalse(HE.matcher(words(history)).find(), history);
  }
}
