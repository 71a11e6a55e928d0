package dev.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What one run of the guide gave: its exit code, standard output and standard error. */
public record CommandResult(int exitCode, String out, String err) {

  /** Asserts the exit code; on failure the message shows both streams, so the failure explains itself. */
  public CommandResult assertExit(int expected) {
    assertEquals(expected, exitCode, () -> "exit code\n" + this);
    return this;
  }

  public CommandResult assertOutContains(String text) {
    assertTrue(out.contains(text), () -> "stdout should contain '" + text + "'\n" + this);
    return this;
  }

  public CommandResult assertErrContains(String text) {
    assertTrue(err.contains(text), () -> "stderr should contain '" + text + "'\n" + this);
    return this;
  }

  /** No stack trace on either stream. */
  public CommandResult assertNoStackTrace() {
    assertTrue(!out.contains("\tat ") && !err.contains("\tat ") && !err.contains("Exception"),
        () -> "no stack trace expected\n" + this);
    return this;
  }

  @Override
  public String toString() {
    return "--- exit " + exitCode + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
  }
}
