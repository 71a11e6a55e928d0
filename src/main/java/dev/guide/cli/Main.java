package dev.guide.cli;

import dev.guide.io.StandardOutput;
import dev.guide.io.Terminal;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** The guide's entry point: {@code main} exits with what {@link #run} returns. */
public final class Main {

  /** Picocli's documented switch for leaving out built-in type converters. */
  private static final String CONVERTERS_EXCLUDES = "picocli.converters.excludes";

  private Main() {}

  public static void main(String[] args) {
    // A descriptor closed at start holds a file the JVM opened: never read or write that file.
    InputStream in = Terminal.closedAtStart(0) ? InputStream.nullInputStream() : System.in;
    PrintStream out = new StandardOutput(Terminal.closedAtStart(1) ? StandardOutput.closed() : new FileOutputStream(FileDescriptor.out));
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, java.nio.charset.StandardCharsets.UTF_8);
    Terminal terminal = Terminal.detect();
    String type = System.getenv("TERM");
    if (terminal.inputTerminal() && terminal.outputTerminal() && type != null && !type.startsWith("dumb")
        && "ask".equals(Session.commandWord(args)) && Session.dialogueFirst(args)) {
      // The questionnaire at a terminal: the line editor will want the terminal's settings, and
      // reading them (a process) takes long enough to start before anything else.
      dev.guide.io.LineEditor.readSettingsEarly();
    }
    int code = run(in, out, err, System.getenv(), terminal, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command with the given streams and environment, and returns its exit code. */
  public static int run(
      InputStream in, PrintStream out, PrintStream err, Map<String, String> env, Terminal terminal, String... args) {
    // No option of the guide takes a date, a time or a database connection; picocli's converters
    // for them load and initialise java.time and java.sql, which every start paid for.
    if (System.getProperty(CONVERTERS_EXCLUDES) == null) {
      System.setProperty(CONVERTERS_EXCLUDES, "java\\.(time|sql)\\..*");
    }
    Session session = new Session(in, out, err, env, terminal);
    return session.execute(args);
  }
}
