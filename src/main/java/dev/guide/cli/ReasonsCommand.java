package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Content;
import dev.guide.content.Reason;
import dev.guide.render.EntryText;
import dev.guide.render.JsonOutput;
import picocli.CommandLine.Model.OptionSpec;

/** {@code guide reasons}: each reason's id and title. */
final class ReasonsCommand extends BaseCommand {

  private final OptionSpec format = add(SharedOptions.format());

  ReasonsCommand(Session session) {
    super(session, "reasons", new String[] {"List the reasons a partner may pull away: each id with its title."},
        "  guide reasons", "  guide reasons --format json");
  }

  @Override
  int run() throws Exception {
    Content content = content();
    print(SharedOptions.json(format)
        ? new JsonOutput(view()).reasons(content.reasons())
        : new EntryText(content, view()).list(view().say("Reasons {he} may be pulling away"), content.reasons(), Reason::id, Reason::title));
    return ExitCode.OK;
  }
}
