package dev.guide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** What a pseudo-terminal shows the guide's user, read as it comes (for the jar tests under {@code script}). */
final class TerminalScreen {
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
}
