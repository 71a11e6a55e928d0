package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Question;
import dev.guide.io.Terminal;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs every everyday command once, printing nothing, so that a JVM started with
 * {@code -XX:ArchiveClassesAtExit} records the classes they need in a class-data archive. The
 * launchers run it once in the background per jar and Java; it reads no data folder and writes
 * nothing but the archive the JVM itself writes, and an answer file of its own (every first
 * choice, and a plan with a date) in the temporary folder, which it deletes: a person's answer
 * file is read as a file, and a plan with a date reads the clock and the time zone, which a run
 * from standard input alone leaves out of the archive.
 */
final class TrainingCommand extends BaseCommand {

  /**
   * The listing and showing commands, and help: what the launchers' "entries" archive is for. Not
   * their JSON or their errors: each class an archive holds costs every start on Java 25, where
   * the AOT cache loads them all, and these are not what a person runs every day.
   */
  private static final List<List<String>> ENTRIES = List.of(
      List.of("--help"),
      List.of("reasons"),
      List.of("reason", "fear-of-intimacy"),
      List.of("signs"),
      List.of("sign", "gaslighting", "--partner", "they"),
      List.of("advice"),
      List.of("advice", "give-space"),
      List.of("sources"),
      List.of("questions"),
      List.of("--version"),
      List.of("search", "commitment"),
      List.of("search", "afraid"),
      List.of("safety"));

  /** 'ask' and 'plan' reading answers from standard input; more from files are added in {@link #run}. */
  private static final List<List<String>> ANSWERS = List.of(
      List.of("ask", "--answers", "-"),
      List.of("ask", "--answers", "-", "--format", "json"),
      List.of("ask", "--answers", "-", "--format", "markdown"),
      List.of("plan", "--answers", "-"),
      List.of("plan", "--answers", "-", "--format", "json"));

  /**
   * Which commands to run: "entries" (the listing and showing commands, help), "answers" ('ask'
   * and 'plan' from a file), "dialogue" (those, and the line editor), "validate"; every one when
   * none is given. The launchers keep an archive for each group, made when a command of it is
   * first run: Java 25's AOT cache loads every class it holds at every start, and the launcher
   * checksums the whole archive before each use, so a smaller one starts sooner.
   */
  private final picocli.CommandLine.Model.PositionalParamSpec what = add(
      picocli.CommandLine.Model.PositionalParamSpec.builder().paramLabel("GROUP").type(String.class).arity("0..1")
          .description("entries, answers, dialogue or validate (default: all)"));

  TrainingCommand(Session session) {
    super(session, "cds-training", new String[] {"Warm up a class-data archive (used by the launchers)."});
    spec.usageMessage().hidden(true);
  }

  /** The choices of a question that are neither "none of these", "not sure" nor about safety; its first when all are. */
  private static String ordinary(Question question) {
    List<String> ids = new ArrayList<>();
    for (var choice : question.choices()) {
      if (!choice.exclusive() && !choice.unsure() && !choice.safety()) {
        ids.add(choice.id());
      }
    }
    boolean several = question.multiple() && !ids.isEmpty();
    return several ? String.join(", ", ids) : ids.isEmpty() ? "1" : ids.get(0);
  }

  /**
   * 'ask' and 'plan' as at a terminal, the lines typed coming from a string (so the plain lines,
   * not the editor, and nothing reaches the real terminal): the questionnaire's own code, its
   * screen and its review, which a file of answers never runs. Every question's first choice, a
   * few words where a plan asks for them, and then the end of input.
   */
  private void dialogue(PrintStream nowhere) throws dev.guide.content.ContentException {
    StringBuilder typed = new StringBuilder();
    for (Question question : content().questionnaire().questions()) {
      if (question.when().isEmpty()) {
        typed.append("1\n");
      }
    }
    typed.append("\nTo be told.\nHe tells me.\nin 2 weeks\nI step back.\n");
    Map<String, String> screen = Map.of("TERM", "xterm-256color", "COLUMNS", "80", "LINES", "24");
    Terminal terminal = new Terminal(true, false, true);
    for (String command : List.of("ask", "plan")) {
      byte[] lines = typed.toString().getBytes(StandardCharsets.UTF_8);
      Main.run(new ByteArrayInputStream(lines), nowhere, nowhere, screen, terminal, command, "--no-pager", "--partner", "he");
    }
  }

  @Override
  int run() throws Exception {
    String group = what.getValue() == null ? "all" : what.getValue();
    boolean all = group.equals("all");
    boolean answering = all || group.equals("answers") || group.equals("dialogue");
    if (!all && !answering && !group.equals("entries") && !group.equals("validate")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no training group '" + group + "'");
    }
    List<List<String>> runs = new ArrayList<>();
    if (all || group.equals("entries")) {
      runs.addAll(ENTRIES);
    }
    if (all || group.equals("validate")) {
      runs.add(List.of("validate"));
    }
    // Every question's first choice, on standard input ('--answers -').
    StringBuilder answers = new StringBuilder();
    if (answering) {
      runs.addAll(ANSWERS);
      for (Question question : content().questionnaire().questions()) {
        if (question.when().isEmpty()) {
          answers.append(question.id()).append(": 1\n");
        }
      }
    }
    byte[] input = answers.toString().getBytes(StandardCharsets.UTF_8);
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    // Also every second and every last choice, and the first choice a plan has words for (what you
    // noticed), which reach other reasons, signs, plan sections and the safety section.
    String plan = "plan.needs: To be told.\nplan.enough: He tells me.\nplan.by: in 2 weeks\nplan.otherwise: I step back.\n";
    List<Path> files = new ArrayList<>();
    try {
      for (int variant = 0; answering && variant < 5; variant++) {
        StringBuilder chosen = new StringBuilder();
        for (Question question : content().questionnaire().questions()) {
          if (variant == 4 && question.when().isEmpty()) {
            // Every ordinary choice of each question at once: answers that explain others, and more
            // reasons than the result shows in full, as many real answer files have.
            chosen.append(question.id()).append(": ").append(ordinary(question)).append('\n');
          } else if (question.when().isEmpty()) {
            int choices = question.choices().size();
            int choice = variant == 0 ? 1 : variant == 1 ? Math.min(2, choices) : choices;
            for (int i = 0; variant == 3 && i < choices; i++) {
              if (content().plan().noticed(question.id(), question.choices().get(i).id()).isPresent()) {
                choice = i + 1;
                break;
              }
            }
            chosen.append(question.id()).append(": ").append(choice).append('\n');
          }
        }
        // Two files: 'ask' refuses plan lines, so a file with them would train only its error path.
        Path answered = Files.createTempFile("guide-training-", ".txt");
        files.add(answered);
        Files.writeString(answered, chosen);
        Path planned = Files.createTempFile("guide-training-", ".txt");
        files.add(planned);
        Files.writeString(planned, chosen + plan);
        runs.add(List.of("ask", "--answers", answered.toString()));
        runs.add(List.of("plan", "--answers", planned.toString()));
      }
      for (List<String> args : runs) {
        Main.run(new ByteArrayInputStream(input), nowhere, nowhere, Map.of(), Terminal.NONE, args.toArray(String[]::new));
      }
    } finally {
      for (Path file : files) {
        Files.deleteIfExists(file);
      }
    }
    // The questionnaire at a terminal edits its lines through JLine: its classes go in the dialogue's archive.
    if (all || group.equals("dialogue")) {
      dialogue(nowhere);
      dev.guide.io.LineEditor.warmUp();
    }
    return ExitCode.OK;
  }
}
