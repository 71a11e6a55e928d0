package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import dev.guide.content.Content;
import dev.guide.io.Dialogue;
import dev.guide.io.OutputFile;
import dev.guide.quiz.AnswerFile;
import dev.guide.quiz.Answers;
import dev.guide.quiz.Result;
import dev.guide.quiz.Scorer;
import dev.guide.render.Document;
import dev.guide.render.JsonOutput;
import dev.guide.render.ResultReport;
import dev.guide.render.Styler;
import dev.guide.render.View;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code guide ask}: the questionnaire at a terminal, or answers from a file or a pipe, then the result. */
@Command(name = "ask", mixinStandardHelpOptions = true,
    description = {"Answer a few questions and see what may be going on, and what you can do.",
        "The result shows, first, any sign that it may be time to walk away; then the likely reasons with "
            + "the answers behind them, and the next steps that fit.",
        "At a terminal it asks one question at a time; from a pipe or --answers it reads an answer file "
            + "and never prompts. Nothing is saved unless you give --output."},
    footerHeading = "%nExamples:%n",
    footer = {"  guide ask", "  guide ask --template > answers.txt     then fill it in",
        "  guide ask < answers.txt", "  guide ask --answers answers.txt --format json",
        "  guide ask --answers answers.txt --output result.md --format markdown"})
final class AskCommand extends BaseCommand {

  /** How the result is written. */
  enum ReportFormat { text, json, markdown }

  @Option(names = "--answers", paramLabel = "FILE", description = "Read answers from FILE ('-' for standard input) instead of asking.")
  String answers;

  @Option(names = "--template", description = "Print an answer file with every question and its choices as comments, and stop.")
  boolean template;

  @Option(names = "--format", paramLabel = "text|json|markdown", defaultValue = "text",
      description = "text (default), json or markdown.")
  ReportFormat format = ReportFormat.text;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the result to FILE (readable by you only) instead of the screen.")
  Path output;

  @Option(names = "--force", description = "With --output: replace FILE if it exists.")
  boolean force;

  @Override
  int run() throws Exception {
    Content content = content();
    View view = output != null ? new View(view().partner(), Session.DEFAULT_WIDTH, Styler.PLAIN, false) : view();
    if (template) {
      print(AnswerFile.template(content.questionnaire(), view::say));
      return ExitCode.OK;
    }
    Optional<Answers> given = answers();
    if (given.isEmpty()) {
      return ExitCode.OK;
    }
    Result result = new Scorer(content).score(given.get());
    String report = switch (format) {
      case json -> new JsonOutput(view).result(result, content.questionnaire().messages().disclaimer());
      case markdown -> new ResultReport(content, view).write(result, Document.markdown());
      default -> new ResultReport(content, view).write(result, Document.text(view));
    };
    if (output != null) {
      OutputFile.write(output, report, force);
      session().err().println("guide: wrote the result to " + output);
    } else {
      print(report);
    }
    return ExitCode.OK;
  }

  /** The answers from --answers, a pipe, or the dialogue; empty when the person stopped the dialogue. */
  private Optional<Answers> answers() throws GuideException, IOException {
    Content content = content();
    if (answers != null) {
      boolean stdin = answers.equals("-");
      if (!stdin && session().terminal().inputPiped()) {
        throw Session.usage("answers come from both --answers " + answers + " and standard input; use one of them "
            + "(to read the pipe, leave out --answers or give --answers -)");
      }
      byte[] bytes = stdin ? readAll(session().in()) : readFile(Path.of(answers));
      return Optional.of(AnswerFile.parse(stdin ? "standard input" : answers, bytes, content.questionnaire()));
    }
    if (!session().terminal().inputTerminal()) {
      return Optional.of(AnswerFile.parse("standard input", readAll(session().in()), content.questionnaire()));
    }
    // Prompts go where the person can see them, even when the result is redirected to a file.
    boolean toScreen = session().terminal().outputTerminal();
    PrintWriter prompts = toScreen ? out() : session().err();
    BufferedReader in = new BufferedReader(new InputStreamReader(session().in(), StandardCharsets.UTF_8));
    return new Dialogue(content.questionnaire(), view(), in, prompts).run();
  }

  private static byte[] readFile(Path path) throws GuideException {
    if (Files.isDirectory(path)) {
      throw Session.usage(path + " is a folder; give the answer file itself");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return readAll(in);
    } catch (NoSuchFileException e) {
      throw Session.usage(path + ": no such file; 'guide ask --template > " + path + "' makes one to fill in");
    } catch (AccessDeniedException e) {
      throw Session.usage(path + ": not allowed to read it; check the file's permissions");
    } catch (IOException e) {
      throw Session.usage(path + ": cannot be read: " + e.getMessage());
    }
  }

  /** Reads at most one byte more than an answer file may hold, so a huge input is refused, not loaded. */
  private static byte[] readAll(InputStream in) throws GuideException {
    try {
      return in.readNBytes(AnswerFile.MAX_BYTES + 1);
    } catch (IOException e) {
      throw Session.usage("cannot read standard input: " + e.getMessage());
    }
  }
}
