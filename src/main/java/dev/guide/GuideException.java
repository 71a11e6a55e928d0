package dev.guide;

import java.util.List;

/**
 * An expected failure with a message meant for the person at the terminal: one line or several
 * (one per defect), and the exit code that says what kind of failure it was. Never a stack trace.
 */
public class GuideException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final List<String> details;

  public GuideException(int exitCode, String message) {
    this(exitCode, message, List.of());
  }

  public GuideException(int exitCode, String message, List<String> details) {
    super(message);
    this.exitCode = exitCode;
    this.details = List.copyOf(details);
  }

  public int exitCode() {
    return exitCode;
  }

  /** Further lines, such as one per defect, printed under the message. */
  public List<String> details() {
    return details;
  }
}
