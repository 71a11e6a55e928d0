package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Content;
import dev.guide.content.WalkAwaySign;
import dev.guide.render.EntryText;
import dev.guide.render.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code guide signs}: each reason's id and title. */
@Command(name = "signs", mixinStandardHelpOptions = true,
    description = "List the signs that it may be time to walk away: each id with its title.",
    footerHeading = "%nExamples:%n",
    footer = {"  guide signs", "  guide signs --format json"})
final class SignsCommand extends BaseCommand {

  @Mixin FormatOption format;

  @Override
  int run() throws Exception {
    Content content = content();
    print(format.json()
        ? new JsonOutput(view()).signs(content.signs())
        : new EntryText(content, view()).list(view().say("Signs it may be time to walk away"), content.signs(), WalkAwaySign::id, WalkAwaySign::title));
    return ExitCode.OK;
  }
}
