package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Advice;
import dev.guide.content.Content;
import dev.guide.render.EntryText;
import dev.guide.render.JsonOutput;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code guide advice [ID]}: all advice as a list, or one item in full. */
final class AdviceCommand extends BaseCommand {

  private final PositionalParamSpec id = add(PositionalParamSpec.builder().paramLabel("ID").arity("0..1").type(String.class)
      .completionCandidates(new Completions.AdviceIds())
      .description("An advice id (see 'guide advice'); leave out to list all."));

  private final OptionSpec format = add(SharedOptions.format());

  AdviceCommand(Session session) {
    super(session, "advice", new String[] {"List the advice (each id with its title), or show one item in full."},
        "  guide advice", "  guide advice give-space", "  guide advice --format json");
  }

  @Override
  int run() throws Exception {
    Content content = content();
    JsonOutput json = new JsonOutput(view());
    EntryText text = new EntryText(content, view());
    String typed = id.getValue();
    if (typed == null) {
      print(SharedOptions.json(format) ? json.advice(content.advice()) : text.list("Advice", content.advice(), Advice::id, Advice::title));
      return ExitCode.OK;
    }
    String found = Lookup.find(content, Lookup.Kind.ADVICE, typed);
    Advice advice = content.adviceItem(found).orElseThrow();
    print(SharedOptions.json(format) ? json.adviceItem(advice) : text.advice(advice));
    return ExitCode.OK;
  }
}
