package dev.guide.cli;

import dev.guide.GuideException;
import dev.guide.content.Content;
import dev.guide.content.ContentException;
import dev.guide.content.Ids;
import dev.guide.render.View;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every guide command shares: its spec, the session, and writing to standard output. */
abstract class BaseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand GuideCommand root;

  @Override
  public final Integer call() throws Exception {
    return run();
  }

  abstract int run() throws Exception;

  Session session() {
    return root.session;
  }

  Content content() throws ContentException {
    return session().content();
  }

  View view() {
    return session().view();
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Writes to standard output, through the pager when it is long and a person reads it at a terminal. */
  void print(String text) {
    if (session().page(text)) {
      return;
    }
    out().print(text);
    out().flush();
  }

  /** The one id a typed id stands for, or a usage error naming the candidates. */
  static String resolve(String kind, String plural, String typed, Collection<String> ids) throws GuideException {
    if (Ids.normalise(typed).isEmpty()) {
      throw Session.usage("give a " + kind + " id, such as " + ids.iterator().next() + "; 'guide " + plural + "' lists them");
    }
    List<String> matches = Ids.matching(typed, ids);
    if (matches.size() == 1) {
      return matches.get(0);
    }
    if (matches.size() > 1) {
      throw Session.usage("'" + typed + "' could be any of these " + plural + ": " + String.join(", ", matches)
          + "; give one of them");
    }
    throw Session.usage("unknown " + kind + " '" + typed + "'" + Ids.didYouMean(typed, ids)
        + " ('guide " + plural + "' lists them all)");
  }
}
