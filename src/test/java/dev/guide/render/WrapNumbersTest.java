package dev.guide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A phone number in groups is never broken across lines: half a number dialled is no help. */
class WrapNumbersTest {

  @Test
  void aGroupedPhoneNumberStaysOnOneLine() {
    for (int width = 20; width <= 60; width++) {
      List<String> lines = Wrap.lines("Refuge's helpline: call 0808 2000 247, free and open all day.", width, "", "");
      assertTrue(lines.stream().anyMatch(l -> l.contains("0808 2000 247,")), width + ": " + lines);
    }
  }

  @Test
  void wordsAndSingleDigitsStillWrapAsBefore() {
    assertEquals(List.of("1 of 18", "questions"), Wrap.lines("1 of 18 questions", 10, "", ""));
    assertEquals(List.of("call", "13 11 14"), Wrap.lines("call 13 11 14", 9, "", ""));
  }

  /** A number after its country's code is read with it: "CA" at a line's end and "911)." on the next was found at 100 columns. */
  @Test
  void anEmergencyNumberStaysWithItsCountry() {
    String text = "If anyone is in danger now: call your local emergency number (GB 999, IE 112, US 911, CA 911, AU 000).";
    for (int width = 20; width <= 110; width++) {
      List<String> lines = Wrap.lines(text, width, "", "");
      for (String pair : List.of("(GB 999,", "IE 112,", "US 911,", "CA 911,", "AU 000).")) {
        assertTrue(lines.stream().anyMatch(l -> l.contains(pair)), width + ": " + pair + " in " + lines);
      }
    }
    assertEquals(List.of("the", "NHS 111"), Wrap.lines("the NHS 111", 8, "", ""));
    assertEquals(List.of("dial", "CALL", "999"), Wrap.lines("dial CALL 999", 4, "", ""));
    assertEquals(List.of("to go", "12 km"), Wrap.lines("to go 12 km", 6, "", ""));
  }

  /** "(TTY" ended a line and "1-800-787-3224)," began the next at 40-47 columns (a new user's trial). */
  @Test
  void aNumberStaysWithTheShortLabelBeforeIt() {
    String text = "call 1-800-799-7233 (TTY 1-800-787-3224), or text START to 88788: National Domestic Violence Hotline";
    for (int width = 20; width <= 110; width++) {
      List<String> lines = Wrap.lines(text, width, "  - ", "    ");
      // Together wherever a line can hold the two (22 columns after the indent of 4); apart, not past the width, below.
      String together = width >= 26 ? "(TTY 1-800-787-3224)," : "1-800-787-3224),";
      assertTrue(lines.stream().anyMatch(l -> l.contains(together)), width + ": " + lines);
      assertTrue(lines.stream().anyMatch(l -> l.contains("1-800-799-7233")), width + ": " + lines);
      for (String line : lines) {
        assertTrue(line.length() <= width, width + ": " + lines);
      }
    }
    assertEquals(List.of("call", "GB 0808 2000 247"), Wrap.lines("call GB 0808 2000 247", 17, "", ""));
    assertEquals(List.of("GB", "0808 2000 247"), Wrap.lines("GB 0808 2000 247", 14, "", ""));
  }
}
