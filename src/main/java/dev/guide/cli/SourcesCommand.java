package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Content;
import dev.guide.content.Source;
import dev.guide.render.EntryText;
import dev.guide.render.JsonOutput;
import dev.guide.render.OwnSources;
import picocli.CommandLine.Model.OptionSpec;

/** {@code guide sources}: the articles the guide is built from. */
final class SourcesCommand extends BaseCommand {

  private final OptionSpec format = add(SharedOptions.format());

  SourcesCommand(Session session) {
    super(session, "sources", new String[] {"List the three articles everything in the guide comes from, then the guide's own additions.",
            "Those are the helplines and the research its safety texts draw on."},
        "  guide sources", "  guide sources --format json");
  }

  @Override
  int run() throws Exception {
    Content content = content();
    if (SharedOptions.json(format)) {
      print(new JsonOutput(view()).sources(content.sources()));
    } else {
      print(new EntryText(content, view()).list("The articles", content.sources(), Source::id, EntryText::title)
          // For a person only: a program reading the pipe gets the articles' ids, one a line, as before.
          + (view().terminal() ? "\n" + new OwnSources(view()).write(content.helplines()) : ""));
    }
    return ExitCode.OK;
  }
}
