package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Content;
import dev.guide.content.Reason;
import dev.guide.render.EntryText;
import dev.guide.render.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code guide reason ID}: one reason in full. */
@Command(name = "reason", mixinStandardHelpOptions = true,
    description = "Show one reason in full: what it can look like, what may be going on, what may help, and its sources.",
    footerHeading = "%nExamples:%n",
    footer = {"  guide reason fear-of-intimacy", "  guide reason \"Fear of Intimacy\"", "  guide reason intimacy --partner they"})
final class ReasonCommand extends BaseCommand {

  @Parameters(paramLabel = "ID", completionCandidates = Completions.ReasonIds.class, description = "The reason's id (see 'guide reasons'); a unique word of it will do.")
  String id;

  @Mixin FormatOption format;

  @Override
  int run() throws Exception {
    Content content = content();
    String found = Lookup.find(content, Lookup.Kind.REASON, id);
    Reason reason = content.reason(found).orElseThrow();
    print(format.json() ? new JsonOutput(view()).reason(reason) : new EntryText(content, view()).reason(reason));
    return ExitCode.OK;
  }
}
