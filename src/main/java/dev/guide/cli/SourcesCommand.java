package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Content;
import dev.guide.content.Source;
import dev.guide.render.EntryText;
import dev.guide.render.JsonOutput;
import picocli.CommandLine.Model.OptionSpec;

/** {@code guide sources}: the articles the guide is built from. */
final class SourcesCommand extends BaseCommand {

  private final OptionSpec format = add(SharedOptions.format());

  SourcesCommand(Session session) {
    super(session, "sources", new String[] {"List the three articles everything in the guide comes from."},
        "  guide sources", "  guide sources --format json");
  }

  @Override
  int run() throws Exception {
    Content content = content();
    if (SharedOptions.json(format)) {
      print(new JsonOutput(view()).sources(content.sources()));
    } else {
      print(new EntryText(content, view()).list("The articles", content.sources(), Source::id, EntryText::title));
    }
    return ExitCode.OK;
  }
}
