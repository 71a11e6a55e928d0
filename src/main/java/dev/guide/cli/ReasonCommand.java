package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Content;
import dev.guide.content.Reason;
import dev.guide.render.EntryText;
import dev.guide.render.JsonOutput;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code guide reason ID}: one reason in full. */
final class ReasonCommand extends BaseCommand {

  private final PositionalParamSpec id = add(PositionalParamSpec.builder().paramLabel("ID").type(String.class).required(true)
      .completionCandidates(new Completions.ReasonIds())
      .description("The reason's id (see 'guide reasons'); a unique word of it will do."));

  private final OptionSpec format = add(SharedOptions.format());

  ReasonCommand(Session session) {
    super(session, "reason",
        new String[] {"Show one reason in full: what it can look like, what may be going on, what may help, and its sources."},
        "  guide reason fear-of-intimacy", "  guide reason \"Fear of Intimacy\"", "  guide reason intimacy --partner they");
  }

  @Override
  int run() throws Exception {
    Content content = content();
    String found = Lookup.find(content, Lookup.Kind.REASON, id.getValue());
    Reason reason = content.reason(found).orElseThrow();
    print(SharedOptions.json(format) ? new JsonOutput(view()).reason(reason) : new EntryText(content, view()).reason(reason));
    return ExitCode.OK;
  }
}
