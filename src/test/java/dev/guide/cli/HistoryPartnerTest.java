package dev.guide.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.Guide;
import dev.guide.content.Content;
import dev.guide.content.Partner;
import dev.guide.content.Question;
import dev.guide.content.Reason;
import dev.guide.content.WalkAwaySign;
import dev.guide.quiz.Strength;
import dev.guide.quiz.TinyContent;
import dev.guide.render.Styler;
import dev.guide.render.View;
import dev.guide.store.CheckIn;
import dev.guide.store.CheckInStore;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code guide history} speaks of one partner throughout: the one the check-ins were saved with,
 * unless --partner is given, and then everything follows it. Built on whatever the content holds.
 */
class HistoryPartnerTest {

  private static final Pattern HE = Pattern.compile("(?i)\\b(he|him|his|himself)\\b");
  private static final Pattern SHE = Pattern.compile("(?i)\\b(she|her|herself)\\b");

  @TempDir Path home;

  private final Content content = TinyContent.real();
  private final Reason reason = content.reasons().stream().filter(r -> r.title().contains("{")).findFirst().orElseThrow();
  private final WalkAwaySign sign = content.signs().stream().filter(s -> s.title().contains("{")).findFirst().orElseThrow();
  private final Question question = content.questionnaire().questions().stream()
      .filter(q -> q.when().isEmpty() && q.text().contains("{") && q.choices().size() > 1).findFirst().orElseThrow();

  /** Two check-ins saved with "she": the reason grows, the sign appears, the answer changes. */
  @BeforeEach
  void twoCheckInsAboutHer() throws Exception {
    View she = new View(Partner.SHE, 80, Styler.PLAIN, false);
    CheckInStore store = new CheckInStore(home.resolve(".local/share/guide"));
    OffsetDateTime first = OffsetDateTime.parse("2026-11-15T20:00:00+01:00");
    store.save(new CheckIn(CheckInStore.idFor(first), first, Partner.SHE,
        TinyContent.answers(question.id(), question.choices().get(0).id()),
        new CheckIn.Summary(List.of(new CheckIn.ReasonLine(reason.id(), she.say(reason.title()), 2, Strength.SOME)),
            List.of(), false, false)));
    OffsetDateTime second = first.plusWeeks(1);
    store.save(new CheckIn(CheckInStore.idFor(second), second, Partner.SHE,
        TinyContent.answers(question.id(), question.choices().get(1).id()),
        new CheckIn.Summary(List.of(new CheckIn.ReasonLine(reason.id(), she.say(reason.title()), 5, Strength.MODERATE)),
            List.of(new CheckIn.SignLine(sign.id(), she.say(sign.title()))), false, false)));
  }

  private CommandResult history(String... args) {
    return Guide.guide().env("HOME", home.toString()).env("COLUMNS", "500").exec(args).assertExit(ExitCode.OK);
  }

  /**
   * The words of the output, without ids (one reads says-he-doesnt-deserve-you whoever the partner
   * is) and without the JSON's record of the partner each check-in was saved with.
   */
  private static String words(String out) {
    return out.replaceAll("[a-z0-9]+(-[a-z0-9]+)+", "").replaceAll("\"partner\" : \"[a-z]+\"", "");
  }

  @Test
  void compareSpeaksOfThePartnerTheCheckInsWereSavedWith() {
    String out = history("history", "--compare").out();
    assertTrue(out.contains(Partner.SHE.render(reason.title())), out);
    assertTrue(out.contains(Partner.SHE.render(question.text())), "the question quoted for her too\n" + out);
    assertFalse(HE.matcher(words(out)).find(), "no 'he' in a history about her\n" + out);
  }

  @Test
  void partnerGivenToHistoryChangesEverything() {
    for (String[] args : List.of(new String[] {"history", "--compare", "--partner", "they"},
        new String[] {"history", "--partner", "they"}, new String[] {"--partner", "they", "history", "--format", "json"})) {
      String out = history(args).out();
      assertTrue(out.contains(Partner.THEY.render(reason.title())), String.join(" ", args) + "\n" + out);
      assertTrue(out.contains(Partner.THEY.render(sign.title())), String.join(" ", args) + "\n" + out);
      assertFalse(SHE.matcher(words(out)).find() || HE.matcher(words(out)).find(), String.join(" ", args) + "\n" + out);
    }
  }
}
