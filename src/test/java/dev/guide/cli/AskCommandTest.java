package dev.guide.cli;

import static dev.guide.Guide.guide;
import static dev.guide.Guide.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.io.Terminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guide ask} with answers from a file or a pipe, and where its result goes. */
class AskCommandTest {

  static final String ANSWERS = """
      # a few weeks in, and it moved fast
      how-long: few-weeks
      feel-safe: none
      pace: 1
      past: recent-breakup, cheated-on
      life-stress: skip
      raising-worries: listens
      """;

  @TempDir Path dir;

  @Test
  void pipedAnswersGiveAResultWithoutPrompting() {
    CommandResult result = guide().piped(ANSWERS).exec("ask").assertExit(ExitCode.OK);
    result.assertOutContains("WHAT MAY BE GOING ON").assertOutContains("past-hurt")
        .assertOutContains("Because you said").assertOutContains("not therapy");
    assertFalse(result.out().contains("1 of "), "no prompts when input is piped");
    assertEquals("", result.err());
  }

  @Test
  void answersFromAFileAndFromStandardInputAgree() throws IOException {
    Path file = write("answers.txt", ANSWERS);
    String fromFile = run("ask", "--answers", file.toString()).assertExit(ExitCode.OK).out();
    String fromDash = guide().piped(ANSWERS).exec("ask", "--answers", "-").assertExit(ExitCode.OK).out();
    assertEquals(fromFile, fromDash);
  }

  @Test
  void sameAnswersSameResultByteForByte() throws IOException {
    Path file = write("answers.txt", ANSWERS);
    for (String format : new String[] {"text", "json", "markdown"}) {
      String first = run("ask", "--answers", file.toString(), "--format", format).out();
      String second = run("ask", "--answers", file.toString(), "--format", format).out();
      assertEquals(first, second, format);
    }
  }

  @Test
  void aBadAnswerFileNamesFileAndLineAndPrintsNoPartialResult() throws IOException {
    Path file = write("answers.txt", "how-long: 1\nexclusivity: maybe\n");
    CommandResult result = run("ask", "--answers", file.toString()).assertExit(ExitCode.USAGE);
    result.assertErrContains(file + ":2: 'maybe' is not a choice for exclusivity; use 1-")
        .assertErrContains("not-sure").assertNoStackTrace();
    assertEquals("", result.out());
  }

  @Test
  void missingAnswerFileAndAFolderAreUsageErrors() {
    run("ask", "--answers", dir.resolve("nope.txt").toString()).assertExit(ExitCode.USAGE)
        .assertErrContains("nope.txt: no such file");
    run("ask", "--answers", dir.toString()).assertExit(ExitCode.USAGE).assertErrContains("is a folder");
  }

  @Test
  void nothingOnStandardInputIsAClearError() {
    run("ask").assertExit(ExitCode.USAGE).assertErrContains("standard input: no answers found");
  }

  @Test
  void templateListsEveryQuestionAndParsesBack() throws IOException {
    String template = run("ask", "--template").assertExit(ExitCode.OK).out();
    assertTrue(template.contains("how-long: skip") && template.contains("#   1  few-weeks"), template);
    Path file = write("template.txt", template);
    String result = run("ask", "--answers", file.toString()).assertExit(ExitCode.OK).assertOutContains("(talk-calmly)").out();
    assertFalse(result.contains("\n1. "), "all skipped: no reason is invented\n" + result);
  }

  @Test
  void jsonResultFollowsTheDocumentedSchema() {
    String json = guide().piped(ANSWERS).exec("ask", "--format", "json").assertExit(ExitCode.OK).out();
    for (String field : new String[] {"\"reasons\"", "\"signs\"", "\"advice\"", "\"unanswered\"", "\"score\"",
        "\"strength\"", "\"because\"", "\"safety\"", "\"unclear\""}) {
      assertTrue(json.contains(field), () -> field + " missing in\n" + json);
    }
  }

  @Test
  void markdownResult() {
    guide().piped(ANSWERS).exec("ask", "--format", "markdown").assertExit(ExitCode.OK)
        .assertOutContains("## What may be going on").assertOutContains("### 1. ");
  }

  @Test
  void outputWritesTheWholeFileReadableByTheOwnerOnly() throws IOException {
    Path target = dir.resolve("result.txt");
    CommandResult result = guide().piped(ANSWERS).exec("ask", "--output", target.toString()).assertExit(ExitCode.OK);
    assertEquals("", result.out(), "the result goes to the file, not the screen");
    String written = Files.readString(target);
    assertTrue(written.contains("WHAT MAY BE GOING ON") && written.endsWith("diagnosis.\n") || written.contains("not therapy"), written);
    if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void outputRefusesToReplaceAFileWithoutForce() throws IOException {
    Path target = write("result.txt", "mine, keep me");
    guide().piped(ANSWERS).exec("ask", "--output", target.toString()).assertExit(ExitCode.USAGE)
        .assertErrContains("already exists; add --force");
    assertEquals("mine, keep me", Files.readString(target));
    guide().piped(ANSWERS).exec("ask", "--output", target.toString(), "--force").assertExit(ExitCode.OK);
    assertTrue(Files.readString(target).contains("WHAT MAY BE GOING ON"));
  }

  @Test
  void outputIntoAMissingFolderFails() {
    Path target = dir.resolve("no/such/folder/result.txt");
    guide().piped(ANSWERS).exec("ask", "--output", target.toString()).assertExit(ExitCode.FAILED)
        .assertErrContains("does not exist").assertNoStackTrace();
    assertFalse(Files.exists(target));
  }

  @Test
  void outputIntoAReadOnlyFolderFailsAndLeavesNothing() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("locked"));
    assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeTrue(!Files.isWritable(folder), "running as root: permissions do not bind");
      guide().piped(ANSWERS).exec("ask", "--output", folder.resolve("r.txt").toString()).assertExit(ExitCode.FAILED)
          .assertErrContains("no permission").assertNoStackTrace();
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void optionsThatWouldDoNothingAreRefusedRatherThanIgnored() {
    guide().piped(ANSWERS).exec("ask", "--force").assertExit(ExitCode.USAGE).assertErrContains("--force goes with --output");
    run("ask", "--template", "--format", "json").assertExit(ExitCode.USAGE).assertErrContains("--template prints");
    run("ask", "--template", "--answers", "a.txt").assertExit(ExitCode.USAGE).assertErrContains("--template prints");
  }

  @Test
  void outputTakesItsFormatFromTheFileNameUnlessToldOtherwise() throws IOException {
    Path markdown = dir.resolve("result.md");
    guide().piped(ANSWERS).exec("ask", "--output", markdown.toString()).assertExit(ExitCode.OK);
    assertTrue(Files.readString(markdown).startsWith("## "), "Markdown for .md");
    Path json = dir.resolve("result.json");
    guide().piped(ANSWERS).exec("ask", "--output", json.toString()).assertExit(ExitCode.OK);
    assertTrue(Files.readString(json).startsWith("{"), "JSON for .json");
    Path text = dir.resolve("result.md.txt");
    guide().piped(ANSWERS).exec("ask", "--output", text.toString()).assertExit(ExitCode.OK);
    assertTrue(Files.readString(text).startsWith("IN SHORT"), "text otherwise");
    Path forced = dir.resolve("forced.md");
    guide().piped(ANSWERS).exec("ask", "--output", forced.toString(), "--format", "text").assertExit(ExitCode.OK);
    assertTrue(Files.readString(forced).startsWith("IN SHORT"), "--format wins");
  }

  @Test
  void outputToANameEndingInASlashMakesNoFileOfThatName() {
    Path nodir = dir.resolve("nodir");
    guide().exec("ask", "--answers", "-", "--output", nodir + "/").assertExit(ExitCode.USAGE)
        .assertErrContains("is a folder (it ends with /)").assertNoStackTrace();
    assertFalse(Files.exists(nodir));
    guide().piped(ANSWERS).exec("ask", "--output", nodir + "/.").assertExit(ExitCode.USAGE).assertErrContains("is a folder");
    assertFalse(Files.exists(nodir));
  }

  @Test
  void outputToTheRootFolderIsAClearErrorNotACrash() {
    guide().piped(ANSWERS).exec("ask", "--output", "/").assertExit(ExitCode.USAGE).assertErrContains("is a folder")
        .assertNoStackTrace();
  }

  @Test
  void outputDashIsStandardOutput() {
    CommandResult result = guide().piped(ANSWERS).exec("ask", "--output", "-").assertExit(ExitCode.OK);
    result.assertOutContains("WHAT MAY BE GOING ON");
    assertFalse(Files.exists(Path.of("-")), "no file named -");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /** Stopping with q after "he has hurt me" at a terminal left the help only in the alternate screen, now gone. */
  @Test
  void stoppingAfterAHurtAnswerSaysTheEmergencyNumberAgainAfterTheAlternateScreen() {
    String out = guide().terminal(new Terminal(true, false, true)).env("GUIDE_PARTNER", "he").env("TERM", "xterm")
        .env("GUIDE_COUNTRY", "GB").stdin("1\n1\nhurt\nq\n").exec("ask").assertExit(ExitCode.OK).out();
    int left = out.lastIndexOf(dev.guide.io.AlternateScreen.LEAVE);
    assertTrue(left > 0, out);
    String after = out.substring(left).replaceAll("\\s+", " ");
    assertTrue(after.contains("999") && after.contains("0808 2000 247") && after.contains("guide safety"), after);
  }

  /**
   * The help said again after stopping told the person "the questions go on below; you can stop
   * with Ctrl-C" when they had stopped already (found in a new user's trial): in the questions it
   * says so, after them it does not.
   */
  @Test
  void theHelpSaidAgainAfterStoppingDoesNotSayTheQuestionsGoOn() {
    String out = guide().terminal(new Terminal(true, false, true)).env("GUIDE_PARTNER", "he").env("TERM", "xterm")
        .env("GUIDE_COUNTRY", "GB").stdin("1\n1\nhurt\nq\n").exec("ask").assertExit(ExitCode.OK).out();
    int left = out.lastIndexOf(dev.guide.io.AlternateScreen.LEAVE);
    String during = out.substring(0, left).replaceAll("\\s+", " ");
    String after = out.substring(left).replaceAll("\\s+", " ");
    assertTrue(during.contains("The questions go on below"), during);
    assertTrue(after.contains("guide safety"), after);
    assertFalse(after.contains("go on below") || after.contains("Ctrl-C"), after);
  }

  /** A q with no answer about harm keeps to the one line it had. */
  @Test
  void stoppingWithoutAnAnswerAboutHarmAddsNoHelpLines() {
    String out = guide().terminal(new Terminal(true, false, true)).env("GUIDE_PARTNER", "he").env("TERM", "xterm")
        .env("GUIDE_COUNTRY", "GB").stdin("1\n1\nnone\nq\n").exec("ask").assertExit(ExitCode.OK).out();
    String after = out.substring(out.lastIndexOf(dev.guide.io.AlternateScreen.LEAVE));
    assertFalse(after.contains("999"), after);
  }

  /**
   * With a code that is no country ('--country xx'), the help shown at once gave every listed
   * emergency number but never said the code was not understood (a new user's trial): it says so
   * there, in the questions, not only in the result.
   */
  @Test
  void theHelpShownAtOnceSaysACodeIsNoCountry() {
    String out = guide().terminal(new Terminal(true, false, true)).env("GUIDE_PARTNER", "he").env("TERM", "xterm")
        .stdin("1\n1\nafraid\nq\n").exec("ask", "--country", "xx").assertExit(ExitCode.OK).out();
    String during = out.substring(0, out.lastIndexOf(dev.guide.io.AlternateScreen.LEAVE)).replaceAll("\\s+", " ");
    assertTrue(during.contains("'XX' is not a country code"), during);
    assertTrue(during.contains("US 911") && during.contains("GB 999"), during);
    assertTrue(during.contains("IE 999 or 112"), "both of Ireland's numbers, as its entry gives them:\n" + during);
    String gb = guide().terminal(new Terminal(true, false, true)).env("GUIDE_PARTNER", "he").env("TERM", "xterm")
        .stdin("1\n1\nafraid\nq\n").exec("ask", "--country", "fr").assertExit(ExitCode.OK).out();
    assertFalse(gb.contains("is not a country code"), "FR is a country, only not one the guide lists:\n" + gb);
  }

  /**
   * A medium reading with every question answered does not ask for "more answers" (a new user's
   * trial: "a telling answer to 16 of the 16 questions asked" beside "more answers ... would make
   * it firmer").
   */
  @Test
  void aMediumReadingWithEveryQuestionAnsweredDoesNotAskForMoreAnswers() {
    String out = run("ask", "--answers", "src/test/resources/situations/01-work-pressure-explains.answers").assertExit(ExitCode.OK)
        .out().replaceAll("\\s+", " ");
    java.util.regex.Matcher count = java.util.regex.Pattern.compile("a telling answer to (\\d+) of the (\\d+) questions").matcher(out);
    assertTrue(count.find() && count.group(1).equals(count.group(2)), out);
    assertTrue(out.contains("Confidence: medium"), out);
    assertTrue(out.contains("You answered every question"), out);
    assertFalse(out.contains("more answers"), out);
  }

  /** --output after answers about fear says who could read the file and how to delete it, as --save does before saving. */
  @Test
  void aResultAboutFearWrittenWithOutputSaysWhoCouldReadIt(@TempDir Path folder) {
    Path file = folder.resolve("result.md");
    String err = run("ask", "--answers", "src/test/resources/situations/39-controlled.answers", "--output", file.toString())
        .assertExit(ExitCode.OK).err();
    assertTrue(err.contains(file + " holds what you said about fear or control") && err.contains("rm '" + file + "'"), err);
    String calm = run("ask", "--answers", "src/test/resources/situations/01-work-pressure-explains.answers", "--output",
        folder.resolve("calm.md").toString()).assertExit(ExitCode.OK).err();
    assertFalse(calm.contains("fear or control"), calm);
  }

  /** At a 40-column terminal the note that a file still holds answers about fear is wrapped at words (a new user's trial). */
  @Test
  void atA40ColumnTerminalTheNoteOnTheAnswerFileIsWrappedAtWords() {
    String err = guide().terminal(new Terminal(false, false, true)).env("COLUMNS", "40")
        .exec("ask", "--no-pager", "--answers", "src/test/resources/situations/39-controlled.answers").assertExit(ExitCode.OK).err();
    assertTrue(err.contains("still holds your"), err);
    for (String line : err.split("\n")) {
      assertTrue(line.length() <= 40 || !line.contains(" "), () -> "'" + line + "' is cut by a 40-column terminal\n" + err);
    }
  }
}
