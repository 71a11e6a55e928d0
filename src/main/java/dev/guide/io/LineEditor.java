package dev.guide.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.exec.ExecTerminalProvider;
import org.jline.utils.ExecHelper;
import org.jline.utils.OSUtils;

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

  private LineEditor(org.jline.terminal.Terminal terminal, PrintWriter out) throws IOException {
    this.terminal = terminal;
    this.out = out;
    java.util.Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(LineReader.BELL_STYLE, "none");
    // No history file: what is typed here is forgotten when the guide ends.
    variables.put(LineReader.HISTORY_SIZE, 100);
    Reader lines = new Reader(terminal, variables);
    lines.setHistory(new org.jline.reader.impl.history.DefaultHistory());
    // Typed text is never expanded: '!' and '\' mean themselves.
    lines.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
    lines.option(LineReader.Option.INSERT_TAB, true);
    lines.option(LineReader.Option.HISTORY_BEEP, false);
    this.reader = lines;
    this.width = terminal.getWidth();
    this.height = terminal.getHeight();
  }

  /**
   * JLine's line reader, as LineReaderBuilder makes it, but with its three hundred widgets (one
   * method reference each, every one linked at first use) made when a key first calls one, not
   * before the first prompt: that was a fifth of the time to it.
   */
  private static final class Reader extends LineReaderImpl {
    private final Widgets lazy;

    Reader(org.jline.terminal.Terminal terminal, java.util.Map<String, Object> variables) throws IOException {
      super(terminal, "guide", variables);
      lazy = new Widgets(this);
      builtinWidgets = lazy;
      widgets = lazy;
    }

    @Override
    protected java.util.Map<String, Widget> builtinWidgets() {
      // From the constructor, before this one's fields are set: the widgets come in Widgets.
      return lazy != null ? lazy : new java.util.HashMap<>();
    }

    java.util.Map<String, Widget> all() {
      return super.builtinWidgets();
    }
  }

  /** JLine's widgets by name, made on the first look-up of one (a callback, which JLine looks for at every line, is none). */
  private static final class Widgets extends java.util.HashMap<String, Widget> {
    private static final long serialVersionUID = 1L;
    private final transient Reader reader;
    private boolean made;

    Widgets(Reader reader) {
      this.reader = reader;
    }

    private synchronized void make() {
      if (!made) {
        made = true;
        super.putAll(reader.all());
      }
    }

    @Override
    public synchronized Widget get(Object name) {
      if (!made && !(name instanceof String text && text.startsWith("callback-"))) {
        make();
      }
      return super.get(name);
    }

    @Override
    public synchronized boolean containsKey(Object name) {
      make();
      return super.containsKey(name);
    }

    @Override
    public synchronized Widget put(String name, Widget widget) {
      make();
      return super.put(name, widget);
    }

    @Override
    public synchronized Widget remove(Object name) {
      make();
      return super.remove(name);
    }

    @Override
    public synchronized int size() {
      make();
      return super.size();
    }

    @Override
    public synchronized boolean isEmpty() {
      make();
      return super.isEmpty();
    }

    @Override
    public synchronized java.util.Set<String> keySet() {
      make();
      return super.keySet();
    }

    @Override
    public synchronized java.util.Collection<Widget> values() {
      make();
      return super.values();
    }

    @Override
    public synchronized java.util.Set<java.util.Map.Entry<String, Widget>> entrySet() {
      make();
      return super.entrySet();
    }

    @Override
    public synchronized Widget getOrDefault(Object name, Widget otherwise) {
      make();
      return super.getOrDefault(name, otherwise);
    }

    @Override
    public synchronized Widget putIfAbsent(String name, Widget widget) {
      make();
      return super.putIfAbsent(name, widget);
    }

    @Override
    public synchronized void forEach(java.util.function.BiConsumer<? super String, ? super Widget> action) {
      make();
      super.forEach(action);
    }
  }

  /**
   * Starts reading the terminal's settings now, in the background, for a run that will open the
   * editor (the questionnaire at a terminal): called as the guide starts.
   */
  public static void readSettingsEarly() {
    QuickPty.Settings.readEarly();
  }

  /** The editor at the process's own terminal; empty when JLine cannot take it. */
  public static java.util.Optional<LineEditor> open(PrintWriter out) {
    // JLine asks the terminal whether it joins grapheme clusters, and reads the answer from the
    // keyboard: what the person typed ahead of the prompt went with it.
    if (System.getProperty(GRAPHEME_CLUSTER) == null) {
      System.setProperty(GRAPHEME_CLUSTER, "false");
    }
    try {
      // Made directly rather than through TerminalBuilder, which starts a process for each
      // stream to ask whether it is a terminal (the caller knows: both ends are) and one to ask
      // the terminal's name (QuickPty says /dev/tty).
      QuickPty.Settings settings = QuickPty.Settings.taken();
      String type = System.getenv("TERM");
      ExecTerminalProvider provider = new ExecTerminalProvider();
      org.jline.terminal.Terminal terminal = new Posix(provider, type, new QuickPty(provider, settings),
          StandardCharsets.UTF_8, StandardCharsets.UTF_8, StandardCharsets.UTF_8,
          // The JVM keeps its own signal handling: Ctrl-C between lines ends the guide as before.
          false, org.jline.terminal.Terminal.SignalHandler.SIG_DFL);
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

  /**
   * JLine's terminal, with the capabilities of a type JLine carries ready-made
   * ({@link TerminalCapabilities}) rather than read from the jar, parsed, and first asked of
   * {@code infocmp}, a process more; another type is read as JLine reads it.
   */
  private static final class Posix extends PosixSysTerminal {
    Posix(ExecTerminalProvider provider, String type, QuickPty pty, java.nio.charset.Charset encoding,
        java.nio.charset.Charset input, java.nio.charset.Charset output, boolean nativeSignals,
        org.jline.terminal.Terminal.SignalHandler handler) throws IOException {
      super(provider, "guide", type, pty, encoding, input, output, nativeSignals, handler);
    }

    @Override
    protected void parseInfoCmp() {
      // Called by the constructor: only the type, set by then, and static data are used.
      if (!TerminalCapabilities.fill(type, bools, ints, strings)) {
        super.parseInfoCmp();
        return;
      }
      detectTrueColorSupport();
      try {
        palette.reloadFromCapabilities();
      } catch (IOException e) {
        // As JLine does: the default palette stays.
      }
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
    // The terminal's settings are read through a process (stty -a): the classes that start one,
    // and the JDK's method handles for it, go in the archive too. With no terminal (its input is
    // a pipe here) stty only fails.
    try {
      ExecHelper.exec(false, OSUtils.STTY_COMMAND, "-a");
    } catch (IOException e) {
      // As expected.
    }
    // The classes of the terminal itself, which a warm-up cannot open: loaded, so the archive
    // holds them too.
    for (String name : AT_A_TERMINAL) {
      try {
        Class.forName(name, true, LineEditor.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        // Another JLine: that class loads from the jar.
      }
    }
  }

  private static final String[] AT_A_TERMINAL = {
    "dev.guide.io.PendingEditor",
    "dev.guide.io.PendingEditor$1",
    "org.jline.terminal.impl.PosixSysTerminal",
    "org.jline.terminal.impl.AbstractPty",
    "org.jline.terminal.impl.AbstractPty$PtyInputStream",
    "org.jline.terminal.impl.AbstractPty$FileDescriptorCreator",
    "org.jline.terminal.impl.SignalInterceptingInputStream",
    "org.jline.terminal.impl.exec.ExecPty",
    "org.jline.utils.FastBufferedOutputStream",
    "org.jline.utils.NonCloseableInputStream",
    "org.jline.utils.NonCloseableOutputStream",
    "org.jline.utils.PumpThread",
    "org.jline.utils.PumpThread$ResultHandler",
    "org.jline.utils.PumpThread$IoReader",
    "org.jline.utils.PumpThread$TimedIoReader",
    "org.jline.utils.ShutdownHooks",
    "org.jline.utils.ShutdownHooks$Task",
    "dev.guide.io.QuickPty",
    "dev.guide.io.LineEditor$Posix",
    "dev.guide.io.LineEditor$Reader",
    "dev.guide.io.LineEditor$Widgets",
    "dev.guide.io.TerminalCapabilities",
    "dev.guide.io.TerminalCapabilityData",
    "dev.guide.io.QuickPty$Settings",
    "dev.guide.io.Dialogue",
    "dev.guide.io.AlternateScreen",
    "sun.misc.Signal",
    "sun.misc.SignalHandler",
  };
}
