package dev.guide.io;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Shows long output through the person's pager ({@code $PAGER}, else {@code less -FRX}) when
 * standard output is a terminal, as git does. While the pager runs, Ctrl-C belongs to it: the
 * guide ignores the signal, so quitting the pager's search does not end the guide under it.
 */
public final class Pager {

  private final Map<String, String> env;

  public Pager(Map<String, String> env) {
    this.env = env;
  }

  /** The pager command to run, if there is one: PAGER (empty means none), else less when installed. */
  public Optional<String> command() {
    String pager = env.get("PAGER");
    if (pager != null) {
      return pager.isBlank() || pager.strip().equals("cat") ? Optional.empty() : Optional.of(pager);
    }
    for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && new File(dir, "less").canExecute()) {
        return Optional.of("less -FRX");
      }
    }
    return Optional.empty();
  }

  /**
   * Sends the text through the pager; false (and nothing shown) when the pager could not start,
   * including a PAGER the shell cannot find or run (exit 127 or 126), so the caller prints instead.
   */
  public boolean show(String command, String text) {
    Process process;
    try {
      ProcessBuilder builder = new ProcessBuilder("sh", "-c", command)
          .redirectOutput(ProcessBuilder.Redirect.INHERIT)
          .redirectError(ProcessBuilder.Redirect.INHERIT);
      // less keeps searches in a history file by default; nothing read here should leave a trace.
      builder.environment().put("LESSHISTFILE", "-");
      process = builder.start();
    } catch (IOException e) {
      return false;
    }
    int[] exit = new int[1];
    Interrupts.ignoreWhile(() -> {
      try (OutputStream in = process.getOutputStream()) {
        in.write(text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // The person left the pager before reading everything, or it never ran: the exit code tells.
      }
      exit[0] = waitFor(process);
    });
    return exit[0] != 126 && exit[0] != 127;
  }

  private static int waitFor(Process process) {
    boolean interrupted = false;
    while (true) {
      try {
        int exit = process.waitFor();
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
        return exit;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
  }
}
