package dev.guide.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.guide.CommandResult;
import dev.guide.Guide;
import dev.guide.io.Terminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command examples, checked: every fenced block with {@code $ guide ...} lines is run
 * in-process, in README order, with the answer files the README shows (blocks starting
 * {@code # NAME}), a fixed date, partner and width, no colour, and output to a terminal. Its output
 * (standard output, then standard error) must be what the README shows; a block that says it is
 * shortened (a line "...", or a line ending in " ...") is compared by the lines it shows, in order.
 * A failure gives the README line of the command and a diff, README against the guide.
 */
class ReadmeExamplesTest {

  private static final Path README = Path.of("README.md");

  /** Where the README's examples keep check-ins; the test's own folder is shown as this. */
  private static final String SHOWN_DATA_DIR = "/home/you/.local/share/guide";

  /** The date of every example that shows none (the day the README examples were last checked). */
  private static final String DEFAULT_NOW = "2026-12-02T12:00:00+01:00";

  /**
   * The check-in story under "Check-ins over time" was made a week apart with GUIDE_NOW (the README
   * says so): the saved files' names give each save's date and time.
   */
  private static final Map<String, String> NOW = Map.of(
      "guide ask --save < answers.txt", "2026-11-15T20:04:11+01:00",
      "guide ask --from-last --save < changed.txt", "2026-11-22T19:40:27+01:00",
      "guide history", "2026-11-22T19:45:00+01:00",
      "guide history --compare", "2026-11-22T19:45:00+01:00");

  /**
   * Examples that are not run, by a line of text they show, with why. Every other block with a
   * {@code $ guide} line is checked.
   */
  private static final Map<String, String> NOT_CHECKED = new LinkedHashMap<>();

  static {
  }

  /** A command named in the prose just above a block of its output: "`guide ask < answers.txt` prints (shortened):". */
  private static final Pattern PROSE = Pattern.compile("`(guide [^`]+)` prints(?: \\(shortened\\))?:$");

  /**
   * Answer files the README describes without showing, by a line of the example: the mistake on
   * line 4 of the answer-file error example.
   */
  private static final Map<String, String> INPUTS = Map.of(
      "standard input:4: 'gym'", "how-long: few-months\nstatus: together\nfeel-safe: none\nlife-stress: gym\n",
      "answers.txt:4: 'gym'", "how-long: few-months\nstatus: together\nfeel-safe: none\nlife-stress: gym\n");

  /** A question answered at a terminal, and the answer typed. */
  private static final Pattern PROMPT = Pattern.compile("(.*\\? \\[y/N\\]) (\\S+)");

  private static final Path FATIMA = Path.of("src/test/resources/plans/29-keeps-cancelling.answers");

  private static final String FATIMA_NOW = "2026-12-06T10:00:00+01:00";

  /** The command of a saved check-in shown under "The saved files": the file is read, not a command run. */
  private static final String SAVED_FILE = "(the saved check-in file)";

  @TempDir static Path home;

  /** One example: the command on one README line and what the README shows under it. */
  record Example(int line, String command, List<String> shown) {
  }

  @TestFactory
  Stream<DynamicTest> everyCommandExampleInTheReadmeIsWhatTheGuidePrints() throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    Map<String, String> files = new HashMap<>();
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().startsWith("```")) {
        continue;
      }
      int start = i + 1;
      int end = start;
      while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
        end++;
      }
      String indent = lines.get(i).substring(0, lines.get(i).indexOf('`'));
      List<String> block = new ArrayList<>();
      for (String line : lines.subList(start, end)) {
        block.add(line.startsWith(indent) ? line.substring(indent.length()) : line.strip());
      }
      int before = i - 1;
      while (before >= 0 && lines.get(before).isBlank()) {
        before--;
      }
      Matcher prose = before < 0 ? null : PROSE.matcher(lines.get(before));
      i = end;
      if (!block.isEmpty() && block.size() > 1 && block.get(1).equals("  \"format\" : \"guide check-in\",")) {
        examples.add(new Example(start, SAVED_FILE, new ArrayList<>(block)));
        continue;
      }
      if (prose != null && prose.find()) {
        List<String> shown = new ArrayList<>(block);
        examples.add(new Example(before + 1, prose.group(1), shown));
        continue;
      }
      if (!block.isEmpty() && block.get(0).matches("# [\\w.-]+\\.txt")) {
        files.put(block.get(0).substring(2), String.join("\n", block.subList(1, block.size())) + "\n");
        continue;
      }
      for (int j = 0; j < block.size(); j++) {
        if (!block.get(j).startsWith("$ ")) {
          continue;
        }
        int k = j + 1;
        while (k < block.size() && !block.get(k).startsWith("$ ")) {
          k++;
        }
        List<String> shown = new ArrayList<>(block.subList(j + 1, k));
        while (!shown.isEmpty() && shown.get(shown.size() - 1).isBlank()) {
          shown.remove(shown.size() - 1);
        }
        examples.add(new Example(start + j + 1, block.get(j).substring(2), shown));
        j = k - 1;
      }
    }
    assertTrue(examples.size() >= 10, () -> "few command examples found in README.md: " + examples);
    return examples.stream().map(example -> DynamicTest.dynamicTest(
        "README.md:" + example.line() + ": $ " + example.command(), () -> check(example, files)));
  }

  private static void check(Example example, Map<String, String> files) throws IOException {
    String whole = "$ " + example.command() + "\n" + String.join("\n", example.shown());
    for (Map.Entry<String, String> skip : NOT_CHECKED.entrySet()) {
      if (whole.contains(skip.getKey())) {
        org.junit.jupiter.api.Assumptions.abort("not checked: " + skip.getValue());
      }
    }
    if (example.command().equals(SAVED_FILE)) {
      Path data = story(home.resolve("saved"), files);
      String id = example.shown().stream().filter(line -> line.startsWith("  \"id\" : ")).findFirst().orElseThrow()
          .replaceAll(".*: \"(.*)\",", "$1");
      List<String> actual = Files.readAllLines(data.resolve("check-in-" + id + ".json"), StandardCharsets.UTF_8);
      String mismatch = compare(joinedAfterDataFolder(example.shown()), joinedAfterDataFolder(actual));
      if (mismatch != null) {
        fail("README.md:" + example.line() + ": the saved check-in shown is not what the guide saves (" + mismatch + ")\n"
            + diff(example.shown(), actual));
      }
      return;
    }
    String command = example.command();
    Map<String, String> env = new HashMap<>();
    Matcher assignment = Pattern.compile("^([A-Z_]+)=(\\S+) ").matcher(command);
    while (assignment.find()) {
      env.put(assignment.group(1), assignment.group(2));
      command = command.substring(assignment.end());
      assignment = Pattern.compile("^([A-Z_]+)=(\\S+) ").matcher(command);
    }
    int head = -1;
    Matcher pipe = Pattern.compile("\\s*\\|\\s*head -(\\d+)$").matcher(command);
    if (pipe.find()) {
      head = Integer.parseInt(pipe.group(1));
      command = command.substring(0, pipe.start());
    }
    String input = "";
    Matcher redirect = Pattern.compile("\\s*<\\s*(\\S+)$").matcher(command);
    if (redirect.find()) {
      String name = redirect.group(1);
      input = files.get(name);
      for (Map.Entry<String, String> given : INPUTS.entrySet()) {
        if (whole.contains(given.getKey())) {
          input = given.getValue();
        }
      }
      if (input == null) {
        fail("README.md:" + example.line() + ": the README shows no file '" + name + "' (a block starting '# " + name + "')");
      }
    }
    String key = command;
    if (redirect.find(0)) {
      command = command.substring(0, redirect.start());
    }
    assertTrue(command.startsWith("guide"), () -> "README.md:" + example.line() + ": not a guide command: " + example.command());
    List<String> args = new ArrayList<>(words(command.substring("guide".length())));
    // An answer typed at a prompt, as a terminal shows it: "Delete ...? [y/N] y".
    String typed = null;
    for (String line : example.shown()) {
      Matcher prompt = PROMPT.matcher(line);
      if (prompt.matches()) {
        typed = prompt.group(2);
        input = typed + "\n";
      }
    }
    Path data = home.resolve("data");
    String now = NOW.getOrDefault(key, DEFAULT_NOW);
    // Fatima's plan (situation 29 of the test suite, with the plan lines the README shows), on 6 December.
    boolean fatima = whole.contains("\nYOUR PLAN\n") || whole.contains("you planned to look again");
    // An answer file named with --answers is written to a folder of its own and shown by its name.
    Path named = null;
    int answersAt = args.indexOf("--answers");
    if (!fatima && answersAt >= 0 && answersAt + 1 < args.size() && !args.get(answersAt + 1).equals("-")) {
      String name = args.get(answersAt + 1);
      String content = files.get(name);
      for (Map.Entry<String, String> given : INPUTS.entrySet()) {
        if (whole.contains(given.getKey())) {
          content = given.getValue();
        }
      }
      if (content == null) {
        fail("README.md:" + example.line() + ": the README shows no file '" + name + "' (a block starting '# " + name + "')");
      }
      named = home.resolve("files").resolve(name);
      Files.createDirectories(named.getParent());
      Files.writeString(named, content);
      args.set(answersAt + 1, named.toString());
    }
    if (args.equals(List.of("validate", "my-content"))) {
      named = myContent();
      args.set(1, named.toString());
    }
    if (command.strip().equals("guide passphrase")) {
      // The two check-ins of the story above, in a folder of their own (the story's was emptied by guide forget).
      data = story(home.resolve("locked"), files);
      typed = "";
      input = "a long passphrase\na long passphrase\n";
    }
    if (fatima) {
      data = home.resolve("fatima");
      now = FATIMA_NOW;
      String answers = Files.readString(FATIMA, StandardCharsets.UTF_8);
      if (args.contains("answers.txt")) {
        args.set(args.indexOf("answers.txt"), "-");
        input = answers;
      }
      if (args.get(0).equals("history") && !Files.isDirectory(data)) {
        Guide.guide().stdin(answers).env("GUIDE_DATA_DIR", data.toString()).env("GUIDE_NOW", FATIMA_NOW)
            .env("GUIDE_PARTNER", "he").exec("plan", "--answers", "-", "--save").assertExit(0);
      }
    }
    Files.createDirectories(home);
    Guide guide = example(new Terminal(typed != null, false, head < 0), input, home, data, now);
    env.forEach(guide::env);
    CommandResult result = guide.exec(args.toArray(String[]::new));
    String printed = (result.out() + result.err()).replace(data.toString(), SHOWN_DATA_DIR);
    if (named != null) {
      printed = printed.replace(named.toString(), named.getFileName().toString());
    }
    if (typed != null) {
      // The terminal echoes what was typed, and the Enter that ends the line (also after a passphrase, not shown).
      printed = typed.isEmpty()
          ? printed.replace("Enter alone for none): ", "Enter alone for none):\n").replace("The same again: ", "The same again:\n")
          : printed.replace("[y/N] ", "[y/N] " + typed + "\n");
    }
    List<String> actual = new ArrayList<>(List.of(printed.split("\n", -1)));
    while (!actual.isEmpty() && actual.get(actual.size() - 1).isBlank()) {
      actual.remove(actual.size() - 1);
    }
    if (head >= 0 && actual.size() > head) {
      actual = new ArrayList<>(actual.subList(0, head));
    }
    String mismatch = compare(joinedAfterDataFolder(example.shown()), joinedAfterDataFolder(actual));
    if (mismatch != null) {
      Path saved = Path.of("target", "readme-examples", "README.md-" + example.line() + ".txt");
      Files.createDirectories(saved.getParent());
      Files.writeString(saved, String.join("\n", actual) + "\n");
      fail("README.md:" + example.line() + ": the example '$ " + example.command() + "' is not what the guide prints ("
          + mismatch + "; exit " + result.exitCode() + "; the whole output is in " + saved + ")\n" + diff(example.shown(), actual));
    }
  }

  /** A data folder with the two check-ins of the README's story, saved a week apart. */
  private static Path story(Path data, Map<String, String> files) {
    if (!Files.isDirectory(data)) {
      Guide.guide().stdin(files.get("answers.txt")).env("GUIDE_DATA_DIR", data.toString())
          .env("GUIDE_NOW", NOW.get("guide ask --save < answers.txt")).env("GUIDE_PARTNER", "he")
          .exec("ask", "--save").assertExit(0);
      Guide.guide().stdin(files.get("changed.txt")).env("GUIDE_DATA_DIR", data.toString())
          .env("GUIDE_NOW", NOW.get("guide ask --from-last --save < changed.txt")).env("GUIDE_PARTNER", "he")
          .exec("ask", "--from-last", "--save").assertExit(0);
    }
    return data;
  }

  /**
   * The README's my-content: the guide's own content with the two defects it names, a question
   * whose condition looks at a later question and a misspelt advice id.
   */
  private static Path myContent() throws IOException {
    Path folder = home.resolve("my-content");
    if (Files.isDirectory(folder)) {
      return folder;
    }
    Files.createDirectories(folder);
    try (Stream<Path> files = Files.list(Path.of("content"))) {
      for (Path file : files.toList()) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
    }
    edit(folder.resolve("questions.json"), "\"id\": \"pace\"", "\"when\": {",
        line -> line.replaceFirst("\\{.*\\}", "{\"question\": \"told-needs\", \"anyOf\": [\"not-yet\"]}"));
    edit(folder.resolve("reasons.json"), "\"id\": \"fear-of-intimacy\"", "\"give-space\"",
        line -> line.replace("give-space", "give-spaec"));
    return folder;
  }

  /** Changes the first line holding {@code what} after the line holding {@code after}. */
  private static void edit(Path file, String after, String what, java.util.function.UnaryOperator<String> change)
      throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    int at = 0;
    while (!lines.get(at).contains(after)) {
      at++;
    }
    while (!lines.get(at).contains(what)) {
      at++;
    }
    lines.set(at, change.apply(lines.get(at)));
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /**
   * The lines with each paragraph that names the data folder on one line: the guide wraps a
   * message at a terminal to its width, and the folder of this run is longer or shorter than the
   * one the README shows, so the words of that paragraph are compared, not where its lines break.
   */
  static List<String> joinedAfterDataFolder(List<String> lines) {
    List<String> joined = new ArrayList<>();
    List<String> paragraph = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith(" ") || cut(line)) {
        joinedInto(joined, paragraph);
        joined.add(line);
      } else {
        if (line.startsWith("guide: ")) {
          // A message of the guide's own starts its own paragraph, after what it follows on standard output.
          joinedInto(joined, paragraph);
        }
        paragraph.add(line);
      }
    }
    joinedInto(joined, paragraph);
    return joined;
  }

  /** The lines of a paragraph (unindented, between blank lines), as one where one of them names the data folder. */
  private static void joinedInto(List<String> joined, List<String> paragraph) {
    if (paragraph.stream().anyMatch(line -> line.contains(SHOWN_DATA_DIR))) {
      joined.add(String.join(" ", paragraph));
    } else {
      joined.addAll(paragraph);
    }
    paragraph.clear();
  }

  /** Null when the lines shown are the guide's: all of them, or for a shortened example those shown, in order. */
  static String compare(List<String> shown, List<String> actual) {
    boolean shortened = shown.stream().anyMatch(ReadmeExamplesTest::cut);
    if (!shortened) {
      return shown.equals(actual) ? null : "whole output compared";
    }
    int at = 0;
    for (String line : shown) {
      if (line.strip().equals("...")) {
        continue;
      }
      boolean prefix = line.endsWith(" ...");
      String text = prefix ? line.substring(0, line.length() - 4) : line;
      while (at < actual.size() && !(prefix ? actual.get(at).startsWith(text) : actual.get(at).equals(text))) {
        at++;
      }
      if (at == actual.size()) {
        return "shortened: the guide does not print, in this order, the line '" + line + "'";
      }
      at++;
    }
    return null;
  }

  private static boolean cut(String line) {
    return line.strip().equals("...") || line.endsWith(" ...");
  }

  /** The words of a command line, with '...' and "..." quoting. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher word = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(text);
    while (word.find()) {
      words.add(word.group(1) != null ? word.group(1) : word.group(2) != null ? word.group(2) : word.group(3));
    }
    return words;
  }

  /** A unified-style diff: '-' lines only in the README, '+' lines only in what the guide prints. */
  static String diff(List<String> expected, List<String> actual) {
    int n = expected.size();
    int m = actual.size();
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] = expected.get(i).equals(actual.get(j)) ? common[i + 1][j + 1] + 1
            : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    StringBuilder out = new StringBuilder("--- README.md\n+++ guide\n");
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && expected.get(i).equals(actual.get(j))) {
        out.append("  ").append(expected.get(i++)).append('\n');
        j++;
      } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
        out.append("+ ").append(actual.get(j++)).append('\n');
      } else {
        out.append("- ").append(expected.get(i++)).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * The guide as a checked example runs it (here and in ManPageExamplesTest): no colour, 80
   * columns, no pager, a UTF-8 locale, a "he", and its home, data folder and date fixed.
   */
  static Guide example(Terminal terminal, String input, Path home, Path data, String now) {
    return Guide.guide()
        .terminal(terminal)
        .stdin(input)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80")
        .env("PAGER", "")
        .env("LANG", "en_GB.UTF-8")
        .env("GUIDE_PARTNER", "he")
        .env("HOME", home.toString())
        .env("GUIDE_DATA_DIR", data.toString())
        .env("GUIDE_NOW", now);
  }
}
