package dev.guide;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real terminal for the jar tests: a tmux server of the test's own (its own socket, so no other
 * tmux is touched) runs the guide in a window of a given size; the test types real keys (arrows,
 * Ctrl-U, Ctrl-C), resizes the window, and reads the screen as a person sees it. Skipped where
 * tmux is not installed.
 */
public final class Tmux implements AutoCloseable {

  private final String socket = "guide-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
  private final Path exitFile;

  private Tmux(Path exitFile) {
    this.exitFile = exitFile;
  }

  /**
   * Starts {@code command} (a shell command line) in a window {@code columns} wide and
   * {@code rows} high, with {@code env} added to the environment; its exit code is written to
   * {@code dir}/exit when it ends.
   */
  public static Tmux start(Path dir, int columns, int rows, Map<String, String> env, String command)
      throws IOException, InterruptedException {
    assumeTrue(new File("/usr/bin/tmux").canExecute() || new File("/bin/tmux").canExecute(), "tmux makes the terminal");
    Tmux tmux = new Tmux(dir.resolve("exit"));
    StringBuilder line = new StringBuilder();
    for (Map.Entry<String, String> e : env.entrySet()) {
      line.append(e.getKey()).append("='").append(e.getValue().replace("'", "'\\''")).append("' ");
    }
    String shell = "env " + line + command + "; echo $? > '" + tmux.exitFile + "'; sleep 600";
    tmux.run("new-session", "-d", "-x", String.valueOf(columns), "-y", String.valueOf(rows), shell);
    return tmux;
  }

  /** Sends keys as tmux names them ("Up", "C-u", "Enter") or as literal text (with {@code -l}). */
  public Tmux keys(String... keys) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", "0"));
    args.addAll(List.of(keys));
    run(args.toArray(String[]::new));
    return this;
  }

  /** Types {@code text} as it is, then Enter. */
  public Tmux line(String text) throws IOException, InterruptedException {
    if (!text.isEmpty()) {
      run("send-keys", "-t", "0", "-l", text);
    }
    return keys("Enter");
  }

  public Tmux resize(int columns, int rows) throws IOException, InterruptedException {
    run("resize-window", "-t", "0", "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    return this;
  }

  /** The screen now, its lines as the terminal shows them. */
  public String screen() throws IOException, InterruptedException {
    return run("capture-pane", "-p", "-t", "0");
  }

  /** The screen with the lines the terminal wrapped joined again: a line longer than the width was not wrapped by the guide. */
  public String joined() throws IOException, InterruptedException {
    return run("capture-pane", "-p", "-J", "-t", "0");
  }

  /** Everything the window showed, the scrollback too, with the lines the terminal wrapped joined. */
  public String all() throws IOException, InterruptedException {
    return run("capture-pane", "-p", "-J", "-S", "-", "-t", "0");
  }

  /** Waits (up to 20 s) until the screen shows {@code text}; returns the screen. */
  public String waitFor(String text) throws IOException, InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    String screen = screen();
    while (!screen.contains(text) && System.nanoTime() < end) {
      Thread.sleep(100);
      screen = screen();
    }
    if (!screen.contains(text)) {
      throw new AssertionError("the screen never showed '" + text + "'\n" + screen);
    }
    return screen;
  }

  /**
   * Waits until the screen shows {@code text} and then the empty prompt "&gt; " on its last line:
   * the line editor draws it once it reads keys, and keys typed before are echoed by the terminal
   * as they come, escape codes and all, as they would be for a person typing ahead.
   */
  public String prompt(String text) throws IOException, InterruptedException {
    return prompt(text, ">");
  }

  /** As {@link #prompt(String)}, for a prompt that ends the screen with {@code last}. */
  public String prompt(String text, String last) throws IOException, InterruptedException {
    waitFor(text);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    String screen = screen();
    while (!lastLine(screen).equals(last) && System.nanoTime() < end) {
      Thread.sleep(100);
      screen = screen();
    }
    if (!lastLine(screen).equals(last)) {
      throw new AssertionError("no prompt after '" + text + "'\n" + screen);
    }
    return screen;
  }

  private static String lastLine(String screen) {
    String[] lines = screen.stripTrailing().split("\n");
    return lines[lines.length - 1].strip();
  }

  /** Waits (up to 20 s) for the guide to end, and gives its exit code. */
  public int exitCode() throws IOException, InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < end) {
      if (exitFile.toFile().isFile()) {
        String code = java.nio.file.Files.readString(exitFile).strip();
        if (!code.isEmpty()) {
          return Integer.parseInt(code);
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the guide did not end\n" + screen());
  }

  private String run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("tmux " + String.join(" ", args) + ": " + out);
    }
    return out;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      run("kill-server");
    } catch (IOException e) {
      // Already gone.
    }
  }
}
