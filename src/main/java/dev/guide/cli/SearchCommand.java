package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import dev.guide.render.JsonOutput;
import dev.guide.render.View;
import dev.guide.render.Wrap;
import dev.guide.search.Search;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code guide search WORDS...}: reasons, signs and advice by words in their text. */
final class SearchCommand extends BaseCommand {

  private final PositionalParamSpec words = add(PositionalParamSpec.builder().paramLabel("WORDS").arity("1..*").required(true)
      .type(List.class).auxiliaryTypes(String.class).description("The words to look for."));

  private final OptionSpec format = add(SharedOptions.format());

  SearchCommand(Session session) {
    super(session, "search",
        new String[] {"Find reasons, signs and advice by words in any of their text, best matches first.",
            "Word forms are matched loosely: 'committed' finds commitment, 'texting' finds text; some everyday words "
                + "also find the content's own ('ghosting' finds disappear). Exit 1 when nothing matches "
                + "(with --format json, after printing [])."},
        "  guide search commitment", "  guide search lies", "  guide search work stress --format json");
  }

  @Override
  int run() throws Exception {
    List<String> words = this.words.getValue();
    View view = view();
    List<Search.Hit> hits = new Search(content(), view.partner()).find(words);
    boolean safety = words.stream().anyMatch(content().helplines()::aboutSafety);
    if (hits.isEmpty() && safety && !SharedOptions.json(format)) {
      print(safetyPointer(view));
      return ExitCode.OK;
    }
    if (hits.isEmpty()) {
      if (SharedOptions.json(format)) {
        // A program reading the JSON gets a list, empty, as well as the exit code.
        print("[]\n");
      }
      throw new GuideException(ExitCode.FAILED, "nothing found for '" + String.join(" ", words)
          + "'; try other words, or see everything with 'guide reasons', 'guide signs' and 'guide advice'");
    }
    if (SharedOptions.json(format)) {
      print(new JsonOutput(view).hits(hits));
      return ExitCode.OK;
    }
    StringBuilder out = new StringBuilder();
    if (safety) {
      // A word about fear, control or harm: say first where the help list is.
      out.append(safetyPointer(view));
    }
    for (Search.Hit hit : hits) {
      // The header wraps with a hanging indent; kind and id are styled after wrapping (codes have no width).
      String name = hit.kind() + " " + hit.id();
      List<String> header = new java.util.ArrayList<>(Wrap.lines(hit.title(), view.width(), name + "  ", "    "));
      header.set(0, view.styler().name(name) + header.get(0).substring(name.length()));
      out.append(String.join("\n", header)).append('\n');
      if (!hit.line().equals(hit.title())) {
        out.append(String.join("\n", Wrap.lines(hit.line(), view.width(), "    ", "    "))).append('\n');
      }
    }
    print(out.toString());
    return ExitCode.OK;
  }

  private static String safetyPointer(View view) {
    List<String> lines = new java.util.ArrayList<>(Wrap.lines("If you are afraid, controlled or hurt, or fear "
        + "someone may harm themselves: 'guide safety' shows where to get help", view.width(), "safety  ", "    "));
    lines.set(0, view.styler().name("safety") + lines.get(0).substring("safety".length()));
    return String.join("\n", lines) + "\n";
  }
}
