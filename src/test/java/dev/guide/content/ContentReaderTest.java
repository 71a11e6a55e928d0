package dev.guide.content;

import static dev.guide.content.BrokenContent.assertAt;
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
    assertEquals(13, read.reasons().size());
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

    /** Jackson's wording ("Unexpected character ('\"' (code 34))") said nothing of how to mend a comma (a new user's trial). */
    @Test
    void aMissingOrExtraCommaIsNamedAsOne() {
      content.write("sources.json", "{\"sources\": [\n  {\"id\": \"a\"}\n  {\"id\": \"b\"}\n]}\n");
      assertDefect(only(content.defects()), "sources.json", 3, "a comma is missing");
      content.write("sources.json", "{\"sources\": [\n  {\"id\": \"a\"},\n]}\n");
      assertDefect(only(content.defects()), "sources.json", 3, "a comma with nothing after it", "remove the comma");
      content.write("sources.json", "{\"sources\": [\n  {\"id\": \"a\",\n  }\n]}\n");
      assertDefect(only(content.defects()), "sources.json", 3, "a comma with nothing after it", "remove the comma");
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
      content.replace("reasons.json", "\"summary\": \"{He} may be seeing or weighing up", "\"sumary\": \"{He} may be seeing or weighing up");
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
      // The whole summary line of someone-else, whatever it says.
      String text = content.text("reasons.json");
      int start = text.indexOf("      \"summary\": ", text.indexOf("\"id\": \"someone-else\""));
      assertTrue(start > 0, "someone-else has a summary");
      content.write("reasons.json", text.substring(0, start) + text.substring(text.indexOf('\n', start) + 1));
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

  /** The fields the judgement and safety content brought: advice conditions and exclusions, sign alternatives, flags. */
  @Nested
  class JudgementFields {

    /**
     * hold-off-introductions' condition on circumstances, written over several lines (another
     * item's one-line condition on circumstances comes earlier in the file).
     */
    static final String HOLD_OFF_CONDITION = "\"question\": \"circumstances\",\n";

    /** The line of the condition object that holds {@code field}: the '{' on the line above it. */
    int conditionLine(String file, String field) {
      return content.lineOf(file, field) - 1;
    }

    @Test
    void adviceConditionOnAnUnknownQuestionSuggestsTheClosest() {
      content.replace("advice.json", HOLD_OFF_CONDITION, "\"question\": \"circumstance\",\n");
      int line = conditionLine("advice.json", "\"question\": \"circumstance\",\n");
      assertAt(only(content.defects()), "advice.json", line, content.columnOf("advice.json", line, "{"),
          "advice 'hold-off-introductions'", "unknown question 'circumstance'", "did you mean circumstances?");
    }

    @Test
    void adviceConditionOnAnUnknownChoiceListsTheChoices() {
      content.replace("advice.json", "\"met-family\"", "\"met-the-family\"");
      int line = conditionLine("advice.json", HOLD_OFF_CONDITION);
      assertAt(only(content.defects()), "advice.json", line, content.columnOf("advice.json", line, "{"),
          "advice 'hold-off-introductions'", "'circumstances' has no choice 'met-the-family'",
          "live-together, long-distance, met-family, married-engaged, trust-broken, none");
    }

    @Test
    void adviceConditionMayNameAnyQuestionEvenALaterOne() throws ContentException {
      // Advice is given after every question: unlike a question's condition, it may look at any answer.
      content.replace("advice.json", HOLD_OFF_CONDITION, "\"question\": \"told-needs\",\n")
          .replaceAll("advice.json", "\"met-family\",", "\"not-yet\",");
      String text = content.text("advice.json");
      content.write("advice.json", text.replace("\"live-together\",\n", "").replace("\"married-engaged\"", "\"hinted\""));
      ContentReader.read(ContentReader.directory(content.dir()));
    }

    @Test
    void anyOfAndNoneOfTogetherAreRefused() {
      content.replace("advice.json", "\"question\": \"status\",\n          \"noneOf\"",
          "\"question\": \"status\",\n          \"anyOf\": [\"together\"],\n          \"noneOf\"");
      int line = conditionLine("advice.json", "\"question\": \"status\"");
      assertAt(only(content.defects()), "advice.json", line, content.columnOf("advice.json", line, "{"),
          "advice 'talk-calmly'", "give either 'anyOf' or 'noneOf', not both");
    }

    @Test
    void excludingAnUnknownAdviceItemSuggestsTheClosest() {
      content.replace("advice.json", "\"excludes\": [\n        \"talk-calmly\"", "\"excludes\": [\n        \"talk-calmy\"");
      int line = content.lineOf("advice.json", "\"talk-calmy\"");
      assertAt(only(content.defects()), "advice.json", line, content.columnOf("advice.json", line, "\"talk-calmy\""),
          "advice 'stay-in-touch'", "unknown advice 'talk-calmy'", "did you mean talk-calmly?");
    }

    @Test
    void anAdviceItemCannotExcludeItself() {
      content.replace("advice.json", "\"excludes\": [\n        \"talk-calmly\"", "\"excludes\": [\n        \"stay-in-touch\"");
      int line = content.lineOf("advice.json", "\"excludes\": [");
      assertAt(only(content.defects()), "advice.json", line, content.columnOf("advice.json", line, "["),
          "advice 'stay-in-touch'", "cannot exclude itself");
    }

    @Test
    void aSignsAlternativeMustBeAKnownReason() {
      content.replace("signs.json", "\"alternatives\": [\n        \"low-self-esteem\"",
          "\"alternatives\": [\n        \"low-self-estem\"");
      int line = content.lineOf("signs.json", "\"low-self-estem\"");
      assertAt(only(content.defects()), "signs.json", line, content.columnOf("signs.json", line, "\"low-self-estem\""),
          "sign 'says-he-doesnt-deserve-you'", "unknown reason 'low-self-estem'", "did you mean low-self-esteem?");
    }

    @Test
    void emergencyWithoutSafetyIsRefused() {
      content.replace("questions.json", "\"safety\": true, \"emergency\": true", "\"emergency\": true");
      int line = content.lineOf("questions.json", "\"id\": \"hurt-threatened\"");
      assertAt(only(content.defects()), "questions.json", line, content.columnOf("questions.json", line, "true"),
          "question 'feel-safe'", "choice 'hurt-threatened'", "'emergency' needs 'safety': true as well");
    }

    @Test
    void theConfidenceRulesAreRequired() {
      content.replace("questions.json", "  \"confidence\": {\"lowAnswered\": 0.5, \"highAnswered\": 0.75, \"lowSupport\": 1, \"highSupport\": 3},\n", "");
      assertAt(only(content.defects()), "questions.json", 1, 1, "missing field 'confidence' (an object)");
    }

    @Test
    void confidenceRulesThatContradictEachOtherAreRefused() {
      content.replace("questions.json", "\"lowAnswered\": 0.5, \"highAnswered\": 0.75", "\"lowAnswered\": 0.9, \"highAnswered\": 0.75");
      int line = content.lineOf("questions.json", "\"confidence\": {");
      assertAt(only(content.defects()), "questions.json", line, content.columnOf("questions.json", line, "{\"lowAnswered\""),
          "lowAnswered <= highAnswered");
    }

    @Test
    void everySafetyMessageIsRequired() {
      String text = content.text("questions.json");
      int at = text.indexOf("    \"safetyOwn\": ");
      assertTrue(at > 0, "questions.json has messages.safetyOwn");
      content.write("questions.json", text.substring(0, at) + text.substring(text.indexOf('\n', at) + 1));
      int line = content.lineOf("questions.json", "\"messages\": {");
      assertAt(only(content.defects()), "questions.json", line, content.columnOf("questions.json", line, "{"),
          "messages", "missing field 'safetyOwn' (a string)");
    }

    @Test
    void theSafetyListsNameKnownAdviceAndReasons() {
      content.replace("questions.json", "\"safetyAdvice\": [\"reach-out-for-support\"", "\"safetyAdvice\": [\"reach-out-for-suport\"")
          .replace("questions.json", "\"unsafeReasons\": [\"falling-for-you\"", "\"unsafeReasons\": [\"falling-for-yu\"");
      List<Defect> defects = content.defects();
      assertEquals(2, defects.size(), () -> show(defects));
      int advice = content.lineOf("questions.json", "reach-out-for-suport");
      assertAt(defects.get(0), "questions.json", advice, content.columnOf("questions.json", advice, "\"reach-out-for-suport\""),
          "'safetyAdvice': unknown advice 'reach-out-for-suport'", "did you mean reach-out-for-support?");
      int reason = content.lineOf("questions.json", "falling-for-yu");
      assertAt(defects.get(1), "questions.json", reason, content.columnOf("questions.json", reason, "\"falling-for-yu\""),
          "'unsafeReasons': unknown reason 'falling-for-yu'", "did you mean falling-for-you?");
    }

    @Test
    void choiceAdviceMustBeAKnownAdviceItem() {
      content.replace("questions.json", "\"advice\": [\"learn-their-history\"]", "\"advice\": [\"learn-their-histry\"]");
      int line = content.lineOf("questions.json", "learn-their-histry");
      assertAt(only(content.defects()), "questions.json", line, content.columnOf("questions.json", line, "\"learn-their-histry\""),
          "unknown advice 'learn-their-histry'", "did you mean learn-their-history?");
    }
  }

  /** helplines.json: every line carries where it was read and when; every country has a line or a note. */
  @Nested
  class HelplinesFile {

    static final String FILE = "helplines.json";

    @ParameterizedTest
    @ValueSource(strings = {"gb", "GBR", "G1", "G"})
    void aCountryCodeIsTwoCapitalLetters(String code) {
      content.replace(FILE, "\"code\": \"GB\"", "\"code\": \"" + code + "\"");
      int line = content.lineOf(FILE, "\"code\": \"" + code + "\"");
      assertAt(only(content.defects()), FILE, line, content.columnOf(FILE, line, "\"" + code + "\""),
          "'code' is '" + code + "'", "two capital letters of ISO 3166, such as GB");
    }

    @Test
    void aCountryCodeIsListedOnce() {
      content.replace(FILE, "\"code\": \"US\"", "\"code\": \"GB\"");
      int line = content.lineOf(FILE, "\"code\": \"GB\"", 2);
      assertAt(only(content.defects()), FILE, line, content.columnOf(FILE, line, "\"GB\""),
          "country 'GB'", "duplicate country code");
    }

    @Test
    void aLineWithoutASourceIsRefused() {
      content.replace(FILE, "          \"source\": \"refuge.org.uk news pages\",\n", "");
      int line = content.lineOf(FILE, "\"name\": \"National Domestic Abuse Helpline") - 1;
      assertAt(only(content.defects()), FILE, line, content.columnOf(FILE, line, "{"),
          "country 'GB': line", "missing field 'source'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 December 2026", "2026-12", "01-12-2026", "2026/12/01"})
    void aCheckedDateIsYearMonthDay(String date) {
      content.replace(FILE, "\"checked\": \"2026-12-02\"", "\"checked\": \"" + date + "\"");
      int line = content.lineOf(FILE, date);
      assertAt(only(content.defects()), FILE, line, content.columnOf(FILE, line, "\"" + date + "\""),
          "country 'GB': emergency", "'checked' is '" + date + "'", "YYYY-MM-DD");
    }

    @Test
    void aCheckedDateIsARealDate() {
      content.replace(FILE, "\"checked\": \"2026-12-02\"", "\"checked\": \"2026-13-45\"");
      int line = content.lineOf(FILE, "2026-13-45");
      assertAt(only(content.defects()), FILE, line, content.columnOf(FILE, line, "\"2026-13-45\""),
          "'checked' is '2026-13-45'");
    }

    @Test
    void aCountryWithNoLineNeedsANoteSayingSo() {
      String text = content.text(FILE);
      int country = text.indexOf("\"code\": \"CA\"");
      int lines = text.indexOf("\"lines\": [", country);
      int noteEnd = text.indexOf("\n", text.indexOf("\"note\": ", country));
      assertTrue(country > 0 && lines > country && noteEnd > lines, "Canada has lines and a note");
      content.write(FILE, text.substring(0, lines) + "\"lines\": []" + text.substring(noteEnd));
      int line = content.lineOf(FILE, "\"code\": \"CA\"") - 1;
      assertAt(only(content.defects()), FILE, line, content.columnOf(FILE, line, "{"),
          "country 'CA'", "no national line", "add a 'note'");
    }

    @Test
    void aCountryWithNoLineButANoteIsFine() throws ContentException {
      String text = content.text(FILE);
      int country = text.indexOf("\"code\": \"CA\"");
      int lines = text.indexOf("\"lines\": [", country);
      int note = text.indexOf("\"note\": ", country);
      content.write(FILE, text.substring(0, lines) + "\"lines\": [],\n      " + text.substring(note));
      Content read = ContentReader.read(ContentReader.directory(content.dir()));
      assertEquals(List.of(), read.helplines().country("CA").orElseThrow().lines());
    }

    @Test
    void aMissingHelplinesFileIsNamed() {
      content.delete(FILE);
      assertDefect(only(content.defects()), FILE, 0, "missing");
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
