package dev.guide.io;

import java.io.IOException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.impl.exec.ExecPty;
import org.jline.terminal.impl.exec.ExecTerminalProvider;
import org.jline.terminal.spi.SystemStream;
import org.jline.utils.ExecHelper;
import org.jline.utils.OSUtils;

/**
 * JLine's exec pseudo-terminal ({@code stty}), asked once. JLine's own runs {@code stty -a}
 * before every change of mode and for every size, and a process start costs several
 * milliseconds from a JVM: at the first prompt that was ten processes. Here the settings and the
 * size come from one {@code stty -a}; a change runs one {@code stty} and is remembered; the size
 * is read again only after the terminal was resized (SIGWINCH).
 *
 * <p>Only the guide changes the terminal's settings while this is open (the pager and the
 * passphrase prompt each put back what they found), so what is remembered stays true.
 */
final class QuickPty extends ExecPty {

  private Attributes attributes;
  private Size size;
  private volatile boolean resized;
  private final boolean watched;
  private Settings first;

  /** With the terminal's settings as {@code first} reads them (null: read them when needed). */
  QuickPty(ExecTerminalProvider provider, Settings first) {
    // The settings are read and set through standard input, which is the terminal.
    super(provider, SystemStream.Output, "/dev/tty");
    this.first = first;
    watched = watchResizes();
  }

  /**
   * {@code stty -a}, run on its own thread from {@link #read}: the process takes a good part of
   * the time to the first prompt, and JLine has its own set-up to do meanwhile.
   */
  static final class Settings extends Thread {
    private volatile String config;
    private volatile IOException failed;

    private Settings() {
      super("terminal settings");
      setDaemon(true);
    }

    static Settings read() {
      Settings settings = new Settings();
      settings.start();
      return settings;
    }

    private static Settings early;

    /**
     * Starts reading them as the guide starts, for a run that will surely ask for them (the
     * questionnaire at a terminal): the JVM's first process takes some twenty milliseconds.
     */
    static synchronized void readEarly() {
      if (early == null) {
        early = read();
      }
    }

    /** Those read early, once; else a reading started now. */
    static synchronized Settings taken() {
      Settings settings = early != null ? early : read();
      early = null;
      return settings;
    }

    @Override
    public void run() {
      try {
        config = ExecHelper.exec(true, OSUtils.STTY_COMMAND, "-a");
      } catch (IOException e) {
        failed = e;
      }
    }

    String get() throws IOException {
      try {
        join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while reading the terminal's settings");
      }
      if (failed != null) {
        throw failed;
      }
      return config;
    }
  }

  @Override
  public synchronized Attributes getAttr() throws IOException {
    if (attributes == null) {
      String config = first != null ? first.get() : doGetConfig();
      first = null;
      attributes = ExecPty.doGetAttr(config);
      size = sizeOf(config);
    }
    return new Attributes(attributes);
  }

  @Override
  protected synchronized void doSetAttr(Attributes wanted) throws IOException {
    // JLine's doSetAttr compares with getAttr() (remembered here) and runs stty only for a change.
    super.doSetAttr(wanted);
    attributes = new Attributes(wanted);
  }

  @Override
  public synchronized Size getSize() throws IOException {
    if (size == null || resized || !watched) {
      resized = false;
      size = sizeOf(doGetConfig());
    }
    return new Size(size.getColumns(), size.getRows());
  }

  @SuppressWarnings("removal")
  private boolean watchResizes() {
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), signal -> resized = true);
      return true;
    } catch (IllegalArgumentException | LinkageError e) {
      // No SIGWINCH here: the size is read again at every ask.
      return false;
    }
  }

  /** The rows and columns in {@code stty -a}: "rows 24; columns 80;" (GNU) or "24 rows; 80 columns;" (BSD). */
  static Size sizeOf(String config) {
    return new Size(number(config, "columns"), number(config, "rows"));
  }

  private static int number(String config, String name) {
    int at = config.indexOf(name);
    if (at < 0) {
      return 0;
    }
    int after = at + name.length();
    while (after < config.length() && config.charAt(after) == ' ') {
      after++;
    }
    int end = after;
    while (end < config.length() && Character.isDigit(config.charAt(end))) {
      end++;
    }
    if (end > after) {
      return Integer.parseInt(config.substring(after, end));
    }
    int before = at;
    while (before > 0 && config.charAt(before - 1) == ' ') {
      before--;
    }
    int start = before;
    while (start > 0 && Character.isDigit(config.charAt(start - 1))) {
      start--;
    }
    return start < before ? Integer.parseInt(config.substring(start, before)) : 0;
  }
}
