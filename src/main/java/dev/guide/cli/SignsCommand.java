package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Content;
import dev.guide.content.WalkAwaySign;
import dev.guide.render.EntryText;
import dev.guide.render.JsonOutput;
import picocli.CommandLine.Model.OptionSpec;

/** {@code guide signs}: each walk-away sign's id and title. */
final class SignsCommand extends BaseCommand {

  private final OptionSpec format = add(SharedOptions.format());

  SignsCommand(Session session) {
    super(session, "signs", new String[] {"List the signs that it may be time to walk away: each id with its title."},
        "  guide signs", "  guide signs --format json");
  }

  @Override
  int run() throws Exception {
    Content content = content();
    print(SharedOptions.json(format)
        ? new JsonOutput(view()).signs(content.signs())
        : new EntryText(content, view()).list(view().say("Signs it may be time to walk away"), content.signs(), WalkAwaySign::id, WalkAwaySign::title));
    return ExitCode.OK;
  }
}
