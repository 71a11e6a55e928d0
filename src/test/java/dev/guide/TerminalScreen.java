package dev.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What a pseudo-terminal shows the guide's user, read as it comes (for the jar tests under {@code script}). */
final class TerminalScreen {

  private static final Path JAR = Path.of(System.getProperty("guide.jar", "target/guide.jar")).toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private final ByteArrayOutputStream seen = new ByteArrayOutputStream();

  TerminalScreen(InputStream in) {
    Thread reader = new Thread(() -> {
      byte[] buffer = new byte[4096];
      try {
        for (int n; (n = in.read(buffer)) > 0; ) {
          synchronized (seen) {
            seen.write(buffer, 0, n);
          }
        }
      } catch (IOException e) {
        // The terminal went away with the guide.
      }
    });
    reader.setDaemon(true);
    reader.start();
  }

  void await(String text) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!toString().contains(text)) {
      assertTrue(System.nanoTime() < end, "waited for '" + text + "' in\n" + this);
      Thread.sleep(50);
    }
  }

  @Override
  public String toString() {
    synchronized (seen) {
      return seen.toString(StandardCharsets.UTF_8);
    }
  }

  /** Types keys at the terminal, as a person would. */
  static void type(Process process, String keys) throws IOException {
    process.getOutputStream().write(keys.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().flush();
  }

  /**
   * The packaged jar under {@code script}, which gives it a pseudo-terminal, so keys typed (Ctrl-C
   * among them) reach it as they do from a person; with {@code args} after the jar, in {@code dir},
   * no passphrase file, and TERM as given (null: none, so no alternate screen).
   */
  static Process start(Path dir, String args, String term) throws IOException {
    assumeTrue(new File("/usr/bin/script").canExecute(), "script (util-linux) gives the guide a terminal");
    ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qfec", "'" + JAVA + "' -jar '" + JAR + "' " + args,
        "/dev/null").directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().remove("GUIDE_PASSPHRASE_FILE");
    if (term == null) {
      builder.environment().remove("TERM");
    } else {
      builder.environment().put("TERM", term);
    }
    return builder.start();
  }

  /** Ctrl-C at the terminal: the guide ends with 130 and says {@code stopped}. */
  static void ctrlC(Process process, TerminalScreen screen, String stopped) throws Exception {
    type(process, "\u0003");
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "Ctrl-C should end the guide\n" + screen);
    screen.await(stopped);
    assertEquals(130, process.exitValue(), screen.toString());
  }
}
