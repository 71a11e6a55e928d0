package dev.guide.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.Guide;
import dev.guide.GuideException;
import dev.guide.content.Partner;
import dev.guide.content.Question;
import dev.guide.content.Questionnaire;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The answer file format, as documented in {@code guide ask --template}, and every way a file can be wrong. */
class AnswerFileTest {

  static final Questionnaire QUESTIONNAIRE = TinyContent.real().questionnaire();
  static final String NAME = "answers.txt";

  static Answers parse(String text) throws GuideException {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  static Answers parse(byte[] bytes) throws GuideException {
    return AnswerFile.parse(NAME, bytes, QUESTIONNAIRE);
  }

  /** Parses a file that must be refused, and returns all it said, message and details, one a line. */
  static String refused(String text) {
    return refused(text.getBytes(StandardCharsets.UTF_8));
  }

  static String refused(byte[] bytes) {
    GuideException e = assertThrows(GuideException.class, () -> parse(bytes), "the file should be refused");
    assertEquals(ExitCode.USAGE, e.exitCode(), "a wrong answer file is a usage error");
    return e.getMessage() + (e.details().isEmpty() ? "" : "\n" + String.join("\n", e.details()));
  }

  static void assertHas(String message, String... parts) {
    for (String part : parts) {
      assertTrue(message.contains(part), () -> "the message should contain '" + part + "':\n" + message);
    }
  }

  @Nested
  class TheFormat {

    @Test
    void commentsAndBlankLinesAreIgnored() throws GuideException {
      Answers answers = parse("""
          # my answers

             # indented comment: how-long: 1
          how-long: 4
          \t
          """);
      assertEquals(Map.of("how-long", List.of("year-or-more")), answers.chosen());
    }

    @Test
    void choicesByNumberOrById() throws GuideException {
      Answers answers = parse("how-long: 1\nexclusivity: raised-unsettled\nfights:5\n  self-talk :  2  \n");
      assertEquals(List.of("few-weeks"), answers.of("how-long"));
      assertEquals(List.of("raised-unsettled"), answers.of("exclusivity"));
      assertEquals(List.of("goes-silent"), answers.of("fights"));
      assertEquals(List.of("doesnt-deserve"), answers.of("self-talk"));
    }

    @Test
    void idsAreNormalisedAsPeopleTypeThem() throws GuideException {
      Answers answers = parse("How Long: Few Weeks\nexclusivity: Not sure\nself_talk: NOT_SURE\nPACE: very fast\n");
      assertEquals(List.of("few-weeks"), answers.of("how-long"));
      assertEquals(List.of("not-sure"), answers.of("exclusivity"));
      assertEquals(List.of("not-sure"), answers.of("self-talk"));
      assertEquals(List.of("very-fast"), answers.of("pace"));
    }

    @Test
    void severalChoicesCommaSeparatedForMultipleQuestions() throws GuideException {
      Answers answers = parse("how-long: 1\npast: recent-breakup, 2 ,Toxic Past\n");
      assertEquals(List.of("recent-breakup", "cheated-on", "toxic-past"), answers.of("past"));
    }

    @Test
    void skipIsAnAnswerWithNoChoice() throws GuideException {
      Answers answers = parse("how-long: skip\npast: SKIP\n");
      assertEquals(Map.of("how-long", List.of(), "past", List.of()), answers.chosen());
      assertTrue(!answers.answered("how-long") && answers.chosen().containsKey("how-long"));
    }

    @Test
    void windowsLineEndingsAndAByteOrderMark() throws GuideException {
      byte[] text = "# saved on Windows\r\nhow-long: 3\r\npace: not sure\r\n".getBytes(StandardCharsets.UTF_8);
      byte[] withBom = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, text);
      Map<String, List<String>> expected = Map.of("how-long", List.of("few-months"), "pace", List.of("not-sure"));
      assertEquals(expected, parse(text).chosen());
      assertEquals(expected, parse(withBom).chosen());
      // The mark before a question id is not part of the id.
      assertEquals(Map.of("how-long", List.of("few-months")),
          parse(concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, "how-long: 3".getBytes(StandardCharsets.UTF_8))).chosen());
    }

    @Test
    void oldMacLineEndings() throws GuideException {
      assertEquals(Map.of("how-long", List.of("few-months"), "fights", List.of("rarely")),
          parse("how-long: 3\rfights: 1\r").chosen());
    }

    @Test
    void conditionalQuestionMayBeAnsweredWhenItsConditionHolds() throws GuideException {
      Answers answers = parse("pace: 1\nhow-long: 1\n");
      assertEquals(List.of("very-fast"), answers.of("pace"), "the condition may be answered on a later line");
    }

    @ParameterizedTest
    @EnumSource(Partner.class)
    void theTemplateParsesBackWithEveryQuestionSkipped(Partner partner) throws GuideException {
      String template = AnswerFile.template(QUESTIONNAIRE, partner::render);
      Answers answers = parse(template);
      assertEquals(QUESTIONNAIRE.questions().stream().map(Question::id).toList(), List.copyOf(answers.chosen().keySet()));
      assertTrue(answers.chosen().values().stream().allMatch(List::isEmpty), answers.chosen()::toString);
      assertTrue(template.contains("how-long: skip\n"), template);
    }

    @Test
    void aFilledInTemplateParses() throws GuideException {
      String filled = AnswerFile.template(QUESTIONNAIRE, Partner.HE::render)
          .replace("how-long: skip", "how-long: 1")
          .replace("pace: skip", "pace: very-fast")
          .replace("past: skip", "past: 1, 2");
      Answers answers = parse(filled);
      assertEquals(List.of("few-weeks"), answers.of("how-long"));
      assertEquals(List.of("very-fast"), answers.of("pace"));
      assertEquals(List.of("recent-breakup", "cheated-on"), answers.of("past"));
    }
  }

  /** Each mistake names the file and the line, says what is wrong and how to fix it, and exits with USAGE. */
  @Nested
  class Mistakes {

    @Test
    void aLineWithoutAColon() {
      assertHas(refused("how-long: 1\n\nhow-long 2\n"), NAME + ":3: ", "'how-long 2' is not an answer",
          "question-id: choice");
    }

    @Test
    void answersPipedOnePerLineAreToldHowOnceNotOnEveryLine() {
      String message = refused("3\n1\n7\n");
      assertHas(message, NAME + ":1: '3' is not an answer: an answer line names its question", "'how-long: 2'", "guide ask --template");
      assertHas(message, NAME + ":2: '1' is not an answer either: it names no question (see line 1)", NAME + ":3: '7'");
      assertEquals(1, message.split("question-id: choice", -1).length - 1, message);
    }

    @Test
    void anUnknownQuestionWithSuggestion() {
      assertHas(refused("# first\nhow-lnog: 1\n"), NAME + ":2: ", "unknown question 'how-lnog'", "did you mean how-long?");
      assertHas(refused("weather: sunny\n"), NAME + ":1: ", "unknown question 'weather'", "guide questions");
    }

    @Test
    void anInvalidChoiceListsTheValidOnes() {
      assertHas(refused("exclusivity: maybe\n"), NAME + ":1: ", "'maybe' is not a choice for exclusivity",
          "use 1-4 or one of: agreed, raised-unsettled, not-yet, not-sure", "skip");
      assertHas(refused("how-long: 6\n"), NAME + ":1: ", "'6' is not a choice for how-long", "use 1-5");
      assertHas(refused("how-long: 0\n"), NAME + ":1: ", "'0' is not a choice");
      assertHas(refused("how-long: 1\npast: 1, 99\n"), NAME + ":2: ", "'99' is not a choice for past", "separated by commas");
    }

    @Test
    void aMistypedChoiceIdGetsTheIdItIsNearThenTheValidOnes() {
      assertHas(refused("how-long: few-month\n"), NAME + ":1: ",
          "'few-month' is not a choice for how-long; did you mean few-months? Otherwise use 1-5 or one of: few-weeks");
    }

    @Test
    void noChoiceAfterTheColon() {
      assertHas(refused("how-long:\n"), NAME + ":1: ", "no choice given for how-long", "use 1-5");
    }

    @Test
    void severalChoicesForASingleQuestion() {
      assertHas(refused("how-long: 1, 2\n"), NAME + ":1: ", "only one choice fits how-long, not 2", "use 1-5");
    }

    @Test
    void anEmptyChoiceBetweenCommas() throws GuideException {
      assertHas(refused("how-long: 1\npast: 1,,2\n"), NAME + ":2: ", "an empty choice in '1,,2'", "use 1-8");
      assertHas(refused("how-long: 1\npast: , 2\n"), NAME + ":2: ", "an empty choice in ', 2'");
      assertEquals(List.of("recent-breakup", "cheated-on"), parse("how-long: 1\npast: 1, 2,\n").of("past"),
          "a comma at the end is harmless");
    }

    @Test
    void theSameChoiceTwice() {
      assertHas(refused("how-long: 1\npast: 1, recent-breakup\n"), NAME + ":2: ", "given twice for past");
    }

    @Test
    void theSameQuestionTwice() {
      assertHas(refused("how-long: 1\nfights: 1\nHow long: 2\n"), NAME + ":3: ", "'how-long' is answered twice",
          "also on line 1");
    }

    @Test
    void anAnswerToAQuestionWhoseConditionDoesNotHold() {
      assertHas(refused("how-long: year-or-more\npace: 1\n"), NAME + ":2: ", "'pace' is only asked when how-long is",
          "few-weeks", "couple-months", "few-months", "remove this line");
      assertHas(refused("how-long: many-years\npast: 1\n"), NAME + ":2: ", "'past' is only asked when how-long is");
      assertHas(refused("needs-response: 1\n"), NAME + ":1: ", "'needs-response' is only asked when told-needs is yes");
      // Issue 21: "change the answer to told-needs" read as if told-needs were the answer to give.
      assertHas(refused("needs-response: 1\n"), NAME + ":1: ", "remove this line, or answer told-needs with yes");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
      String message = refused("how-lnog: 1\nexclusivity: maybe\nfights 1\n");
      assertHas(message, NAME + " has 3 problems:", NAME + ":1: ", NAME + ":2: ", NAME + ":3: ");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "\n\n\n", "   \n\t\n", "# only\n# comments\n", "\r\n# windows comment\r\n"})
    void aFileWithNoAnswers(String text) {
      assertHas(refused(text), NAME + ": no answers found", "guide ask --template");
    }

    @Test
    void invalidUtf8NamesTheLine() {
      byte[] latin1 = "how-long: 1\n# caf\u00e9\npast: 1\n".getBytes(StandardCharsets.ISO_8859_1);
      assertHas(refused(latin1), NAME + ":2: ", "not valid UTF-8");
      byte[] cut = Arrays.copyOf("how-long: 1\n# \u00e9".getBytes(StandardCharsets.UTF_8), 15);
      assertHas(refused(cut), NAME + ":2: ", "not valid UTF-8");
    }

    @Test
    void invalidUtf8NamesTheLineWhateverTheLineEndings() {
      for (String end : List.of("\r\n", "\r")) {
        byte[] bytes = ("how-long: 1" + end + "fights: 1" + end + "# caf\u00e9" + end).getBytes(StandardCharsets.ISO_8859_1);
        assertHas(refused(bytes), NAME + ":3: ", "not valid UTF-8");
      }
    }

    @Test
    void binaryDataWithNul() {
      assertHas(refused("how-long: 1\nfights\0: 1\n"), NAME + ":2: ", "binary data");
      assertHas(refused("\0\0\0\0"), NAME + ":1: ", "binary data");
    }

    @Test
    void aFileLargerThanTheLimit() {
      byte[] big = ("# " + "x".repeat(AnswerFile.MAX_BYTES) + "\nhow-long: 1\n").getBytes(StandardCharsets.UTF_8);
      assertHas(refused(big), NAME + ": larger than " + AnswerFile.MAX_BYTES / 1024 + " KB", "guide ask --template");
    }

    @Test
    void aFileExactlyAtTheLimitIsRead() throws GuideException {
      String answer = "how-long: 1\n";
      String padding = "#" + "x".repeat(AnswerFile.MAX_BYTES - answer.length() - 2) + "\n";
      byte[] bytes = (padding + answer).getBytes(StandardCharsets.UTF_8);
      assertEquals(AnswerFile.MAX_BYTES, bytes.length);
      assertEquals(List.of("few-weeks"), parse(bytes).of("how-long"));
    }

    @Test
    void aVeryLongLine() {
      String line = "how-long: " + "1".repeat(AnswerFile.MAX_LINE + 10);
      assertHas(refused(line + "\n"), NAME + ":1: ", "characters long");
    }
  }

  /** Hostile or mistaken input finishes quickly with a clear message; it never hangs or fills memory. */
  @Nested
  class HugeInput {

    static final Duration QUICKLY = Duration.ofSeconds(5);

    @Test
    void aTenMegabyteSingleLine() {
      byte[] line = new byte[10 * 1024 * 1024];
      Arrays.fill(line, (byte) 'a');
      String message = assertTimeoutPreemptively(QUICKLY, () -> refused(line));
      assertHas(message, NAME + ": larger than");
      assertTrue(message.length() < 500, message);
    }

    @Test
    void aHundredThousandAnswerLines() {
      String message = assertTimeoutPreemptively(QUICKLY, () -> refused(repeat("how-long: 1\n", 100_000)));
      assertHas(message, NAME + ": larger than");
    }

    @Test
    void aHundredThousandBlankLinesAndOneAnswer() throws GuideException {
      byte[] bytes = (repeat("\n", 100_000) + "fights: 2\n").getBytes(StandardCharsets.UTF_8);
      Answers answers = assertTimeoutPreemptively(QUICKLY, () -> parse(bytes));
      assertEquals(Map.of("fights", List.of("argue-and-make-up")), answers.chosen());
    }

    @Test
    void aHundredThousandWrongLinesGiveAShortMessage() {
      String message = assertTimeoutPreemptively(QUICKLY, () -> refused(repeat("x\n", 100_000)));
      assertHas(message, NAME + ":1: ", "is not an answer");
      // Naming every one of 100,000 bad lines would bury the point: this is not an answer file.
      assertTrue(message.lines().count() <= AnswerFile.MAX_PROBLEMS + 2, () -> message.lines().count() + " lines");
      assertHas(message, "the first " + AnswerFile.MAX_PROBLEMS, NAME + ":" + (AnswerFile.MAX_PROBLEMS + 1) + ": stopped here",
          "is this an answer file?");
    }

    @Test
    void manyUnknownQuestionsGiveAShortMessage() {
      String message = assertTimeoutPreemptively(QUICKLY, () -> refused(repeat("colour: blue\n", 19_000)));
      assertHas(message, NAME + ":1: ", "unknown question 'colour'");
      assertTrue(message.lines().count() <= AnswerFile.MAX_PROBLEMS + 2, () -> message.lines().count() + " lines");
    }
  }

  @Test
  void aMistakeReachesThePersonAsAShortMessageWithExitUsage(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.txt");
    Files.writeString(file, "how-long: 1\nexclusivity: maybe\n");
    CommandResult result = Guide.run("ask", "--answers", file.toString());
    result.assertExit(ExitCode.USAGE).assertNoStackTrace()
        .assertErrContains(file + " has 1 problem:")
        .assertErrContains(file + ":2: 'maybe' is not a choice for exclusivity");
    assertEquals("", result.out());
  }

  private static String repeat(String line, int times) {
    return line.repeat(times);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
