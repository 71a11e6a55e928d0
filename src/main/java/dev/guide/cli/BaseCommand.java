package dev.guide.cli;

import dev.guide.content.Content;
import dev.guide.content.ContentException;
import dev.guide.render.View;
import java.io.PrintWriter;
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
}
