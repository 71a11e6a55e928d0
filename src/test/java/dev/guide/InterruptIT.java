package dev.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C at a real terminal: the packaged jar under {@code script}, which gives it a pseudo-terminal,
 * so the Ctrl-C typed becomes a SIGINT from the terminal, as it does for a person.
 */
class InterruptIT {

  private static final Path JAR = Path.of(System.getProperty("guide.jar", "target/guide.jar")).toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir Path dir;

  @Test
  void ctrlCWithSaveKeepsTheAnswersSoFarAndSaysSo() throws Exception {
    assumeTrue(new File("/usr/bin/script").canExecute(), "script (util-linux) gives the guide a terminal");
    Path data = dir.resolve("data");
    Process process = new ProcessBuilder("/usr/bin/script", "-qfec", "'" + JAVA + "' -jar '" + JAR
        + "' --partner she ask --save --data-dir '" + data + "'", "/dev/null")
        .directory(dir.toFile()).redirectErrorStream(true).start();
    Screen screen = new Screen(process.getInputStream());
    OutputStream keys = process.getOutputStream();
    screen.await("1 of ");
    keys.write("1\n".getBytes(StandardCharsets.UTF_8));
    keys.flush();
    screen.await("2 of ");
    keys.write(3); // Ctrl-C
    keys.flush();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "Ctrl-C should end the guide\n" + screen);
    screen.await("Stopped.");
    assertEquals(130, process.exitValue(), screen.toString());
    assertTrue(screen.toString().contains("Your answers so far are kept; 'guide ask --resume' goes on from here."),
        screen.toString());
    assertTrue(Files.isRegularFile(data.resolve("draft.json")), "the answer given is kept\n" + screen);
  }

  /** What the terminal shows, read as it comes. */
  private static final class Screen {
    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();

    Screen(InputStream in) {
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
  }
}
