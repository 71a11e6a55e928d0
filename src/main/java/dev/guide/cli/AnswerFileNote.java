package dev.guide.cli;

import dev.guide.TerminalText;
import dev.guide.quiz.Result;
import java.nio.file.Path;

/**
 * After answers about fear, control or harm were read from a file: one line saying that the file
 * is still there with those answers in it, and how to delete it. The guide never deletes a file
 * it was given; the reader decides.
 */
final class AnswerFileNote {

  private AnswerFileNote() {}

  static void after(Session session, Path file, Result result) {
    if (file == null || file.toString().equals("-") || !result.safety()) {
      return;
    }
    say(session, file);
  }

  /**
   * The same after answers read from standard input ({@code guide ask < fear.txt}), where the shell
   * opened the file: on Linux its name is where /proc/self/fd/0 points. Nothing for a pipe, a
   * terminal or where that cannot be read (the file, if any, is not known).
   */
  static void afterStandardInput(Session session, Result result) {
    if (!result.safety()) {
      return;
    }
    try {
      Path file = java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
      if (file.isAbsolute() && java.nio.file.Files.isRegularFile(file)) {
        say(session, file);
      }
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      // Not Linux, or not a file: nothing to name.
    }
  }

  private static void say(Session session, Path file) {
    String name = TerminalText.escape(file.toString());
    session.err().println(session.fitted("guide: " + name + " still holds your answers; anyone who uses this "
        + "computer could read it. To delete it: " + remove(name)));
  }

  /**
   * After a result that speaks of fear or control was written to a file the reader named: that
   * it holds those answers, who could read it, and how to delete it (a saved check-in says as
   * much before it is saved).
   */
  static String written(Path file) {
    String name = TerminalText.escape(file.toString());
    return name + " holds what you said about fear or control; anyone who uses this computer and login could "
        + "read it. To delete it: " + remove(name);
  }

  private static String remove(String name) {
    return "rm '" + name.replace("'", "'\\''") + "'";
  }
}
