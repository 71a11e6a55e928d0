package dev.guide.content;

import static dev.guide.content.BrokenContent.assertDefect;
import static dev.guide.content.BrokenContent.only;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: guide validate checks the new safety content, each defect with its file and line. */
class SafetyContentTest {

  @TempDir Path temp;

  private int copies;

  private BrokenContent copy() {
    return BrokenContent.copy(temp.resolve("copy-" + ++copies));
  }

  @Test
  void aDangerChoiceMustAlsoBeASafetyChoice() {
    BrokenContent content = copy().replace("questions.json",
        "\"evidence\": {}, \"safety\": true, \"danger\": true}", "\"evidence\": {}, \"danger\": true}");
    int line = content.lineOf("questions.json", "\"id\": \"strangled\"");
    assertDefect(only(content.defects()), "questions.json", line, "choice 'strangled'", "'danger' needs 'safety'");
  }

  @Test
  void theHelpShownAtOnceIsRequiredAndChecked() {
    BrokenContent missing = copy().replace("helplines.json", "\"local\": \"call your local emergency number\",", "");
    int line = missing.lineOf("helplines.json", "\"now\": {");
    assertDefect(only(missing.defects()), "helplines.json", line, "now", "local");
    BrokenContent unknown = copy().replace("helplines.json", "\"danger\": \"If anyone is in danger now:\",",
        "\"danger\": \"If anyone is in danger now:\", \"later\": \"x\",");
    assertDefect(only(unknown.defects()), "helplines.json", unknown.lineOf("helplines.json", "\"later\""), "later");
  }

  @Test
  void theUrgentWordingAndTheNotACountryTextAreRequired() {
    BrokenContent content = copy().replace("helplines.json", "\"notCountry\": ", "\"notACountry\": ");
    BrokenContent.find(content.defects(), "helplines.json", content.lineOf("helplines.json", "\"notACountry\""),
        "notACountry");
  }

  @Test
  void eachPaperHasARealCheckedDate() {
    BrokenContent content = copy().replace("helplines.json",
        "\"source\": \"cambridge.org (Psychological Medicine, published online 2014-07-07)\",\n      \"checked\": \"2026-12-02\"",
        "\"source\": \"cambridge.org (Psychological Medicine, published online 2014-07-07)\",\n      \"checked\": \"2 December\"");
    int line = content.lineOf("helplines.json", "\"2 December\"");
    assertDefect(only(content.defects()), "helplines.json", line, "research #3", "'checked' is '2 December'", "YYYY-MM-DD");
  }

  @Test
  void thePlanHasItsSectionOnLeavingAfterADangerSign() {
    BrokenContent content = copy().replace("plan.json", "\"danger\": {", "\"dangers\": {");
    BrokenContent.find(content.defects(), "plan.json", content.lineOf("plan.json", "\"sections\""), "danger");
  }
}
