package dev.guide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.Guide;
import dev.guide.io.Terminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guide plan} in-process: from a file, from the last check-in, at a terminal, saved, and reminded of. */
class PlanCommandTest {

  static final Path SITUATIONS = Path.of(System.getProperty("basedir", "."), "src/test/resources/situations");
  static final String DEC_6 = "2026-12-06T10:00:00+00:00";

  static final String LIMIT = """
      plan.needs: I need to be able to count on the plans we make.
      plan.by: 2026-12-15
      plan.otherwise: I'll step back and spend that time with my friends.
      """;

  @TempDir Path root;
  private Path home;

  @BeforeEach
  void home() throws IOException {
    home = Files.createDirectory(root.resolve("home"));
  }

  private Guide at(String now) {
    return Guide.guide().env("HOME", home.toString()).env("NO_COLOR", "1").env("COLUMNS", "500").env("GUIDE_NOW", now);
  }

  private static String situation(String name) throws IOException {
    return Files.readString(SITUATIONS.resolve(name + ".answers"), StandardCharsets.UTF_8);
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(root.resolve(name), text, StandardCharsets.UTF_8);
  }

  private List<Path> checkIns() throws IOException {
    Path data = home.resolve(".local/share/guide");
    if (!Files.isDirectory(data)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(data)) {
      return files.filter(f -> f.getFileName().toString().startsWith("check-in-")).sorted().toList();
    }
  }

  @Test
  void aPlanSaysWhatYouNoticedInISentencesAndYourLimitWithItsDate() throws IOException {
    Path answers = file("a.txt", situation("29-keeps-cancelling") + LIMIT);
    CommandResult result = at(DEC_6).exec("plan", "--answers", answers.toString()).assertExit(ExitCode.OK);
    result.assertOutContains("\u201cI've noticed our plans keep falling through lately.\u201d")
        .assertOutContains("From your answer: He often cancels plans we made")
        .assertOutContains("When plans fall through, what's getting in the way?")
        .assertOutContains("What I need: I need to be able to count on the plans we make.")
        .assertOutContains("When I will look again: 15 December 2026 (in 9 days)")
        .assertOutContains("not by text, and not in the middle of an argument");
    assertEquals("", result.err());
  }

  @Test
  void twoDifferentResultsGiveTwoDifferentPlans() throws IOException {
    String stress = at(DEC_6).exec("plan", "--answers", file("s.txt", situation("01-work-pressure-explains")).toString()).out();
    String fear = at(DEC_6).exec("plan", "--answers", file("f.txt", situation("28-gay-man-fear-of-commitment")).toString()).out();
    assertTrue(stress.contains("How are things at work, really?"), stress);
    assertFalse(stress.contains("What does a relationship mean to you right now?"), stress);
    assertTrue(fear.contains("What does a relationship mean to you right now?"), fear);
    assertNotEquals(stress, fear);
  }

  @Test
  void anUnclearPlanSaysSoAndKeepsToOpenQuestions() throws IOException {
    String out = at(DEC_6).exec("plan", "--answers", file("u.txt", situation("23-almost-nothing")).toString())
        .assertExit(ExitCode.OK).out();
    assertTrue(out.contains("GOING IN WITH OPEN QUESTIONS"), out);
    assertTrue(out.contains("How have things been for you lately, really?"), out);
    assertFalse(out.contains("How are things at work, really?"), out);
  }

  @Test
  void whenSafetyIsAtStakeThePlanIsTheSafetySectionAndNothingAboutConfrontingOrADeadline() throws IOException {
    Path answers = file("a.txt", situation("38-afraid-of-him") + "plan.by: 2026-12-20\nplan.otherwise: I'll tell him it's over.\n");
    CommandResult result = at(DEC_6).exec("plan", "--answers", answers.toString(), "--country", "GB", "--save")
        .assertExit(ExitCode.OK);
    String out = result.out();
    assertTrue(out.startsWith("A PLAN FOR YOUR SAFETY\n"), out);
    assertTrue(out.contains("National Domestic Abuse Helpline, run by Refuge"), out);
    assertTrue(out.contains("call 999; if you cannot speak"), out);
    String lower = out.toLowerCase(Locale.ROOT);
    for (String absent : List.of("i've noticed", "questions you could ask", "what to listen for", "15 december",
        "2026-12-20", "it's over", "your limit", "can we talk", "bring it up", "agree a time")) {
      assertFalse(lower.contains(absent), () -> "the safety plan says '" + absent + "':\n" + out);
    }
    assertTrue(out.contains("they are left out of this plan, and nothing of them is kept"), out);
    String saved = Files.readString(checkIns().get(0), StandardCharsets.UTF_8);
    assertFalse(saved.contains("\"plan\""), saved);
    assertFalse(saved.contains("over"), saved);
  }

  @Test
  void theLimitAndDateRoundTripSaveHistoryAndTheReminderOnTheDay() throws IOException {
    Path answers = file("a.txt", situation("29-keeps-cancelling") + LIMIT);
    at(DEC_6).exec("plan", "--answers", answers.toString(), "--save").assertExit(ExitCode.OK)
        .assertErrContains("saved this check-in and your plan in ")
        .assertErrContains("reminds you of the date");
    String saved = Files.readString(checkIns().get(0), StandardCharsets.UTF_8);
    assertTrue(saved.contains("\"by\" : \"2026-12-15\""), saved);

    String before = at(DEC_6).exec("history").assertExit(ExitCode.OK).out();
    assertTrue(before.startsWith("On 6 December you planned to look again by 15 December (in 9 days).\n\n"), before);
    assertTrue(before.contains("Plan: look again by 15 December 2026"), before);
    assertFalse(before.contains("--from-last"), before);
    assertTrue(at("2026-12-14T09:00:00+00:00").exec("history").out().contains("(tomorrow)"));

    String onTheDay = at("2026-12-15T09:00:00+00:00").exec("history").out();
    assertTrue(onTheDay.contains("you planned to look again by 15 December, and that day has come (today)"), onTheDay);
    assertTrue(onTheDay.contains("'guide ask --from-last --save'") && onTheDay.contains("'guide history --compare'"), onTheDay);
    assertTrue(at("2026-12-18T09:00:00+00:00").exec("history").out().contains("that day has come (3 days ago)"));

    at("2026-12-16T09:00:00+00:00").piped("").exec("ask", "--from-last", "--save").assertExit(ExitCode.OK);
    String after = at("2026-12-16T09:05:00+00:00").exec("history").out();
    assertFalse(after.contains("you planned to look again"), "looking again ends the reminder:\n" + after);
    String json = at("2026-12-16T09:05:00+00:00").exec("history", "--format", "json").out();
    assertTrue(json.contains("\"plan\" : {"), json);
  }

  @Test
  void aPlanComesFromTheLastCheckInAndSpeaksOfThePartnerAsItDid() throws IOException {
    at(DEC_6).exec("--partner", "she", "ask", "--answers", file("a.txt", situation("29-keeps-cancelling")).toString(), "--save")
        .assertExit(ExitCode.OK);
    String out = at(DEC_6).exec("plan").assertExit(ExitCode.OK).out();
    assertTrue(out.contains("She keeps cancelling plans (keeps-cancelling)"), out);
    assertTrue(out.contains("You haven't set a limit yet."), out);
    String withLimit = at(DEC_6).exec("plan", "--answers", file("l.txt", LIMIT).toString()).assertExit(ExitCode.OK).out();
    assertTrue(withLimit.contains("She keeps cancelling plans") && withLimit.contains("(in 9 days)"), withLimit);
  }

  @Test
  void withoutACheckInOrAnswersItSaysWhatToDo() {
    at(DEC_6).exec("plan").assertExit(ExitCode.USAGE)
        .assertErrContains("there is no saved check-in to make a plan from in ")
        .assertErrContains("give your answers with --answers FILE").assertNoStackTrace();
  }

  @Test
  void mistakesInPlanLinesAreUsageErrorsWithTheirLine() throws IOException {
    Path answers = file("a.txt", "how-long: 2\nplan.need: time\nplan.by: 2026-12-01\n");
    at(DEC_6).exec("plan", "--answers", answers.toString()).assertExit(ExitCode.USAGE)
        .assertErrContains(answers + ":2: unknown plan line 'plan.need'; did you mean plan.needs?")
        .assertErrContains(answers + ":3: plan.by: 2026-12-01 is not after today (2026-12-06)");
    at(DEC_6).exec("plan", "--answers", file("b.txt", "plan.needs: x\nhow-lon: 2\n").toString())
        .assertExit(ExitCode.USAGE).assertErrContains("b.txt:2: unknown question 'how-lon'");
  }

  @Test
  void outputAndForceWorkAsForAsk() throws IOException {
    Path answers = file("a.txt", situation("29-keeps-cancelling"));
    Path md = root.resolve("plan.md");
    at(DEC_6).exec("plan", "--answers", answers.toString(), "--output", md.toString()).assertExit(ExitCode.OK)
        .assertErrContains("wrote the plan to " + md);
    assertTrue(Files.readString(md).startsWith("## Your plan\n"));
    at(DEC_6).exec("plan", "--answers", answers.toString(), "--output", md.toString()).assertExit(ExitCode.USAGE)
        .assertErrContains("already exists; add --force");
    at(DEC_6).exec("plan", "--answers", answers.toString(), "--output", md.toString(), "--force", "--format", "json")
        .assertExit(ExitCode.OK);
    assertTrue(Files.readString(md).contains("\"kind\" : \"conversation\""));
    at(DEC_6).exec("plan", "--answers", answers.toString(), "--force").assertExit(ExitCode.USAGE)
        .assertErrContains("--force goes with --output");
  }

  @Test
  void atATerminalItAsksForTheLimitInShortPrompts() throws IOException {
    at(DEC_6).exec("ask", "--answers", file("a.txt", situation("29-keeps-cancelling")).toString(), "--save")
        .assertExit(ExitCode.OK);
    CommandResult result = at(DEC_6).terminal(new Terminal(true, false, true))
        .stdin("Plans I can count on\n\nsoon\nin 2 weeks\n\n").exec("plan").assertExit(ExitCode.OK);
    result.assertOutContains("What do you need from this relationship?")
        .assertOutContains("'soon' is not a date")
        .assertOutContains("What I need: Plans I can count on")
        .assertOutContains("When I will look again: 20 December 2026 (in 14 days)");
    assertFalse(result.out().contains("What would be enough:"), result.out());
  }

  @Test
  void askOffersAPlanAtATerminalAndSavesItWithTheCheckIn() throws IOException {
    // Every question skipped, Enter at the review, no to a passphrase, then yes to the offer and a date.
    int questions = (int) dev.guide.quiz.TinyContent.real().questionnaire().questions().stream()
        .filter(q -> q.when().isEmpty()).count();
    String typed = "s\n".repeat(questions) + "\n" + "n\n" + "y\n\n\nin 1 week\n\n";
    CommandResult result = at(DEC_6).terminal(new Terminal(true, false, true)).env("GUIDE_PARTNER", "he").stdin(typed)
        .exec("ask", "--save")
        .assertExit(ExitCode.OK);
    result.assertOutContains("Would you like help preparing the conversation? [y/N]")
        .assertOutContains("GOING IN WITH OPEN QUESTIONS")
        .assertOutContains("When I will look again: 13 December 2026 (in 7 days)")
        .assertErrContains("saved this check-in and your plan");
    assertTrue(Files.readString(checkIns().get(0)).contains("\"by\" : \"2026-12-13\""));
    String no = at(DEC_6).terminal(new Terminal(true, false, true)).stdin("s\n".repeat(questions) + "\nn\n").exec("ask")
        .assertExit(ExitCode.OK).out();
    assertFalse(no.contains("GOING IN WITH OPEN QUESTIONS"), no);
  }

  /** Issue 21: 'guide plan' from a check-in saved with a limit said "You haven't set a limit yet". */
  @Test
  void planFromACheckInSavedWithALimitShowsThatLimit() throws IOException {
    Path answers = file("a.txt", situation("29-keeps-cancelling") + LIMIT);
    at(DEC_6).exec("plan", "--answers", answers.toString(), "--save").assertExit(ExitCode.OK);
    String plan = at(DEC_6).exec("plan").assertExit(ExitCode.OK).out();
    assertFalse(plan.contains("You haven't set a limit yet"), plan);
    assertTrue(plan.contains("I need to be able to count on the plans we make."), plan);
  }

  /** Issue 21: a plan's date read back from a file was not range-checked. */
  @Test
  void aSavedPlanDateOutOfRangeIsLeftOutNotShown() throws IOException {
    Path answers = file("a.txt", situation("29-keeps-cancelling") + LIMIT);
    at(DEC_6).exec("plan", "--answers", answers.toString(), "--save").assertExit(ExitCode.OK);
    Path saved = checkIns().get(0);
    for (String far : new String[] {"+999999999-12-31", "0001-01-01", "12026-01-01"}) {
      Files.writeString(saved, Files.readString(saved).replaceAll("\"by\" : \"[^\"]*\"", "\"by\" : \"" + far + "\""));
      CommandResult history = at(DEC_6).exec("history").assertExit(ExitCode.OK).assertNoStackTrace();
      assertFalse(history.out().contains("look again by"), far + "\n" + history);
      assertTrue(history.out().contains("2026-12-06"), history.toString());
    }
  }

  @Test
  void aPlanMadeAtTheEndOfAskWithoutSaveSaysItIsNotKeptAndHowToKeepIt() throws IOException {
    int questions = (int) dev.guide.quiz.TinyContent.real().questionnaire().questions().stream()
        .filter(q -> q.when().isEmpty()).count();
    String typed = "s\n".repeat(questions) + "\n" + "y\n\n\nin 1 week\n\n";
    String out = at(DEC_6).terminal(new Terminal(true, false, true)).env("GUIDE_PARTNER", "he").stdin(typed).exec("ask")
        .assertExit(ExitCode.OK).out().replaceAll("\\s+", " ");
    assertTrue(out.contains("GOING IN WITH OPEN QUESTIONS"), out);
    assertTrue(out.contains("This plan is not kept") && out.contains("'guide ask --save'")
        && out.contains("'guide plan --output plan.md'") && !out.contains("--answers FILE"), out);
    assertTrue(out.indexOf("This plan is not kept") > out.indexOf("GOING IN WITH OPEN QUESTIONS"), out);
  }

  @Test
  void theLimitQuestionsAreAskedInTheAlternateScreenAndThePlanShownAfterIt() throws IOException {
    int questions = (int) dev.guide.quiz.TinyContent.real().questionnaire().questions().stream()
        .filter(q -> q.when().isEmpty()).count();
    String typed = "s\n".repeat(questions) + "\n" + "y\nTime together\n\nin 1 week\n\n";
    String out = at(DEC_6).terminal(new Terminal(true, false, true)).env("GUIDE_PARTNER", "he").env("TERM", "xterm")
        .stdin(typed).exec("ask").assertExit(ExitCode.OK).out();
    int offer = out.indexOf("Would you like help preparing the conversation?");
    int enter = out.indexOf(dev.guide.io.AlternateScreen.ENTER, offer);
    int asked = out.indexOf("What do you need from this relationship?", offer);
    int leave = out.indexOf(dev.guide.io.AlternateScreen.LEAVE, offer);
    int plan = out.indexOf("GOING IN WITH OPEN QUESTIONS", offer);
    assertTrue(offer > 0 && offer < enter && enter < asked && asked < leave && leave < plan, out);
  }
}
