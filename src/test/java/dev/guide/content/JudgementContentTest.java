package dev.guide.content;

import static dev.guide.content.BrokenContent.assertAt;
import static dev.guide.content.BrokenContent.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** judgement.json, as the content reader checks it: each defect named by file, line and column. */
class JudgementContentTest {

  private static final String FILE = "judgement.json";

  @TempDir Path temp;

  BrokenContent content;

  @BeforeEach
  void copyRealContent() {
    content = BrokenContent.copy(temp);
  }

  @Test
  void theRealRulesAreReadAndSurviveTheBundle() throws Exception {
    Content read = ContentReader.read(ContentReader.directory(content.dir()));
    Judgement j = read.judgement();
    assertEquals(List.of("honesty:maybe-someone-else"), j.worries());
    assertTrue(j.serious().contains("life-stress:low-mood"), j.serious()::toString);
    assertEquals(Integer.valueOf(2), j.needsSigns().get("losing-interest"));
    Judgement.Explanation busy = j.explains().get(0);
    assertEquals(List.of("plans-time:busy-explains"), busy.by());
    assertEquals(Optional.of("outside-stress"), busy.to());
    assertEquals(j, ContentReader.read(ContentReader.builtIn()).judgement(), "the bundle carries the same rules");
  }

  @Test
  void withoutTheFileEveryAnswerCountsAsWeighted() throws Exception {
    content.delete(FILE);
    assertEquals(Judgement.NONE, ContentReader.read(ContentReader.directory(content.dir())).judgement());
  }

  @Test
  void anAnswerWithAnUnknownChoiceIsReportedWhereItIsNamed() {
    content.replace(FILE, "\"plans-time:busy-explains\"", "\"plans-time:busy-explain\"");
    int line = content.lineOf(FILE, "plans-time:busy-explain\"");
    assertAt(only(content.defects()), FILE, line, content.columnOf(FILE, line, "\"plans-time:busy-explain\""),
        "explains #1: 'by'", "question 'plans-time' has no choice 'busy-explain'", "did you mean busy-explains?");
  }

  @Test
  void anAnswerWithAnUnknownQuestionIsReported() {
    content.replace(FILE, "\"honesty:maybe-someone-else\"", "\"honest:maybe-someone-else\"");
    int line = content.lineOf(FILE, "honest:maybe");
    assertAt(only(content.defects()), FILE, line, content.columnOf(FILE, line, "\"honest:"),
        "worries", "unknown question 'honest'", "did you mean honesty?");
  }

  @Test
  void anAnswerNotNamedAsQuestionColonChoiceIsReported() {
    content.replace(FILE, "\"honesty:maybe-someone-else\"", "\"maybe-someone-else\"");
    int line = content.lineOf(FILE, "\"maybe-someone-else\"");
    assertAt(only(content.defects()), FILE, line, content.columnOf(FILE, line, "\"maybe-someone-else\""),
        "'maybe-someone-else' is not an answer", "\"question:choice\"");
  }

  @Test
  void weightMovedToASignOrAnUnknownReasonIsReported() {
    content.replace(FILE, "\"to\": \"outside-stress\"", "\"to\": \"keeps-cancelling\"");
    int line = content.lineOf(FILE, "\"to\": \"keeps-cancelling\"");
    assertAt(only(content.defects()), FILE, line, content.columnOf(FILE, line, "\"keeps-cancelling\""),
        "explains #1: 'to'", "unknown reason 'keeps-cancelling'", "it is a sign");
  }

  @Test
  void anExplainedFindingThatDoesNotExistIsReported() {
    content.replace(FILE, "\"for\": [\"old-flame-returns\"]", "\"for\": [\"old-flame-return\"]");
    int line = content.lineOf(FILE, "old-flame-return\"]");
    assertAt(only(content.defects()), FILE, line, content.columnOf(FILE, line, "\"old-flame-return\""),
        "explains #2: 'for'", "unknown reason or sign 'old-flame-return'", "did you mean old-flame-returns?");
  }

  @Test
  void anExplanationNeedsAnswersThatExplainAndFindings() {
    content.replace(FILE, "\"by\": [\"ex-openness:open-about-it\"],\n      \"for\": [\"old-flame-returns\"]",
        "\"by\": [],\n      \"for\": []");
    List<Defect> defects = content.defects();
    assertEquals(2, defects.size(), BrokenContent.show(defects));
    BrokenContent.find(defects, FILE, content.lineOf(FILE, "\"by\": []"), "'by' is empty");
    BrokenContent.find(defects, FILE, content.lineOf(FILE, "\"for\": []"), "'for' is empty");
  }

  @Test
  void needsSignsIsAWholeNumberForAKnownReason() {
    content.replace(FILE, "\"needsSigns\": {\"losing-interest\": 2}", "\"needsSigns\": {\"losing-interest\": 1.5, \"losing-intrest\": 2}");
    List<Defect> defects = content.defects();
    assertEquals(2, defects.size(), BrokenContent.show(defects));
    int line = content.lineOf(FILE, "\"needsSigns\"");
    BrokenContent.find(defects, FILE, line, "'losing-interest' is 1.5; give a whole number of signs");
    BrokenContent.find(defects, FILE, line, "unknown reason 'losing-intrest'", "did you mean losing-interest?");
  }

  @Test
  void unknownAdviceAndAdviceBothLedAndLeftOutAreReported() {
    content.replace(FILE, "\"seriousAdvice\": [\"support-their-way\"", "\"seriousAdvice\": [\"give-space\", \"support-their-wa\"");
    List<Defect> defects = content.defects();
    assertEquals(2, defects.size(), BrokenContent.show(defects));
    int line = content.lineOf(FILE, "\"seriousAdvice\"");
    BrokenContent.find(defects, FILE, line, "'give-space' is in both seriousAdvice and seriousUnfitAdvice");
    BrokenContent.find(defects, FILE, line, "unknown advice 'support-their-wa'", "did you mean support-their-way?");
  }

  @Test
  void anUnknownFieldAndAMissingTextAreReported() {
    content.replace(FILE, "\"worries\":", "\"worry\":");
    content.replace(FILE, "\"alone\":", "\"lone\":");
    List<Defect> defects = content.defects();
    BrokenContent.find(defects, FILE, content.lineOf(FILE, "\"worry\""), "unknown field 'worry'");
    BrokenContent.find(defects, FILE, content.lineOf(FILE, "\"lone\""), "texts: unknown field 'lone'");
    BrokenContent.find(defects, FILE, content.lineOf(FILE, "\"texts\""), "missing field 'alone'");
  }

  @Test
  void theFileIsAContentFileNotAStrayOne() throws Exception {
    // judgement.json sits beside the others without complaint; a file of another name is stray
    ContentReader.read(ContentReader.directory(content.dir()));
    content.write("judgment.json", "{}");
    BrokenContent.assertDefect(only(content.defects()), "judgment.json", 0, "not a content file", "synonyms.json and judgement.json");
  }
}
