package dev.guide.io;

import java.io.IOException;
import java.io.PrintWriter;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.TerminalBuilder;

/**
 * The questionnaire's lines typed at a real terminal, through JLine: the line is edited as at a
 * shell prompt (left and right, Home and End, Ctrl-U, Ctrl-W, up and down through what was typed
 * this run, kept in memory only), and the width is read again after every line, so a resized
 * terminal wraps the next question to its new width. No key answers by itself: an arrow moves in
 * the line or recalls an earlier one, and only Enter sends it.
 *
 * <p>This is the only class that names JLine, and only {@link #open} makes one: other commands,
 * and the questionnaire from a pipe or a file, load no class of it. JLine's exec provider (stty)
 * is used, so no native library is unpacked anywhere. Ctrl-C ends the guide as it does everywhere
 * else (exit 130, the shutdown hooks keep or say what they must).
 */
public final class LineEditor implements LineInput, AutoCloseable {

  private static final String GRAPHEME_CLUSTER = "org.jline.terminal.graphemeCluster";

  private final org.jline.terminal.Terminal terminal;
  private final LineReader reader;
  private final PrintWriter out;
  private int width;
  private int height;

  private LineEditor(org.jline.terminal.Terminal terminal, PrintWriter out) {
    this.terminal = terminal;
    this.out = out;
    this.reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("guide")
        // Typed text is never expanded: '!' and '\' mean themselves.
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.INSERT_TAB, true)
        .option(LineReader.Option.HISTORY_BEEP, false)
        .variable(LineReader.BELL_STYLE, "none")
        // No history file: what is typed here is forgotten when the guide ends.
        .variable(LineReader.HISTORY_SIZE, 100)
        .build();
    this.width = terminal.getWidth();
    this.height = terminal.getHeight();
  }

  /** The editor at the process's own terminal; empty when JLine cannot take it. */
  public static java.util.Optional<LineEditor> open(PrintWriter out) {
    // JLine asks the terminal whether it joins grapheme clusters, and reads the answer from the
    // keyboard: what the person typed ahead of the prompt went with it.
    if (System.getProperty(GRAPHEME_CLUSTER) == null) {
      System.setProperty(GRAPHEME_CLUSTER, "false");
    }
    try {
      org.jline.terminal.Terminal terminal = TerminalBuilder.builder()
          .system(true)
          .provider("exec")
          // The JVM keeps its own signal handling: Ctrl-C between lines ends the guide as before.
          .nativeSignals(false)
          .dumb(false)
          .build();
      // A terminal that reports no width (a pseudo-terminal whose size was never set) gets JLine's
      // narrowest drawing, which hides the prompt ("=>...."): plain lines serve it better.
      if (terminal.getType() == null || terminal.getType().startsWith("dumb") || terminal.getWidth() <= 0) {
        terminal.close();
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(new LineEditor(terminal, out));
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  @Override
  public String readLine(String prompt) throws IOException {
    out.flush();
    try {
      return reader.readLine(prompt);
    } catch (EndOfFileException e) {
      return null;
    } catch (UserInterruptException e) {
      out.flush();
      Interrupts.endAsCtrlCDoes();
      return null;
    } finally {
      int now = terminal.getWidth();
      if (now > 0) {
        width = now;
      }
      int rows = terminal.getHeight();
      if (rows > 0) {
        height = rows;
      }
    }
  }

  @Override
  public int width(int otherwise) {
    return width > 0 ? width : otherwise;
  }

  @Override
  public int height(int otherwise) {
    return height > 0 ? height : otherwise;
  }

  @Override
  public boolean edits() {
    return true;
  }

  @Override
  public void close() {
    try {
      terminal.close();
    } catch (IOException e) {
      // The terminal was restored after the last line already.
    }
  }

  /**
   * Reads one line through JLine from a string, on no terminal, so that the run that makes the
   * launchers' class-data archive ({@code guide cds-training}) records its classes: at a
   * terminal they then load from the archive. Touches neither the terminal nor any file.
   */
  public static void warmUp() {
    try (org.jline.terminal.Terminal terminal = TerminalBuilder.builder()
        .system(false)
        .streams(new java.io.ByteArrayInputStream("x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            java.io.OutputStream.nullOutputStream())
        .type("xterm")
        .size(new org.jline.terminal.Size(80, 24))
        .nativeSignals(false)
        .build()) {
      LineReaderBuilder.builder().terminal(terminal).option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
          .variable(LineReader.BELL_STYLE, "none").build().readLine("> ");
    } catch (IOException | RuntimeException e) {
      // Only a warm-up: the archive holds fewer classes.
    }
  }
}
