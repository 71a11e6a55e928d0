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
}
