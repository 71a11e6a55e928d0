package dev.guide.io;

import dev.guide.content.Partner;
import dev.guide.render.Wrap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * Asks, before the questionnaire, how to speak of the partner, when neither --partner nor
 * GUIDE_PARTNER said it: not every partner is a "he", and no one should have to know an option
 * to be spoken to rightly.
 */
public final class PartnerQuestion {

  private PartnerQuestion() {}

  /** The partner as the person named them; empty when they stopped (q) or the input ended. */
  public static Optional<Partner> ask(BufferedReader in, PrintWriter out, int width) throws IOException {
    return ask(LineInput.plain(in, out), out, width);
  }

  /** As {@link #ask(BufferedReader, PrintWriter, int)}, with lines from {@code in}. */
  public static Optional<Partner> ask(LineInput in, PrintWriter out, int width) throws IOException {
    say(out, width, "How shall the guide speak of your partner? Type he, she or they (or 1, 2, 3), "
        + "or press Enter for he.");
    while (true) {
      String line = in.readLine("> ");
      String typed = line == null ? "q" : line.strip().toLowerCase(Locale.ROOT);
      switch (typed) {
        case "", "1", "s", "skip" -> {
          return done(out, width, Partner.HE);
        }
        case "2" -> {
          return done(out, width, Partner.SHE);
        }
        case "3" -> {
          return done(out, width, Partner.THEY);
        }
        case "q", "quit", "exit" -> {
          return Optional.empty();
        }
        case "?", "h", "help" -> say(out, width, "The questions and the result name your partner with these words. "
            + "To be asked no more, set GUIDE_PARTNER (for example 'export GUIDE_PARTNER=she') or give --partner; "
            + "a saved check-in remembers it. Type he, she or they, or q to stop.");
        case "b", "back" -> say(out, width, "This is the first question. Type he, she or they, or q to stop.");
        default -> {
          Optional<Partner> partner = Partner.parse(typed);
          if (partner.isPresent()) {
            return done(out, width, partner.get());
          }
          say(out, width, "'" + dev.guide.TerminalText.escape(line.strip()) + "' is not one of he, she or they. Type one of them (or 1, 2, 3), "
              + "press Enter for he, or q to stop.");
        }
      }
    }
  }

  private static Optional<Partner> done(PrintWriter out, int width, Partner partner) {
    say(out, width, "The guide will say \u201c" + partner + "\u201d. (Next time, --partner " + partner
        + " or GUIDE_PARTNER=" + partner + " says it for you.)");
    out.println();
    return Optional.of(partner);
  }

  private static void say(PrintWriter out, int width, String text) {
    out.println(String.join("\n", Wrap.lines(text, width, "", "")));
    out.flush();
  }
}
