package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import dev.guide.content.Content;
import dev.guide.content.ContentException;
import dev.guide.content.ContentReader;
import dev.guide.content.Partner;
import dev.guide.io.AlternateScreen;
import dev.guide.io.Pager;
import dev.guide.io.StandardOutput;
import dev.guide.io.Terminal;
import dev.guide.render.Styler;
import dev.guide.render.View;
import dev.guide.store.CacheFolder;
import dev.guide.store.CheckInStore;
import dev.guide.store.DataFolder;
import dev.guide.store.FolderLock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * One run of the guide: the streams, the environment and the terminal it was given, and the
 * content, read only when a command asks for it.
 */
final class Session {

  static final int DEFAULT_WIDTH = 80;

  private final InputStream in;
  private final PrintStream stdout;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> env;
  private final Terminal terminal;
  private final GuideCommand root;
  private Content content;
  private FolderLock lock;
  private Passphrases passphrases;
  private BufferedReader lines;
  private String[] args = new String[0];
  /** Whether the partner was named otherwise than by --partner: GUIDE_PARTNER, saved answers, or asked. */
  private boolean partnerSettled;

  Session(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, Terminal terminal) {
    this.in = in;
    this.stdout = out;
    // UTF-8 whatever the locale says: Java 17 takes the writer's charset from the locale, and
    // under LANG=C or a locale that is not installed every quote mark would print as '?'.
    this.out = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    this.err = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    this.env = Map.copyOf(env);
    this.terminal = terminal;
    this.root = new GuideCommand(this);
  }

  int execute(String... args) {
    this.args = args.clone();
    String word = commandWord(args);
    if ("ask".equals(word) && dialogueFirst(args)) {
      // The questionnaire at a terminal with nothing to ask first: the line editor is made on its
      // own thread from here, while picocli reads the command line and the content loads.
      prepareInput(out);
    }
    CommandLine commandLine = commandLine(word);
    commandLine
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        // The last of an option given twice counts, as in most tools, wherever it stands.
        .setOverwrittenOptionsAllowed(true)
        .setExecutionExceptionHandler(Errors.EXECUTION)
        .setParameterExceptionHandler(Errors.PARAMETERS);
    if (wantsHelp(args)) {
      // Only help is coloured by picocli; setting up its colours costs every other start.
      commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(helpAnsi(args)));
      // Picocli lays out help in no fewer than 55 columns; prose of our own wraps narrower.
      commandLine.setUsageHelpWidth(Math.max(55, width()));
      SharedOptionsHelp.apply(commandLine);
    }
    int code;
    try {
      code = commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
      closeEditor();
      // The passphrase and its keys stay in memory no longer than the command needs them.
      if (lock != null) {
        lock.wipe();
      }
      if (passphrases != null) {
        passphrases.wipe();
      }
    }
    return outputWritten(code);
  }

  /**
   * The exit code once standard output is known to hold what was written: a write that failed (a
   * full disk, a closed descriptor) fails the run, with a message; a reader that went away does not.
   */
  private int outputWritten(int code) {
    if (!stdout.checkError()) {
      return code;
    }
    Optional<IOException> failure =
        stdout instanceof StandardOutput watched ? watched.failure() : Optional.empty();
    if (failure.isPresent() && StandardOutput.readerWentAway(failure.get())) {
      return code;
    }
    String why = failure.map(e -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
        .orElse("the write failed");
    String fix = why.contains("No space") ? "; free some space, or send it elsewhere" : "";
    err.println("guide: cannot write to standard output: " + why + "; what it shows is incomplete" + fix);
    err.flush();
    return code == ExitCode.OK ? ExitCode.FAILED : code;
  }

  /** Whether picocli will print usage help: asked for, or no command given. */
  static boolean wantsHelp(String... args) {
    if (args.length == 0 || commandWord(args) == null) {
      return true;
    }
    for (String arg : args) {
      if (arg.equals("-h") || arg.equals("--help")) {
        return true;
      }
    }
    return false;
  }

  /** The command line with the command named {@code wanted}, or with all of them when null. */
  CommandLine commandLine(String wanted) {
    CommandLine commandLine = new CommandLine(root.spec);
    for (String name : GuideCommand.COMMANDS) {
      if (wanted == null || wanted.equals(name)) {
        Object command = GuideCommand.create(name, this);
        commandLine.addSubcommand(name, command instanceof BaseCommand ours ? ours.spec : command);
      }
    }
    return commandLine;
  }

  /** Options of the guide itself that take a value in the next word. */
  private static final java.util.Set<String> OPTIONS_WITH_VALUE = java.util.Set.of("--partner", "--color", "--content");

  /** Whether 'ask' with these arguments starts with the questionnaire (no file, check-in, passphrase or help first). */
  static boolean dialogueFirst(String... args) {
    for (String arg : args) {
      if (arg.startsWith("--answers") || arg.equals("--save") || arg.equals("--resume") || arg.equals("--from-last")
          || arg.equals("--template") || arg.equals("--help") || arg.equals("-h") || arg.equals("--version")
          || arg.equals("-V") || arg.equals("--")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The command named on the command line when it is one of the guide's, other than those that
   * need all the others (help, completion); "" (none) for the version alone; null otherwise.
   */
  static String commandWord(String... args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        return null;
      }
      if (arg.startsWith("-")) {
        if (OPTIONS_WITH_VALUE.contains(arg)) {
          i++;
        }
        continue;
      }
      boolean known = GuideCommand.COMMANDS.contains(arg);
      return known && !arg.equals("help") && !arg.equals("completion") ? arg : null;
    }
    // The version alone needs no command (picocli's help command reads annotations: 6 proxy classes).
    return java.util.Arrays.asList(args).contains("--version") || java.util.Arrays.asList(args).contains("-V") ? "" : null;
  }

  InputStream in() {
    return in;
  }

  PrintWriter out() {
    return out;
  }

  /**
   * The reader's country for the help list: the --country given, else GUIDE_COUNTRY, else the
   * region of the locale (LC_ALL, then LC_MESSAGES, then LANG: "en_GB.UTF-8" is GB); empty when
   * none says.
   */
  java.util.Optional<String> country(String given) {
    if (given != null) {
      return java.util.Optional.of(given);
    }
    String fromEnv = env.getOrDefault("GUIDE_COUNTRY", "").strip();
    if (!fromEnv.isEmpty()) {
      // Taken as --country takes it ("IE", "Ireland", "IRL"), but a lasting setting that names no
      // country at all ("12", a typo) leaves the locale's country rather than every country's lines.
      try {
        String code = new SharedOptions.CountryCode().convert(fromEnv);
        if (code.length() == 2 && Character.isLetter(code.charAt(0)) && Character.isLetter(code.charAt(1))) {
          return java.util.Optional.of(code);
        }
      } catch (picocli.CommandLine.TypeConversionException notACountry) {
        // Fall back to the locale.
      }
    }
    for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String locale = env.getOrDefault(name, "");
      if (!locale.isEmpty()) {
        java.util.regex.Matcher region = java.util.regex.Pattern.compile("^[a-zA-Z]{2,3}_([A-Za-z]{2})([.@].*)?$").matcher(locale);
        return region.matches() ? java.util.Optional.of(region.group(1).toUpperCase(java.util.Locale.ROOT)) : java.util.Optional.empty();
      }
    }
    return java.util.Optional.empty();
  }

  PrintWriter err() {
    return err;
  }

  Terminal terminal() {
    return terminal;
  }

  boolean debug() {
    return root.debug();
  }

  /** The content named by --content, else GUIDE_CONTENT, else the content built into the guide. */
  Content content() throws ContentException {
    if (content == null) {
      ContentReader.Folder folder = folder();
      // The built-in content was checked when the guide was built; only read it.
      content = folder.builtIn() ? ContentReader.readBuiltIn() : ContentReader.read(folder);
    }
    return content;
  }

  /** The content folder in use: the one named by --content, else GUIDE_CONTENT, else the built-in one. */
  ContentReader.Folder folder() {
    return folder(root.content());
  }

  /** The folder {@code explicit} names, else as {@link #folder()}. */
  ContentReader.Folder folder(Path explicit) {
    if (explicit != null) {
      return ContentReader.directory(explicit);
    }
    String fromEnv = env.getOrDefault("GUIDE_CONTENT", "");
    return fromEnv.isBlank() ? ContentReader.builtIn() : ContentReader.directory(Path.of(fromEnv));
  }

  /**
   * The check-ins in the folder named by --data-dir, else XDG_DATA_HOME/guide, else
   * ~/.local/share/guide, read and written through the folder's passphrase lock ({@link #lock()}).
   */
  CheckInStore store(Path dataDir) throws GuideException {
    Path folder = DataFolder.locate(dataDir, env);
    passphrases = new Passphrases(this, folder);
    lock = new FolderLock(folder, passphrases);
    return new CheckInStore(folder).lockedWith(lock);
  }

  /** The passphrase lock of the store last made by {@link #store}. */
  FolderLock lock() {
    return lock;
  }

  /** Where the passphrase of the store last made by {@link #store} comes from. */
  Passphrases passphrases() {
    return passphrases;
  }

  /** The file GUIDE_PASSPHRASE_FILE names, or null when it is not set. */
  Path passphraseFile() {
    String file = env.getOrDefault(Passphrases.FILE_VARIABLE, "");
    return file.isBlank() ? null : Path.of(file);
  }

  /**
   * Standard input as lines, one reader for the whole run, so that the questionnaire, a yes-or-no
   * question and a passphrase read after it never lose what the other buffered.
   */
  BufferedReader lines() {
    if (lines == null) {
      lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return lines;
  }

  /** The line editor once the dialogue at a terminal asked for one; null before, and where there is none. */
  private dev.guide.io.LineInput editor;

  /**
   * Where the person types the dialogue's lines, shown on {@code prompts}: at the process's own
   * terminal, with a TERM that can edit, JLine's line editor (loaded only here, once a run);
   * otherwise the plain lines of standard input.
   */
  dev.guide.io.LineInput input(PrintWriter prompts) {
    if (editor == null && editable(prompts)) {
      prepareInput(prompts);
      editor = opening;
      opening = null;
    }
    return editor != null && prompts == out ? editor : dev.guide.io.LineInput.plain(lines(), prompts);
  }

  private boolean editable(PrintWriter prompts) {
    return prompts == out && keyboard() && terminal.inputTerminal() && terminal.outputTerminal()
        && AlternateScreen.suits(terminal, env);
  }

  /** The line editor being made, on its own thread, while the first question is shown. */
  private dev.guide.io.PendingEditor opening;

  /**
   * Starts making the line editor where {@link #input} will give one: JLine takes a good part of
   * a second to load and to read the terminal's settings, which it does while the guide shows
   * the first question rather than before.
   */
  void prepareInput(PrintWriter prompts) {
    if (editor == null && opening == null && editable(prompts)) {
      opening = dev.guide.io.PendingEditor.start(out, lines());
    }
  }

  /** Gives the terminal back (before a pager takes it, and at the end). */
  private void closeEditor() {
    if (editor instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // The terminal was restored after the last line already.
      }
    }
    editor = null;
  }

  /** Whether standard input is this process's own (a person's keyboard when it is a terminal), not a test's stream. */
  boolean keyboard() {
    return in == System.in;
  }

  /** Asks a yes-or-no question at the terminal; Enter gives {@code otherwise}, the end of input no. */
  boolean yes(PrintWriter prompts, String question, boolean otherwise) throws IOException {
    String answer = input(prompts).readLine(fitted(question));
    if (answer == null) {
      prompts.println();
      return false;
    }
    String said = answer.strip().toLowerCase(java.util.Locale.ROOT);
    return said.isEmpty() ? otherwise : said.equals("y") || said.equals("yes");
  }

  /** Whether the questionnaire should run in the terminal's alternate screen. */
  boolean alternateScreen() {
    return AlternateScreen.suits(terminal, env);
  }

  /** Where the launchers keep their class-data archive, when the environment names a place. */
  Optional<Path> cacheFolder() {
    return CacheFolder.locate(env);
  }

  /**
   * The clock that dates check-ins: the system's, unless GUIDE_NOW gives a fixed date and time
   * (such as 2026-11-22T19:04:00+01:00), so tests and examples can make "a week later" happen.
   */
  Clock clock() throws GuideException {
    String now = env.getOrDefault("GUIDE_NOW", "");
    if (now.isBlank()) {
      return Clock.systemDefaultZone();
    }
    OffsetDateTime fixed;
    try {
      fixed = OffsetDateTime.parse(now.strip());
    } catch (DateTimeParseException e) {
      throw usage("GUIDE_NOW is '" + now + "'; give a date and time such as 2026-11-22T19:04:00+01:00, or unset it");
    }
    // A check-in dated far ahead would stay the latest for ever; one far back is no check-in either.
    if (fixed.getYear() < CheckInStore.FIRST_YEAR || fixed.getYear() > CheckInStore.LAST_YEAR) {
      throw usage("GUIDE_NOW is '" + now + "'; give a date from " + CheckInStore.FIRST_YEAR + " to "
          + CheckInStore.LAST_YEAR + ", such as 2026-11-22T19:04:00+01:00, or unset it");
    }
    return Clock.fixed(fixed.toInstant(), fixed.getOffset());
  }

  /**
   * Speaks of the partner as an earlier check-in or stopped questionnaire did, unless --partner
   * was given this time: a she or a they should not turn back into a he on --resume.
   */
  void keepPartner(Partner saved) {
    if (!partnerGiven()) {
      root.partner(saved);
      partnerSettled = true;
    }
  }

  /** Whether --partner was given this time. */
  private boolean partnerGiven() {
    for (String arg : args) {
      if (arg.equals("--partner") || arg.startsWith("--partner=")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Speaks of the partner as GUIDE_PARTNER says, unless --partner was given; a usage error when
   * it names none of he, she and they, rather than silently speaking of "he".
   */
  void partnerFromEnvironment() throws GuideException {
    String named = env.getOrDefault("GUIDE_PARTNER", "");
    if (named.isBlank() || partnerGiven()) {
      return;
    }
    root.partner(Partner.parse(named).orElseThrow(() -> usage("GUIDE_PARTNER is '" + named
        + "'; set it to he, she or they (how the guide speaks of your partner), or unset it")));
    partnerSettled = true;
  }

  /** Whether the person has said how to speak of the partner: --partner, GUIDE_PARTNER, or saved answers. */
  boolean partnerChosen() {
    return partnerSettled || partnerGiven();
  }

  /** Speaks of the partner as the person just said. */
  void choosePartner(Partner partner) {
    root.partner(partner);
    partnerSettled = true;
  }

  /** How to show things on standard output, from the options and the terminal. */
  View view() {
    Ansi ansi = ansi(root.color());
    Styler styler = ansi.enabled() ? new AnsiStyler(ansi) : Styler.PLAIN;
    return new View(root.partner(), width(), styler, terminal.outputTerminal());
  }

  /**
   * Sends long output through the pager when a person is reading at a terminal; false when the
   * text is short, the output is not a terminal, --no-pager was given, or no pager could start.
   */
  boolean page(String text) {
    if (root.noPager() || !terminal.outputTerminal() || text.lines().count() < height()) {
      return false;
    }
    Pager pager = new Pager(env);
    return pager.command().map(command -> {
      out.flush();
      closeEditor();
      boolean shown = pager.show(command, text);
      if (!shown && pager.failed()) {
        err.println(dev.guide.TerminalText.escape("guide: the pager (" + command + ") ended with an error, so the text "
            + "follows without it; set PAGER to another, or give --no-pager"));
      }
      return shown;
    }).orElse(false);
  }

  /** LINES when set (the launcher sets it on a terminal), else 24. */
  int height() {
    try {
      return Math.max(2, Integer.parseInt(env.getOrDefault("LINES", "").strip()));
    } catch (NumberFormatException e) {
      return 24;
    }
  }

  /**
   * A file name typed at a prompt, as a shell would take it: "~" or "~/..." is in the home folder.
   * (A shell expands it before the guide sees an option's value; at a prompt no shell does.)
   */
  Path typedPath(String typed) {
    String home = env.getOrDefault("HOME", "");
    if (!home.isEmpty() && (typed.equals("~") || typed.startsWith("~/"))) {
      return Path.of(home + typed.substring(1));
    }
    return Path.of(typed);
  }

  /**
   * A message or prompt of one paragraph, wrapped at words to the width where the output is a
   * terminal (which would otherwise cut it mid-word at the edge); as it is when piped. A prompt's
   * trailing space stays, for the cursor.
   */
  String fitted(String prose) {
    if (!terminal.outputTerminal() || prose.length() <= width()) {
      return prose;
    }
    String wrapped = String.join("\n", dev.guide.render.Wrap.lines(prose, width(), "", ""));
    return prose.endsWith(" ") ? wrapped + " " : wrapped;
  }

  /**
   * COLUMNS when set (the launcher sets it on a terminal), else 80; kept within what View allows.
   * Zero or less is no width at all (an unset terminal size), so it means 80 too.
   */
  int width() {
    if (editor != null) {
      return Math.max(View.MIN_WIDTH, Math.min(View.MAX_WIDTH, editor.width(columns())));
    }
    return columns();
  }

  private int columns() {
    try {
      int columns = Integer.parseInt(env.getOrDefault("COLUMNS", "").strip());
      return columns < 1 ? DEFAULT_WIDTH : Math.max(View.MIN_WIDTH, Math.min(View.MAX_WIDTH, columns));
    } catch (NumberFormatException e) {
      return DEFAULT_WIDTH;
    }
  }

  private Ansi ansi(GuideCommand.ColorMode mode) {
    switch (mode) {
      case always:
        return Ansi.ON;
      case never:
        return Ansi.OFF;
      default:
        boolean noColor = !env.getOrDefault("NO_COLOR", "").isEmpty();
        boolean dumb = "dumb".equals(env.get("TERM"));
        return terminal.outputTerminal() && !noColor && !dumb ? Ansi.ON : Ansi.OFF;
    }
  }

  /** Help is printed before options are parsed, so look for --color in the raw arguments. */
  private Ansi helpAnsi(String... args) {
    GuideCommand.ColorMode mode = GuideCommand.ColorMode.auto;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = arg.startsWith("--color=") ? arg.substring(8) : arg.equals("--color") && i + 1 < args.length ? args[i + 1] : null;
      if (value != null) {
        for (GuideCommand.ColorMode m : GuideCommand.ColorMode.values()) {
          if (m.name().equalsIgnoreCase(value)) {
            mode = m;
          }
        }
      }
    }
    return ansi(mode);
  }

  static GuideException usage(String message) {
    return new GuideException(ExitCode.USAGE, message);
  }

  /**
   * Colour and bold as plain SGR sequences around the text, never through picocli's markup: the
   * text is content, and "|@" or "@|" in a title must show as written, not be read as markup.
   */
  private record AnsiStyler(Ansi ansi) implements Styler {
    @Override
    public String heading(String text) {
      return "\033[1m" + text + "\033[0m";
    }

    @Override
    public String name(String text) {
      return "\033[1;36m" + text + "\033[0m";
    }

    @Override
    public String warning(String text) {
      return "\033[1;33m" + text + "\033[0m";
    }
  }
}
