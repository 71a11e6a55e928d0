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

  /**
   * What less says at the bottom of the screen: how to go on and how to leave, which its own
   * "(END)" does not say to someone who has never met less. Short, to fit a narrow terminal.
   */
  static final String LESS_PROMPT = "'-P?e(END) q to leave:space for more\\, q to leave.'";

  /** Words at the start of a PAGER that the shell runs itself, so they are not looked for on PATH. */
  private static final java.util.Set<String> SHELL_WORDS = java.util.Set.of("exec", "command", "eval", ".");

  /**
   * The pager command to run, if there is one: PAGER (empty means none; one whose program is not
   * installed means none too, rather than the shell's "not found" above the text), else less when installed.
   */
  public Optional<String> command() {
    String pager = env.get("PAGER");
    if (pager != null) {
      if (pager.isBlank() || pager.strip().equals("cat") || !installed(pager.strip().split("\\s+")[0])) {
        return Optional.empty();
      }
      // A plain less gets the prompt too, unless the person set one.
      boolean less = pager.strip().split("\\s+")[0].matches("(.*/)?less");
      return Optional.of(less && !pager.contains("-P") && !pager.contains("--prompt") ? pager + " " + LESS_PROMPT : pager);
    }
    for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
      File less = new File(dir, "less");
      if (!dir.isEmpty() && less.canExecute()) {
        // The less found is the one run, whatever PATH the shell has.
        return Optional.of("'" + less.getPath().replace("'", "'\\''") + "' -FRX " + LESS_PROMPT);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the shell can find {@code program}: a path that can be run, or a name on the PATH the
   * shell will have (the guide's own). Anything with shell syntax in it is left to the shell.
   */
  private boolean installed(String program) {
    if (SHELL_WORDS.contains(program) || !program.matches("[A-Za-z0-9._/+-]+")) {
      return true;
    }
    if (program.contains("/")) {
      return new File(program).canExecute();
    }
    String path = env.containsKey("PATH") ? env.get("PATH") : System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && new File(dir, program).canExecute()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Sends the text through the pager; false when the pager could not start, including a PAGER the
   * shell cannot find or run (exit 127 or 126), or ended with an error (PAGER=false exits 1 having
   * shown nothing), so the caller prints instead.
   */
  public boolean show(String command, String text) {
    Process process;
    try {
      // The shell and the pager ignore Ctrl-C as they always did (less reads it as a key): the
      // shell would end on it, and the pager's exit with it, as if the pager had failed.
      ProcessBuilder builder = new ProcessBuilder("sh", "-c", "trap '' INT; " + command)
          .redirectOutput(ProcessBuilder.Redirect.INHERIT)
          .redirectError(ProcessBuilder.Redirect.INHERIT);
      // less keeps searches in a history file by default; nothing read here should leave a trace.
      builder.environment().put("LESSHISTFILE", "-");
      // The text is UTF-8 whatever the locale says: without this, less under LANG=C (or a locale
      // that is not installed) shows a quote mark as <E2><80><9C>.
      builder.environment().putIfAbsent("LESSCHARSET", "utf-8");
      // As git does: a plain PAGER=less shows colour rather than escape codes, and leaves a short
      // text on the screen, unless the person set LESS themselves.
      if (!env.containsKey("LESS")) {
        builder.environment().put("LESS", "FRX");
      }
      process = builder.start();
    } catch (IOException e) {
      failed = false;
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
    failed = exit[0] != 0;
    // A pager that fails ('false', a broken one) showed nothing worth trusting: the caller prints.
    return exit[0] == 0;
  }

  private boolean failed;

  /** Whether the last {@link #show} ended with a failing pager (not one that could not start), so the caller can say so. */
  public boolean failed() {
    return failed;
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
