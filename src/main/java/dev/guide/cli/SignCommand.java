package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Content;
import dev.guide.content.WalkAwaySign;
import dev.guide.render.EntryText;
import dev.guide.render.JsonOutput;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code guide sign ID}: one walk-away sign in full. */
final class SignCommand extends BaseCommand {

  private final PositionalParamSpec id = add(PositionalParamSpec.builder().paramLabel("ID").type(String.class).required(true)
      .completionCandidates(new Completions.SignIds())
      .description("The sign's id (see 'guide signs'); a unique word of it will do."));

  private final OptionSpec format = add(SharedOptions.format());

  SignCommand(Session session) {
    super(session, "sign",
        new String[] {"Show one sign that it may be time to walk away: what it looks like, why it matters, what to do."},
        "  guide sign gaslighting", "  guide sign keeps-cancelling --format json");
  }

  @Override
  int run() throws Exception {
    Content content = content();
    String found = Lookup.find(content, Lookup.Kind.SIGN, id.getValue());
    WalkAwaySign sign = content.sign(found).orElseThrow();
    print(SharedOptions.json(format) ? new JsonOutput(view()).sign(sign) : new EntryText(content, view()).sign(sign));
    return ExitCode.OK;
  }
}
