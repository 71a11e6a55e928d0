package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Partner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code guide} command: the options every command shares, and the list of commands. Like the
 * commands, its model is built in code (see {@link BaseCommand} for why).
 */
final class GuideCommand implements Callable<Integer> {

  /** When to colour the output. */
  enum ColorMode { auto, always, never }

  /**
   * The commands, in the order help lists them. Only the one being run is built (a command's
   * model is made when it is added, which every start would otherwise pay for all of them); help,
   * completion and unknown words get them all.
   */
  static final List<String> COMMANDS = List.of("ask", "plan", "safety", "history", "forget", "passphrase", "reasons", "reason", "signs", "sign",
      "advice", "questions", "search", "sources", "validate", "completion", "help", "cds-training");

  final Session session;

  final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  private final OptionSpec partner = option(OptionSpec.builder("--partner").paramLabel("he|she|they")
      .type(Partner.class).converters(new PartnerConverter()).defaultValue("he")
      .description("How to refer to your partner: he, she or they (default: GUIDE_PARTNER, else ${DEFAULT-VALUE})."));

  private final OptionSpec color = option(OptionSpec.builder("--color").paramLabel("auto|always|never")
      .type(ColorMode.class).defaultValue("auto")
      .description("Colour on a terminal (auto, the default), always, or never. NO_COLOR turns auto off."));

  private final OptionSpec content = option(OptionSpec.builder("--content").paramLabel("DIR").type(Path.class).converters(new SharedOptions.FileName())
      .description("Read content from DIR instead of the built-in content (also: GUIDE_CONTENT)."));

  private final OptionSpec noPager = option(OptionSpec.builder("--no-pager").type(boolean.class)
      .description("Print long output straight to the terminal instead of through a pager ($PAGER, else less)."));

  private final OptionSpec debug = option(OptionSpec.builder("--debug").type(boolean.class)
      .description("On an error, show its stack trace too (for a bug report)."));

  GuideCommand(Session session) {
    this.session = session;
    spec.name("guide");
    spec.usageMessage()
        .sortOptions(false)
        .description(
            "A reflection guide for when your partner seems to pull away although they say they love you.",
            "Built from three articles; a reflection aid, not therapy or a diagnosis.",
            "Nothing you answer leaves this computer or is saved unless you ask.")
        .footerHeading("%nExamples:%n")
        .footer(
            "  guide ask                         answer the questions at the terminal",
            "  guide ask < answers.txt           read the answers from a file",
            "  guide plan                        prepare the talk, set your own limit",
            "  guide reason fear-of-intimacy     read one reason in full",
            "  guide safety                      if you are afraid: where to get help",
            "  guide --partner she signs         the walk-away signs, saying 'she'",
            "",
            "Exit codes: 0 ok, 1 the work failed, 2 usage or invalid input, 130 interrupted.");
    BaseCommand.addStandardHelpOptions(spec);
  }

  /** The command named {@code name}, one of {@link #COMMANDS}. */
  static Object create(String name, Session session) {
    // A switch, not a table of constructor references: each reference would cost its own linking at start.
    return switch (name) {
      case "ask" -> new AskCommand(session);
      case "plan" -> new PlanCommand(session);
      case "safety" -> new SafetyCommand(session);
      case "history" -> new HistoryCommand(session);
      case "forget" -> new ForgetCommand(session);
      case "passphrase" -> new PassphraseCommand(session);
      case "reasons" -> new ReasonsCommand(session);
      case "reason" -> new ReasonCommand(session);
      case "signs" -> new SignsCommand(session);
      case "sign" -> new SignCommand(session);
      case "advice" -> new AdviceCommand(session);
      case "questions" -> new QuestionsCommand(session);
      case "search" -> new SearchCommand(session);
      case "sources" -> new SourcesCommand(session);
      case "validate" -> new ValidateCommand(session);
      case "completion" -> new CompletionCommand(session);
      case "help" -> new CommandLine.HelpCommand();
      case "cds-training" -> new TrainingCommand(session);
      default -> throw new IllegalArgumentException("no command " + name);
    };
  }

  /** An option of the guide itself, which every command takes, before or after its name. */
  private OptionSpec option(OptionSpec.Builder builder) {
    OptionSpec option = builder.scopeType(ScopeType.INHERIT).build();
    spec.addOption(option);
    return option;
  }

  Partner partner() {
    return partner.getValue();
  }

  /** Speaks of the partner as {@code saved}, whatever --partner said. */
  void partner(Partner saved) {
    partner.setValue(saved);
  }

  ColorMode color() {
    return color.getValue();
  }

  /** The folder given with --content; null when none was. */
  Path content() {
    return content.getValue();
  }

  boolean noPager() {
    return BaseCommand.isSet(noPager);
  }

  boolean debug() {
    return BaseCommand.isSet(debug);
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
      java.util.Optional<Partner> partner = Partner.parse(value);
      if (partner.isEmpty()) {
        throw new TypeConversionException("'" + value + "' is not one of he, she, they");
      }
      return partner.get();
    }
  }
}
