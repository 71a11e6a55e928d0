package dev.guide.cli;

import dev.guide.GuideException;
import dev.guide.content.Content;
import dev.guide.content.Ids;
import dev.guide.content.Partner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the entry a person means: by id ("fear-of-intimacy", "Fear of Intimacy"), by a unique
 * word or beginning of an id ("intimacy"), or by its title as shown ("He's afraid of getting
 * close", or a word of it). When it is not of the kind asked for but of another ("guide reason
 * gaslighting"), it says where it is.
 */
final class Lookup {

  /** The kinds of entry that can be looked up, with the command that shows each. */
  enum Kind {
    REASON("reason", "reasons"),
    SIGN("sign", "signs"),
    ADVICE("advice", "advice");

    final String command;
    final String listCommand;

    Kind(String command, String listCommand) {
      this.command = command;
      this.listCommand = listCommand;
    }

    Map<String, String> titles(Content content) {
      Map<String, String> titles = new LinkedHashMap<>();
      // Loops, not lambdas: each lambda's first call costs its own linking at start.
      switch (this) {
        case REASON -> {
          for (dev.guide.content.Reason reason : content.reasons()) {
            titles.put(reason.id(), reason.title());
          }
        }
        case SIGN -> {
          for (dev.guide.content.WalkAwaySign sign : content.signs()) {
            titles.put(sign.id(), sign.title());
          }
        }
        default -> {
          for (dev.guide.content.Advice advice : content.advice()) {
            titles.put(advice.id(), advice.title());
          }
        }
      }
      return titles;
    }
  }

  private Lookup() {}

  /** The id of the one entry of this kind that {@code typed} stands for, or a usage error saying why not. */
  static String find(Content content, Kind kind, String typed) throws GuideException {
    Map<String, String> titles = kind.titles(content);
    if (typed == null || Ids.normalise(typed).isEmpty()) {
      throw Session.usage("give " + (kind == Kind.ADVICE ? "an advice" : "a " + kind.command) + " id, such as "
          + titles.keySet().iterator().next() + "; 'guide " + kind.listCommand + "' lists them");
    }
    List<String> matches = matches(typed, titles);
    if (matches.size() == 1) {
      return matches.get(0);
    }
    if (matches.size() > 1) {
      throw Session.usage("'" + typed + "' could be any of these: " + String.join(", ", matches) + "; give one of them");
    }
    for (Kind other : Kind.values()) {
      List<String> elsewhere = other == kind ? List.of() : matches(typed, other.titles(content));
      if (elsewhere.size() == 1) {
        throw Session.usage("'" + typed + "' is not " + (kind == Kind.ADVICE ? "advice" : "a " + kind.command)
            + "; did you mean the " + other.command + " " + elsewhere.get(0) + "? (guide " + other.command + " "
            + elsewhere.get(0) + ")");
      }
    }
    String near = Ids.didYouMean(typed, titles.keySet());
    throw Session.usage("unknown " + kind.command + " '" + typed + "'" + near + (near.isEmpty()
        ? "; 'guide search " + typed.strip() + "' looks through every text, 'guide " + kind.listCommand + "' lists them all"
        : " ('guide " + kind.listCommand + "' lists them all)"));
  }

  private static List<String> matches(String typed, Map<String, String> titles) {
    List<String> byId = Ids.matching(typed, titles.keySet());
    if (!byId.isEmpty()) {
      return byId;
    }
    String wanted = Ids.normalise(typed);
    List<String> byTitle = new ArrayList<>();
    for (Map.Entry<String, String> entry : titles.entrySet()) {
      for (Partner partner : Partner.values()) {
        String title = Ids.normalise(partner.render(entry.getValue()));
        if (title.equals(wanted) || (wanted.length() >= 4 && ("-" + title + "-").contains("-" + wanted + "-"))) {
          byTitle.add(entry.getKey());
          break;
        }
      }
    }
    return byTitle;
  }
}
