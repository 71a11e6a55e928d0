package dev.guide.cli;

import static dev.guide.Guide.guide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.content.ContentException;
import dev.guide.content.ContentReader;
import dev.guide.content.Helplines;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Issue 12, in-process: the safety path's help list by country, the safety entry, search, and the moment of disclosure. */
class SafetyPathTest {

  private static final String AFRAID = "how-long: few-months\nfeel-safe: afraid\n";
  private static final String HURT = "how-long: few-months\nfeel-safe: hurt-threatened\n";

  private static CommandResult ask(String answers, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "ask";
    System.arraycopy(args, 0, all, 1, args.length);
    return guide().piped(answers).env("NO_COLOR", "1").exec(all).assertExit(ExitCode.OK);
  }

  private static int at(String text, String what) {
    int at = text.indexOf(what);
    assertTrue(at >= 0, () -> "no '" + what + "' in:\n" + text);
    return at;
  }

  @Test
  void theCountryOptionGivesThatCountrysHelplineFirst() {
    String gb = ask(AFRAID, "--country", "GB").out();
    assertTrue(at(gb, "0808 2000 247") < at(gb, "999"), gb);
    assertTrue(at(gb, "YOUR SAFETY COMES FIRST") < at(gb, "0808 2000 247"), gb);
    String us = ask(AFRAID, "--country", "us").out();
    assertTrue(at(us, "1-800-799-7233") < at(us, "911"), us);
    assertFalse(us.contains("0808 2000 247"), "only the reader's country");
  }

  @Test
  void theLocaleOrGuideCountryNamesTheCountryWhenNoOptionDoes() {
    String au = guide().piped(AFRAID).env("LANG", "en_AU.UTF-8").exec("ask").assertExit(ExitCode.OK).out();
    assertTrue(au.contains("1800 737 732"), au);
    assertFalse(au.contains("1-800-799-7233"), au);
    String ie = guide().piped(AFRAID).env("LANG", "en_AU.UTF-8").env("GUIDE_COUNTRY", "ie").exec("ask").out();
    assertTrue(ie.contains("1800 341 900") && !ie.contains("1800 737 732"), "GUIDE_COUNTRY wins over the locale:\n" + ie);
    String option = guide().piped(AFRAID).env("GUIDE_COUNTRY", "IE").exec("ask", "--country", "GB").out();
    assertTrue(option.contains("0808 2000 247") && !option.contains("1800 341 900"), "--country wins:\n" + option);
    // As --country takes it: a name or three letters.
    String named = guide().piped(AFRAID).env("LANG", "en_AU.UTF-8").env("GUIDE_COUNTRY", "Ireland").exec("ask").out();
    assertTrue(named.contains("1800 341 900") && !named.contains("1800 737 732"), named);
    String none = guide().piped(AFRAID).env("LANG", "en_AU.UTF-8").env("GUIDE_COUNTRY", "12").exec("ask").out();
    assertTrue(none.contains("1800 737 732") && !none.contains("0808 2000 247") && !none.contains("is not a country code"),
        "a value that is no country leaves the locale's:\n" + none);
  }

  @Test
  void beingHurtOrThreatenedPutsTheEmergencyNumberFirst() {
    String gb = ask(HURT, "--country", "GB").out();
    assertTrue(at(gb, "call 999") < at(gb, "0808 2000 247"), gb);
    String afraid = ask(AFRAID, "--country", "GB").out();
    assertTrue(at(afraid, "0808 2000 247") < at(afraid, "call 999"), afraid);
  }

  @Test
  void anUnlistedOrUnknownCountryGetsWhatToDoAndEveryListedLine() throws ContentException {
    Helplines helplines = ContentReader.read(ContentReader.builtIn()).helplines();
    String fr = ask(AFRAID, "--country", "FR").out();
    assertTrue(fr.contains("no helplines listed for your country"), fr);
    assertFalse(fr.contains("0808 2000 247"), "another country's numbers are no help there:\n" + fr);
    String none = guide().piped(AFRAID).env("LANG", "C.UTF-8").exec("ask").assertExit(ExitCode.OK).out();
    assertTrue(none.contains("does not know which country") && none.contains("Anywhere else"), none);
    for (Helplines.Country country : helplines.countries()) {
      assertTrue(none.replaceAll("\\s+", " ").contains(country.lines().get(0).contact()), country.code() + " in:\n" + none);
    }
    String uk = ask(AFRAID, "--country", "UK").out();
    assertTrue(uk.contains("0808 2000 247"), "UK is GB:\n" + uk);
  }

  /**
   * A mistyped code ("XX", "GN" for GB is a real country) is not a country the guide could have
   * lines for: the reader hears so, and gets every listed line, as 'guide safety' gives them, not
   * only "no helplines listed for your country" (found trying 'ask --country xx').
   */
  @Test
  void aCodeThatIsNoCountryIsSaidSoAndEveryListedLineFollows() throws ContentException {
    Helplines helplines = ContentReader.read(ContentReader.builtIn()).helplines();
    for (String answers : List.of(AFRAID, HURT)) {
      String xx = ask(answers, "--country", "xx").out();
      String flat = xx.replaceAll("\\s+", " ");
      assertTrue(flat.contains("'XX' is not a country code"), xx);
      assertFalse(flat.contains("no helplines listed for your country"), xx);
      for (Helplines.Country country : helplines.countries()) {
        assertTrue(flat.contains(country.lines().get(0).contact()), country.code() + " in:\n" + xx);
      }
      assertTrue(flat.contains("Anywhere else"), xx);
    }
  }

  /**
   * A country typed as a person would type it in a hurry ("USA", "Ireland", "united states",
   * "England") gets its help; a mistyped name gets every listed line, as a code that is no
   * country does. Before, all of these were refused with a usage error and no help at all (a new
   * user's trial of 'guide safety --country USA').
   */
  @Test
  void aCountryTypedByItsNameOrThreeLettersGetsItsHelpAndAMistypedOneGetsEveryLine() throws ContentException {
    Helplines helplines = ContentReader.read(ContentReader.builtIn()).helplines();
    for (String[] typed : new String[][] {{"USA", "US"}, {"Ireland", "IE"}, {"united  states", "US"}, {"England", "GB"},
        {"Northern Ireland", "GB"}, {"AUS", "AU"}, {"canada", "CA"}}) {
      String out = guide().env("NO_COLOR", "1").exec("safety", "--country", typed[0]).assertExit(ExitCode.OK).out();
      Helplines.Country country = helplines.country(typed[1]).orElseThrow();
      String flat = out.replaceAll("\\s+", " ");
      assertTrue(flat.contains(country.lines().get(0).contact()) && flat.contains(country.emergency().contact()), typed[0] + ":\n" + out);
      for (Helplines.Country other : helplines.countries()) {
        assertTrue(other == country || !flat.contains(other.lines().get(0).contact()), typed[0] + " shows " + other.code() + ":\n" + out);
      }
    }
    String mistyped = guide().env("NO_COLOR", "1").exec("safety", "--country", "Untied States").assertExit(ExitCode.OK).out();
    for (Helplines.Country country : helplines.countries()) {
      assertTrue(mistyped.replaceAll("\\s+", " ").contains(country.lines().get(0).contact()), country.code() + " in:\n" + mistyped);
    }
    assertTrue(mistyped.contains("'UNTIED STATES' is not a country"), mistyped);
  }

  /** 'guide safety' says whose addition the list is before the numbers: no "each number above" there (a new user's trial). */
  @Test
  void theNoteOnTheNumbersIsTrueBeforeThemAsAfter() {
    for (CommandResult run : List.of(guide().env("NO_COLOR", "1").exec("safety", "--country", "US"), ask(HURT, "--country", "US"))) {
      String out = run.assertExit(ExitCode.OK).out().replaceAll("\\s+", " ");
      int note = at(out, "the guide's own addition");
      String sentence = out.substring(note, at(out, "check locally too"));
      assertTrue(note > at(out, "call 911") || !sentence.contains("above"), sentence);
    }
  }

  @Test
  void theSafetySectionNamesTheAnswersAndSaysItIsTheGuidesOwn() {
    String out = ask(AFRAID + "honesty: caught-lying\n", "--country", "GB").out();
    String section = out.substring(0, at(out, "SIGNS IT MAY BE TIME"));
    assertTrue(section.contains("Because you said:") && section.contains("I'm afraid of him"), section);
    assertTrue(section.contains("the guide's own addition, not from the articles"), section);
    assertTrue(section.contains("checked 2026-12-01; source:"), section);
    String signs = out.substring(at(out, "SIGNS IT MAY BE TIME"));
    assertTrue(signs.replaceAll("\\s+", " ").contains("leaving can be the riskiest"), signs);
  }

  @Test
  void beingToldYouOverreactIsNotASafetyAnswer() {
    String out = ask("how-long: few-months\nfeel-safe: none\nraising-worries: imagining\n").out();
    assertFalse(out.contains("YOUR SAFETY COMES FIRST"), out);
    assertFalse(out.contains("(gaslighting)"), "one answer shows no sign:\n" + out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB", "US", "AU", "IE", "CA", "FR", "NZ"})
  void guideSafetyWorksForEveryCountryListedOrNot(String country) {
    CommandResult result = guide().env("NO_COLOR", "1").exec("safety", "--country", country).assertExit(ExitCode.OK);
    result.assertOutContains("IF YOU ARE AFRAID OF YOUR PARTNER").assertOutContains("WHAT CAN HELP");
    if (List.of("FR", "NZ").contains(country)) {
      result.assertOutContains("no helplines listed for your country");
    } else {
      result.assertOutContains("(" + country + ")");
    }
    assertEquals("", result.err());
  }

  /** Whatever is typed for the country, 'guide safety' shows help (a second new user's trial: '12' showed none). */
  @Test
  void guideSafetyShowsEveryLineForACountryThatIsNoName() {
    CommandResult result = guide().env("NO_COLOR", "1").exec("safety", "--country", "12").assertExit(ExitCode.OK);
    result.assertOutContains("'12' is not a country code").assertOutContains("0808 2000 247").assertOutContains("1-800-799-7233");
    guide().exec("safety", "--country", "").assertExit(ExitCode.USAGE).assertErrContains("two-letter code").assertNoStackTrace();
    String escaped = guide().env("NO_COLOR", "1").exec("safety", "--country", "\u001b[31mXY").assertExit(ExitCode.OK).out();
    assertFalse(escaped.contains("\u001b"), "what was typed steers the terminal:\n" + escaped);
  }

  /** A new user's trial: GB listed England's line alone, and "press 55" did not say it is for a mobile. */
  @Test
  void theUnitedKingdomsListCoversScotlandWalesAndNorthernIreland() {
    String out = guide().env("NO_COLOR", "1").env("COLUMNS", "200").exec("safety", "--country", "GB")
        .assertExit(ExitCode.OK).out();
    for (String wanted : List.of("0800 027 1234", "in Scotland", "0808 80 10 800", "in Wales", "0808 802 1414",
        "in Northern Ireland", "dial 999 from a mobile, then press 55")) {
      assertTrue(out.contains(wanted), () -> "'" + wanted + "' in:\n" + out);
    }
  }

  /** A new user's trial: Ireland listed no line for a man afraid of his partner. */
  @Test
  void irelandsListHasALineForMen() {
    String out = guide().env("NO_COLOR", "1").env("COLUMNS", "200").exec("safety", "--country", "IE")
        .assertExit(ExitCode.OK).out();
    assertTrue(out.contains("01 554 3811") && out.contains("Men's Aid"), out);
  }

  @ParameterizedTest
  // suicide, kill, hit, strangled: a new user's trial found nothing (or "hitting it off") for them.
  @ValueSource(strings = {"helpline", "afraid", "scared", "control", "hurt", "safe", "abuse", "abused", "violence",
      "suicide", "suicidal", "kill", "hit", "strangled", "stalking"})
  void searchFindsTheSafetyEntry(String word) {
    guide().env("NO_COLOR", "1").exec("search", word).assertExit(ExitCode.OK).assertOutContains("guide safety");
  }

  @ParameterizedTest
  @ValueSource(strings = {"job", "busy", "work", "texting"})
  void everydayWordsDoNotBringUpTheSafetyPointer(String word) {
    assertFalse(guide().env("NO_COLOR", "1").exec("search", word).out().contains("guide safety"), word);
  }

  @Test
  void aSafetyAnswerAtTheTerminalIsAcknowledgedBeforeTheNextQuestion() {
    // how-long, status, then feel-safe: "1" is "I'm afraid of him"; then stop.
    String out = guide().typed("s\ns\n1\nq\n").env("NO_COLOR", "1").exec("ask").out();
    int ack = at(out, "Thank you for telling me.");
    assertTrue(ack > at(out, "Do any of these happen with him?"), out);
    assertTrue(ack < at(out, "4 of "), "before the next question:\n" + out);
    assertTrue(out.substring(ack, at(out, "4 of ")).contains("Ctrl-C"), out);
    String calm = guide().typed("s\ns\nnone\nq\n").env("NO_COLOR", "1").exec("ask").out();
    assertFalse(calm.contains("Thank you for telling me"), calm);
  }

  @Test
  void theFearQuestionIsAmongTheFirstFiveAndAlwaysAsked() throws ContentException {
    var questions = ContentReader.read(ContentReader.builtIn()).questionnaire().questions();
    int index = -1;
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).id().equals("feel-safe")) {
        index = i;
      }
    }
    assertTrue(index >= 0 && index < 5, "feel-safe is question " + (index + 1));
    assertTrue(questions.get(index).when().isEmpty());
  }

  @Test
  void onlyASkippedSafetyQuestionBringsThePointerToHelp() {
    String skipped = ask("how-long: few-months\nfeel-safe: skip\nraising-worries: listens\n").out();
    assertTrue(skipped.contains("left the question about feeling safe unanswered"), skipped);
    String other = ask("how-long: few-months\nfeel-safe: none\nraising-worries: skip\n").out();
    assertFalse(other.contains("left the question about feeling safe unanswered"),
        "raising-worries has one safety answer among others; skipping it is not skipping the safety question:\n" + other);
  }
}
