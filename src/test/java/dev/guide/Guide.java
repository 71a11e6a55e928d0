package dev.guide;

import dev.guide.cli.Main;
import dev.guide.io.Terminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the guide in-process with its streams, environment and terminal isolated: no real
 * terminal, colour off unless a test turns it on, nothing read from the real standard input.
 */
public final class Guide {

  private byte[] stdin = new byte[0];
  private Terminal terminal = Terminal.NONE;
  private final Map<String, String> env = new HashMap<>();
  private final java.util.Set<String> unset = new java.util.HashSet<>();

  public static Guide guide() {
    return new Guide();
  }

  /** Runs with no input, no terminal and an empty environment. */
  public static CommandResult run(String... args) {
    return guide().exec(args);
  }

  public Guide stdin(String text) {
    return stdin(text.getBytes(StandardCharsets.UTF_8));
  }

  public Guide stdin(byte[] bytes) {
    this.stdin = bytes.clone();
    return this;
  }

  public Guide terminal(Terminal terminal) {
    this.terminal = terminal;
    return this;
  }

  /**
   * Input typed at a terminal, output to the terminal, by someone who has set GUIDE_PARTNER=he,
   * so that {@code guide ask} goes straight to the questions ({@link #unset} it to be asked first).
   */
  public Guide typed(String text) {
    env.putIfAbsent("GUIDE_PARTNER", "he");
    return terminal(new Terminal(true, false, true)).stdin(text);
  }

  /** Leaves a variable out of the environment, also one that {@link #typed} sets. */
  public Guide unset(String name) {
    unset.add(name);
    return this;
  }

  /** Input piped in from another program or a file. */
  public Guide piped(String text) {
    return terminal(new Terminal(false, true, false)).stdin(text);
  }

  public Guide env(String name, String value) {
    env.put(name, value);
    return this;
  }

  public CommandResult exec(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      Map<String, String> given = new HashMap<>(env);
      given.keySet().removeAll(unset);
      code = Main.run(new ByteArrayInputStream(stdin), o, e, given, terminal, args);
    }
    return new CommandResult(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
