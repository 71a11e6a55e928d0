package dev.guide.cli;

import static dev.guide.Guide.guide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.io.StandardOutput;
import dev.guide.io.Terminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Where the guide reads and writes: standard output that fails, standard input against --answers, widths. */
class StreamsTest {

  @TempDir Path dir;

  /** A standard output whose writes fail as a full disk's do. */
  private static OutputStream full() {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
  }

  private static CommandResult run(PrintStream out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(), Terminal.NONE, args);
    return new CommandResult(code, "", err.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"reasons", "questions", "--help", "sources"})
  void aFailedWriteToStandardOutputExitsOneWithAMessage(String command) {
    run(new PrintStream(full(), false, StandardCharsets.UTF_8), command).assertExit(ExitCode.FAILED)
        .assertErrContains("guide: cannot write to standard output").assertNoStackTrace();
  }

  @Test
  void aFullDiskIsNamedAsSuch() {
    run(new StandardOutput(full()), "reasons").assertExit(ExitCode.FAILED)
        .assertErrContains("cannot write to standard output: No space left on device").assertErrContains("free some space");
  }

  @Test
  void aReaderThatWentAwayEndsQuietly() {
    OutputStream gone = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    CommandResult result = run(new StandardOutput(gone), "reasons").assertExit(ExitCode.OK);
    assertEquals("", result.err());
  }

  @Test
  void aFailureAlreadyReportedKeepsItsExitCode() {
    run(new PrintStream(full(), false, StandardCharsets.UTF_8), "reason", "no-such-reason").assertExit(ExitCode.USAGE);
  }

  @Test
  void aNamedAnswerFileWinsOverWhatIsPiped() throws IOException {
    Path file = Files.writeString(dir.resolve("answers.txt"), AskCommandTest.ANSWERS);
    CommandResult fromFile = guide().piped("some list of files\nanother\n").exec("ask", "--answers", file.toString())
        .assertExit(ExitCode.OK);
    assertEquals(guide().piped(AskCommandTest.ANSWERS).exec("ask").out(), fromFile.out());
  }

  @Test
  void dashStillReadsStandardInput() {
    guide().piped(AskCommandTest.ANSWERS).exec("ask", "--answers", "-").assertExit(ExitCode.OK)
        .assertOutContains("WHAT MAY BE GOING ON");
  }

  @Test
  void aReadErrorNamesTheAnswerFile() {
    // Reading the process's own memory at offset 0 fails with an I/O error after the open succeeds.
    Path mem = Path.of("/proc/self/mem");
    assumeTrue(Files.exists(mem), "needs Linux's /proc/self/mem for a file that opens but cannot be read");
    CommandResult result = guide().exec("ask", "--answers", mem.toString()).assertExit(ExitCode.USAGE)
        .assertErrContains("cannot read /proc/self/mem").assertNoStackTrace();
    assertTrue(!result.err().contains("standard input"), result::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "", "wide"})
  void columnsThatAreNoWidthMeanEighty(String columns) {
    String text = guide().env("COLUMNS", columns).exec("reason", "past-hurt").assertExit(ExitCode.OK).out();
    assertEquals(guide().env("COLUMNS", "80").exec("reason", "past-hurt").out(), text, "COLUMNS=" + columns);
  }

  /** Prose, that is: lists piped to a program stay one item a line, however long. */
  @Test
  void atTwentyColumnsNoLinePassesTwenty() throws IOException {
    Path answers = Files.writeString(dir.resolve("answers.txt"), AskCommandTest.ANSWERS);
    List<List<String>> runs = List.of(List.of("reason", "past-hurt"), List.of("reason", "emotionally-unavailable"),
        List.of("sign", "says-he-doesnt-deserve-you"), List.of("advice", "give-space"),
        List.of("ask", "--answers", answers.toString()));
    for (List<String> args : runs) {
      String out = guide().env("COLUMNS", "20").exec(args.toArray(String[]::new)).assertExit(ExitCode.OK).out();
      out.lines().forEach(line -> assertTrue(line.codePointCount(0, line.length()) <= 20,
          () -> "guide " + String.join(" ", args) + " at COLUMNS=20: '" + line + "'"));
    }
  }
}
