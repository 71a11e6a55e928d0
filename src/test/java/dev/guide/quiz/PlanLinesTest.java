package dev.guide.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plan's lines of an answer file, taken out before the questionnaire's parser reads the rest. */
class PlanLinesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  private static PlanLines.Split split(String text) throws GuideException {
    return PlanLines.split("answers.txt", text.getBytes(StandardCharsets.UTF_8), () -> TODAY);
  }

  private static List<String> problems(String text) {
    GuideException e = assertThrows(GuideException.class, () -> split(text));
    assertEquals(ExitCode.USAGE, e.exitCode());
    return e.details();
  }

  @Test
  void planLinesBecomeTheLimitAndBlankLinesInTheAnswers() throws GuideException {
    PlanLines.Split split = split("how-long: 2\r\nplan.needs: Time that is ours  # every week\r\nPlan.By: 2026-12-15\n"
        + "plan.enough: Most plans happen\nplan.otherwise: I'll step back\npace: 1\n");
    assertEquals("how-long: 2\r\n\r\n\n\n\npace: 1\n", new String(split.answers(), StandardCharsets.UTF_8),
        "every other line keeps its number");
    assertEquals(new Limit(Optional.of("Time that is ours"), Optional.of("Most plans happen"),
        Optional.of(LocalDate.of(2026, 12, 15)), Optional.of("I'll step back")), split.limit());
    assertTrue(split.any());
  }

  @Test
  void aFileWithoutPlanLinesIsLeftAsItIs() throws GuideException {
    String text = "\uFEFFhow-long: 2\n# plan.needs: a comment\nplans-time: cancels\n";
    PlanLines.Split split = split(text);
    assertEquals(text, new String(split.answers(), StandardCharsets.UTF_8));
    assertFalse(split.any());
    assertTrue(split.limit().isEmpty());
  }

  @Test
  void relativeDatesCountFromToday() {
    assertEquals(LocalDate.of(2026, 12, 27), PlanLines.day("in 3 weeks", TODAY).date());
    assertEquals(LocalDate.of(2026, 12, 7), PlanLines.day("In 1 day", TODAY).date());
    assertEquals(LocalDate.of(2027, 2, 6), PlanLines.day("in 2 months", TODAY).date());
    assertNull(PlanLines.day("2026-12-07", TODAY).problem());
  }

  @Test
  void everyMistakeIsReportedWithItsLine() {
    List<String> problems = problems("plan.need: time\nplan.by: soon\nplan.by: 2026-12-06\nplan.enough:\n"
        + "plan.otherwise: " + "x".repeat(301) + "\nplan.needs: a\nplan.needs: b\n");
    assertEquals(6, problems.size(), problems::toString);
    assertEquals("answers.txt:1: unknown plan line 'plan.need'; did you mean plan.needs?; the plan's lines are "
        + "plan.needs, plan.enough, plan.by, plan.otherwise", problems.get(0));
    assertEquals("answers.txt:2: plan.by: 'soon' is not a date; give one such as 2026-12-20, or say 'in 2 weeks'",
        problems.get(1));
    assertTrue(problems.get(2).startsWith("answers.txt:3: 'plan.by' is given twice"), problems::toString);
    assertTrue(problems.get(3).startsWith("answers.txt:4: 'plan.enough' has nothing after the colon"), problems::toString);
    assertTrue(problems.get(4).contains("keep it to a sentence or two"), problems::toString);
    assertTrue(problems.get(5).startsWith("answers.txt:7: 'plan.needs' is given twice (also on line 6)"), problems::toString);
  }

  @Test
  void aDateMustBeStillToComeAndNotFarOff() {
    assertEquals("2026-12-06 is not after today (2026-12-06); give a day still to come",
        PlanLines.day("2026-12-06", TODAY).problem());
    assertTrue(PlanLines.day("2030-01-01", TODAY).problem().contains("more than two years away"));
  }

  /** Issue 21: U+202E and encoded surrogates passed the text checks. */
  @Test
  void bidiOverridesAndLoneSurrogatesAreNotPlainText() {
    assertTrue(PlanLines.textProblem("I need \u202etime").contains("reverses how text reads"));
    assertTrue(PlanLines.textProblem("I need \u2066time").contains("reverses how text reads"));
    assertTrue(PlanLines.textProblem("half \ud800 a character").contains("half a character"));
    assertTrue(PlanLines.textProblem("\udc00").contains("half a character"));
    assertNull(PlanLines.textProblem("a whole one: \ud83d\ude42, and an accent: caf\u00e9"));
  }
}
