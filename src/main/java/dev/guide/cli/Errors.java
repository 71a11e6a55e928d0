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
    err.println("guide: " + describe(e));
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCode.USAGE;
  }

  /** Picocli's message, except for unknown words, where it says "Unmatched argument at index 0". */
  private static String describe(ParameterException e) {
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String first = unmatched.getUnmatched().get(0);
      if (first.startsWith("-")) {
        return "unknown option '" + first + "'";
      }
      boolean atRoot = e.getCommandLine().getParent() == null;
      return atRoot ? "unknown command '" + first + "'" : "unexpected argument '" + first + "'";
    }
    return e.getMessage();
  }

  private static CommandLine rootOf(CommandLine commandLine) {
    CommandLine root = commandLine;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    return root;
  }
}
