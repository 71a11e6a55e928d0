package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import dev.guide.content.Content;
import dev.guide.io.OutputFile;
import dev.guide.quiz.AnswerFile;
import dev.guide.quiz.Answers;
import dev.guide.quiz.Limit;
import dev.guide.quiz.Plan;
import dev.guide.quiz.PlanLines;
import dev.guide.quiz.Result;
import dev.guide.quiz.Scorer;
import dev.guide.render.Document;
import dev.guide.render.PlanReport;
import dev.guide.render.Styler;
import dev.guide.render.View;
import dev.guide.store.CheckIn;
import dev.guide.store.CheckInStore;
import dev.guide.store.SavedAnswers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code guide plan}: a short personal plan from a result, for the conversation and for the
 * reader's own limit and date; a safety plan only, when safety is at stake.
 */
final class PlanCommand extends BaseCommand {

  private final OptionSpec answers = add(OptionSpec.builder("--answers").paramLabel("FILE").type(Path.class)
      .converters(new SharedOptions.FileName())
      .description("Make the plan from the answers in FILE ('-' for standard input), with any plan.needs, plan.enough, "
          + "plan.by and plan.otherwise lines; without it, from your last saved check-in."));

  private final OptionSpec format = add(OptionSpec.builder("--format").paramLabel("text|json|markdown")
      .type(AskCommand.ReportFormat.class).defaultValue("text").description("text (default), json or markdown."));

  private final OptionSpec output = add(OptionSpec.builder("--output").paramLabel("FILE").type(Path.class)
      .converters(new SharedOptions.FileName())
      .description("Write the plan to FILE (readable by you only) instead of the screen."));

  private final OptionSpec force = add(OptionSpec.builder("--force").type(boolean.class)
      .description("With --output: replace FILE if it exists."));

  private final OptionSpec save = add(OptionSpec.builder("--save").type(boolean.class)
      .description("Keep this check-in with the plan and its date in your data folder; 'guide history' reminds you of the date."));

  private final OptionSpec country = add(SharedOptions.country());

  private final OptionSpec dataDir = add(SharedOptions.dataDir());

  PlanCommand(Session session) {
    super(session, "plan",
        new String[] {"Turn a result into a short plan: what you noticed, how and when to bring it up, questions to ask, "
            + "what to listen for, your own needs, your limit and a date, and looking after yourself.",
            "From --answers FILE, or from your last saved check-in. At a terminal it asks a few short questions about "
                + "your limit; in a file, write plan.needs, plan.enough, plan.by and plan.otherwise lines.",
            "When an answer points to fear, control or harm, the plan is a safety plan: where to get help, "
                + "and nothing about confronting your partner. When you are worried your partner may harm "
                + "themselves, it is a crisis plan only: how to ask about suicide, getting help now, the crisis line, "
                + "and looking after yourself; the talk about the two of you waits."},
        "  guide plan                                  from your last check-in",
        "  guide plan --answers answers.txt",
        "  guide plan --answers answers.txt --format markdown --output plan.md",
        "  guide plan --answers answers.txt --save     keep the plan and its date");
  }

  @Override
  int run() throws Exception {
    Content content = content();
    Path output = this.output.getValue();
    if (output != null && output.toString().equals("-")) {
      output = null;
    }
    if (isSet(force) && output == null) {
      throw Session.usage("--force goes with --output FILE (it lets the plan replace FILE); give --output too, or leave --force out");
    }
    try {
      return plan(content, output);
    } catch (LateClock e) {
      throw e.cause;
    }
  }

  /** A bad GUIDE_NOW, found only when a date is first needed. */
  private static final class LateClock extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient GuideException cause;

    LateClock(GuideException cause) {
      super(cause.getMessage(), null, false, false);
      this.cause = cause;
    }
  }

  private OffsetDateTime now;
  /** The check-ins, made (and unlocked) once, when the plan reads or saves one. */
  private CheckInStore store;

  /**
   * Now, read only when a date is needed (a plan.by line, the prompts, --save): the clock's time
   * zone costs start-up time that a plan without a date need not pay.
   */
  private OffsetDateTime now() {
    if (now == null) {
      try {
        now = OffsetDateTime.now(session().clock()).truncatedTo(ChronoUnit.SECONDS);
      } catch (GuideException e) {
        throw new LateClock(e);
      }
    }
    return now;
  }

  private int plan(Content content, Path output) throws Exception {
    Supplier<LocalDate> today = () -> now().toLocalDate();
    if (isSet(save) || this.answers.getValue() == null) {
      // A wrong passphrase ends the run here, before anything is asked or written.
      store = session().store(dataDir.getValue());
      session().lock().unlock();
    }
    Path file = this.answers.getValue();
    Answers given;
    Limit limit = Limit.NONE;
    boolean fromFile = false;
    if (file != null) {
      boolean stdin = file.toString().equals("-");
      if (!stdin && session().terminal().inputPiped()) {
        throw Session.usage("answers come from both --answers " + file + " and standard input; use one of them "
            + "(to read the pipe, give --answers -)");
      }
      String name = stdin ? "standard input" : file.toString();
      PlanLines.Split split = PlanLines.split(name, stdin ? AskCommand.readAll(session().in(), name) : AskCommand.readFile(file), today);
      limit = split.limit();
      fromFile = split.any();
      given = AskCommand.noAnswers(split.answers()) && split.any()
          ? lastAnswers(" (" + name + " has only plan lines)")
          : AnswerFile.parse(name, split.answers(), content.questionnaire());
    } else {
      given = lastAnswers("");
      // The limit saved with that check-in, unless it is asked again below.
      limit = lastLimit;
    }
    Result result = new Scorer(content).score(given);
    boolean prompt = !fromFile && session().terminal().inputTerminal() && !"-".equals(String.valueOf(file));
    if (prompt && !result.safety() && result.crisis().isEmpty()) {
      PrintWriter prompts = session().terminal().outputTerminal() && output == null ? out() : session().err();
      // What the person writes of their limit is private: it goes in the alternate screen, as the
      // questionnaire does, and only the plan shows it, in the normal screen.
      try (dev.guide.io.AlternateScreen screen = dev.guide.io.AlternateScreen.enter(prompts,
          prompts == out() && session().alternateScreen())) {
        limit = LimitPrompts.ask(content.plan(), view(), session().input(prompts), prompts, today.get());
      }
    }
    Plan plan = Plan.of(content, given, result, limit);
    View view = output != null ? new View(view().partner(), Session.DEFAULT_WIDTH, Styler.PLAIN, false) : view();
    AskCommand.ReportFormat format = output != null && !given(this.format)
        ? AskCommand.ReportFormat.byExtension(output) : this.format.getValue();
    String report = render(content, view, session().country(country.getValue()), today, plan, format);
    if (output != null) {
      OutputFile.write(output, report, isSet(force));
      session().err().println("guide: wrote the plan to " + output);
    } else {
      print(report);
    }
    AnswerFileNote.after(session(), file, result);
    if (isSet(save)) {
      save(session(), content, store, now(), given, result, plan);
    }
    return ExitCode.OK;
  }

  static String render(Content content, View view, Optional<String> country, Supplier<LocalDate> today, Plan plan,
      AskCommand.ReportFormat format) {
    PlanReport report = new PlanReport(content, view, country, today);
    return switch (format) {
      case json -> report.json(plan);
      case markdown -> report.write(plan, Document.markdown());
      default -> report.write(plan, Document.text(view));
    };
  }

  /** Saves a new check-in with these answers and, when it has one, the plan's limit and date. */
  static void save(Session session, Content content, CheckInStore store, OffsetDateTime now, Answers answers,
      Result result, Plan plan) throws GuideException {
    View shown = new View(session.view().partner(), Session.DEFAULT_WIDTH, Styler.PLAIN, false);
    Optional<Limit> kept = plan.limit().isEmpty() ? Optional.empty() : Optional.of(plan.limit());
    Path file = store.save(new CheckIn(CheckInStore.idFor(now), now, shown.partner(),
        answers.applicable(content.questionnaire()), CheckIn.Summary.of(result, shown), kept));
    boolean locked = session.lock().locked();
    session.err().println("guide: saved this check-in" + (kept.isPresent() ? " and your plan" : "") + " in " + dev.guide.TerminalText.escape(file.toString())
        + (locked ? ", locked with your passphrase" : "")
        + " ('guide history' lists your check-ins" + (plan.limit().by().isPresent() ? " and reminds you of the date" : "")
        + ")");
    if (result.safety() && !locked) {
      session.err().println("guide: saved as asked with --save, though these answers speak of fear or control: anyone "
          + "who uses this computer could find saved check-ins; a passphrase locks them ('guide passphrase'), and "
          + "'guide forget' deletes them");
    }
  }

  /** The limit saved with the check-in {@link #lastAnswers} read. */
  private Limit lastLimit = Limit.NONE;

  /** The last saved check-in's answers, speaking of the partner as it did; a usage error when there is none. */
  private Answers lastAnswers(String why) throws Exception {
    if (store == null) {
      store = session().store(dataDir.getValue());
    }
    CheckInStore.Loaded loaded = store.load();
    loaded.skipped().forEach(skipped -> session().err().println(dev.guide.TerminalText.escape("guide: " + skipped.warning())));
    CheckIn last = loaded.latest().orElseThrow(() -> Session.usage("there is no saved check-in to make a plan from in "
        + store.folder() + why + "; give your answers with --answers FILE, or answer 'guide ask --save' first"));
    session().keepPartner(last.partner());
    lastLimit = last.plan().orElse(Limit.NONE);
    List<String> gone = SavedAnswers.noLongerAsked(last.answers(), content().questionnaire());
    if (!gone.isEmpty()) {
      session().err().println("guide: your check-in of " + last.date() + " has answers to questions no longer asked: "
          + String.join(", ", gone) + "; they stay in its file and are left out now");
    }
    return SavedAnswers.usable(last.answers(), content().questionnaire());
  }
}
