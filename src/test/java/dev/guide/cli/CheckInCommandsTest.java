package dev.guide.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.Guide;
import dev.guide.content.Question;
import dev.guide.io.Terminal;
import dev.guide.quiz.Answers;
import dev.guide.quiz.TinyContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Check-ins over time, run in-process with HOME in a temporary folder: {@code ask --save},
 * {@code --resume}, {@code --from-last}, {@code history}, {@code history --compare} and {@code forget}.
 */
class CheckInCommandsTest {

  static final String WEEK_ONE = "2026-11-15T20:00:00+01:00";
  static final String WEEK_TWO = "2026-11-22T20:00:00+01:00";
  static final String WEEK_THREE = "2026-11-29T20:00:00+01:00";

  /**
   * Enough plain answers for a reading that is not merely a possibility: outside-stress 3 (on two
   * answers) and past-hurt 2, both possible fits.
   */
  static final String FIRST = """
      how-long: few-months
      status: together
      feel-safe: none
      onset: after-fight
      pace: easy-pace
      circumstances: live-together
      past: recent-breakup
      exclusivity: agreed
      life-stress: work-pressure
      plans-time: busy-explains
      honesty: none
      fights: rarely
      raising-worries: listens
      """;

  /**
   * A week later, only what changed: outside-stress 4, a moderate fit, and plans dropped for vague
   * reasons, which together (not either alone) show the keeps-cancelling sign.
   */
  static final String CHANGES = """
      life-stress: work-pressure, career-push
      plans-time: cancels, vague-reasons
      """;

  @TempDir Path root;
  private Path home;

  @BeforeEach
  void home() throws IOException {
    home = Files.createDirectory(root.resolve("home"));
  }

  private Path data() {
    return home.resolve(".local/share/guide");
  }

  /** The guide as run at {@code now}, wide enough that no line the tests look for is wrapped. */
  private Guide at(String now) {
    return Guide.guide().env("HOME", home.toString()).env("NO_COLOR", "1").env("COLUMNS", "500").env("GUIDE_NOW", now);
  }

  private List<Path> checkInFiles() throws IOException {
    if (!Files.isDirectory(data())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(data())) {
      return files.filter(f -> f.getFileName().toString().startsWith("check-in-")).sorted().toList();
    }
  }

  /** How many questions are asked when how-long gets this answer and every other is skipped. */
  private static int asked(String howLong) {
    Answers answers = Answers.none().with("how-long", List.of(howLong));
    return (int) TinyContent.real().questionnaire().questions().stream().filter(answers::applies).count();
  }

  /** Where a question comes when how-long gets this answer: 1 for the first. */
  private static int position(String howLong, String question) {
    Answers answers = Answers.none().with("how-long", List.of(howLong));
    return 1 + TinyContent.real().questionnaire().questions().stream().filter(answers::applies).map(Question::id)
        .toList().indexOf(question);
  }

  /** Two check-ins a week apart: FIRST, then CHANGES on top of it. */
  private void twoWeeks() {
    at(WEEK_ONE).piped(FIRST).exec("ask", "--save").assertExit(ExitCode.OK);
    at(WEEK_TWO).piped(CHANGES).exec("ask", "--from-last", "--save").assertExit(ExitCode.OK);
  }

  @Test
  void saveKeepsTheAnswersAndTheResultDatedInTheDataFolder() throws IOException {
    CommandResult result = at(WEEK_ONE).piped(FIRST).exec("ask", "--save").assertExit(ExitCode.OK);
    result.assertOutContains("WHAT MAY BE GOING ON").assertErrContains("guide: saved this check-in in " + data());
    Path file = data().resolve("check-in-2026-11-15T20-00-00.json");
    assertEquals(List.of(file), checkInFiles());
    String saved = Files.readString(file);
    for (String expected : new String[] {"\"format\" : \"guide check-in\"", "\"version\" : 1",
        "\"savedAt\" : \"2026-11-15T20:00:00+01:00\"", "\"past\" : [ \"recent-breakup\" ]", "\"id\" : \"outside-stress\"",
        "\"strength\" : \"some\""}) {
      assertTrue(saved.contains(expected), () -> expected + " in\n" + saved);
    }
  }

  @Test
  void theDataFolderAndTheCheckInsAreReadableByTheOwnerOnly() throws IOException {
    assumeTrue(root.getFileSystem().supportedFileAttributeViews().contains("posix"));
    at(WEEK_ONE).piped(FIRST).exec("ask", "--save").assertExit(ExitCode.OK);
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data())));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(checkInFiles().get(0))));
  }

  @Test
  void xdgDataHomeAndThenDataDirChooseTheFolder() throws IOException {
    Path xdg = root.resolve("xdg");
    at(WEEK_ONE).env("XDG_DATA_HOME", xdg.toString()).piped(FIRST).exec("ask", "--save").assertExit(ExitCode.OK);
    assertTrue(Files.exists(xdg.resolve("guide/check-in-2026-11-15T20-00-00.json")));
    Path mine = root.resolve("mine");
    at(WEEK_ONE).env("XDG_DATA_HOME", xdg.toString()).piped(FIRST).exec("ask", "--save", "--data-dir", mine.toString())
        .assertExit(ExitCode.OK);
    assertTrue(Files.exists(mine.resolve("check-in-2026-11-15T20-00-00.json")));
    at(WEEK_ONE).exec("history", "--data-dir", mine.toString()).assertExit(ExitCode.OK).assertOutContains("2026-11-15");
    assertFalse(Files.exists(data()), "HOME was not used");
  }

  @Test
  void nothingIsWrittenWithoutSave() throws IOException {
    Path xdg = Files.createDirectory(root.resolve("xdg"));
    Guide guide = at(WEEK_ONE).env("XDG_DATA_HOME", xdg.toString());
    guide.piped(FIRST).exec("ask").assertExit(ExitCode.OK);
    guide.piped(FIRST).exec("ask", "--format", "json").assertExit(ExitCode.OK);
    guide.piped(FIRST).exec("ask", "--output", root.resolve("result.txt").toString()).assertExit(ExitCode.OK);
    guide.typed("1\n2\nq\n").exec("ask").assertExit(ExitCode.OK).assertOutContains("Nothing was kept");
    guide.typed("1\n").exec("ask").assertExit(ExitCode.OK);
    guide.exec("ask", "--template").assertExit(ExitCode.OK);
    guide.piped(FIRST).exec("ask", "--from-last").assertExit(ExitCode.USAGE);
    guide.exec("ask", "--resume").assertExit(ExitCode.USAGE);
    for (String command : new String[] {"reasons", "signs", "advice", "questions", "sources", "history"}) {
      guide.exec(command).assertExit(ExitCode.OK);
    }
    guide.exec("history", "--compare").assertExit(ExitCode.FAILED);
    guide.exec("forget", "--yes").assertExit(ExitCode.OK).assertOutContains("Nothing to forget");
    try (Stream<Path> inHome = Files.walk(home); Stream<Path> inXdg = Files.walk(xdg)) {
      assertEquals(List.of(home), inHome.toList(), "nothing in HOME");
      assertEquals(List.of(xdg), inXdg.toList(), "nothing in XDG_DATA_HOME");
    }
  }

  @Test
  void withoutHomeOrXdgDataHomeSaveSaysToGiveDataDir() {
    Guide.guide().env("GUIDE_NOW", WEEK_ONE).piped(FIRST).exec("ask", "--save").assertExit(ExitCode.USAGE)
        .assertErrContains("give --data-dir DIR").assertNoStackTrace();
  }

  @Test
  void aFolderThatCannotBeMadeFailsWithOneLine() throws IOException {
    Path inTheWay = Files.writeString(root.resolve("file"), "x");
    CommandResult result = at(WEEK_ONE).piped(FIRST).exec("ask", "--save", "--data-dir", inTheWay.resolve("guide").toString());
    result.assertExit(ExitCode.FAILED).assertErrContains("cannot create the folder").assertNoStackTrace();
  }

  @Test
  void resumeAndFromLastSpeakOfThePartnerAsTheSavedAnswersDid() {
    at(WEEK_ONE).typed("3\nq\n").exec("ask", "--save", "--partner", "she").assertExit(ExitCode.OK);
    String resumed = at(WEEK_ONE).typed("q\n").exec("ask", "--resume").assertExit(ExitCode.OK).out();
    assertTrue(resumed.contains("Where do things stand between you right now?"), resumed);
    assertTrue(resumed.contains("She ended it"), resumed);
    at(WEEK_ONE).piped(FIRST).exec("ask", "--save", "--partner", "they").assertExit(ExitCode.OK);
    String fromLast = at(WEEK_TWO).piped("").exec("ask", "--from-last").assertExit(ExitCode.OK).out();
    // The articles' titles under SOURCES are quoted as they are.
    String prose = fromLast.substring(0, fromLast.indexOf("SOURCES"));
    assertFalse(prose.matches("(?s).*\\b(he|him|his)\\b.*"), fromLast);
    String told = at(WEEK_TWO).piped("").exec("ask", "--from-last", "--partner", "she").assertExit(ExitCode.OK).out();
    assertTrue(told.matches("(?s).*\\b(she|her)\\b.*"), "--partner given again wins\n" + told);
  }

  @Test
  void stoppingWithSaveKeepsTheAnswersSoFarAndResumeGoesOnFromThere() throws IOException {
    // "A few weeks", so the pace question applies; skip to it, "very fast"; then stop at the next question.
    int pace = position("few-weeks", "pace");
    CommandResult stopped = at(WEEK_ONE).typed("1\n" + "s\n".repeat(pace - 2) + "1\nq\n").exec("ask", "--save")
        .assertExit(ExitCode.OK);
    stopped.assertOutContains("if you stop, your answers so far are kept").assertOutContains("'guide ask --resume'");
    assertTrue(Files.exists(data().resolve("draft.json")));
    assertEquals(List.of(), checkInFiles(), "no check-in until the end");
    at(WEEK_ONE).exec("history").assertExit(ExitCode.OK).assertOutContains("Unfinished: a check-in started on 2026-11-15");
    at(WEEK_ONE).typed("q\n").exec("ask", "--save").assertExit(ExitCode.OK)
        .assertOutContains("You also have a questionnaire you stopped; 'guide ask --resume' goes on with it");

    int left = asked("few-weeks") - pace;
    CommandResult resumed = at(WEEK_ONE).typed("s\n".repeat(left) + "\n").exec("ask", "--resume").assertExit(ExitCode.OK);
    resumed.assertOutContains("\n" + (pace + 1) + " of ").assertOutContains("WHAT MAY BE GOING ON")
        .assertErrContains("saved this check-in");
    resumed.assertOutContains("Going on with the questionnaire you stopped on 2026-11-15");
    for (int n = 1; n <= pace; n++) {
      assertFalse(resumed.out().contains("\n" + n + " of "), "the questions answered before are not asked again\n" + resumed);
    }
    assertFalse(Files.exists(data().resolve("draft.json")), "the draft is done with");
    String saved = Files.readString(checkInFiles().get(0));
    assertTrue(saved.contains("\"how-long\" : [ \"few-weeks\" ]") && saved.contains("\"pace\" : [ \"very-fast\" ]"), saved);
  }

  @Test
  void theEndOfInputKeepsTheAnswersSoFarLikeQ() {
    at(WEEK_ONE).typed("2\n").exec("ask", "--save").assertExit(ExitCode.OK).assertOutContains("Stopped.")
        .assertNoStackTrace();
    assertTrue(Files.exists(data().resolve("draft.json")));
  }

  @Test
  void stoppingBeforeAnyAnswerKeepsNothing() {
    at(WEEK_ONE).typed("q\n").exec("ask", "--save").assertExit(ExitCode.OK).assertOutContains("Nothing was kept");
    assertFalse(Files.exists(data()));
  }

  @Test
  void resumeWithoutAStoppedQuestionnaireIsAUsageError() {
    at(WEEK_ONE).typed("1\n").exec("ask", "--resume").assertExit(ExitCode.USAGE)
        .assertErrContains("no stopped questionnaire to go on with").assertNoStackTrace();
    assertFalse(Files.exists(data()));
  }

  @Test
  void resumeAndFromLastTogetherAndWithTemplateAreUsageErrors() {
    at(WEEK_ONE).exec("ask", "--resume", "--from-last").assertExit(ExitCode.USAGE).assertErrContains("give one of them");
    at(WEEK_ONE).exec("ask", "--template", "--save").assertExit(ExitCode.USAGE).assertErrContains("--template");
  }

  @Test
  void fromLastTakesTheLastAnswersAndTheFileReplacesThemQuestionByQuestion() throws IOException {
    twoWeeks();
    List<Path> files = checkInFiles();
    assertEquals(2, files.size());
    String second = Files.readString(files.get(1));
    assertTrue(second.contains("\"how-long\" : [ \"few-months\" ]"), "kept from the last check-in\n" + second);
    assertTrue(second.contains("\"life-stress\" : [ \"work-pressure\", \"career-push\" ]"), "replaced by the file\n" + second);
    assertTrue(second.contains("\"plans-time\" : [ \"cancels\", \"vague-reasons\" ]") && second.contains("\"keeps-cancelling\""),
        second);
    assertTrue(second.contains("\"fights\" : [ \"rarely\" ]"), "kept from the last check-in\n" + second);
  }

  @Test
  void fromLastWithAnEmptyFileMeansNothingChanged() throws IOException {
    at(WEEK_ONE).piped(FIRST).exec("ask", "--save").assertExit(ExitCode.OK);
    at(WEEK_TWO).piped("# nothing changed\n").exec("ask", "--from-last", "--save").assertExit(ExitCode.OK);
    at(WEEK_TWO).exec("history", "--compare").assertExit(ExitCode.OK).assertOutContains("Nothing changed");
  }

  @Test
  void fromLastAtATerminalOffersEveryEarlierAnswerToKeep() throws IOException {
    // "One to a few years": the question on pace, for newer relationships, is not asked.
    StringBuilder first = new StringBuilder("4\n");
    first.append("s\n".repeat(asked("year-or-more") - 1)).append('\n');
    at(WEEK_ONE).typed(first.toString()).exec("ask", "--save").assertExit(ExitCode.OK);
    // Enter keeps every answer; the last Enter shows the result.
    CommandResult again = at(WEEK_TWO).typed("\n".repeat(asked("year-or-more") + 1)).exec("ask", "--from-last", "--save");
    again.assertExit(ExitCode.OK).assertOutContains("Press Enter to keep: One to a few years")
        .assertOutContains("Press Enter to keep: (skipped)").assertOutContains("WHAT MAY BE GOING ON")
        .assertOutContains("Starting from your check-in of 2026-11-15: press Enter to keep an answer");
    at(WEEK_TWO).exec("history", "--compare").assertExit(ExitCode.OK).assertOutContains("Nothing changed");
  }

  @Test
  void fromLastWithoutACheckInIsAUsageError() {
    at(WEEK_ONE).piped(CHANGES).exec("ask", "--from-last").assertExit(ExitCode.USAGE)
        .assertErrContains("there is no saved check-in to start from");
  }

  @Test
  void historyListsTheCheckInsNewestFirstWithDateReasonsAndSigns() {
    twoWeeks();
    String out = at(WEEK_TWO).exec("history").assertExit(ExitCode.OK).out();
    int newer = out.indexOf("2026-11-22\n");
    int older = out.indexOf("2026-11-15\n");
    assertTrue(newer >= 0 && older > newer, out);
    String week2 = out.substring(newer, older);
    assertTrue(week2.contains("Walk-away sign: He keeps cancelling plans (keeps-cancelling)"), out);
    assertTrue(week2.contains("1. Something else is weighing on him (outside-stress), a moderate fit"), out);
    // Week one rests on little (its lead only a possible fit, much unanswered): only the lead is kept, as a possibility.
    assertTrue(out.substring(older).contains("(outside-stress), a possible fit"), out);
    assertFalse(out.substring(older).contains("(past-hurt)"), out);
  }

  @Test
  void historyAsJson() {
    twoWeeks();
    String json = at(WEEK_TWO).exec("history", "--format", "json").assertExit(ExitCode.OK).out();
    assertTrue(json.indexOf("\"id\" : \"2026-11-22T20-00-00\"") < json.indexOf("\"id\" : \"2026-11-15T20-00-00\""), json);
    for (String field : new String[] {"\"checkIns\"", "\"date\" : \"2026-11-22\"", "\"savedAt\"", "\"reasons\"",
        "\"strength\" : \"moderate\"", "\"signs\"", "\"answers\"", "\"noLongerAsked\" : [ ]"}) {
      assertTrue(json.contains(field), () -> field + " in\n" + json);
    }
  }

  @Test
  void historyWithNothingSavedSaysHowToSave() {
    at(WEEK_ONE).exec("history").assertExit(ExitCode.OK).assertOutContains("No check-ins saved yet")
        .assertOutContains("guide ask --save");
  }

  @Test
  void compareTheLastTwoInPlainWords() {
    twoWeeks();
    CommandResult result = at(WEEK_TWO).exec("history", "--compare").assertExit(ExitCode.OK);
    result.assertOutContains("From 2026-11-15 to 2026-11-22")
        .assertOutContains("Grew:\n  - Something else is weighing on him (outside-stress): a possible fit \u2192 a moderate fit")
        .assertOutContains("New sign:\n  - He keeps cancelling plans (keeps-cancelling)")
        .assertOutContains("Answers that changed:")
        .assertOutContains("Is anything heavy going on in his life right now? \u2014 Pressure or long hours at work \u2192 "
            + "Pressure or long hours at work; A big career push or change")
        .assertOutContains("  - He's been hurt before (past-hurt): new, a possible fit");
  }

  @Test
  void compareTwoGivenDatesInEitherOrderAndWhatFadedAndWentAway() {
    twoWeeks();
    at(WEEK_THREE).piped("life-stress: none\nplans-time: keeps-plans\n").exec("ask", "--from-last", "--save")
        .assertExit(ExitCode.OK);
    String lastTwo = at(WEEK_THREE).exec("history", "--compare").assertExit(ExitCode.OK).out();
    assertTrue(lastTwo.contains("Faded:\n  - Something else is weighing on him (outside-stress): a moderate fit \u2192 no longer shown"),
        lastTwo);
    assertTrue(lastTwo.contains("Sign gone:\n  - He keeps cancelling plans (keeps-cancelling)"), lastTwo);
    String given = at(WEEK_THREE).exec("history", "--compare", "2026-11-29", "2026-11-22").assertExit(ExitCode.OK).out();
    assertEquals(lastTwo, given);
    at(WEEK_THREE).exec("history", "--compare", "2026-11-15", "2026-11-29").assertExit(ExitCode.OK)
        .assertOutContains("From 2026-11-15 to 2026-11-29");
    at(WEEK_THREE).exec("history", "--compare", "--format", "json").assertExit(ExitCode.OK)
        .assertOutContains("\"goneSigns\" : [ {").assertOutContains("\"now\" : null");
  }

  @Test
  void compareNeedsTwoCheckInsAndDatesThatNameThem() {
    at(WEEK_ONE).piped(FIRST).exec("ask", "--save").assertExit(ExitCode.OK);
    at(WEEK_ONE).exec("history", "--compare").assertExit(ExitCode.FAILED).assertErrContains("there is 1 check-in");
    at(WEEK_TWO).piped(FIRST).exec("ask", "--save").assertExit(ExitCode.OK);
    at(WEEK_TWO).exec("history", "--compare", "2026-11-14", "2026-11-22").assertExit(ExitCode.USAGE)
        .assertErrContains("no check-in on 2026-11-14; there are check-ins on 2026-11-22, 2026-11-15");
    at(WEEK_TWO).exec("history", "--compare", "yesterday", "2026-11-22").assertExit(ExitCode.USAGE)
        .assertErrContains("'yesterday' is not a date");
    at(WEEK_TWO).exec("history", "--compare", "2026-11-22").assertExit(ExitCode.USAGE).assertErrContains("give two dates");
    // A third date was silently left out.
    at(WEEK_TWO).exec("history", "--compare", "2026-11-15", "2026-11-22", "2026-11-22").assertExit(ExitCode.USAGE)
        .assertErrContains("give two dates");
    at(WEEK_TWO).exec("history", "--compare", "2026-11-22", "2026-11-22").assertExit(ExitCode.USAGE)
        .assertErrContains("two different dates");
    at(WEEK_TWO).exec("history", "2026-11-22").assertExit(ExitCode.USAGE).assertErrContains("dates are for --compare");
  }

  @Test
  void twoCheckInsOnOneDayAreShownWithTheirTimes() {
    at("2026-11-22T08:15:00+01:00").piped(FIRST).exec("ask", "--save").assertExit(ExitCode.OK);
    at(WEEK_TWO).piped(CHANGES).exec("ask", "--from-last", "--save").assertExit(ExitCode.OK);
    at(WEEK_TWO).exec("history").assertExit(ExitCode.OK).assertOutContains("2026-11-22 20:00\n")
        .assertOutContains("2026-11-22 08:15\n");
    at(WEEK_TWO).exec("history", "--compare").assertExit(ExitCode.OK)
        .assertOutContains("From 2026-11-22 08:15 to 2026-11-22 20:00");
  }

  @Test
  void aCorruptCheckInIsNamedAndSkippedAndTheOthersStillLoad() throws IOException {
    twoWeeks();
    Path corrupt = Files.writeString(data().resolve("check-in-2026-11-23T10-00-00.json"), "{\"format\": \"guide check-in\", ");
    byte[] before = Files.readAllBytes(corrupt);
    CommandResult history = at(WEEK_TWO).exec("history").assertExit(ExitCode.OK);
    history.assertErrContains("guide: warning: skipped " + corrupt + ": the JSON ends too early")
        .assertErrContains("(the file is left as it is)").assertOutContains("2026-11-22").assertOutContains("2026-11-15")
        .assertNoStackTrace();
    at(WEEK_TWO).exec("history", "--compare").assertExit(ExitCode.OK).assertErrContains(corrupt.toString())
        .assertOutContains("Grew:");
    // The newest file is the corrupt one: --from-last starts from the newest that can be read.
    at(WEEK_THREE).piped("# same\n").exec("ask", "--from-last").assertExit(ExitCode.OK).assertErrContains(corrupt.toString())
        .assertOutContains("keeps-cancelling");
    assertArrayEquals(before, Files.readAllBytes(corrupt), "never changed, never deleted");
  }

  @Test
  void aCheckInFromAnOlderQuestionnaireLoadsAndItsOldAnswersAreReportedNotLost() throws IOException {
    Files.createDirectories(data(), java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
        java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
    Path old = Files.writeString(data().resolve("check-in-2026-10-01T08-30-00.json"), OLD_QUESTIONS);
    at(WEEK_ONE).exec("history").assertExit(ExitCode.OK).assertOutContains("2026-10-01")
        .assertOutContains("She's been hurt before (past-hurt), a possible fit")
        .assertOutContains("Answers to questions no longer asked (kept in its file): mood-lately, past: left-at-altar");
    CommandResult again = at(WEEK_ONE).piped("# same\n").exec("ask", "--from-last", "--save").assertExit(ExitCode.OK);
    again.assertErrContains("has answers to questions no longer asked: mood-lately, past: left-at-altar")
        .assertOutContains("past-hurt");
    String saved = Files.readString(data().resolve("check-in-2026-11-15T20-00-00.json"));
    assertTrue(saved.contains("\"past\" : [ \"recent-breakup\" ]") && !saved.contains("mood-lately"), saved);
    assertEquals(OLD_QUESTIONS, Files.readString(old), "the old file keeps every answer");
    at(WEEK_ONE).exec("history", "--compare").assertExit(ExitCode.OK)
        .assertOutContains("mood-lately (no longer asked) \u2014 gloomy \u2192 (not answered)");
  }

  static final String OLD_QUESTIONS = dev.guide.store.OldCheckIn.text();

  @Test
  void forgetWithYesDeletesEverythingAndSaysWhat() throws IOException {
    twoWeeks();
    at(WEEK_TWO).typed("1\nq\n").exec("ask", "--save").assertExit(ExitCode.OK);
    List<Path> files = checkInFiles();
    CommandResult result = at(WEEK_TWO).exec("forget", "--yes").assertExit(ExitCode.OK);
    result.assertOutContains("Deleted 2 check-ins and an unfinished questionnaire:")
        .assertOutContains(files.get(0).toString()).assertOutContains(files.get(1).toString())
        .assertOutContains(data().resolve("draft.json").toString());
    assertFalse(Files.exists(data()));
    at(WEEK_TWO).exec("history").assertOutContains("No check-ins saved yet");
  }

  @Test
  void forgetAsksAtATerminalAndDeletesOnlyOnYes() throws IOException {
    twoWeeks();
    at(WEEK_TWO).typed("n\n").exec("forget").assertExit(ExitCode.OK)
        .assertOutContains("Delete 2 check-ins from " + data() + "? [y/N]").assertOutContains("Nothing was deleted.");
    at(WEEK_TWO).typed("\n").exec("forget").assertExit(ExitCode.OK).assertOutContains("Nothing was deleted.");
    assertEquals(2, checkInFiles().size());
    at(WEEK_TWO).typed("y\n").exec("forget").assertExit(ExitCode.OK).assertOutContains("Deleted 2 check-ins:");
    assertEquals(List.of(), checkInFiles());
  }

  @Test
  void forgetWithoutATerminalOrYesRefusesRatherThanWaiting() {
    twoWeeks();
    at(WEEK_TWO).piped("y\n").exec("forget").assertExit(ExitCode.USAGE)
        .assertErrContains("this would delete 2 check-ins from " + data() + "; add --yes").assertNoStackTrace();
    at(WEEK_TWO).terminal(new Terminal(false, false, true)).exec("forget").assertExit(ExitCode.USAGE);
    assertTrue(Files.exists(data().resolve("check-in-2026-11-15T20-00-00.json")));
  }

  @Test
  void forgetKeepsFilesThatAreNotTheGuides() throws IOException {
    twoWeeks();
    Path mine = Files.writeString(data().resolve("notes.txt"), "mine");
    at(WEEK_TWO).exec("forget", "--yes").assertExit(ExitCode.OK);
    assertTrue(Files.exists(mine));
    assertEquals(List.of(), checkInFiles());
  }

  @Test
  void aWrongGuideNowIsAUsageError() {
    at("next week").piped(FIRST).exec("ask", "--save").assertExit(ExitCode.USAGE).assertErrContains("GUIDE_NOW");
  }
}
