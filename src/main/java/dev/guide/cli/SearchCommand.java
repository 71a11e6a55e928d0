package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import dev.guide.render.JsonOutput;
import dev.guide.render.View;
import dev.guide.render.Wrap;
import dev.guide.search.Search;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code guide search WORDS...}: reasons, signs and advice by words in their text. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Find reasons, signs and advice by words in any of their text, best matches first.",
        "Word forms are matched loosely: 'committed' finds commitment. Exit 1 when nothing matches."},
    footerHeading = "%nExamples:%n",
    footer = {"  guide search commitment", "  guide search lies", "  guide search work stress --format json"})
final class SearchCommand extends BaseCommand {

  @Parameters(paramLabel = "WORDS", arity = "1..*", description = "The words to look for.")
  List<String> words;

  @Mixin FormatOption format;

  @Override
  int run() throws Exception {
    View view = view();
    List<Search.Hit> hits = new Search(content(), view.partner()).find(words);
    if (hits.isEmpty()) {
      throw new GuideException(ExitCode.FAILED, "nothing found for '" + String.join(" ", words)
          + "'; try other words, or see everything with 'guide reasons', 'guide signs' and 'guide advice'");
    }
    if (format.json()) {
      print(new JsonOutput(view).hits(hits));
      return ExitCode.OK;
    }
    StringBuilder out = new StringBuilder();
    for (Search.Hit hit : hits) {
      out.append(view.styler().name(hit.kind() + " " + hit.id())).append("  ").append(hit.title()).append('\n');
      if (!hit.line().equals(hit.title())) {
        out.append(String.join("\n", Wrap.lines(hit.line(), view.width(), "    ", "    "))).append('\n');
      }
    }
    print(out.toString());
    return ExitCode.OK;
  }
}
