package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Content;
import dev.guide.content.Reason;
import dev.guide.render.EntryText;
import dev.guide.render.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code guide reasons}: each reason's id and title. */
@Command(name = "reasons", mixinStandardHelpOptions = true,
    description = "List the reasons a partner may pull away: each id with its title.",
    footerHeading = "%nExamples:%n",
    footer = {"  guide reasons", "  guide reasons --format json"})
final class ReasonsCommand extends BaseCommand {

  @Mixin FormatOption format;

  @Override
  int run() throws Exception {
    Content content = content();
    print(format.json()
        ? new JsonOutput(view()).reasons(content.reasons())
        : new EntryText(content, view()).list(view().say("Reasons {he} may be pulling away"), content.reasons(), Reason::id, Reason::title));
    return ExitCode.OK;
  }
}
