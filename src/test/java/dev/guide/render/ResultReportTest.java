package dev.guide.render;

import static dev.guide.quiz.TinyContent.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.content.Content;
import dev.guide.content.Partner;
import dev.guide.quiz.Answers;
import dev.guide.quiz.Result;
import dev.guide.quiz.Scorer;
import dev.guide.quiz.TinyContent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the result report shows, in which order, and how it names what it found. */
class ResultReportTest {

  static final Content CONTENT = TinyContent.real();

  /** Answers that bring up every section: safety, signs, reasons, two ways, advice, not answered. */
  static final Answers EVERYTHING = answers(
      "how-long", "few-weeks", "pace", "very-fast",
      "self-talk", List.of("not-good-enough", "doesnt-deserve"),
      "life-stress", List.of("work-pressure", "health", "career-push"),
      "raising-worries", "imagining",
      "feel-safe", "afraid");

  static String text(Answers answers, Partner partner) {
    View view = new View(partner, 80, Styler.PLAIN, false);
    return new ResultReport(CONTENT, view).write(new Scorer(CONTENT).score(answers), Document.text(view));
  }

  @Test
  void safetyFirstThenSignsThenReasonsAndTheDisclaimerOnceAtTheEnd() {
    String text = text(EVERYTHING, Partner.HE);
    List<String> headings = List.of("YOUR SAFETY COMES FIRST", "SIGNS IT MAY BE TIME TO WALK AWAY",
        "WHAT MAY BE GOING ON", "ANSWERS THAT READ TWO WAYS", "WHAT YOU CAN DO", "NOT ANSWERED", "SOURCES");
    int last = -1;
    for (String heading : headings) {
      int at = text.indexOf("\n" + heading + "\n");
      at = text.startsWith(heading + "\n") ? 0 : at;
      assertTrue(at > last, () -> heading + " missing or out of order:\n" + text);
      last = at;
    }
    String disclaimer = "not therapy and not a diagnosis.\n";
    assertTrue(text.endsWith(disclaimer), text);
    assertEquals(text.indexOf("not therapy"), text.lastIndexOf("not therapy"), "the disclaimer once");
  }

  @Test
  void noSafetySectionSignsOrTwoWaysWhenNothingCallsForThem() {
    String text = text(answers("life-stress", "work-pressure"), Partner.HE);
    assertFalse(text.contains("SAFETY"), text);
    assertFalse(text.contains("WALK AWAY"), text);
    assertFalse(text.contains("TWO WAYS"), text);
    assertTrue(text.startsWith("WHAT MAY BE GOING ON\n"), text);
  }

  @Test
  void strengthReadsAsHowWellTheReasonFits() {
    String text = text(answers("life-stress", List.of("work-pressure", "health", "career-push"),
        "how-long", "few-weeks", "pace", "very-fast", "self-talk", "not-good-enough"), Partner.HE);
    assertTrue(text.contains("\n1. Something else is weighing on him (outside-stress), a strong fit\n"), text);
    assertTrue(text.contains("\n2. Things are moving too fast for him (moving-too-fast), a possible fit\n"), text);
    String moderate = text(answers("life-stress", List.of("work-pressure", "health")), Partner.HE);
    assertTrue(moderate.contains("(outside-stress), a moderate fit\n"), moderate);
  }

  @Test
  void anAnswerThatReadsTwoWaysNamesTheReasonAndTheSign() {
    String text = text(answers("self-talk", List.of("not-good-enough", "doesnt-deserve")), Partner.HE);
    String section = text.substring(text.indexOf("ANSWERS THAT READ TWO WAYS"), text.indexOf("WHAT YOU CAN DO"));
    assertEquals("""
        ANSWERS THAT READ TWO WAYS

        What you said below can be read two ways: it may fit a likely reason, and it is
        also a sign worth taking seriously.

          - \u201cHe says he doesn't deserve me\u201d (How does he talk about himself?)
            - A likely reason: He doesn't feel good enough for you (low-self-esteem)
            - A walk-away sign: He keeps saying he doesn't deserve you
              (says-he-doesnt-deserve-you)

        """, section);
  }

  @ParameterizedTest
  @EnumSource(Partner.class)
  void everyPronounIsThePartnersAndAgreesWithItsVerb(Partner partner) {
    String text = text(EVERYTHING, partner) + text(answers("how-long", "year-or-more", "told-needs", "yes",
        "needs-response", "wait-no-end", "honesty", List.of("keeps-things", "story-changes", "ex-back"),
        "plans-time", List.of("cancels", "book-ahead"), "fights", "mostly-fighting",
        "emotional-talks", List.of("jokes", "holds-back"), "serious-moments", List.of("overwhelmed", "clams-up")), partner);
    assertFalse(text.contains("{") || text.contains("}"), text);
    // Ids (says-he-doesnt-deserve-you) are names, and article titles are citations: neither is prose about the partner.
    String prose = text.replaceAll("\\([a-z0-9-]+\\)", "").replaceAll("(?m)^  - 00[0-9] .*$", "");
    String wrong = switch (partner) {
      case HE -> "she|her|herself|he (are|were|have|don't)";
      case SHE -> "he|him|his|himself|she (are|were|have|don't)";
      case THEY -> "he|him|his|himself|she|her|herself|they (is|was|has|doesn't|seems|says|keeps|wants|needs|goes)";
    };
    Matcher m = Pattern.compile("\\b(" + wrong + ")\\b", Pattern.CASE_INSENSITIVE).matcher(prose);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add("..." + prose.substring(Math.max(0, m.start() - 30), Math.min(prose.length(), m.end() + 30)).replace('\n', ' ') + "...");
    }
    assertEquals(List.of(), found, "for a partner called " + partner);
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
