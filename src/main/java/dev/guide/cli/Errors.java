package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into messages on stderr and exit codes. Expected failures print one clear
 * message; anything else is a bug and keeps its stack trace so it can be reported.
 */
final class Errors {

  private Errors() {}

  static int handleExecution(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    Session session = ((GuideCommand) rootOf(commandLine).getCommand()).session;
    if (e instanceof GuideException failure) {
      err.println("guide: " + failure.getMessage());
      for (String detail : failure.details()) {
        err.println("  " + detail);
      }
      if (session.debug()) {
        e.printStackTrace(err);
      }
      return failure.exitCode();
    }
    err.println("guide: internal error, please report it with the command you ran: " + e);
    e.printStackTrace(err);
    return ExitCode.FAILED;
  }

  /** Picocli's own message and its "did you mean" suggestions, then where to find help; no wall of usage text. */
  static int handleParameters(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("guide: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCode.USAGE;
  }

  private static CommandLine rootOf(CommandLine commandLine) {
    CommandLine root = commandLine;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    return root;
  }
}
