package dev.guide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.guide.CommandResult;
import dev.guide.Guide;
import dev.guide.io.Terminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The man page's command examples, checked as the README's are (ReadmeExamplesTest): the page is
 * written from the command model, and every example in it is run in-process, in page order, with
 * fixed answers, date, partner and width. An example of the EXAMPLES section must print what the
 * page shows under it; every other example (a command's "Examples:") must run as written: exit 0,
 * and no usage error. A change that alters one fails until the man page says the same.
 */
class ManPageExamplesTest {

  /** Where the examples keep check-ins; the test's own folder is shown as this. */
  private static final String SHOWN_DATA_DIR = "/home/you/.local/share/guide";

  private static final String NOW = "2026-12-02T12:00:00+01:00";

  /** The answer file of the examples that read one ("guide ask < answers.txt"). */
  private static final String ANSWERS = "how-long: few-months\nstatus: together\nfeel-safe: none\n"
      + "emotional-talks: changes-subject\n";

  /** What is typed at the terminal for an example that asks, by the example's command. */
  private static final Map<String, String> TYPED = Map.ofEntries(
      Map.entry("guide ask", "q\n"),
      Map.entry("guide ask --save", "1\nq\nn\n"),
      Map.entry("guide ask --from-last --save", "q\n"),
      Map.entry("guide ask --resume", "q\n"),
      Map.entry("guide plan", "\n\n\n\n"),
      Map.entry("guide forget", "y\n"),
      Map.entry("guide forget --all", "y\n"),
      Map.entry("guide passphrase", "a long passphrase\na long passphrase\n"),
      Map.entry("guide passphrase --remove", "a long passphrase\ny\n"));

  @TempDir static Path home;

  /** One example: the command on one man page line and, in EXAMPLES, what the page shows under it. */
  record Example(int line, String command, List<String> shown, boolean output) {
  }

  static String page() {
    PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
    Session session = new Session(InputStream.nullInputStream(), sink, sink, Map.of(), Terminal.NONE);
    return ManPage.of(session.commandLine(null), "0");
  }

  /** A line of roff as the reader sees it. */
  private static String plain(String roff) {
    return (roff.startsWith("\\&") ? roff.substring(2) : roff).replace("\\-", "-").replace("\\e", "\\");
  }

  static List<Example> examples(String page) {
    List<String> lines = List.of(page.split("\n"));
    List<Example> examples = new ArrayList<>();
    boolean inExamples = false;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(".SH")) {
        inExamples = lines.get(i).equals(".SH EXAMPLES");
      }
      if (!lines.get(i).equals(".nf")) {
        continue;
      }
      int end = i + 1;
      while (!lines.get(end).equals(".fi")) {
        end++;
      }
      for (int j = i + 1; j < end; j++) {
        String line = plain(lines.get(j));
        if (inExamples) {
          if (line.startsWith("$ ")) {
            int k = j + 1;
            while (k < end && !plain(lines.get(k)).startsWith("$ ")) {
              k++;
            }
            examples.add(new Example(j + 1, line.substring(2), lines.subList(j + 1, k).stream()
                .map(ManPageExamplesTest::plain).toList(), true));
            j = k - 1;
          }
        } else {
          // "guide ask --save      keep this check-in": the command, then what it does.
          String command = line.split(" {2,}")[0].strip();
          Matcher source = Pattern.compile("source <\\((.*)\\)").matcher(command);
          examples.add(new Example(j + 1, source.matches() ? source.group(1) : command, List.of(), false));
        }
      }
      i = end;
    }
    return examples;
  }

  @TestFactory
  Stream<DynamicTest> everyCommandExampleInTheManPageRunsAsWritten() throws IOException {
    List<Example> examples = examples(page());
    assertTrue(examples.size() >= 40, () -> "few examples found in the man page: " + examples);
    assertTrue(examples.stream().anyMatch(Example::output), "the man page's EXAMPLES section shows output");
    return examples.stream().map(example -> DynamicTest.dynamicTest(
        "guide.1:" + example.line() + ": $ " + example.command(), () -> check(example)));
  }

  private static void check(Example example) throws IOException {
    Path data = home.resolve("data");
    Path files = Files.createDirectories(home.resolve("files"));
    if (!Files.isDirectory(data)) {
      story(data);
    }
    String command = example.command();
    Map<String, String> env = new java.util.HashMap<>();
    Matcher assignment = Pattern.compile("^([A-Z_]+)=(\\S+) ").matcher(command);
    while (assignment.find()) {
      env.put(assignment.group(1), passphraseFile(files, assignment.group(2)).toString());
      command = command.substring(assignment.end());
      assignment = Pattern.compile("^([A-Z_]+)=(\\S+) ").matcher(command);
    }
    String input = "";
    Path into = null;
    Matcher to = Pattern.compile("\\s*>\\s*(\\S+)$").matcher(command);
    if (to.find()) {
      into = files.resolve(Path.of(to.group(1).replace("~/", "")).getFileName().toString());
      command = command.substring(0, to.start());
    }
    Matcher from = Pattern.compile("\\s*<\\s*(\\S+)$").matcher(command);
    if (from.find()) {
      input = Files.readString(answers(files, from.group(1)));
      command = command.substring(0, from.start());
    }
    assertTrue(command.startsWith("guide"), "not a guide command: " + example.command());
    List<String> args = new ArrayList<>(ReadmeExamplesTest.words(command.substring("guide".length())));
    // Files named are the test's own, shown by their names.
    List<Path> named = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.matches("[\\w-]+\\.(txt|md)")) {
        Path file = arg.equals("answers.txt") ? answers(files, arg) : arg.endsWith(".txt") ? passphraseFile(files, arg)
            : files.resolve(arg);
        if (arg.endsWith(".md")) {
          // What --output writes: a new file each time, as at the first run.
          Files.deleteIfExists(file);
        }
        named.add(file);
        args.set(i, file.toString());
      } else if (arg.equals("my-content/")) {
        Path content = files.resolve("my-content");
        if (!Files.isDirectory(content)) {
          copy(Path.of("content"), content);
        }
        named.add(content);
        args.set(i, content + "/");
      }
    }
    String typed = TYPED.get(command.strip());
    Guide guide = ReadmeExamplesTest.example(
        typed != null ? new Terminal(true, false, true) : new Terminal(false, !input.isEmpty(), into == null),
        typed != null ? typed : input, home, data, NOW);
    env.forEach(guide::env);
    CommandResult result = guide.exec(args.toArray(String[]::new));
    if (into != null) {
      Files.writeString(into, result.out());
    }
    String where = "guide.1:" + example.line() + ": $ " + example.command() + "\n" + result;
    if (!example.output()) {
      assertEquals(0, result.exitCode(), where);
      assertFalse(result.err().contains("Try 'guide"), where);
      return;
    }
    String printed = (result.out() + result.err()).replace(data.toString(), SHOWN_DATA_DIR);
    for (Path file : named) {
      printed = printed.replace(file.toString(), file.getFileName().toString());
    }
    List<String> actual = new ArrayList<>(List.of(printed.split("\n", -1)));
    while (!actual.isEmpty() && actual.get(actual.size() - 1).isBlank()) {
      actual.remove(actual.size() - 1);
    }
    String mismatch = ReadmeExamplesTest.compare(example.shown(), actual);
    if (mismatch != null) {
      fail("guide.1:" + example.line() + ": the example '$ " + example.command() + "' is not what the guide prints ("
          + mismatch + "; exit " + result.exitCode() + "); ManPage.java shows it\n"
          + ReadmeExamplesTest.diff(example.shown(), actual));
    }
  }

  /**
   * A passphrase file of the examples (yours alone): old.txt holds the passphrase the example
   * before set at the terminal, any other a new one.
   */
  private static Path passphraseFile(Path files, String name) throws IOException {
    Path file = files.resolve(name);
    if (!Files.exists(file)) {
      Files.writeString(file, name.equals("old.txt") ? "a long passphrase\n" : "another long passphrase\n");
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }
    return file;
  }

  /** The answer file of the examples, made once. */
  private static Path answers(Path files, String name) throws IOException {
    Path file = files.resolve(name);
    if (!Files.exists(file) || Files.readString(file).isBlank() || Files.readString(file).startsWith("#")) {
      Files.writeString(file, ANSWERS);
    }
    return file;
  }

  /** Two check-ins a week apart, as 'guide history --compare 2026-11-15 2026-11-22' names them. */
  private static void story(Path data) {
    Guide.guide().stdin(CheckInCommandsTest.FIRST).terminal(new Terminal(false, true, false))
        .env("GUIDE_DATA_DIR", data.toString()).env("GUIDE_NOW", CheckInCommandsTest.WEEK_ONE)
        .exec("ask", "--save").assertExit(0);
    Guide.guide().stdin(CheckInCommandsTest.CHANGES).terminal(new Terminal(false, true, false))
        .env("GUIDE_DATA_DIR", data.toString()).env("GUIDE_NOW", CheckInCommandsTest.WEEK_TWO)
        .exec("ask", "--from-last", "--save").assertExit(0);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path path : all.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
