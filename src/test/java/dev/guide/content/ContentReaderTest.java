package dev.guide.content;

import static dev.guide.content.BrokenContent.assertDefect;
import static dev.guide.content.BrokenContent.find;
import static dev.guide.content.BrokenContent.only;
import static dev.guide.content.BrokenContent.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each test breaks one thing in a copy of the real content and checks that the reader reports it
 * where it is (file, line) with a message that says what is wrong, and nothing else: one mistake
 * should not bury itself under follow-on complaints.
 */
class ContentReaderTest {

  @TempDir Path temp;

  BrokenContent content;

  @BeforeEach
  void copyRealContent() {
    content = BrokenContent.copy(temp);
  }

  @Test
  void theUnchangedCopyIsValid() throws ContentException {
    Content read = ContentReader.read(ContentReader.directory(content.dir()));
    assertEquals(12, read.reasons().size());
    assertEquals(9, read.signs().size());
  }

  @Nested
  class TheFolder {

    @Test
    void missingFolderIsOneDefectNamingTheFolder() {
      Path missing = temp.resolve("no-such-content");
      Defect defect = only(BrokenContent.defects(missing));
      assertDefect(defect, missing.toString(), 0, "no such folder", "sources.json", "questions.json");
    }

    @Test
    void aFileInsteadOfAFolderIsOneDefect() throws IOException {
      Path file = Files.writeString(temp.resolve("content.json"), "{}");
      assertDefect(only(BrokenContent.defects(file)), file.toString(), 0, "not a folder");
    }

    @Test
    void emptyFolderReportsEveryFileMissing() throws IOException {
      Path empty = Files.createDirectory(temp.resolve("empty"));
      List<Defect> defects = BrokenContent.defects(empty);
      assertEquals(ContentReader.FILES.stream().sorted().toList(), defects.stream().map(Defect::file).toList(), show(defects));
      for (Defect defect : defects) {
        assertDefect(defect, defect.file(), 0, "missing", "a content folder holds");
      }
    }

    @Test
    void oneMissingFileIsReportedWithoutFollowOnDefects() {
      content.delete("advice.json");
      assertDefect(only(content.defects()), "advice.json", 0, "missing");
    }

    @Test
    void strayJsonFileIsReported() {
      content.write("notes.json", "{}");
      assertDefect(only(content.defects()), "notes.json", 0, "not a content file", "reasons.json");
    }

    @Test
    void filesThatAreNotJsonAreLeftAlone() throws ContentException {
      content.write("README.md", "# my content\n");
      ContentReader.read(ContentReader.directory(content.dir()));
    }

    @Test
    void aFolderNamedLikeAContentFileIsReported() throws IOException {
      content.delete("signs.json");
      Files.createDirectory(content.dir().resolve("signs.json"));
      assertDefect(only(content.defects()), "signs.json", 0, "cannot be read", "folder");
    }
  }

  @Nested
  class Syntax {

    @Test
    void fileThatIsNotJsonIsOneDefectAtItsFirstLine() {
      content.write("signs.json", "These are the signs:\n- keeps cancelling\n");
      assertDefect(only(content.defects()), "signs.json", 1, "not valid JSON");
    }

    @Test
    void emptyFileSaysSo() {
      content.write("sources.json", "");
      assertDefect(only(content.defects()), "sources.json", 1, "empty");
    }

    @Test
    void jsonThatIsNotAnObjectSaysWhatItFound() {
      content.write("advice.json", "\n[]\n");
      assertDefect(only(content.defects()), "advice.json", 2, "expected an object, found a list");
    }

    @Test
    void truncatedJsonNamesTheLineWhereItEnds() {
      List<String> lines = content.text("reasons.json").lines().limit(20).toList();
      content.write("reasons.json", String.join("\n", lines));
      Defect defect = only(content.defects());
      assertDefect(defect, "reasons.json", 20, "ends too early");
      assertEquals(lines.get(19).length() + 1, defect.column(), () -> "just past the last character: " + defect);
    }

    @Test
    void textAfterTheJsonIsReported() {
      content.write("sources.json", content.text("sources.json") + "\n{}\n");
      assertDefect(only(content.defects()), "sources.json", content.text("sources.json").lines().toList().size(),
          "after the end");
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() throws IOException {
      int line = content.lineOf("sources.json", "Cat Harper");
      byte[] bytes = content.text("sources.json").replace("Cat Harper", "Cat \u0000 Harper").getBytes(StandardCharsets.UTF_8);
      int nul = indexOf(bytes, (byte) 0);
      bytes[nul - 1] = (byte) 0xC3; // starts a two-byte sequence that the next byte cannot continue
      bytes[nul] = '(';
      Files.write(content.dir().resolve("sources.json"), bytes);
      assertDefect(only(content.defects()), "sources.json", line, "UTF-8");
    }

    @Test
    void byteOrderMarkIsAccepted() throws ContentException {
      content.write("sources.json", "\uFEFF" + content.text("sources.json"));
      ContentReader.read(ContentReader.directory(content.dir()));
    }

    private int indexOf(byte[] bytes, byte wanted) {
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == wanted) {
          return i;
        }
      }
      throw new AssertionError("no byte " + wanted);
    }

    @Test
    void duplicateFieldNameNamesTheFieldAndLine() {
      content.replace("advice.json", "\"title\": \"Give {him} some space and time\",",
          "\"title\": \"Give {him} some space and time\", \"title\": \"Give {him} room\",");
      int line = content.lineOf("advice.json", "Give {him} room");
      assertDefect(only(content.defects()), "advice.json", line, "the same field is given twice", "'title'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "{\"a\": "})
    void deepNestingFailsFastWithAClearMessage(String open) {
      content.write("advice.json", open.repeat(10_000));
      List<Defect> defects = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> content.defects());
      Defect defect = only(defects);
      assertDefect(defect, "advice.json", 1, "nested", "deep");
      assertFalse(defect.message().contains("StreamReadConstraints"), "no parser internals: " + defect);
    }

    @Test
    void deepNestingInsideAValidFileNamesTheLine() {
      content.replace("questions.json", "\"evidence\": {\"moving-too-fast\": 1}",
          "\"evidence\": {\"moving-too-fast\": " + "[".repeat(200) + "]".repeat(200) + "}");
      int line = content.lineOf("questions.json", "[[[[");
      Defect defect = only(content.defects());
      assertDefect(defect, "questions.json", line, "nested");
    }
  }

  @Nested
  class Numbers {

    @Test
    void weightBeyondDoubleRangeIsOutOfRange() {
      content.replace("questions.json", "{\"moving-too-fast\": 1}", "{\"moving-too-fast\": 1e400}");
      assertDefect(only(content.defects()), "questions.json", content.lineOf("questions.json", "1e400"),
          "question 'how-long'", "choice 'few-weeks'", "1e400", "from -100 to 100");
    }

    @Test
    void weightWithAHugeExponentIsOutOfRangeNotACrash() {
      content.replace("questions.json", "{\"moving-too-fast\": 1}", "{\"moving-too-fast\": 1e9999999999}");
      assertDefect(only(content.defects()), "questions.json", content.lineOf("questions.json", "1e9999999999"),
          "1e9999999999", "from -100 to 100");
    }

    @Test
    void thousandDigitWeightIsRefusedWithItsLine() {
      content.replace("questions.json", "{\"moving-too-fast\": 1}", "{\"moving-too-fast\": " + "9".repeat(1000) + "}");
      Defect defect = only(content.defects());
      assertDefect(defect, "questions.json", content.lineOf("questions.json", "9999999999"), "number", "too long");
      assertFalse(defect.message().contains("StreamReadConstraints"), "no parser internals: " + defect);
    }

    @Test
    void weightAboveTheLimitIsOutOfRange() {
      content.replace("questions.json", "{\"moving-too-fast\": 1}", "{\"moving-too-fast\": 101}");
      assertDefect(only(content.defects()), "questions.json", content.lineOf("questions.json", ": 101}"), "101");
    }

    @Test
    void thresholdsOutOfOrderAreReported() {
      content.replace("questions.json", "\"strong\": 6, \"moderate\": 4", "\"strong\": 3, \"moderate\": 4");
      assertDefect(only(content.defects()), "questions.json", 2, "thresholds", "some <= moderate <= strong");
    }
  }

  @Nested
  class ItemIds {

    @Test
    void duplicateAdviceIdNamesBothLines() {
      int first = content.lineOf("advice.json", "\"id\": \"talk-calmly\"");
      content.replace("advice.json", "\"id\": \"give-space\"", "\"id\": \"talk-calmly\"");
      int second = content.lineOf("advice.json", "\"id\": \"talk-calmly\"", 2);
      List<Defect> defects = content.defects();
      find(defects, "advice.json", second, "advice 'talk-calmly'", "duplicate id", "line " + first);
      // give-space is now gone, so the reasons that name it rightly complain; nothing else may.
      for (Defect defect : defects) {
        assertTrue(defect.file().equals("advice.json") || defect.message().contains("'give-space'"), defect::toString);
      }
    }

    @Test
    void duplicateReasonIdIsReported() {
      content.replace("reasons.json", "\"id\": \"falling-for-you\"", "\"id\": \"someone-else\"");
      List<Defect> defects = content.defects();
      find(defects, "reasons.json", content.lineOf("reasons.json", "\"id\": \"someone-else\"", 2),
          "duplicate id", "line " + content.lineOf("reasons.json", "\"id\": \"someone-else\""));
    }

    @Test
    void duplicateQuestionIdIsReported() {
      content.replace("questions.json", "\"id\": \"past\"", "\"id\": \"pace\"");
      List<Defect> defects = content.defects();
      find(defects, "questions.json", content.lineOf("questions.json", "\"id\": \"pace\"", 2),
          "duplicate id", "line " + content.lineOf("questions.json", "\"id\": \"pace\""));
    }

    @Test
    void duplicateChoiceIdWithinAQuestionIsReported() {
      content.replace("questions.json", "{\"id\": \"few-months\"", "{\"id\": \"few-weeks\"");
      List<Defect> defects = content.defects();
      find(defects, "questions.json", content.lineOf("questions.json", "Several months"),
          "question 'how-long'", "duplicate choice id");
    }

    @Test
    void signWithTheSameIdAsAReasonIsReported() {
      content.replace("signs.json", "\"id\": \"gaslighting\"", "\"id\": \"past-hurt\"");
      List<Defect> defects = content.defects();
      find(defects, "signs.json", content.lineOf("signs.json", "\"id\": \"past-hurt\""), "a reason has the same id");
    }

    @Test
    void idThatIsNotKebabCaseIsReported() {
      content.replace("advice.json", "\"id\": \"give-space\"", "\"id\": \"Give Space\"");
      List<Defect> defects = content.defects();
      find(defects, "advice.json", content.lineOf("advice.json", "Give Space"), "'Give Space'", "lower-case words");
    }

    @Test
    void reservedChoiceIdIsReported() {
      content.replace("questions.json", "{\"id\": \"few-months\"", "{\"id\": \"skip\"");
      find(content.defects(), "questions.json", content.lineOf("questions.json", "\"skip\""), "'skip' cannot be a choice id");
    }
  }

  @Nested
  class References {

    @Test
    void unknownAdviceInAReasonNamesTheReferenceAndSuggests() {
      // The line is the list item's own, not the reason's id line, so an editor jumps to what to fix.
      content.replace("reasons.json", "\"patient-support\",", "\"patient-suport\",");
      assertDefect(only(content.defects()), "reasons.json", content.lineOf("reasons.json", "\"patient-suport\""),
          "reason 'fear-of-intimacy'", "unknown advice 'patient-suport'", "did you mean patient-support?");
    }

    @Test
    void unknownAdviceInASignIsReported() {
      content.replace("signs.json", "\"protect-your-time\"", "\"protect-my-time\"");
      assertDefect(only(content.defects()), "signs.json", content.lineOf("signs.json", "\"protect-my-time\""),
          "sign 'keeps-cancelling'", "unknown advice 'protect-my-time'", "protect-your-time");
    }

    @Test
    void unknownRelatedReasonIsReported() {
      content.replace("reasons.json", "\"fear-of-vulnerability\",\n", "\"fear-of-vulnerabilty\",\n");
      assertDefect(only(content.defects()), "reasons.json", content.lineOf("reasons.json", "fear-of-vulnerabilty"),
          "reason 'fear-of-intimacy'", "'related'", "unknown reason 'fear-of-vulnerabilty'", "did you mean fear-of-vulnerability?");
    }

    @Test
    void reasonRelatedToItselfIsReported() {
      content.replace("reasons.json", "\"fear-of-vulnerability\",\n", "\"fear-of-intimacy\",\n");
      find(content.defects(), "reasons.json", content.lineOf("reasons.json", "\"id\": \"fear-of-intimacy\""),
          "related to itself");
    }

    @Test
    void unknownSourceIdIsReported() {
      content.replace("advice.json", "\"source\": \"002\"", "\"source\": \"003\"");
      assertDefect(only(content.defects()), "advice.json", content.lineOf("advice.json", "\"source\": \"003\"") - 1,
          "advice 'talk-calmly'", "unknown source '003'");
    }

    @Test
    void unknownEvidenceTargetIsReported() {
      content.replace("questions.json", "{\"moving-too-fast\": 1}", "{\"moving-to-fast\": 1}");
      assertDefect(only(content.defects()), "questions.json", content.lineOf("questions.json", "moving-to-fast"),
          "choice 'few-weeks'", "unknown reason or sign 'moving-to-fast'", "did you mean moving-too-fast?");
    }

    @Test
    void unknownUnclearAdviceIsReported() {
      content.replace("questions.json", "\"ask-and-listen\"]", "\"ask-and-lisen\"]");
      assertDefect(only(content.defects()), "questions.json", content.lineOf("questions.json", "ask-and-lisen"),
          "messages", "unclearAdvice", "unknown advice 'ask-and-lisen'", "ask-and-listen");
    }

    @Test
    void reasonWithNoAdviceIsReported() {
      String text = content.text("reasons.json");
      int start = text.indexOf("\"advice\": [", text.indexOf("\"id\": \"someone-else\""));
      int end = text.indexOf(']', start);
      content.write("reasons.json", text.substring(0, start) + "\"advice\": [" + text.substring(end));
      find(content.defects(), "reasons.json", content.lineOf("reasons.json", "\"id\": \"someone-else\""),
          "reason 'someone-else'", "'advice' is empty");
    }
  }

  @Nested
  class ItemFields {

    @Test
    void unknownFieldIsReportedWithTheKnownOnes() {
      content.replace("reasons.json", "\"summary\": \"If you haven't", "\"sumary\": \"If you haven't");
      List<Defect> defects = content.defects();
      assertEquals(2, defects.size(), show(defects));
      find(defects, "reasons.json", content.lineOf("reasons.json", "\"sumary\""),
          "reason 'someone-else'", "unknown field 'sumary'", "summary");
      find(defects, "reasons.json", content.lineOf("reasons.json", "\"id\": \"someone-else\"") - 1,
          "reason 'someone-else'", "missing field 'summary'");
    }

    @Test
    void unknownFieldAtTheTopOfAFileIsReported() {
      content.replace("sources.json", "{\n  \"sources\"", "{\n  \"version\": 2,\n  \"sources\"");
      assertDefect(only(content.defects()), "sources.json", 2, "unknown field 'version'", "sources");
    }

    @Test
    void textThatIsANumberIsAWrongType() {
      content.replace("reasons.json", "\"title\": \"{He} may be seeing someone else\"", "\"title\": 42");
      assertDefect(only(content.defects()), "reasons.json", content.lineOf("reasons.json", "\"title\": 42"),
          "reason 'someone-else'", "'title' should be a string, not a number");
    }

    @Test
    void weightThatIsAStringIsAWrongType() {
      content.replace("questions.json", "{\"moving-too-fast\": 1}", "{\"moving-too-fast\": \"1\"}");
      assertDefect(only(content.defects()), "questions.json", content.lineOf("questions.json", "\"moving-too-fast\": \"1\""),
          "choice 'few-weeks'", "should be a number, not a string");
    }

    @Test
    void listThatIsAStringIsAWrongType() {
      content.replace("reasons.json", "\"looksLike\": [\n        \"You haven't talked",
          "\"looksLike\": \"oops\", \"x\": [\n        \"You haven't talked");
      find(content.defects(), "reasons.json", content.lineOf("reasons.json", "\"oops\""),
          "'looksLike' should be a list of strings, not a string");
    }

    @Test
    void nullIsAWrongType() {
      content.replace("signs.json", "\"title\": \"{He} {keeps/keep} cancelling plans\"", "\"title\": null");
      assertDefect(only(content.defects()), "signs.json", content.lineOf("signs.json", "null"),
          "sign 'keeps-cancelling'", "'title' should be a string, not null");
    }

    @Test
    void emptyTextIsReported() {
      content.replace("reasons.json", "\"title\": \"{He} may be seeing someone else\"", "\"title\": \"  \"");
      assertDefect(only(content.defects()), "reasons.json", content.lineOf("reasons.json", "\"title\": \"  \""),
          "'title' is empty");
    }

    @Test
    void unknownQuestionTypeIsReported() {
      content.replace("questions.json", "\"type\": \"single\"", "\"type\": \"several\"");
      assertDefect(only(content.defects()), "questions.json", content.lineOf("questions.json", "several"),
          "question 'how-long'", "'several'", "use single or multiple");
    }

    @Test
    void missingFieldNamesTheItemAndTheField() {
      content.replace("reasons.json",
          "      \"summary\": \"If you haven't agreed to be exclusive, {he} may be dating or weighing up someone else and"
              + " avoiding the question until {he} {decides/decide}.\",\n", "");
      assertDefect(only(content.defects()), "reasons.json", content.lineOf("reasons.json", "\"id\": \"someone-else\"") - 1,
          "reason 'someone-else'", "missing field 'summary' (a string)");
    }

    @Test
    void missingTopLevelListIsReported() {
      content.write("signs.json", "{}");
      assertDefect(only(content.defects()), "signs.json", 1, "missing field 'signs'");
    }

    @Test
    void choiceWithNoEvidenceFieldIsReported() {
      content.replace("questions.json",
          "{\"id\": \"few-months\", \"label\": \"Several months, less than a year\", \"evidence\": {}}",
          "{\"id\": \"few-months\", \"label\": \"Several months, less than a year\"}");
      assertDefect(only(content.defects()), "questions.json", content.lineOf("questions.json", "Several months"),
          "question 'how-long'", "choice 'few-months'", "missing field 'evidence'");
    }

    @Test
    void questionWithOneChoiceIsReported() {
      content.replace("questions.json",
          "{\"moving-too-fast\": 1}},\n"
              + "        {\"id\": \"couple-months\", \"label\": \"One to three months\", \"evidence\": {}},\n"
              + "        {\"id\": \"few-months\", \"label\": \"Several months, less than a year\", \"evidence\": {}},\n"
              + "        {\"id\": \"year-or-more\", \"label\": \"One to a few years\", \"evidence\": {}},\n"
              + "        {\"id\": \"many-years\", \"label\": \"Many years\", \"evidence\": {}}\n",
          "{\"moving-too-fast\": 1}}\n");
      find(content.defects(), "questions.json", content.lineOf("questions.json", "\"choices\": ["),
          "question 'how-long'", "at least two choices");
    }

    @Test
    void veryLongTextIsRefused() {
      content.replace("advice.json", "\"title\": \"Give {him} some space and time\"",
          "\"title\": \"" + "space ".repeat(20_000) + "\"");
      Defect defect = only(content.defects());
      assertDefect(defect, "advice.json", content.lineOf("advice.json", "space space"), "text", "too long");
      assertFalse(defect.message().contains("StreamReadConstraints"), "no parser internals: " + defect);
    }
  }

  @Nested
  class Conditions {

    @Test
    void conditionOnALaterQuestionIsReported() {
      content.replace("questions.json", "\"when\": {\"question\": \"how-long\", \"anyOf\": [\"few-weeks\", \"couple-months\", \"few-months\"]}",
          "\"when\": {\"question\": \"exclusivity\", \"anyOf\": [\"agreed\"]}");
      assertDefect(only(content.defects()), "questions.json", content.lineOf("questions.json", "\"when\": {\"question\": \"exclusivity\""),
          "question 'pace'", "'exclusivity'", "asked later", "earlier question");
    }

    @Test
    void conditionOnItselfIsReported() {
      content.replace("questions.json", "\"when\": {\"question\": \"how-long\", \"anyOf\": [\"few-weeks\", \"couple-months\", \"few-months\"]}",
          "\"when\": {\"question\": \"pace\", \"anyOf\": [\"very-fast\"]}");
      assertDefect(only(content.defects()), "questions.json", content.lineOf("questions.json", "\"when\": {\"question\": \"pace\""),
          "question 'pace'", "earlier question");
    }

    @Test
    void conditionOnAnUnknownQuestionSuggestsTheClosest() {
      content.replace("questions.json", "\"when\": {\"question\": \"how-long\"", "\"when\": {\"question\": \"how-lnog\"");
      assertDefect(only(content.defects()), "questions.json", content.lineOf("questions.json", "how-lnog"),
          "question 'pace'", "unknown question 'how-lnog'", "did you mean how-long?");
    }

    @Test
    void conditionOnAnUnknownChoiceListsTheChoices() {
      content.replace("questions.json", "\"anyOf\": [\"few-weeks\", \"couple-months\", \"few-months\"]",
          "\"anyOf\": [\"few-weeks\", \"couple-months\", \"few-years\"]");
      assertDefect(only(content.defects()), "questions.json", content.lineOf("questions.json", "few-years"),
          "question 'pace'", "'how-long' has no choice 'few-years'", "few-weeks, couple-months, few-months, year-or-more, many-years");
    }

    @Test
    void conditionOnABrokenQuestionDoesNotAlsoCallItUnknown() {
      content.replace("questions.json", "\"text\": \"How long have you and your partner been together?\"", "\"text\": 1");
      assertDefect(only(content.defects()), "questions.json", content.lineOf("questions.json", "\"text\": 1"),
          "question 'how-long'", "'text' should be a string");
    }
  }

  @Nested
  class Reachability {

    @Test
    void reasonNoAnswerCanReachIsReported() {
      String text = content.text("questions.json");
      content.write("questions.json", text.replaceAll("\"next-step-nerves\": [0-9]+", "\"next-step-nerves\": 0"));
      assertDefect(only(content.defects()), "reasons.json", content.lineOf("reasons.json", "\"id\": \"next-step-nerves\""),
          "reason 'next-step-nerves'", "no answer in questions.json gives it positive evidence");
    }

    @Test
    void signNoAnswerCanReachIsReported() {
      String text = content.text("questions.json");
      assertTrue(text.contains("\"gaslighting\": "), "questions.json has evidence for gaslighting");
      content.write("questions.json", text.replaceAll("\"gaslighting\": [0-9]+", "\"gaslighting\": -1"));
      assertDefect(only(content.defects()), "signs.json", content.lineOf("signs.json", "\"id\": \"gaslighting\""),
          "sign 'gaslighting'", "no answer in questions.json gives it positive evidence");
    }

    @Test
    void aBrokenChoiceDoesNotMakeOtherReasonsLookUnreachable() {
      // The only positive evidence for keeps-cancelling sits in the same question as this choice.
      content.replace("questions.json", "\"label\": \"We spend nearly all our free time together\"", "\"label\": 7");
      assertDefect(only(content.defects()), "questions.json", content.lineOf("questions.json", "\"label\": 7"),
          "'label' should be a string");
    }
  }

  @Nested
  class Tokens {

    @Test
    void unknownPronounTokenIsReported() {
      content.replace("advice.json", "\"title\": \"Give {him} some space and time\"", "\"title\": \"Give {hm} some space and time\"");
      assertDefect(only(content.defects()), "advice.json", content.lineOf("advice.json", "{hm}"),
          "advice 'give-space'", "'title' has unknown token {hm}", "{he}");
    }

    @Test
    void pronounTokenForTheWrongPersonIsReported() {
      content.replace("advice.json", "\"title\": \"Give {him} some space and time\"", "\"title\": \"Give {her} some space and time\"");
      assertDefect(only(content.defects()), "advice.json", content.lineOf("advice.json", "{her}"), "unknown token {her}");
    }

    @Test
    void unclosedBraceIsReported() {
      content.replace("advice.json", "\"title\": \"Give {him} some space and time\"", "\"title\": \"Give {him some space and time\"");
      assertDefect(only(content.defects()), "advice.json", content.lineOf("advice.json", "Give {him some"),
          "never closed");
    }

    @Test
    void tokenInAListOfTextsIsChecked() {
      content.replace("reasons.json", "\"{He} can't give you a clear answer", "\"{Hee} can't give you a clear answer");
      assertDefect(only(content.defects()), "reasons.json", content.lineOf("reasons.json", "{Hee}"),
          "'looksLike' has unknown token {Hee}");
    }
  }

  @Test
  void defectsInSeveralFilesAreAllReportedSortedByFileAndLine() {
    content.replace("sources.json", "\"byline\": \"Cat Harper\"", "\"author\": \"Cat Harper\"");
    content.replace("signs.json", "\"title\": \"{He} {keeps/keep} cancelling plans\"", "\"title\": \"{He} {keeps cancelling plans\"");
    content.replace("questions.json", "{\"moving-too-fast\": 2}", "{\"moving-too-fast\": 1e400}");
    content.replace("reasons.json", "\"patient-support\",", "\"patient-suport\",");
    content.replace("advice.json", "\"title\": \"Give {him} some space and time\"", "\"title\": 5");
    content.replace("questions.json", "\"type\": \"multiple\"", "\"type\": \"many\"");
    content.write("extra.json", "[]");

    List<Defect> defects = content.defects();

    List<String> where = defects.stream().map(d -> d.file() + ":" + d.line()).toList();
    List<String> expected = List.of(
        "advice.json:" + content.lineOf("advice.json", "\"title\": 5"),
        "extra.json:0",
        "questions.json:" + content.lineOf("questions.json", "\"many\""),
        "questions.json:" + content.lineOf("questions.json", "1e400"),
        "reasons.json:" + content.lineOf("reasons.json", "patient-suport"),
        "signs.json:" + content.lineOf("signs.json", "{keeps cancelling"),
        "sources.json:" + content.lineOf("sources.json", "\"author\""));
    assertEquals(expected, where, show(defects));
    List<Defect> sorted = new ArrayList<>(defects);
    sorted.sort(null);
    assertEquals(sorted, defects, "defects come sorted by file, then line");
    assertTrue(defects.get(defects.size() - 1).message().contains("unknown field 'author'"), show(defects));
  }

  @Test
  void eachDefectPrintsAsFileLineColumnMessage() {
    content.replace("advice.json", "\"title\": \"Give {him} some space and time\"", "\"title\": 5");
    Defect defect = only(content.defects());
    String expected = "advice.json:" + defect.line() + ":" + defect.column() + ": ";
    assertTrue(defect.toString().startsWith(expected), defect::toString);
    assertEquals(content.text("advice.json").lines().collect(Collectors.toList()).get(defect.line() - 1).indexOf("5") + 1,
        defect.column(), "the column points at the bad value");
  }
}
