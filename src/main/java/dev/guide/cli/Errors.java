package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import dev.guide.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into messages on stderr and exit codes. Expected failures print one clear
 * message; anything else is a bug and keeps its stack trace so it can be reported.
 */
final class Errors {

  private Errors() {}

  /**
   * The handlers as picocli takes them: classes of their own, not method references, each of
   * which costs its own linking at every start (README "Performance").
   */
  static final CommandLine.IExecutionExceptionHandler EXECUTION = new CommandLine.IExecutionExceptionHandler() {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
      return handleExecution(e, commandLine, parseResult);
    }
  };

  static final CommandLine.IParameterExceptionHandler PARAMETERS = new CommandLine.IParameterExceptionHandler() {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      return handleParameters(e, args);
    }
  };

  static int handleExecution(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    Session session = ((GuideCommand) rootOf(commandLine).getCommand()).session;
    if (e instanceof GuideException failure) {
      // Messages quote files (an answer file's lines, a check-in's fields): never let them steer the terminal.
      err.println(TerminalText.escape("guide: " + failure.getMessage()));
      for (String detail : failure.details()) {
        err.println(TerminalText.escape("  " + detail));
      }
      if (session.debug()) {
        e.printStackTrace(err);
      }
      return failure.exitCode();
    }
    if (e instanceof dev.guide.content.Content.Unreadable damaged) {
      err.println("guide: " + damaged.getMessage());
      return ExitCode.FAILED;
    }
    err.println("guide: internal error, please report it with the command you ran: " + e);
    e.printStackTrace(err);
    return ExitCode.FAILED;
  }

  /** Picocli's own message and its "did you mean" suggestions, then where to find help; no wall of usage text. */
  static int handleParameters(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    String message = describe(e);
    // What was typed is quoted back: never let it steer the terminal (an escape in a word from a script).
    err.println(TerminalText.escape("guide: " + message));
    if (!message.contains("did you mean") && !message.contains("--version")) {
      java.io.StringWriter suggestions = new java.io.StringWriter();
      PrintWriter collect = new PrintWriter(suggestions);
      UnmatchedArgumentException.printSuggestions(e, collect);
      collect.flush();
      err.print(TerminalText.escape(suggestions.toString()));
    }
    err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCode.USAGE;
  }

  /**
   * Picocli's message, reworded where it does not say how to fix it: unknown words (where it says
   * "Unmatched argument at index 0"), missing arguments, and values that are not among the choices
   * or that a converter refused (its message is worded to follow the option's name).
   */
  private static String describe(ParameterException e) {
    if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
      ArgSpec arg = missing.getMissing().get(0);
      return arg instanceof OptionSpec option
          ? option.longestName() + " needs a value (" + option.paramLabel() + ")"
          : "give " + arg.paramLabel() + ": " + clause(arg.description());
    }
    ArgSpec arg = e.getArgSpec();
    if (e.getCause() instanceof TypeConversionException conversion && arg != null) {
      String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
      List<String> choices = new ArrayList<>();
      // A country's code is any two letters: the listed countries complete, but are not the only choices.
      boolean open = java.util.Arrays.stream(arg.converters()).anyMatch(c -> c instanceof SharedOptions.CountryCode);
      if (arg.completionCandidates() != null && !open) {
        arg.completionCandidates().forEach(choices::add);
      }
      if (choices.isEmpty()) {
        return name + " " + conversion.getMessage();
      }
      int last = choices.size() - 1;
      String either = last == 0 ? choices.get(0) : String.join(", ", choices.subList(0, last)) + " or " + choices.get(last);
      return "'" + e.getValue() + "' is not a choice" + (arg.isOption() ? " for " + name : "") + "; use " + either;
    }
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String first = unmatched.getUnmatched().get(0);
      if (first.startsWith("-")) {
        return "unknown option '" + first + "'";
      }
      boolean atRoot = e.getCommandLine().getParent() == null;
      if (atRoot && first.equals("version")) {
        return "unknown command 'version'; 'guide --version' prints the version";
      }
      // The same suggestion as 'guide help aks' gives: picocli's own misses a swapped pair of letters ('aks').
      return atRoot ? "unknown command '" + first + "'" + dev.guide.content.Ids.didYouMean(first, commands())
          : "unexpected argument '" + first + "'";
    }
    // 'guide help reson': picocli's help command says only that it does not know the word.
    java.util.regex.Matcher unknown = java.util.regex.Pattern.compile("Unknown subcommand '(.*)'\\.?")
        .matcher(String.valueOf(e.getMessage()));
    if (unknown.matches()) {
      return "unknown command '" + unknown.group(1) + "'" + dev.guide.content.Ids.didYouMean(unknown.group(1), commands());
    }
    return e.getMessage();
  }

  /** The commands a person may mean (not the launchers' archive training). */
  private static List<String> commands() {
    return GuideCommand.COMMANDS.stream().filter(c -> !c.equals("cds-training")).toList();
  }

  /** A help description as part of a sentence: "The words to look for." becomes "the words to look for". */
  private static String clause(String[] description) {
    String text = String.join(" ", description).strip();
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static CommandLine rootOf(CommandLine commandLine) {
    CommandLine root = commandLine;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    return root;
  }
}
