package dev.guide.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * Where JLine cannot take the terminal (here: standard input is not one, so stty fails), the
 * editor being made gives way to the plain lines: the prompt is shown once and the line read.
 */
class PendingEditorTest {

  @Test
  void withoutATerminalTheLinesComePlainly() throws Exception {
    StringWriter shown = new StringWriter();
    PrintWriter out = new PrintWriter(shown, true);
    try (PendingEditor editor = PendingEditor.start(out, new BufferedReader(new StringReader("2\nseveral months\n")))) {
      assertEquals(80, editor.width(80));
      assertEquals("2", editor.readLine("> "));
      assertEquals("several months", editor.readLine("> "));
      assertNull(editor.readLine("> "));
      assertFalse(editor.edits());
      assertEquals(80, editor.width(80));
    }
    assertEquals("> > > ", shown.toString());
  }
}
