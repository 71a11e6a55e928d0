package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Content;
import dev.guide.content.WalkAwaySign;
import dev.guide.render.EntryText;
import dev.guide.render.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code guide sign ID}: one walk-away sign in full. */
@Command(name = "sign", mixinStandardHelpOptions = true,
    description = "Show one sign that it may be time to walk away: what it looks like, why it matters, what to do.",
    footerHeading = "%nExamples:%n",
    footer = {"  guide sign gaslighting", "  guide sign keeps-cancelling --format json"})
final class SignCommand extends BaseCommand {

  @Parameters(paramLabel = "ID", completionCandidates = Completions.SignIds.class, description = "The sign's id (see 'guide signs'); a unique word of it will do.")
  String id;

  @Mixin FormatOption format;

  @Override
  int run() throws Exception {
    Content content = content();
    String found = Lookup.find(content, Lookup.Kind.SIGN, id);
    WalkAwaySign sign = content.sign(found).orElseThrow();
    print(format.json() ? new JsonOutput(view()).sign(sign) : new EntryText(content, view()).sign(sign));
    return ExitCode.OK;
  }
}
