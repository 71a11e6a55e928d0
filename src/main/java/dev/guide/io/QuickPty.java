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
      attributes = attributesOf(config);
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

  /**
   * The settings in {@code stty -a}, read as JLine's {@link ExecPty#doGetAttr} reads them: a flag
   * is on for the word "name" and off for "-name", the first of them counting; a control
   * character is "name = value". Read in one pass over the words rather than with the regular
   * expression JLine compiles for each of some ninety names, which took a fifth of the time to the
   * first prompt.
   */
  static Attributes attributesOf(String config) {
    java.util.Map<String, Boolean> flags = new java.util.HashMap<>();
    java.util.Map<String, String> chars = new java.util.HashMap<>();
    // The word before an '=', which names the control character after it.
    String last = null;
    int at = 0;
    int length = config.length();
    while (at < length) {
      char c = config.charAt(at);
      if (Character.isWhitespace(c) || c == ';') {
        at++;
      } else if (c == '=' && last != null) {
        // "name = value": the value runs to the next space or semicolon.
        int start = at + 1;
        while (start < length && Character.isWhitespace(config.charAt(start))) {
          start++;
        }
        int end = start + 1;
        while (end < length && !Character.isWhitespace(config.charAt(end)) && config.charAt(end) != ';') {
          end++;
        }
        if (end < length) {
          chars.putIfAbsent(last, config.substring(start, end));
        }
        last = null;
        at = end;
      } else {
        int end = at;
        while (end < length && !Character.isWhitespace(config.charAt(end)) && config.charAt(end) != ';'
            && config.charAt(end) != '=') {
          end++;
        }
        String word = config.substring(at, end);
        boolean off = word.startsWith("-");
        flags.putIfAbsent(off ? word.substring(1) : word, !off);
        last = word;
        at = end;
      }
    }
    Attributes attributes = new Attributes();
    attributes.setInputFlags(named(Attributes.InputFlag.class, flags, true), true);
    attributes.setInputFlags(named(Attributes.InputFlag.class, flags, false), false);
    attributes.setOutputFlags(named(Attributes.OutputFlag.class, flags, true), true);
    attributes.setOutputFlags(named(Attributes.OutputFlag.class, flags, false), false);
    attributes.setControlFlags(named(Attributes.ControlFlag.class, flags, true), true);
    attributes.setControlFlags(named(Attributes.ControlFlag.class, flags, false), false);
    attributes.setLocalFlags(named(Attributes.LocalFlag.class, flags, true), true);
    attributes.setLocalFlags(named(Attributes.LocalFlag.class, flags, false), false);
    for (Attributes.ControlChar control : Attributes.ControlChar.values()) {
      String name = control.name().toLowerCase(java.util.Locale.ROOT).substring(1);
      String value = chars.get(name);
      if (value == null && name.equals("reprint")) {
        value = chars.get("rprnt");
      }
      if (value != null) {
        attributes.setControlChar(control, controlChar(value.toUpperCase(java.util.Locale.ROOT)));
      }
    }
    return attributes;
  }

  /** The flags of one kind that {@code flags} (by lower-case name) has {@code on}, or off. */
  private static <F extends Enum<F>> java.util.EnumSet<F> named(Class<F> kind, java.util.Map<String, Boolean> flags,
      boolean on) {
    java.util.EnumSet<F> named = java.util.EnumSet.noneOf(kind);
    for (F flag : kind.getEnumConstants()) {
      if (Boolean.valueOf(on).equals(flags.get(flag.name().toLowerCase(java.util.Locale.ROOT)))) {
        named.add(flag);
      }
    }
    return named;
  }

  /** A control character as stty shows it: ^C, ^?, M-^C, M-x, DEL, an octal or decimal number, or {@code <undef>}. */
  private static int controlChar(String shown) {
    if (shown.equals("<UNDEF>")) {
      return -1;
    }
    if (shown.equalsIgnoreCase("DEL")) {
      return 127;
    }
    char first = shown.charAt(0);
    if (first == '0') {
      return Integer.parseInt(shown, 8);
    }
    if (first >= '1' && first <= '9') {
      return Integer.parseInt(shown, 10);
    }
    if (first == '^' && shown.length() > 1) {
      return shown.charAt(1) == '?' ? 127 : shown.charAt(1) - 64;
    }
    if (first == 'M' && shown.length() > 2 && shown.charAt(1) == '-') {
      if (shown.charAt(2) == '^' && shown.length() > 3) {
        return shown.charAt(3) == '?' ? 255 : shown.charAt(3) - 64 + 128;
      }
      return shown.charAt(2) + 128;
    }
    return first;
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
