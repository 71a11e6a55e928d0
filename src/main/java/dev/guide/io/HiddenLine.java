package dev.guide.io;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;

/**
 * A line typed at the terminal without being shown, for a passphrase: through the JDK's console
 * when it has one, else with the terminal's echo turned off by {@code stty} for that line (a
 * console exists on Java 17 only when both input and output are a terminal). Where neither
 * works, the passphrase is not asked: it would show on the screen.
 */
public final class HiddenLine {

  private HiddenLine() {}

  /**
   * Reads the line. With {@code keyboard} false the input is not the process's own terminal
   * (a test's stream stands for it): the line is read from {@code lines} as it is.
   */
  public static char[] read(String prompt, BufferedReader lines, PrintWriter prompts, boolean keyboard)
      throws GuideException {
    prompts.flush();
    try {
      if (!keyboard) {
        prompts.print(prompt);
        prompts.flush();
        String line = lines.readLine();
        return line == null ? null : line.toCharArray();
      }
      // Ctrl-C at the prompt ends the line, so that the shell's prompt (or what the guide says) starts clean.
      Thread newline = new Thread(() -> {
        prompts.println();
        prompts.flush();
      });
      Runtime.getRuntime().addShutdownHook(newline);
      try {
        Console console = System.console();
        if (console != null) {
          return console.readPassword("%s", prompt);
        }
        return withoutEcho(prompt, lines, prompts);
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(newline);
        } catch (IllegalStateException shuttingDown) {
          // Ctrl-C came: the hook is ending the line.
        }
      }
    } catch (IOException e) {
      throw new GuideException(ExitCode.FAILED, "cannot read the passphrase: " + e.getMessage());
    }
  }

  private static char[] withoutEcho(String prompt, BufferedReader lines, PrintWriter prompts)
      throws IOException, GuideException {
    if (!stty("-echo")) {
      throw new GuideException(ExitCode.USAGE, "cannot hide what is typed at this terminal, so the passphrase is not "
          + "asked; set GUIDE_PASSPHRASE_FILE to a file (yours alone) whose first line is the passphrase");
    }
    // Ctrl-C while the echo is off must not leave the terminal silent.
    Thread restore = new Thread(() -> stty("echo"));
    Runtime.getRuntime().addShutdownHook(restore);
    try {
      prompts.print(prompt);
      prompts.flush();
      String line = lines.readLine();
      return line == null ? null : line.toCharArray();
    } finally {
      stty("echo");
      prompts.println();
      prompts.flush();
      try {
        Runtime.getRuntime().removeShutdownHook(restore);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running already.
      }
    }
  }

  private static boolean stty(String setting) {
    try {
      Process stty = new ProcessBuilder("stty", setting).redirectInput(ProcessBuilder.Redirect.INHERIT)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      return stty.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Overwrites a line read with {@link #read}. */
  public static void wipe(char[] line) {
    if (line != null) {
      Arrays.fill(line, '\0');
    }
  }
}
