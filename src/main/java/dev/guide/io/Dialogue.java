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

  private enum Step { ANSWERED, BACK, QUIT, RESULT }

  /**
   * What a line asks of the dialogue rather than answers: the words and their letters work at
   * every prompt, and are never taken for a choice. The end of input is QUIT.
   */
  private enum Command {
    BACK, SKIP, HELP, QUIT, RESULT, NONE;

    static Command of(String line) {
      if (line == null) {
        return QUIT;
      }
      return switch (line.toLowerCase(java.util.Locale.ROOT)) {
        case "b", "back" -> BACK;
        case "s", "skip" -> SKIP;
        case "?", "h", "help" -> HELP;
        case "q", "quit", "exit" -> QUIT;
        case "r", "result" -> RESULT;
        default -> NONE;
      };
    }
  }

  private final Questionnaire questionnaire;
  private final View view;
  private final LineInput in;
  private final PrintWriter out;
  /**
   * What the dialogue said since the last answer was taken (a kind word, help lines, the next
   * question): what a redraw in the alternate screen shows again above the one-line problem.
   */
  private final StringBuilder drawn = new StringBuilder();
  /** The screen's height, 0 when unknown (the review is then never paged). */
  private int rows;
  /** Whether the dialogue is in the alternate screen, so it clears and redraws rather than stacks its messages. */
  private boolean redraws;
  private final Set<String> done = new HashSet<>();
  private final Deque<String> history = new ArrayDeque<>();
  // Read by the Ctrl-C hook on another thread while this one waits for a line.
  private volatile Answers answers = Answers.none();
  private boolean saved;
  private Runnable onInterrupt = () -> { };
  private boolean acknowledged;
  /** Whether the last answer brought a kind word or help lines, which the next screen leads with. */
  private boolean helpSaid;
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
    this.out = new PrintWriter(new Tee(out, drawn));
  }

  /**
   * The screen the dialogue is shown on: {@code rows} high (0 when unknown) and, when
   * {@code alternate}, the terminal's alternate screen, which has no scrollback: a review longer
   * than the screen is shown a screenful at a time, and a wrong answer clears the screen and
   * draws the question again with the one-line problem under it, rather than stacking messages
   * until the question scrolls away.
   */
  public Dialogue onScreen(int rows, boolean alternate) {
    this.rows = Math.max(0, rows);
    this.redraws = alternate;
    return this;
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
        + "r (result) to see the result now, q (quit) to stop. "
        + (saved ? "Your answers and the result are saved when you finish; if you stop, your answers so far are kept."
            : "Nothing you type is kept after the guide ends."));
    if (!askAll()) {
      return stopped();
    }
    if (resultNow) {
      // Asked for at a question (r): the result at once, with what was answered; no review first.
      return Optional.of(answers.applicable(questionnaire));
    }
    // The review starts at the first answer; a screenful at a time when it is longer than the screen.
    int from = 0;
    String problem = null;
    boolean draw = true;
    while (true) {
      List<Question> shown = applicable();
      from = Math.min(from, Math.max(0, shown.size() - 1));
      if (draw) {
        int to = review(shown, from, problem);
        problem = null;
        draw = false;
        reviewEnd = to;
      }
      int to = reviewEnd;
      boolean more = to < shown.size();
      String line = prompt();
      Command command = Command.of(line);
      if (command == Command.QUIT) {
        return stopped();
      }
      if (command == Command.RESULT) {
        return Optional.of(answers.applicable(questionnaire));
      }
      if (line.isEmpty()) {
        if (more) {
          // Enter shows the next screenful; the result comes only once every answer was on the screen.
          from = to;
          draw = true;
          drawn.setLength(0);
          continue;
        }
        return Optional.of(answers.applicable(questionnaire));
      }
      if (command == Command.HELP || command == Command.SKIP) {
        problem = (command == Command.SKIP ? "There is nothing to skip here. " : "") + "Type a number from 1 to "
            + shown.size() + " to change that answer (b goes back to the last one), press Enter to "
            + (more ? "see more of your answers" : "see your result") + ", or q to stop.";
        draw = reviewProblem(problem);
        continue;
      }
      int number = command == Command.BACK ? shown.size() : line.matches("[0-9]{1,3}") ? Integer.parseInt(line) : 0;
      if (number < 1 || number > shown.size()) {
        problem = "'" + TerminalText.escape(cut(line, 30)) + "' is not one of the answers above. Type a number from 1 to "
            + shown.size() + " to change that answer, press Enter to "
            + (more ? "see more of your answers" : "see your result") + ", or q to stop.";
        draw = reviewProblem(problem);
        continue;
      }
      Question question = shown.get(number - 1);
      if (redraws) {
        // The answer to change on a screen of its own, not under the review.
        clear();
      }
      Step step = ask(question, number, shown.size());
      if (step == Step.QUIT || (step == Step.ANSWERED && !askAll())) {
        return stopped();
      }
      if (step == Step.RESULT || resultNow) {
        return Optional.of(answers.applicable(questionnaire));
      }
      setAside(shown);
      // Back to the review where the changed answer is on the screen.
      List<Question> now = applicable();
      int at = now.indexOf(question);
      from = at < 0 ? 0 : at >= from && at < reviewEnd ? from : at;
      draw = true;
    }
  }

  /** Where the last review drawn ended: the index after its last answer on the screen. */
  private int reviewEnd;

  /**
   * A problem at the review: in the alternate screen the review is drawn again with it (true),
   * elsewhere it is said under the review (false).
   */
  private boolean reviewProblem(String problem) {
    if (redraws) {
      return true;
    }
    say(problem);
    return false;
  }

  /** Says which answers a change has made beside the point, rather than dropping them without a word. */
  private void setAside(List<Question> before) {
    for (Question question : before) {
      if (answers.answered(question.id()) && !answers.applies(question)) {
        say("(Your answer to \u201c" + view.say(question.text()) + "\u201d no longer applies, so it is set aside.)");
      }
    }
  }

  /**
   * Shows the answers from {@code from} on, as many as the screen holds under what came before
   * (a kind word or help lines after the last answer) and above the instruction, or {@code problem}
   * in its place; gives the index after the last one shown.
   */
  private int review(List<Question> shown, int from, String problem) {
    String lead = redraws ? drawn.toString() : "";
    if (redraws) {
      clear();
      out.print(lead);
    }
    int width = width();
    List<List<String>> entries = new java.util.ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      entries.add(entry(shown.get(i), i + 1, width));
    }
    int to = shown.size();
    int height = height();
    if (height > 0) {
      // Lines other than answers: a blank and the heading above; a blank, the instruction (or a
      // problem: the longest is reserved) and the prompt below; and what came before, when redrawn.
      String longest = "'" + "x".repeat(30) + "' is not one of the answers above. Type a number from 1 to " + shown.size()
          + " to change that answer, press Enter to see more of your answers, or q to stop.";
      int room = height - 4 - Wrap.lines(longest, width, "", "").size() - (redraws ? lines(lead) : 0);
      int used = 0;
      to = from;
      while (to < shown.size() && (to == from || used + entries.get(to).size() <= room)) {
        used += entries.get(to).size();
        to++;
      }
      // Too little room for even a few answers under what came before: the answers come first.
      if (to - from < Math.min(3, shown.size() - from) && redraws && !lead.isBlank()) {
        drawn.setLength(0);
        return review(shown, from, problem);
      }
    }
    out.println();
    out.println(view.styler().heading("Your answers"));
    for (int i = from; i < to; i++) {
      out.println(String.join("\n", entries.get(i)));
    }
    boolean paged = from > 0 || to < shown.size();
    String instruction = problem != null ? problem
        : to < shown.size() ? "Answers " + (from + 1) + "-" + to + " of " + shown.size() + ". Press Enter for more, "
            + "type a number to change that answer, or q to stop."
        : (paged ? "Answers " + (from + 1) + "-" + to + " of " + shown.size() + ". " : "")
            + "Type a number to change that answer, press Enter to see your result, or q to stop.";
    say("\n" + instruction);
    // A redraw shows again what came before the review, not the review itself.
    drawn.setLength(0);
    drawn.append(lead);
    return to;
  }

  /** One answer of the review: the question cut short to leave the answer whole, on one line where it fits. */
  private List<String> entry(Question question, int number, int width) {
    String start = pad(number) + ". ";
    String answer = " \u2192 " + describe(question);
    int room = width - start.length() - Math.min(answer.length(), width - start.length() - 20);
    String asked = cut(view.say(question.text()), Math.max(12, room));
    // Only a several-answer line longer than the screen goes on to the next lines.
    return Wrap.lines(asked + answer, width, start, "        ");
  }

  /** How many lines {@code text} takes on the screen at its width now. */
  private int lines(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int width = width();
    int count = 0;
    for (String line : text.split("\n", -1)) {
      count += Math.max(1, (line.length() + width - 1) / width);
    }
    return text.endsWith("\n") ? count - 1 : count;
  }

  /** After help shown at once: the rest of the questions can wait; the result, with all the help, need not. */
  private void resultOffer() {
    if (helped.add("result")) {
      say("  Type r to see the result now, with all the help first.");
    }
  }

  /** Whether the person asked for the result before the last question (r). */
  private boolean resultNow;

  /** Asks every applicable question not yet asked, in order (or until r); false when the person quit. */
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
      if (step == Step.RESULT) {
        resultNow = true;
        return true;
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
    // What came since the last answer (a kind word, help lines): a redraw shows it again.
    String lead = drawn.toString();
    boolean help = helpSaid;
    helpSaid = false;
    if (help && redraws && height() > 0 && lines(lead) + questionLines(question, position, total) + 2 > height()) {
      // Help said after an answer of fear or harm would scroll out of the alternate screen, which
      // has no scrollback, under the next question (at 40x20, all but its last line): it is shown
      // a screenful at a time, and waits for the person to have read it.
      if (!readHelp(lead)) {
        return Step.QUIT;
      }
      clear();
      lead = "";
    }
    Runnable draw = () -> drawQuestion(question, position, total);
    draw.run();
    boolean hasAnswer = answers.chosen().containsKey(question.id());
    // The instruction is said once a question; after it, only what was wrong (a redraw, which
    // shows one message only, keeps it with the problem).
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
      if (command == Command.RESULT) {
        // The questions not yet answered are left out, as skipped ones are.
        drawn.setLength(0);
        return Step.RESULT;
      }
      if (command == Command.HELP) {
        tell(lead, draw, "  Why this is asked: " + view.say(question.help()), "  " + hint(question));
        continue;
      }
      if (command == Command.BACK) {
        drawn.setLength(0);
        return Step.BACK;
      }
      if (command == Command.SKIP) {
        answers = answers.with(question.id(), List.of());
        drawn.setLength(0);
        return Step.ANSWERED;
      }
      if (line.isEmpty()) {
        if (hasAnswer) {
          drawn.setLength(0);
          return Step.ANSWERED;
        }
        tell(lead, draw, "  " + (hinted ? "No answer yet: type a number (1-" + question.choices().size() + "), or ? for help."
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
          tell(lead, draw, "  " + TerminalText.escape(view.say("Kept: " + labels(question, kept) + ". " + sentence(capitalise(
              String.join("; ", partial.problems()))) + " Type the rest, or press Enter to keep just these.")));
          continue;
        }
      }
      if (parsed.problem().isPresent()) {
        tell(lead, draw, "  " + TerminalText.escape(view.say(sentence(capitalise(parsed.problem().get())))) + (hinted && !redraws ? "" : " " + hint(question)));
        hinted = true;
        kept = List.of();
      } else {
        answers = answers.with(question.id(), parsed.choices());
        // What follows the answer (a kind word, help lines) leads the next screen.
        drawn.setLength(0);
        acknowledge(question, parsed.choices());
        helpAtOnce(question, parsed.choices());
        return Step.ANSWERED;
      }
    }
  }

  /** Shows {@code lead} a screenful at a time, each until Enter; false when the person stops (q). */
  private boolean readHelp(String lead) throws IOException {
    List<String> shown = List.of(lead.replaceAll("^\n+|\n+$", "").split("\n", -1));
    int room = Math.max(3, height() - 2);
    int at = 0;
    while (true) {
      clear();
      int end = Math.min(shown.size(), at + room);
      for (String line : shown.subList(at, end)) {
        out.println(line);
      }
      boolean last = end >= shown.size();
      say(last ? "  Press Enter for the next question." : "  Press Enter for more.");
      String line = prompt();
      if (line == null || Command.of(line) == Command.QUIT) {
        return false;
      }
      if (last) {
        return true;
      }
      at = end;
    }
  }

  /** How many lines {@link #drawQuestion} takes at the screen's width now. */
  private int questionLines(Question question, int position, int total) {
    int count = 1 + Wrap.lines(view.say(question.text()), width(), position + " of " + total + "  ", "  ").size();
    if (question.multiple()) {
      count += Wrap.lines("Pick all that fit: type the numbers (or words) of your answers, separated by commas.", width(), "  ", "  ").size();
    }
    List<Choice> choices = question.choices();
    for (int i = 0; i < choices.size(); i++) {
      count += Wrap.lines(view.say(choices.get(i).label()), width(), pad(i + 1) + ") ", "      ").size();
    }
    return answers.chosen().containsKey(question.id()) ? count + 2 : count;
  }

  /** The question with its number, the count and its choices, at the screen's width now. */
  private void drawQuestion(Question question, int position, int total) {
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
    if (answers.chosen().containsKey(question.id())) {
      say("  Press Enter to keep: " + describe(question));
    }
  }

  /**
   * Says what a reply to a question needs: in the alternate screen, on the question drawn again
   * (after what came before it) so that messages never stack under it; elsewhere under it.
   */
  private void tell(String lead, Runnable question, String... texts) {
    if (redraws) {
      clear();
      out.print(lead);
      question.run();
    }
    for (String text : texts) {
      say(text);
    }
  }

  /** Clears the alternate screen, and forgets what it showed. */
  private void clear() {
    out.print(AlternateScreen.CLEAR);
    drawn.setLength(0);
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
        helpSaid = true;
        out.println();
        say("  " + view.say(questionnaire.messages().safetyAck()));
        return;
      }
    }
  }

  /**
   * Right after an answer about fear, control or harm, or about the partner harming himself, the
   * emergency number and a line to call, at once rather than after the last question; after a
   * danger sign, the most urgent wording. Each once.
   */
  private void helpAtOnce(Question question, List<String> chosen) {
    for (String id : chosen) {
      Optional<Choice> choice = question.choice(id);
      if (choice.isEmpty()) {
        continue;
      }
      // Any answer of fear or control, not only one of harm: help named only at the end would be
      // a dozen questions away.
      if ((choice.get().emergency() || choice.get().safety()) && helped.add("emergency")) {
        show(helpNow.apply(false));
        resultOffer();
      }
      if (choice.get().crisis() && helped.add("crisis")) {
        show(helpNow.apply(true));
        resultOffer();
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
    helpSaid = true;
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
    out.flush();
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

  /** The screen's height now (the terminal may have been resized), 0 when unknown. */
  private int height() {
    return rows > 0 ? in.height(rows) : 0;
  }

  /** The terminal's width now (it may have been resized since the last question), else the view's. */
  private int width() {
    return Math.max(View.MIN_WIDTH, Math.min(View.MAX_WIDTH, in.width(view.width())));
  }

  /** The text, cut with an ellipsis to at most {@code width} characters. */
  private static String cut(String text, int width) {
    if (text.length() <= width) {
      return text;
    }
    String head = text.substring(0, Math.max(1, width - 1));
    // At the end of a word where one ends in the second half ("what came just\u2026", not "just be\u2026").
    int space = head.lastIndexOf(' ');
    if (space >= head.length() / 2 && Character.isLetterOrDigit(text.charAt(head.length()))) {
      head = head.substring(0, space);
    }
    return head.stripTrailing() + "\u2026";
  }

  /** Ends the text as a sentence: a full stop, unless it asks already. */
  private static String sentence(String text) {
    return text.endsWith("?") || text.endsWith(".") ? text : text + ".";
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Writes to the screen and keeps a copy of what it wrote, for a redraw. */
  private static final class Tee extends java.io.Writer {
    private final PrintWriter out;
    private final StringBuilder copy;

    Tee(PrintWriter out, StringBuilder copy) {
      this.out = out;
      this.copy = copy;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      out.write(chars, offset, length);
      synchronized (copy) {
        copy.append(chars, offset, length);
      }
    }

    @Override
    public void flush() {
      out.flush();
    }

    @Override
    public void close() {
      out.flush();
    }
  }

  private static String pad(int number) {
    return (number < 10 ? "   " : "  ") + number;
  }
}
