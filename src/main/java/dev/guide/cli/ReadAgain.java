package dev.guide.cli;

import dev.guide.GuideException;
import dev.guide.io.LineInput;
import dev.guide.io.OutputFile;
import dev.guide.render.Wrap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * After the result was read in the pager at a terminal: quitting the pager on its first page
 * must not lose the rest, so the guide offers to show it again, to save it to a file (as
 * --output would), or to leave.
 */
final class ReadAgain {

  static final String OFFER = "r reads the result again, s saves it to a file, Enter goes on: ";

  private ReadAgain() {}

  /**
   * Offers until the person leaves. {@code render} gives the result in a format for the file's
   * name (Markdown for .md, JSON for .json, else text).
   */
  static void offer(Session session, String shown, boolean aboutSafety, Function<AskCommand.ReportFormat, String> render)
      throws IOException {
    PrintWriter out = session.out();
    LineInput input = session.input(out);
    while (true) {
      out.println();
      String typed = input.readLine(session.fitted(OFFER));
      String said = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
      if (said.equals("r") || said.equals("read")) {
        if (!session.page(shown)) {
          out.print(shown);
          out.flush();
        }
        input = session.input(out);
      } else if (said.equals("s") || said.equals("save")) {
        save(session, input, aboutSafety, render);
      } else if (said.isEmpty() || said.equals("q") || said.equals("quit") || said.equals("exit")) {
        return;
      } else {
        say(session, "Type r to read it again, s to save it, or press Enter to go on.");
      }
    }
  }

  private static void save(Session session, LineInput input, boolean aboutSafety,
      Function<AskCommand.ReportFormat, String> render) throws IOException {
    String typed = input.readLine(session.fitted("File to save it in (result.md for Markdown, result.txt for text): "));
    if (typed == null || typed.isBlank()) {
      say(session, "Nothing was saved.");
      return;
    }
    Path file = session.typedPath(typed.strip());
    try {
      OutputFile.write(file, render.apply(AskCommand.ReportFormat.byExtension(file)), false);
      say(session, "Saved in " + file + ", readable by you only. (Next time, 'guide ask --output " + file
          + "' saves it at once.)" + (aboutSafety ? " " + AnswerFileNote.written(file) : ""));
    } catch (GuideException e) {
      say(session, "Not saved: " + e.getMessage() + ".");
    }
  }

  private static void say(Session session, String text) {
    session.out().println(String.join("\n", Wrap.lines(text, session.width(), "", "")));
    session.out().flush();
  }
}
