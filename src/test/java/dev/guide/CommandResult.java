package dev.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What one run of the guide gave: its exit code, standard output and standard error. */
public record CommandResult(int exitCode, String out, String err) {

  /**
   * Waits for a started process, reading both of its streams at once (either could fill its pipe
   * and stall the other), and fails, killing it and its children, when it has not finished in
   * {@code seconds}: a test must never wait for ever.
   */
  public static CommandResult finish(Process process, int seconds) throws java.io.IOException, InterruptedException {
    process.getOutputStream().close();
    java.util.concurrent.CompletableFuture<String> out = read(process.getInputStream());
    java.util.concurrent.CompletableFuture<String> err = read(process.getErrorStream());
    if (!process.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError("the guide did not finish in " + seconds + " s");
    }
    return new CommandResult(process.exitValue(), out.join(), err.join());
  }

  private static java.util.concurrent.CompletableFuture<String> read(java.io.InputStream in) {
    return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

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
