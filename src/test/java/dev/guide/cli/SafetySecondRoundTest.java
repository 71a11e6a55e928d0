package dev.guide.cli;

import static dev.guide.Guide.guide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.content.Choice;
import dev.guide.content.Content;
import dev.guide.content.ContentException;
import dev.guide.content.ContentReader;
import dev.guide.content.Helplines;
import dev.guide.content.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, in-process: help at once after a hurt or harm answer, the crisis plan, crisis lines
 * in every listed country, the danger-signs question, guide safety for any code, the answer file
 * left on disk, and each emergency number's source.
 */
class SafetySecondRoundTest {

  private static Content content;

  @TempDir Path dir;

  @BeforeAll
  static void read() throws ContentException {
    content = ContentReader.read(ContentReader.builtIn());
  }

  private static int at(String text, String what) {
    int at = text.indexOf(what);
    assertTrue(at >= 0, () -> "no '" + what + "' in:\n" + text);
    return at;
  }

  private static int number(String question, String choice) {
    List<String> ids = content.questionnaire().question(question).orElseThrow().choices().stream().map(Choice::id).toList();
    assertTrue(ids.contains(choice), () -> question + " has no choice " + choice);
    return ids.indexOf(choice) + 1;
  }

  private Path file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  // Point 2: help at once.

  @Test
  void aHurtAnswerShowsTheEmergencyNumberAndTheFirstLineBeforeTheNextQuestion() {
    String out = guide().typed("s\ns\n" + number("feel-safe", "hurt-threatened") + "\nq\n").env("NO_COLOR", "1")
        .exec("ask", "--country", "GB").out();
    String between = flat(out.substring(at(out, "has hurt me or threatened to"), at(out, "4 of ")));
    assertTrue(between.contains("call 999"), between);
    assertTrue(between.contains("0808 2000 247"), between);
    assertTrue(between.contains("'guide safety'"), between);
    assertFalse(between.contains("1-800-799-7233"), "only the reader's country:\n" + between);
  }

  /** A new user's trial: "I'm afraid of him" alone said help would come at the end, 19 questions later. */
  @Test
  void anAfraidOrControlAnswerShowsTheEmergencyNumberAndTheFirstLineBeforeTheNextQuestion() {
    for (String choice : List.of("afraid", "checks-phone", "limits-people", "money-control", "sometimes-unsure")) {
      String out = guide().typed("s\ns\n" + number("feel-safe", choice) + "\nq\n").env("NO_COLOR", "1")
          .exec("ask", "--country", "IE").out();
      String between = flat(out.substring(at(out, "3 of "), at(out, "4 of ")));
      assertTrue(between.contains("999") && between.contains("1800 341 900") && between.contains("'guide safety'"),
          choice + ":\n" + between);
      assertFalse(between.contains("When you finish"), "help is not put off to the end:\n" + between);
    }
  }

  /** A new user's trial: after a danger sign the questions went on; r gives the result, help first, at once. */
  @Test
  void rAfterTheHelpShownAtOnceGivesTheResultWithTheHelpFirstAndNoMoreQuestions() {
    String out = guide().typed("s\ns\n" + number("feel-safe", "afraid") + "\nr\n").env("NO_COLOR", "1")
        .exec("ask", "--country", "GB").assertExit(ExitCode.OK).out();
    String offered = flat(out.substring(at(out, "3 of "), at(out, "4 of ")));
    assertTrue(offered.contains("Type r to see the result now"), offered);
    String result = out.substring(at(out, "4 of "));
    assertTrue(at(result, "YOUR SAFETY COMES FIRST") < at(result, "0808 2000 247"), result);
    assertFalse(result.contains("5 of "), "no more questions:\n" + result);
    assertFalse(result.contains("Type a number to change that answer"), "no review first:\n" + result);
  }

  @Test
  void rAtAnyQuestionOrAtTheReviewGivesTheResultWithWhatWasAnswered() {
    String early = guide().typed("3\nr\n").env("NO_COLOR", "1").exec("ask").assertExit(ExitCode.OK).out();
    assertTrue(early.contains("WHAT YOU CAN DO") && !early.contains("3 of "), early);
    String review = guide().typed("3\n" + "s\n".repeat(30) + "r\n").env("NO_COLOR", "1").exec("ask")
        .assertExit(ExitCode.OK).out();
    assertTrue(review.contains("Type a number to change that answer") && review.contains("WHAT YOU CAN DO"), review);
  }

  @Test
  void aHarmHimselfAnswerShowsTheEmergencyNumberAndTheCrisisLineAtOnce() {
    // how-long, status, feel-safe (none), onset, circumstances, self-talk, serious-moments,
    // emotional-talks are skipped or answered; life-stress is the ninth question asked.
    String typed = "s\ns\n" + number("feel-safe", "none") + "\ns\ns\ns\ns\ns\n" + number("life-stress", "harm-risk") + "\nq\n";
    String out = guide().typed(typed).env("NO_COLOR", "1").exec("ask", "--country", "IE").out();
    String after = flat(out.substring(at(out, "might harm himself")));
    String now = after.substring(0, at(after, "10 of "));
    assertTrue(now.contains("999") && now.contains("116 123") && now.contains("'guide safety'"), now);
  }

  // Point 3: the crisis plan.

  @Test
  void thePlanForAPartnerWhoMayHarmHimselfIsACrisisPlanOnly() throws Exception {
    Path answers = file("crisis.txt", "how-long: year-or-more\nstatus: together\nfeel-safe: none\n"
        + "self-talk: not-good-enough, doesnt-deserve\nemotional-talks: goes-quiet\nlife-stress: job-loss, harm-risk\n"
        + "told-needs: not-yet\nplan.by: in 2 weeks\n");
    String out = guide().env("NO_COLOR", "1").exec("plan", "--answers", answers.toString(), "--country", "GB")
        .assertExit(ExitCode.OK).out();
    String text = flat(out);
    for (String wanted : List.of("suicide", "does not put the idea", "Dazzi", "Psychological Medicine", "stay with him",
        "116 123", "call 999", "someone worried", "yourself", "waits")) {
      assertTrue(text.contains(wanted), () -> "'" + wanted + "' in:\n" + out);
    }
    for (String unwanted : List.of("How are things at work", "What do you think I see in you", "deserve someone",
        "YOUR OWN NEEDS", "HOW AND WHEN TO BRING IT UP", "YOUR LIMIT", "WHAT YOU HAVE NOTICED", "QUESTIONS YOU COULD ASK",
        "WHAT TO LISTEN FOR", "since the job went", "2 weeks")) {
      assertFalse(text.contains(unwanted), () -> "no '" + unwanted + "' in:\n" + out);
    }
    String json = guide().exec("plan", "--answers", answers.toString(), "--country", "GB", "--format", "json").out();
    assertTrue(json.contains("\"kind\" : \"crisis\"") && json.contains("\"topics\" : [ ]"), json);
  }

  @Test
  void atTheEndOfAskTheOfferForAPartnerWhoMayHarmHimselfIsTheCrisisPlan() {
    String typed = "s\ns\n" + number("feel-safe", "none") + "\ns\ns\ns\ns\ns\n" + number("life-stress", "harm-risk") + "\n"
        + "s\n".repeat(15) + "\ny\n";
    String out = guide().typed(typed).env("NO_COLOR", "1").exec("ask", "--country", "GB").assertExit(ExitCode.OK).out();
    String offer = out.substring(at(out, "WHAT MAY BE GOING ON"));
    assertTrue(offer.contains("a short plan for what to do now") && !offer.contains("preparing the conversation"), offer);
    assertTrue(offer.contains("FIRST, HIS SAFETY") && !offer.contains("QUESTIONS YOU COULD ASK"), offer);
  }

  // Point 1: a crisis line in Ireland and Canada, and Galop.

  @Test
  void irelandAndCanadaListACrisisLineAndTheUkListsGalop() {
    String ie = flat(guide().env("NO_COLOR", "1").exec("safety", "--country", "IE").assertExit(ExitCode.OK).out());
    assertTrue(ie.contains("116 123") && ie.contains("Samaritans Ireland"), ie);
    String ca = flat(guide().env("NO_COLOR", "1").exec("safety", "--country", "CA").assertExit(ExitCode.OK).out());
    assertTrue(ca.contains("988 Suicide Crisis Helpline") && ca.contains("call or text 988"), ca);
    String gb = flat(guide().env("NO_COLOR", "1").exec("safety", "--country", "GB").assertExit(ExitCode.OK).out());
    assertTrue(gb.contains("0800 999 5428") && gb.contains("Galop") && gb.contains("check its hours"), gb);
    for (Helplines.Country country : content.helplines().countries()) {
      assertFalse(country.crisis().isEmpty(), country.code() + " has a crisis line");
    }
  }

  // Point 8: danger signs, asked gently.

  @Test
  void theDangerSignsQuestionFollowsOnlyAHurtAnswerAndCanBeDeclined() {
    List<Question> questions = content.questionnaire().questions();
    Question danger = content.questionnaire().question("danger-signs").orElseThrow();
    int safe = questions.indexOf(content.questionnaire().question("feel-safe").orElseThrow());
    assertEquals(safe + 1, questions.indexOf(danger), "right after the question about feeling safe");
    assertTrue(danger.multiple());
    assertEquals("feel-safe", danger.when().orElseThrow().question());
    assertEquals(List.of("hurt-threatened"), danger.when().orElseThrow().anyOf());
    Choice rather = danger.choice("rather-not").orElseThrow();
    assertTrue(rather.exclusive() && !rather.danger() && rather.label().contains("rather not say"), rather.toString());
    assertTrue(danger.choices().stream().filter(Choice::danger).count() >= 5);
    assertTrue(danger.choices().stream().filter(Choice::danger).allMatch(Choice::safety), "danger answers are safety answers");
    String out = guide().typed("s\ns\n" + number("feel-safe", "hurt-threatened") + "\nq\n").env("NO_COLOR", "1")
        .exec("ask", "--country", "GB").out();
    String next = out.substring(at(out, "4 of "));
    assertTrue(next.contains("Pick all that fit") && next.contains("rather not say") && next.contains("strangled"), next);
    String afraid = guide().typed("s\ns\n" + number("feel-safe", "afraid") + "\nq\n").env("NO_COLOR", "1").exec("ask").out();
    assertFalse(afraid.contains("strangled"), "asked only after a hurt-or-threatened answer:\n" + afraid);
  }

  @Test
  void anyDangerSignBringsTheMostUrgentWordingAndNeverAScore() throws Exception {
    String urgent = flat(content.helplines().danger());
    Path signs = file("d.txt", "how-long: few-months\nfeel-safe: hurt-threatened\ndanger-signs: strangled, left-recently\n");
    String out = flat(guide().env("NO_COLOR", "1").exec("ask", "--answers", signs.toString(), "--country", "GB")
        .assertExit(ExitCode.OK).out());
    assertTrue(out.contains(urgent) && urgent.contains("today") && urgent.contains("higher"), out);
    assertTrue(out.indexOf(urgent) < out.indexOf("0808 2000 247"), "before the lines:\n" + out);
    String plan = flat(guide().env("NO_COLOR", "1").exec("plan", "--answers", signs.toString(), "--country", "GB")
        .assertExit(ExitCode.OK).out());
    assertTrue(plan.contains(urgent) && plan.contains("plan most carefully"), plan);
    for (String text : List.of(out, plan)) {
      assertFalse(text.toLowerCase().contains("you are safe") || text.toLowerCase().contains("score"), text);
    }
    Path declined = file("r.txt", "how-long: few-months\nfeel-safe: hurt-threatened\ndanger-signs: rather-not\n");
    String calm = flat(guide().env("NO_COLOR", "1").exec("ask", "--answers", declined.toString(), "--country", "GB")
        .assertExit(ExitCode.OK).out());
    assertFalse(calm.contains(urgent), calm);
    assertTrue(calm.contains("call 999"), calm);
  }

  @Test
  void dangerSignsAreKeptOnlyWithTheSameWordAsTheOtherSafetyAnswers() throws Exception {
    Path data = dir.resolve("data");
    String typed = "s\ns\n" + number("feel-safe", "hurt-threatened") + "\n" + number("danger-signs", "strangled") + "\nq\n";
    CommandResult declined = guide().typed(typed + "\n").env("NO_COLOR", "1")
        .exec("ask", "--save", "--data-dir", data.toString()).assertExit(ExitCode.OK);
    declined.assertOutContains("Save it? [y/N] ");
    try (var files = Files.exists(data) ? Files.list(data) : java.util.stream.Stream.<Path>empty()) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".json")), "nothing kept without a yes");
    }
    guide().typed(typed + "y\nn\n").env("NO_COLOR", "1").exec("ask", "--save", "--data-dir", data.toString())
        .assertExit(ExitCode.OK);
    try (var files = Files.list(data)) {
      String kept = files.filter(f -> f.getFileName().toString().endsWith(".json")).map(f -> {
        try {
          return Files.readString(f);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).reduce("", String::concat);
      assertTrue(kept.contains("danger-signs") && kept.contains("strangled"), "kept with a yes:\n" + kept);
    }
  }

  @Test
  void guideSourcesCreditsTheResearchAsTheGuidesOwnBesideTheHelplines() {
    String out = flat(guide().terminal(new dev.guide.io.Terminal(false, false, true)).env("NO_COLOR", "1").exec("sources")
        .assertExit(ExitCode.OK).out());
    for (String wanted : List.of("guide's own", "helplines", "Campbell", "Risk Factors for Femicide", "93(7)", "2003",
        "Glass", "Non-fatal strangulation", "35(3)", "2008", "Dazzi")) {
      assertTrue(out.contains(wanted), () -> "'" + wanted + "' in:\n" + out);
    }
  }

  // Point 4: guide safety for any code, once, number first, JSON.

  @Test
  void guideSafetyForAnUnlistedCountryGivesWhatToDoThenEveryListedLine() {
    String fr = flat(guide().env("NO_COLOR", "1").exec("safety", "--country", "FR").assertExit(ExitCode.OK).out());
    int elsewhere = at(fr, "no helplines listed for your country");
    for (Helplines.Country country : content.helplines().countries()) {
      assertTrue(fr.indexOf(country.lines().get(0).contact(), elsewhere) > elsewhere, country.code() + " after the advice:\n" + fr);
    }
    assertFalse(fr.contains("not a country code"), fr);
    String xx = flat(guide().env("NO_COLOR", "1").exec("safety", "--country", "xx").assertExit(ExitCode.OK).out());
    assertTrue(xx.contains("'XX' is not a country code") && xx.contains("a code is two letters") && !xx.contains("ISO 3166"), xx);
    assertTrue(xx.contains("0808 2000 247") && xx.contains("1-800-799-7233"), xx);
  }

  @Test
  void guideSafetySaysTheLeavingAdviceOnceAndDoesNotPointToItself() {
    String out = flat(guide().env("NO_COLOR", "1").exec("safety", "--country", "GB").out());
    assertEquals(1, out.split("riskiest", -1).length - 1, out);
    assertFalse(out.contains("'guide safety'"), out);
  }

  @Test
  void eachNumberComesFirstOnItsLineAndItsNoteAfter() {
    String out = guide().env("NO_COLOR", "1").exec("safety", "--country", "GB").out();
    for (String line : out.split("\n")) {
      if (line.startsWith("  - ") && (line.contains("0808 2000 247") || line.contains("call 999"))) {
        assertTrue(line.startsWith("  - call "), line);
        assertFalse(line.contains("checked") || line.contains("source:"), line);
      }
    }
    assertTrue(out.contains("checked 2026-12-01; source:"), out);
  }

  @Test
  void guideSafetyTakesTheJsonFormat() {
    CommandResult result = guide().exec("safety", "--country", "IE", "--format", "json").assertExit(ExitCode.OK);
    String json = result.out();
    assertTrue(json.startsWith("{") && json.contains("\"contact\" : \"call 116 123") && json.contains("\"intro\""), json);
    assertEquals("", result.err());
  }

  // Point 6: the answer file stays on disk.

  @Test
  void afterSafetyAnswersFromAFileOneLineSaysTheFileHoldsThemAndHowToDeleteIt() throws Exception {
    Path afraid = file("afraid.txt", "how-long: few-months\nfeel-safe: afraid\n");
    CommandResult result = guide().env("NO_COLOR", "1").exec("ask", "--answers", afraid.toString()).assertExit(ExitCode.OK);
    List<String> lines = result.err().lines().filter(l -> l.contains(afraid.toString())).toList();
    assertEquals(1, lines.size(), result.err());
    assertTrue(lines.get(0).contains("still holds your answers") && lines.get(0).contains("rm "), lines.get(0));
    Path calm = file("calm.txt", "how-long: few-months\nfeel-safe: none\n");
    assertEquals("", guide().exec("ask", "--answers", calm.toString()).assertExit(ExitCode.OK).err());
    assertEquals("", guide().piped("feel-safe: afraid\n").exec("ask").err(), "nothing is on disk from a pipe");
  }

  // Point 7: each emergency number's source is about that number.

  @Test
  void eachEmergencyNumbersSourceIsAboutThatNumber() {
    for (Helplines.Country country : content.helplines().countries()) {
      String number = country.emergency().contact().replaceFirst("^call ", "").split("[^0-9 ]")[0].replace(" ", "");
      String source = country.emergency().source().replaceAll("[^0-9]", "");
      assertTrue(!number.isEmpty() && source.contains(number), country.code() + ": " + country.emergency().source());
    }
  }
}
