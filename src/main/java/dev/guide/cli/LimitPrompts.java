package dev.guide.cli;

import dev.guide.content.PlanTexts;
import dev.guide.quiz.Limit;
import dev.guide.quiz.PlanLines;
import dev.guide.render.View;
import dev.guide.render.Wrap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;

/**
 * The three or four short questions about the reader's limit, asked at a terminal: what they need,
 * what would be enough, by when, and what they will do otherwise. Enter skips one; the end of the
 * input stops asking.
 */
final class LimitPrompts {

  /** Tries at a date before moving on without one. */
  private static final int DATE_TRIES = 3;

  private LimitPrompts() {}

  static Limit ask(PlanTexts texts, View view, BufferedReader in, PrintWriter out, LocalDate today) throws IOException {
    return ask(texts, view, dev.guide.io.LineInput.plain(in, out), out, today);
  }

  static Limit ask(PlanTexts texts, View view, dev.guide.io.LineInput in, PrintWriter out, LocalDate today)
      throws IOException {
    out.println(String.join("\n", Wrap.lines("Your limit and a date, in your own words (press Enter to skip one):",
        view.width(), "", "")));
    Limit limit = Limit.NONE;
    for (String name : PlanTexts.LIMIT) {
      for (int attempt = 0; attempt < (name.equals("by") ? DATE_TRIES : 2); attempt++) {
        String line = in.readLine(view.say(texts.prompt(name).prompt()) + " ");
        if (line == null) {
          out.println();
          return limit;
        }
        String typed = line.strip();
        if (typed.isEmpty()) {
          break;
        }
        String problem;
        if (name.equals("by")) {
          PlanLines.Day day = PlanLines.day(typed, today);
          problem = day.problem();
          if (problem == null) {
            limit = limit.by(day.date());
          }
        } else {
          problem = PlanLines.textProblem(typed);
          if (problem == null) {
            limit = limit.with(name, typed);
          }
        }
        if (problem == null) {
          break;
        }
        out.println("  " + problem);
      }
    }
    out.println();
    return limit;
  }
}
