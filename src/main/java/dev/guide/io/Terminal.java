package dev.guide.io;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What standard input and output are connected to. A person types at a terminal; a pipe or a
 * file is read without prompting and without waiting.
 */
public record Terminal(boolean inputTerminal, boolean inputPiped, boolean outputTerminal) {

  /** No terminal anywhere, nothing piped in: how tests and CI run. */
  public static final Terminal NONE = new Terminal(false, false, false);

  /** Looks at the real standard streams of this process. */
  public static Terminal detect() {
    String in = target(0);
    String out = target(1);
    if (in == null || out == null) {
      // No /proc (not Linux): the console tells whether both ends are a terminal.
      boolean both = consoleIsTerminal();
      return new Terminal(both, !both, both);
    }
    boolean inTty = isTty(in);
    return new Terminal(inTty, !inTty && !in.equals("/dev/null") && !openedByTheJvm(in), isTty(out));
  }

  /**
   * Whether standard input (0) or output (1) was closed when the guide started ({@code <&-},
   * {@code >&-}): the JVM then opens its own files on the free descriptor, and reading it would
   * read the JDK's {@code lib/modules}. False where /proc cannot tell.
   */
  public static boolean closedAtStart(int fd) {
    String target = target(fd);
    return target != null && openedByTheJvm(target);
  }

  private static boolean openedByTheJvm(String target) {
    String javaHome = System.getProperty("java.home", "");
    return !javaHome.isEmpty() && target.startsWith(Path.of(javaHome).toAbsolutePath() + "/");
  }

  private static String target(int fd) {
    try {
      return Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return null;
    }
  }

  private static boolean isTty(String target) {
    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
  }

  /** From JDK 22 a Console exists even when redirected, and says so through isTerminal(). */
  private static boolean consoleIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
