package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Question;
import dev.guide.io.Terminal;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Runs every everyday command once, printing nothing, so that a JVM started with
 * {@code -XX:ArchiveClassesAtExit} records the classes they need in a class-data archive. The
 * launchers run it once in the background per jar and Java; it reads no data folder and writes
 * nothing but the archive the JVM itself writes.
 */
final class TrainingCommand extends BaseCommand {

  private static final List<List<String>> RUNS = List.of(
      List.of("--help"),
      List.of("reasons"),
      List.of("reason", "fear-of-intimacy"),
      List.of("reason", "fear-of-intimcy"),
      List.of("signs"),
      List.of("sign", "gaslighting", "--partner", "they"),
      List.of("advice"),
      List.of("advice", "give-space"),
      List.of("sources"),
      List.of("questions"),
      List.of("search", "commitment"),
      List.of("reasons", "--format", "json"),
      List.of("reason", "past-hurt", "--format", "json"),
      List.of("validate"),
      List.of("ask", "--answers", "-"),
      List.of("ask", "--answers", "-", "--format", "json"),
      List.of("ask", "--answers", "-", "--format", "markdown"),
      List.of("plan", "--answers", "-"),
      List.of("plan", "--answers", "-", "--format", "json"));

  TrainingCommand(Session session) {
    super(session, "cds-training", new String[] {"Warm up a class-data archive (used by the launchers)."});
    spec.usageMessage().hidden(true);
  }

  @Override
  int run() throws Exception {
    StringBuilder answers = new StringBuilder();
    for (Question question : content().questionnaire().questions()) {
      if (question.when().isEmpty()) {
        answers.append(question.id()).append(": 1\n");
      }
    }
    byte[] input = answers.toString().getBytes(StandardCharsets.UTF_8);
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    for (List<String> args : RUNS) {
      Main.run(new ByteArrayInputStream(input), nowhere, nowhere, Map.of(), Terminal.NONE, args.toArray(String[]::new));
    }
    // The questionnaire at a terminal edits its lines through JLine: its classes go in the archive too.
    dev.guide.io.LineEditor.warmUp();
    return ExitCode.OK;
  }
}
