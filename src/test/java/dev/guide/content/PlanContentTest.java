package dev.guide.content;

import static dev.guide.content.BrokenContent.assertDefect;
import static dev.guide.content.BrokenContent.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan.json, as the content reader checks it: each defect named by file, line and column. */
class PlanContentTest {

  @TempDir Path temp;

  BrokenContent content;

  @BeforeEach
  void copyRealContent() {
    content = BrokenContent.copy(temp);
  }

  @Test
  void theRealPlanTextsAreReadWithATopicForEveryReason() throws ContentException {
    Content read = ContentReader.read(ContentReader.directory(content.dir()));
    for (Reason reason : read.reasons()) {
      assertTrue(read.plan().topic(reason.id()).isPresent(), reason.id());
    }
    assertEquals("I've noticed our plans keep falling through lately.", read.plan().noticed("plans-time", "cancels").orElseThrow());
    assertEquals(PlanTexts.SECTIONS.size(), read.plan().sections().size());
  }

  @Test
  void aMissingPlanFileIsOneDefect() {
    content.delete("plan.json");
    assertDefect(only(content.defects()), "plan.json", 0, "missing");
  }

  @Test
  void aNoticedPhraseForAnUnknownChoiceNamesTheLineAndTheChoices() {
    content.replace("plan.json", "\"cancels\": \"I've noticed", "\"cancel\": \"I've noticed");
    assertDefect(only(content.defects()), "plan.json", content.lineOf("plan.json", "\"cancel\":"),
        "noticed 'plans-time': unknown choice 'cancel'", "did you mean cancels?");
  }

  @Test
  void aNoticedPhraseForAnUnknownQuestionIsReported() {
    content.replace("plan.json", "\"plans-time\": {", "\"plans-tim\": {");
    assertDefect(only(content.defects()), "plan.json", content.lineOf("plan.json", "I've noticed our plans keep"),
        "noticed: unknown question 'plans-tim'", "did you mean plans-time?");
  }

  @Test
  void aSafetyAnswerCannotHaveANoticedPhrase() {
    content.replace("plan.json", "\"noticed\": {\n    \"onset\"", "\"noticed\": {\n    \"feel-safe\": {\"checks-phone\": \"I've noticed you check my phone.\"},\n    \"onset\"");
    assertDefect(only(content.defects()), "plan.json", content.lineOf("plan.json", "check my phone"),
        "'checks-phone' is a safety answer", "never suggests raising it with the partner");
  }

  @Test
  void aTopicForSomethingUnknownIsReported() {
    content.replace("plan.json", "\"only-fighting\": {", "\"only-fights\": {");
    var defects = content.defects();
    assertEquals(2, defects.size(), defects::toString);
    BrokenContent.find(defects, "plan.json", content.lineOf("plan.json", "\"only-fights\""),
        "topics: unknown reason or sign 'only-fights'", "did you mean only-fighting?");
    // and the sign it was meant for now has none: a plan covers every sign shown
    BrokenContent.find(defects, "signs.json", content.lineOf("signs.json", "\"id\": \"only-fighting\""),
        "sign 'only-fighting': plan.json has no topic for it");
  }

  @Test
  void aReasonWithoutATopicIsReportedAtTheReason() {
    content.replace("plan.json", "\"fear-of-intimacy\": {", "\"only-fighting-2\": {");
    var defects = content.defects();
    BrokenContent.find(defects, "reasons.json", content.lineOf("reasons.json", "\"id\": \"fear-of-intimacy\""),
        "reason 'fear-of-intimacy': plan.json has no topic for it");
  }

  @Test
  void aBadPronounTokenInAPlanTextIsReported() {
    content.replace("plan.json", "ask {him}, kindly", "ask {hym}, kindly");
    assertDefect(only(content.defects()), "plan.json", content.lineOf("plan.json", "{hym}"), "section 'intro'", "unknown token {hym}");
  }

  @Test
  void aMissingSectionAndAnUnknownFieldAreReported() {
    content.replace("plan.json", "\"heading\": \"Looking after yourself\",", "\"heading\": \"Looking after yourself\", \"colour\": \"blue\",");
    assertDefect(only(content.defects()), "plan.json", content.lineOf("plan.json", "\"colour\""), "unknown field 'colour'");
    content.replace("plan.json", "\"yourself\": {", "\"yourselves\": {");
    assertTrue(content.defects().stream().anyMatch(d -> d.message().contains("missing field 'yourself'")));
  }

  @Test
  void aSectionWithoutSourcesMustSayItIsTheGuidesOwn() {
    content.replace("plan.json", "\"own\": true\n    },\n    \"crisis\"", "\"own\": false\n    },\n    \"crisis\"");
    assertDefect(only(content.defects()), "plan.json", content.lineOf("plan.json", "\"heading\": \"A plan for your safety\"") - 1,
        "missing field 'sources'");
  }

  @Test
  void guideValidateReportsAPlanDefectByFileLineAndColumn() {
    content.replace("plan.json", "\"cancels\": \"I've noticed", "\"cancel\": \"I've noticed");
    int line = content.lineOf("plan.json", "\"cancel\":");
    dev.guide.CommandResult result = dev.guide.Guide.run("validate", content.dir().toString())
        .assertExit(dev.guide.ExitCode.FAILED);
    assertTrue(result.err().matches("(?s).*\\n  plan\\.json:" + line + ":[0-9]+: noticed 'plans-time': unknown choice 'cancel'.*"),
        result::toString);
  }

  @Test
  void anEmptyAskListIsReported() {
    content.replace("plan.json", "\"ask\": [\"When we get close, what does that feel like for you?\", \"Is there anything that makes closeness feel risky?\"]", "\"ask\": []");
    assertDefect(only(content.defects()), "plan.json", content.lineOf("plan.json", "\"ask\": []"), "'ask' is empty");
  }
}
