package dev.guide.io;

import java.io.PrintWriter;
import java.util.Map;

/**
 * The terminal's alternate screen, where the questionnaire runs so that its questions and
 * answers are gone from the screen and the scrollback when it ends, also on {@code q} or Ctrl-C.
 * The control sequences are xterm's (ESC [ ? 1049 h and l), which every terminal emulator in use
 * understands; they are not colour, so they do not go through picocli's markup. Used only when
 * the output is a terminal that says what it is ({@code TERM} set, not "dumb").
 */
public final class AlternateScreen implements AutoCloseable {

  public static final String ENTER = "\033[?1049h";
  public static final String LEAVE = "\033[?1049l";
  /** Moves the cursor home and clears the screen: a redraw in the alternate screen starts here. */
  public static final String CLEAR = "\033[H\033[2J";

  private final PrintWriter out;
  private final Thread onInterrupt;
  private volatile Runnable afterLeaving = () -> { };

  private AlternateScreen(PrintWriter out, boolean used) {
    this.out = used ? out : null;
    this.onInterrupt = used ? new Thread(() -> {
      leave();
      afterLeaving.run();
    }) : null;
  }

  /** What to do on Ctrl-C once the screen is left, so that what it says stays on the screen. */
  public void onInterrupt(Runnable action) {
    afterLeaving = action;
  }

  /** Whether a terminal of this kind has an alternate screen worth switching to. */
  public static boolean suits(Terminal terminal, Map<String, String> env) {
    String term = env.getOrDefault("TERM", "");
    return terminal.outputTerminal() && !term.isBlank() && !term.equals("dumb");
  }

  /** Switches {@code out} to the alternate screen when {@code use}; otherwise does nothing. */
  public static AlternateScreen enter(PrintWriter out, boolean use) {
    AlternateScreen screen = new AlternateScreen(out, use);
    if (use) {
      Runtime.getRuntime().addShutdownHook(screen.onInterrupt);
      out.print(ENTER);
      out.flush();
    }
    return screen;
  }

  /** Whether the questionnaire ran in the alternate screen (so what it said there is gone). */
  public boolean used() {
    return out != null;
  }

  @Override
  public void close() {
    if (out == null) {
      return;
    }
    leave();
    try {
      Runtime.getRuntime().removeShutdownHook(onInterrupt);
    } catch (IllegalStateException shuttingDown) {
      // Ctrl-C came: the hook is leaving the screen, as it should.
    }
  }

  private void leave() {
    out.print(LEAVE);
    out.flush();
  }
}
