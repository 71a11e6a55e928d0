package dev.guide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.content.Partner;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two documents a report is written into: wrapped plain text, and escaped Markdown. */
class DocumentTest {

  static View view(int width) {
    return new View(Partner.HE, width, Styler.PLAIN, false);
  }

  @Nested
  class Text {

    @Test
    void aWarningIsStyledLineByLineSoAPagerKeepsItOnEveryLine() {
      // less -R forgets a style at each line's end: one opened before a line break styles only the first line.
      Styler marked = new Styler() {
        @Override
        public String heading(String text) {
          return text;
        }

        @Override
        public String name(String text) {
          return text;
        }

        @Override
        public String warning(String text) {
          return "<" + text + ">";
        }
      };
      String text = Document.text(new View(Partner.HE, 20, marked, true))
          .warning("If you are afraid, please talk to someone you trust today.").text();
      List<String> lines = text.strip().lines().toList();
      assertTrue(lines.size() > 1, text);
      for (String line : lines) {
        assertTrue(line.startsWith("<") && line.endsWith(">"), "every line styled on its own:\n" + text);
      }
    }

    @Test
    void aSmallReportLaidOut() {
      String text = Document.text(view(30))
          .heading("What may be going on")
          .entry("1. Something else is weighing on him (outside-stress)")
          .paragraph("Work or health may be using up his energy right now.")
          .bullet("Because you said:")
          .subBullet("\u201cPressure or long hours at work\u201d (Is anything heavy going on?)")
          .subBullet("\u201cA health worry\u201d")
          .heading("Sources")
          .bullet("000 An article")
          .paragraph("A reflection aid, not therapy.")
          .text();
      assertEquals("""
          WHAT MAY BE GOING ON

          1. Something else is weighing
             on him (outside-stress)
          Work or health may be using up
          his energy right now.

            - Because you said:
              - \u201cPressure or long hours
                at work\u201d (Is anything
                heavy going on?)
              - \u201cA health worry\u201d

          SOURCES

            - 000 An article

          A reflection aid, not therapy.
          """, text);
    }

    @Test
    void theWarningStandsApartFromWhatFollows() {
      String text = Document.text(view(40))
          .heading("Your safety comes first")
          .warning("You deserve to feel safe, and none of this is your fault.")
          .heading("Signs")
          .text();
      assertEquals("""
          YOUR SAFETY COMES FIRST

          You deserve to feel safe, and none of
          this is your fault.

          SIGNS
          """, text);
    }

    @Test
    void everyLineKeepsTheWidthAndTheDocumentEndsWithOneNewline() {
      String prose = "Tell him, kindly and plainly, that you've noticed some distance lately and would like to "
          + "understand it. Stick to what you've seen and how it feels to you.";
      for (int width : List.of(20, 33, 80, 500)) {
        String text = Document.text(view(width)).heading("Advice").entry(prose).paragraph(prose).warning(prose)
            .bullet(prose).subBullet(prose).text();
        for (String line : text.split("\n")) {
          assertTrue(line.length() <= width, () -> "longer than " + width + ": '" + line + "'");
          assertFalse(line.endsWith(" "), () -> "trailing space: '" + line + "'");
        }
        assertTrue(text.endsWith(".\n"), text);
        assertFalse(text.contains("\n\n\n"), () -> "at most one blank line in a row:\n" + text);
      }
    }

    @Test
    void anEmptyDocumentIsOneNewline() {
      assertEquals("\n", Document.text(view(80)).text());
    }
  }

  @Nested
  class Markdown {

    static final String MARKUP = "a *b* _c_ `d` [e](f) <g> #h |i| \\j";
    static final String ESCAPED = "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\#h \\|i\\| \\\\j";

    @Test
    void markupCharactersAreEscapedInEveryKindOfBlock() {
      String markdown = Document.markdown().heading(MARKUP).entry(MARKUP).paragraph(MARKUP).warning(MARKUP)
          .bullet(MARKUP).subBullet(MARKUP).text();
      assertEquals("## " + ESCAPED + "\n\n"
          + "### " + ESCAPED + "\n\n"
          + ESCAPED + "\n\n"
          + "> **" + ESCAPED + "**\n\n"
          + "- " + ESCAPED + "\n"
          + "  - " + ESCAPED + "\n", markdown);
    }

    @Test
    void escapingLosesNothing() {
      String text = "He said \u201cI'm *fine*\u201d \u2014 a_b [1] <3 #2 | 50% \\o/ `x`";
      String paragraph = Document.markdown().paragraph(text).text().strip();
      assertEquals(text, paragraph.replaceAll("\\\\(.)", "$1"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1. not a numbered list       | 1\\. not a numbered list",
        "12) not a list either         | 12\\) not a list either",
        "- not a bullet                | \\- not a bullet",
        "+ not a bullet                | \\+ not a bullet",
        "---                           | \\---",
        "--- is not a rule with text   | --- is not a rule with text",
        "2024 was a year. It ended.    | 2024 was a year. It ended.",
        "-5 degrees                    | -5 degrees"})
    void aLineStartIsNotReadAsAList(String text, String expected) {
      assertEquals(expected + "\n", Document.markdown().paragraph(text.strip()).text());
      assertEquals("- " + expected + "\n", Document.markdown().bullet(text.strip()).text());
      assertEquals("  - " + expected + "\n", Document.markdown().subBullet(text.strip()).text());
    }

    @Test
    void blocksAreSeparatedByOneBlankLineAndListsStayTogether() {
      String markdown = Document.markdown().heading("Sources").bullet("one").bullet("two").subBullet("three")
          .paragraph("end").text();
      assertEquals("## Sources\n\n- one\n- two\n  - three\n\nend\n", markdown);
    }
  }
}
