package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Content;
import dev.guide.content.Source;
import dev.guide.render.EntryText;
import dev.guide.render.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code guide sources}: the articles the guide is built from. */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = "List the three articles everything in the guide comes from.",
    footerHeading = "%nExamples:%n",
    footer = {"  guide sources", "  guide sources --format json"})
final class SourcesCommand extends BaseCommand {

  @Mixin FormatOption format;

  @Override
  int run() throws Exception {
    Content content = content();
    if (format.json()) {
      print(new JsonOutput(view()).sources(content.sources()));
    } else {
      StringBuilder out = new StringBuilder();
      for (Source source : content.sources()) {
        out.append(EntryText.citation(source)).append('\n');
      }
      print(out.toString());
    }
    return ExitCode.OK;
  }
}
