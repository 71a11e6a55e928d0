package dev.guide.cli;

import dev.guide.content.Content;
import dev.guide.content.ContentException;
import dev.guide.render.View;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What every guide command shares: its picocli model, the session, and writing to standard output.
 *
 * <p>The model is built with picocli's programmatic API rather than read from annotations. Reading
 * annotations makes the JVM generate a proxy class for each annotation type, which no class-data
 * archive can hold on Java 17: it cost about 40 ms of every start, a third of the guide's time
 * (see the README's "Performance"). A command declares its options as fields, each the
 * {@link ArgSpec} whose value picocli fills in.
 */
abstract class BaseCommand implements Callable<Integer> {

  final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  private final Session session;

  /**
   * A command named {@code name}, described in help by {@code description} (one paragraph per
   * string), with {@code examples} below it (none for a hidden command).
   */
  BaseCommand(Session session, String name, String[] description, String... examples) {
    this.session = session;
    spec.name(name);
    spec.usageMessage().description(description);
    if (examples.length > 0) {
      spec.usageMessage().footerHeading("%nExamples:%n").footer(examples);
    }
    addStandardHelpOptions(spec);
  }

  @Override
  public final Integer call() throws Exception {
    session.partnerFromEnvironment();
    return run();
  }

  abstract int run() throws Exception;

  /** -h/--help and -V/--version, worded as picocli's {@code mixinStandardHelpOptions} words them. */
  static void addStandardHelpOptions(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
        .description("Print version information and exit.").build());
    spec.versionProvider(new VersionProvider());
  }

  /** Adds an option to this command and returns it, to be kept in a field and read in {@link #run}. */
  final OptionSpec add(OptionSpec.Builder option) {
    OptionSpec built = option.build();
    spec.addOption(built);
    return built;
  }

  /** Adds a positional parameter to this command and returns it. */
  final PositionalParamSpec add(PositionalParamSpec.Builder parameter) {
    PositionalParamSpec built = parameter.build();
    spec.addPositional(built);
    return built;
  }

  /** Whether a flag (an option that takes no value) was given. */
  static boolean isSet(ArgSpec flag) {
    return Boolean.TRUE.equals(flag.getValue());
  }

  /** Whether the option was on the command line, rather than left at its default. */
  final boolean given(OptionSpec option) {
    return spec.commandLine().getParseResult().hasMatchedOption(option);
  }

  Session session() {
    return session;
  }

  Content content() throws ContentException {
    return session.content();
  }

  View view() {
    return session.view();
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Writes to standard output, through the pager when it is long and a person reads it at a terminal. */
  void print(String text) {
    if (session.page(text)) {
      return;
    }
    out().print(text);
    out().flush();
  }
}
