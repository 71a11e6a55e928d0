package dev.guide.io;

import dev.guide.TerminalText;
import dev.guide.content.Choice;
import dev.guide.content.Question;
import dev.guide.content.Questionnaire;
import dev.guide.quiz.Answers;
import dev.guide.quiz.ChoiceInput;
import dev.guide.render.View;
import dev.guide.render.Wrap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The questionnaire at a terminal: one question at a time with its number and the count, then a
 * review where any answer can be changed. Wrong input is asked again with a hint; nothing typed
 * is lost. {@code q} or the end of input stops without a result.
 */
public final class Dialogue {

  private enum Step { ANSWERED, BACK, QUIT }

  /**
   * What a line asks of the dialogue rather than answers: the words and their letters work at
   * every prompt, and are never taken for a choice. The end of input is QUIT.
   */
  private enum Command {
    BACK, SKIP, HELP, QUIT, NONE;

    static Command of(String line) {
      if (line == null) {
        return QUIT;
      }
      return switch (line.toLowerCase(java.util.Locale.ROOT)) {
        case "b", "back" -> BACK;
        case "s", "skip" -> SKIP;
        case "?", "h", "help" -> HELP;
        case "q", "quit", "exit" -> QUIT;
        default -> NONE;
      };
    }
  }

  private final Questionnaire questionnaire;
  private final View view;
  private final LineInput in;
  private final PrintWriter out;
  private final Set<String> done = new HashSet<>();
  private final Deque<String> history = new ArrayDeque<>();
  // Read by the Ctrl-C hook on another thread while this one waits for a line.
  private volatile Answers answers = Answers.none();
  private boolean saved;
  private Runnable onInterrupt = () -> { };
  private boolean acknowledged;
  private java.util.function.Function<Boolean, List<String>> helpNow = crisis -> List.of();
  private String dangerNow = "";
  private final Set<String> helped = new HashSet<>();

  public Dialogue(Questionnaire questionnaire, View view, BufferedReader in, PrintWriter out) {
    this(questionnaire, view, LineInput.plain(in, out), out);
  }

  /** The dialogue with lines from {@code in}: at a terminal, {@link LineEditor}. */
  public Dialogue(Questionnaire questionnaire, View view, LineInput in, PrintWriter out) {
    this.questionnaire = questionnaire;
    this.view = view;
    this.in = in;
    this.out = out;
  }

  /**
   * Starts from earlier answers: the questions in {@code asked} count as gone through and are not
   * asked again; every other earlier answer is offered with "Press Enter to keep".
   */
  public Dialogue startingFrom(Answers earlier, Collection<String> asked) {
    answers = earlier;
    for (Question question : questionnaire.questions()) {
      if (asked.contains(question.id())) {
        done.add(question.id());
        history.push(question.id());
      }
    }
    return this;
  }

  /** Says that the answers will be kept (guide ask --save), and that stopping keeps them for later. */
  public Dialogue saved() {
    saved = true;
    return this;
  }

  /**
   * The help shown at once after an answer about being hurt or threatened ({@code false}) or about
   * the partner harming himself ({@code true}): two or three lines with the emergency number, the
   * first line for the reader's country, and where to find more.
   */
  public Dialogue helpNow(java.util.function.Function<Boolean, List<String>> lines) {
    helpNow = lines;
    return this;
  }

  /** The most urgent wording, shown at once after an answer that names a danger sign. */
  public Dialogue dangerNow(String text) {
    dangerNow = text;
    return this;
  }

  /** What to do when Ctrl-C ends the guide during the questions (keep the answers so far, with --save). */
  public Dialogue onInterrupt(Runnable action) {
    onInterrupt = action;
    return this;
  }

  /** The answers so far, also after the person stopped. */
  public Answers answers() {
    return answers;
  }

  /** The questions gone through so far, in questionnaire order. */
  public List<String> asked() {
    return questionnaire.questions().stream().map(Question::id).filter(done::contains).toList();
  }

  /** Runs the questionnaire; empty when the person quit or the input ended before the result. */
  public Optional<Answers> run() throws IOException {
    // Ctrl-C ends the guide at once; end the half-typed line so the shell's prompt starts clean.
    Thread newline = new Thread(() -> {
      out.println();
      out.flush();
      onInterrupt.run();
    });
    Runtime.getRuntime().addShutdownHook(newline);
    try {
      return dialogue();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(newline);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C came: the hook is running, as it should.
      }
    }
  }

  private Optional<Answers> dialogue() throws IOException {
    say("A few questions about what has been happening. Answer with the number of a choice, or "
        + "its words. Type ? (or help) for why a question is asked, b (back) to go back, s (skip) to skip, "
        + "q (quit) to stop. "
        + (saved ? "Your answers and the result are saved when you finish; if you stop, your answers so far are kept."
            : "Nothing you type is kept after the guide ends."));
    if (!askAll()) {
      return stopped();
    }
    boolean showList = true;
    while (true) {
      List<Question> shown = applicable();
      if (showList) {
        review(shown);
        showList = false;
      }
      String line = prompt();
      Command command = Command.of(line);
      if (command == Command.QUIT) {
        return stopped();
      }
      if (line.isEmpty()) {
        return Optional.of(answers.applicable(questionnaire));
      }
      if (command == Command.HELP || command == Command.SKIP) {
        say((command == Command.SKIP ? "There is nothing to skip here. " : "") + "Type a number from 1 to "
            + shown.size() + " to change that answer (b goes back to the last one), press Enter to see your result, "
            + "or q to stop.");
        continue;
      }
      int number = command == Command.BACK ? shown.size() : line.matches("[0-9]{1,3}") ? Integer.parseInt(line) : 0;
      if (number < 1 || number > shown.size()) {
        say("'" + TerminalText.escape(line) + "' is not one of the answers above. Type a number from 1 to " + shown.size()
            + " to change that answer, press Enter to see your result, or q to stop.");
        continue;
      }
      Question question = shown.get(number - 1);
      Step step = ask(question, number, shown.size());
      if (step == Step.QUIT || (step == Step.ANSWERED && !askAll())) {
        return stopped();
      }
      setAside(shown);
      showList = true;
    }
  }

  /** Says which answers a change has made beside the point, rather than dropping them without a word. */
  private void setAside(List<Question> before) {
    for (Question question : before) {
      if (answers.answered(question.id()) && !answers.applies(question)) {
        say("(Your answer to \u201c" + view.say(question.text()) + "\u201d no longer applies, so it is set aside.)");
      }
    }
  }

  private void review(List<Question> shown) {
    out.println();
    out.println(view.styler().heading("Your answers"));
    // One line an answer, so that the whole review fits on the screen (a 24-row terminal showed
    // only the last half of two lines an answer): the question cut short, the answer whole.
    int width = width();
    for (int i = 0; i < shown.size(); i++) {
      Question question = shown.get(i);
      String start = pad(i + 1) + ". ";
      String answer = " \u2192 " + describe(question);
      int room = width - start.length() - Math.min(answer.length(), width - start.length() - 20);
      String asked = cut(view.say(question.text()), Math.max(12, room));
      // Only a several-answer line longer than the screen goes on to the next lines.
      out.println(String.join("\n", Wrap.lines(asked + answer, width, start, "        ")));
    }
    say("\nType a number to change that answer, press Enter to see your result, or q to stop.");
  }

  /** Asks every applicable question not yet asked, in order; false when the person quit. */
  private boolean askAll() throws IOException {
    while (true) {
      List<Question> shown = applicable();
      Question next = shown.stream().filter(q -> !done.contains(q.id())).findFirst().orElse(null);
      if (next == null) {
        return true;
      }
      Step step = ask(next, shown.indexOf(next) + 1, total());
      if (step == Step.QUIT) {
        return false;
      }
      if (step == Step.BACK) {
        if (history.isEmpty()) {
          say("This is the first question.");
        } else {
          done.remove(history.pop());
        }
        continue;
      }
      done.add(next.id());
      history.push(next.id());
    }
  }

  private Step ask(Question question, int position, int total) throws IOException {
    out.println();
    String counter = position + " of " + total;
    List<String> lines = Wrap.lines(view.say(question.text()), width(), counter + "  ", "  ");
    // Style the counter after wrapping: escape codes have no width on screen.
    out.println(view.styler().heading(counter) + lines.get(0).substring(counter.length()));
    for (String rest : lines.subList(1, lines.size())) {
      out.println(rest);
    }
    if (question.multiple()) {
      say("  Pick all that fit: type the numbers (or words) of your answers, separated by commas.");
    }
    List<Choice> choices = question.choices();
    for (int i = 0; i < choices.size(); i++) {
      out.println(String.join("\n", Wrap.lines(view.say(choices.get(i).label()), width(), pad(i + 1) + ") ", "      ")));
    }
    boolean hasAnswer = answers.chosen().containsKey(question.id());
    if (hasAnswer) {
      say("  Press Enter to keep: " + describe(question));
    }
    // The instruction is said once a question; after it, only what was wrong.
    boolean hinted = false;
    // Of a several-answer line, the choices understood while the rest is asked again.
    List<String> kept = List.of();
    while (true) {
      String line = prompt();
      Command command = Command.of(line);
      if (!kept.isEmpty() && command == Command.NONE) {
        line = kept.stream().collect(Collectors.joining(", ")) + (line.isEmpty() ? "" : ", " + line);
      }
      if (command == Command.QUIT) {
        return Step.QUIT;
      }
      if (command == Command.HELP) {
        say("  Why this is asked: " + view.say(question.help()));
        say("  " + hint(question));
        continue;
      }
      if (command == Command.BACK) {
        return Step.BACK;
      }
      if (command == Command.SKIP) {
        answers = answers.with(question.id(), List.of());
        return Step.ANSWERED;
      }
      if (line.isEmpty()) {
        if (hasAnswer) {
          return Step.ANSWERED;
        }
        say("  " + (hinted ? "No answer yet: type a number (1-" + question.choices().size() + "), or ? for help."
            : hint(question)));
        hinted = true;
        continue;
      }
      String name = "\u201c" + view.say(question.text()) + "\u201d";
      ChoiceInput.Parsed parsed = ChoiceInput.parse(question, line, name);
      if (parsed.problem().isPresent() && question.multiple()) {
        ChoiceInput.Partial partial = ChoiceInput.understood(question, line, name);
        if (!partial.understood().isEmpty() && !partial.problems().isEmpty()) {
          kept = partial.understood();
          say("  " + TerminalText.escape(view.say("Kept: " + labels(question, kept) + ". " + sentence(capitalise(
              String.join("; ", partial.problems()))) + " Type the rest, or press Enter to keep just these.")));
          continue;
        }
      }
      if (parsed.problem().isPresent()) {
        say("  " + TerminalText.escape(view.say(sentence(capitalise(parsed.problem().get())))) + (hinted ? "" : " " + hint(question)));
        hinted = true;
        kept = List.of();
      } else {
        answers = answers.with(question.id(), parsed.choices());
        acknowledge(question, parsed.choices());
        helpAtOnce(question, parsed.choices());
        return Step.ANSWERED;
      }
    }
  }

  /**
   * Right after the first answer that points to fear, control or harm, a short, kind word before
   * the next question: it is not your fault, where help is listed, and how to close the guide.
   */
  private void acknowledge(Question question, List<String> chosen) {
    if (acknowledged) {
      return;
    }
    for (String id : chosen) {
      if (question.choice(id).map(Choice::safety).orElse(false)) {
        acknowledged = true;
        out.println();
        say("  " + view.say(questionnaire.messages().safetyAck()));
        return;
      }
    }
  }

  /**
   * Right after an answer about being hurt or threatened, or about the partner harming himself,
   * the emergency number and a line to call, at once rather than after the last question; after
   * a danger sign, the most urgent wording. Each once.
   */
  private void helpAtOnce(Question question, List<String> chosen) {
    for (String id : chosen) {
      Optional<Choice> choice = question.choice(id);
      if (choice.isEmpty()) {
        continue;
      }
      if (choice.get().emergency() && helped.add("emergency")) {
        show(helpNow.apply(false));
      }
      if (choice.get().crisis() && helped.add("crisis")) {
        show(helpNow.apply(true));
      }
      if (choice.get().danger() && !dangerNow.isEmpty() && helped.add("danger")) {
        show(List.of(view.say(dangerNow)));
      }
    }
  }

  private void show(List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.println();
    for (String line : lines) {
      say("  " + line);
    }
  }

  /**
   * How many questions there are: those that apply, and those that still may (their condition is
   * on a question not yet answered). The count can fall as answers rule questions out, but never
   * grows past what the person was told.
   */
  private int total() {
    int total = 0;
    for (Question question : questionnaire.questions()) {
      boolean open = question.when().isPresent() && !done.contains(question.when().get().question());
      if (answers.applies(question) || open) {
        total++;
      }
    }
    return total;
  }

  private List<Question> applicable() {
    return questionnaire.questions().stream().filter(answers::applies).toList();
  }

  private String describe(Question question) {
    List<String> chosen = answers.of(question.id());
    if (chosen.isEmpty()) {
      return answers.chosen().containsKey(question.id()) ? "(skipped)" : "(not answered)";
    }
    return chosen.stream()
        .map(id -> question.choice(id).map(c -> view.say(c.label())).orElse(id))
        .collect(Collectors.joining("; "));
  }

  private String labels(Question question, List<String> ids) {
    return ids.stream().map(id -> question.choice(id).map(c -> "\u201c" + view.say(c.label()) + "\u201d").orElse(id))
        .collect(Collectors.joining(", "));
  }

  private String hint(Question question) {
    String range = "1-" + question.choices().size();
    return question.multiple()
        ? "Type one or more numbers (" + range + ") or a choice's words, separated by commas; s to skip, b to go back, "
            + "? for help, q to stop."
        : "Type a number (" + range + ") or a choice's words; s to skip, b to go back, ? for help, q to stop.";
  }

  private String prompt() throws IOException {
    String line = in.readLine("> ");
    return line == null ? null : line.strip();
  }

  private Optional<Answers> stopped() {
    out.println();
    // With --save the caller keeps what was gone through, or says why not once it has asked.
    say(saved && !done.isEmpty() ? "Stopped." : "Stopped. Nothing was kept. You can start again any time with 'guide ask'.");
    return Optional.empty();
  }

  private void say(String text) {
    String indent = text.startsWith("  ") ? "  " : "";
    for (String paragraph : text.split("\n", -1)) {
      out.println(paragraph.isBlank() ? "" : String.join("\n", Wrap.lines(paragraph, width(), indent, indent)));
    }
    out.flush();
  }

  /** The terminal's width now (it may have been resized since the last question), else the view's. */
  private int width() {
    return Math.max(View.MIN_WIDTH, Math.min(View.MAX_WIDTH, in.width(view.width())));
  }

  /** The text, cut with an ellipsis to at most {@code width} characters. */
  private static String cut(String text, int width) {
    return text.length() <= width ? text : text.substring(0, Math.max(1, width - 1)).stripTrailing() + "\u2026";
  }

  /** Ends the text as a sentence: a full stop, unless it asks already. */
  private static String sentence(String text) {
    return text.endsWith("?") || text.endsWith(".") ? text : text + ".";
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String pad(int number) {
    return (number < 10 ? "   " : "  ") + number;
  }
}
