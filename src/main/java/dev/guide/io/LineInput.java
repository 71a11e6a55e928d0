package dev.guide.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Where the questionnaire's typed lines come from: a plain reader (a pipe, a test, a terminal
 * that cannot edit), or {@link LineEditor} at a real terminal, which edits the line as a shell
 * prompt does and follows the terminal's width.
 */
public interface LineInput {

  /** Shows {@code prompt} and reads one line; null at the end of the input. */
  String readLine(String prompt) throws IOException;

  /** The width to wrap to now: the terminal's own where it is known, else {@code otherwise}. */
  default int width(int otherwise) {
    return otherwise;
  }

  /** The height to fit to now: the terminal's own where it is known, else {@code otherwise}. */
  default int height(int otherwise) {
    return otherwise;
  }

  /** Whether the line is edited as at a shell prompt (arrows, Ctrl-U, history). */
  default boolean edits() {
    return false;
  }

  /** The prompt printed as it is, the line read as it comes. */
  static LineInput plain(BufferedReader in, PrintWriter out) {
    return prompt -> {
      out.print(prompt);
      out.flush();
      return in.readLine();
    };
  }
}
