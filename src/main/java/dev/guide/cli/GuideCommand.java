package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Partner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** The {@code guide} command: the options every command shares, and the list of commands. */
@Command(
    name = "guide",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = false,
    description = {
      "A reflection guide for when your partner seems to pull away although they say they love you.",
      "Built from three articles; a reflection aid, not therapy or a diagnosis.",
      "Nothing you answer leaves this computer or is saved unless you ask."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  guide ask                         answer the questions at the terminal",
      "  guide ask < answers.txt           read the answers from a file",
      "  guide reason fear-of-intimacy     read one reason in full",
      "  guide --partner she signs         the walk-away signs, saying 'she'",
      "",
      "Exit codes: 0 ok, 1 the work failed, 2 usage or invalid input, 130 interrupted."
    })
final class GuideCommand implements Callable<Integer> {

  /** When to colour the output. */
  enum ColorMode { auto, always, never }

  /**
   * The commands, in the order help lists them. Only the one being run is built (picocli reads a
   * command's annotations when it is added, which every start would otherwise pay for all of them);
   * help, completion and unknown words get them all.
   */
  static final List<Map.Entry<String, Class<?>>> COMMANDS = List.of(
      Map.entry("ask", AskCommand.class),
      Map.entry("history", HistoryCommand.class),
      Map.entry("forget", ForgetCommand.class),
      Map.entry("reasons", ReasonsCommand.class),
      Map.entry("reason", ReasonCommand.class),
      Map.entry("signs", SignsCommand.class),
      Map.entry("sign", SignCommand.class),
      Map.entry("advice", AdviceCommand.class),
      Map.entry("questions", QuestionsCommand.class),
      Map.entry("search", SearchCommand.class),
      Map.entry("sources", SourcesCommand.class),
      Map.entry("validate", ValidateCommand.class),
      Map.entry("completion", CompletionCommand.class),
      Map.entry("help", CommandLine.HelpCommand.class),
      Map.entry("cds-training", TrainingCommand.class));

  final Session session;

  @Spec CommandSpec spec;

  @Option(names = "--partner", scope = ScopeType.INHERIT, paramLabel = "he|she|they",
      converter = PartnerConverter.class, defaultValue = "he",
      description = "How to refer to your partner: he, she or they (default: ${DEFAULT-VALUE}).")
  Partner partner = Partner.HE;

  @Option(names = "--color", scope = ScopeType.INHERIT, paramLabel = "auto|always|never", defaultValue = "auto",
      description = "Colour on a terminal (auto, the default), always, or never. NO_COLOR turns auto off.")
  ColorMode color = ColorMode.auto;

  @Option(names = "--content", scope = ScopeType.INHERIT, paramLabel = "DIR",
      description = "Read content from DIR instead of the built-in content (also: GUIDE_CONTENT).")
  Path content;

  @Option(names = "--no-pager", scope = ScopeType.INHERIT,
      description = "Print long output straight to the terminal instead of through a pager ($PAGER, else less).")
  boolean noPager;

  @Option(names = "--debug", scope = ScopeType.INHERIT, hidden = true,
      description = "Show stack traces of errors.")
  boolean debug;

  GuideCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.OK;
  }

  /** Reads he, she or they, in any case, with a message that names the choices. */
  static final class PartnerConverter implements ITypeConverter<Partner> {
    @Override
    public Partner convert(String value) {
      return Partner.parse(value).orElseThrow(
          () -> new TypeConversionException("'" + value + "' is not one of he, she, they"));
    }
  }
}
