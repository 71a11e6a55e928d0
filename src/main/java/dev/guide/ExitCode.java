package dev.guide;

/** The guide's exit codes, the same for every command. */
public final class ExitCode {
  /** The command did what was asked. */
  public static final int OK = 0;
  /** The work failed: broken content, a file that could not be read or written, nothing found. */
  public static final int FAILED = 1;
  /** The command line or the input (an answer file, an id) was wrong; the message says how to fix it. */
  public static final int USAGE = 2;
  /** Ended with Ctrl-C; 128 + SIGINT, as shells report it. */
  public static final int INTERRUPTED = 130;

  private ExitCode() {}
}
