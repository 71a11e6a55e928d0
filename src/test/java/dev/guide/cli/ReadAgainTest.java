package dev.guide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.io.Terminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offer after the pager closes: read again, save to a file, or leave (found in a new user's trial). */
class ReadAgainTest {

  @TempDir
  Path home;

  private String offer(String typed, int columns) throws IOException {
    return offer(typed, columns, false);
  }

  private String offer(String typed, int columns, boolean aboutSafety) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Session session = new Session(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        Map.of("HOME", home.toString(), "COLUMNS", String.valueOf(columns)), new Terminal(false, false, true));
    ReadAgain.offer(session, "the result\n", aboutSafety, format -> "the result as " + format + "\n");
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aFileTypedWithATildeIsSavedInTheHomeFolder() throws IOException {
    String said = offer("s\n~/kept.md\n\n", 80);
    Path kept = home.resolve("kept.md");
    assertTrue(Files.isRegularFile(kept), said);
    assertTrue(said.contains("Saved in " + kept), said);
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
  }

  @Test
  void atA40ColumnTerminalThePromptsAreWrappedAtWords() throws IOException {
    String said = offer("s\n\n\n", 40);
    // Typed answers are not echoed here, so each prompt's line ends where the next begins.
    for (String line : said.split("\n|(?<=goes on: )|(?<=text\\): )")) {
      assertTrue(line.length() <= 40, () -> "'" + line + "' is cut by a 40-column terminal\n" + said);
    }
    assertTrue(said.contains("Markdown,"), said);
    // Another question may follow (a plan, the save): Enter goes on to it, it does not leave the guide.
    assertTrue(said.contains("Enter goes on:") && !said.contains("leaves"), said);
  }

  @Test
  void aResultAboutFearSavedToAFileSaysWhoCouldReadItAndHowToDeleteIt() throws IOException {
    String said = offer("s\n~/kept.txt\n\n", 80, true).replaceAll("\\s+", " ");
    assertTrue(said.contains("holds what you said about fear or control") && said.contains("kept.txt'"), said);
    assertTrue(!offer("s\n~/other.txt\n\n", 80, false).contains("fear or control"));
  }
}
