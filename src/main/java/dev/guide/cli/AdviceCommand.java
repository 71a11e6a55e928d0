package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Advice;
import dev.guide.content.Content;
import dev.guide.render.EntryText;
import dev.guide.render.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code guide advice [ID]}: all advice as a list, or one item in full. */
@Command(name = "advice", mixinStandardHelpOptions = true,
    description = "List the advice (each id with its title), or show one item in full.",
    footerHeading = "%nExamples:%n",
    footer = {"  guide advice", "  guide advice give-space", "  guide advice --format json"})
final class AdviceCommand extends BaseCommand {

  @Parameters(paramLabel = "ID", arity = "0..1", completionCandidates = Completions.AdviceIds.class, description = "An advice id (see 'guide advice'); leave out to list all.")
  String id;

  @Mixin FormatOption format;

  @Override
  int run() throws Exception {
    Content content = content();
    JsonOutput json = new JsonOutput(view());
    EntryText text = new EntryText(content, view());
    if (id == null) {
      print(format.json() ? json.advice(content.advice()) : text.list("Advice", content.advice(), Advice::id, Advice::title));
      return ExitCode.OK;
    }
    String found = Lookup.find(content, Lookup.Kind.ADVICE, id);
    Advice advice = content.adviceItem(found).orElseThrow();
    print(format.json() ? json.adviceItem(advice) : text.advice(advice));
    return ExitCode.OK;
  }
}
