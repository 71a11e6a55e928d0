package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import dev.guide.TerminalText;
import dev.guide.content.Content;
import dev.guide.content.Partner;
import dev.guide.content.Questionnaire;
import dev.guide.io.AlternateScreen;
import dev.guide.io.Dialogue;
import dev.guide.io.OutputFile;
import dev.guide.io.PartnerQuestion;
import dev.guide.quiz.AnswerFile;
import dev.guide.quiz.Answers;
import dev.guide.quiz.Result;
import dev.guide.quiz.Scorer;
import dev.guide.render.Document;
import dev.guide.render.JsonOutput;
import dev.guide.render.ResultReport;
import dev.guide.render.Styler;
import dev.guide.render.View;
import dev.guide.render.Wrap;
import dev.guide.store.CheckIn;
import dev.guide.store.CheckInStore;
import dev.guide.store.Draft;
import dev.guide.store.FolderLock;
import dev.guide.store.Passphrase;
import dev.guide.store.SavedAnswers;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;

/** {@code guide ask}: the questionnaire at a terminal, or answers from a file or a pipe, then the result. */
final class AskCommand extends BaseCommand {

  /** How the result is written. */
  enum ReportFormat {
    text, json, markdown;

    /** For --output without --format: result.md is Markdown, result.json is JSON, anything else text. */
    static ReportFormat byExtension(Path file) {
      Path last = file.getFileName();
      String name = last == null ? "" : last.toString().toLowerCase(java.util.Locale.ROOT);
      return name.endsWith(".md") || name.endsWith(".markdown") ? markdown : name.endsWith(".json") ? json : text;
    }
  }

  private final OptionSpec answers = add(OptionSpec.builder("--answers").paramLabel("FILE").type(Path.class).converters(new SharedOptions.FileName())
      .description("Read answers from FILE ('-' for standard input) instead of asking."));

  private final OptionSpec template = add(OptionSpec.builder("--template").type(boolean.class)
      .description("Print an answer file with every question and its choices as comments, and stop."));

  private final OptionSpec format = add(OptionSpec.builder("--format").paramLabel("text|json|markdown")
      .type(ReportFormat.class).defaultValue("text").description("text (default), json or markdown."));

  private final OptionSpec output = add(OptionSpec.builder("--output").paramLabel("FILE").type(Path.class).converters(new SharedOptions.FileName())
      .description("Write the result to FILE (readable by you only) instead of the screen."));

  private final OptionSpec country = add(SharedOptions.country());

  private final OptionSpec force = add(OptionSpec.builder("--force").type(boolean.class)
      .description("With --output: replace FILE if it exists."));

  private final OptionSpec save = add(OptionSpec.builder("--save").type(boolean.class)
      .description("Keep this check-in, dated, in your data folder (readable by you only; locked if you set "
          + "a passphrase with 'guide passphrase'); if you stop the questions, your answers so far are kept for --resume."));

  private final OptionSpec resume = add(OptionSpec.builder("--resume").type(boolean.class)
      .description("Go on with the questionnaire you stopped after --save, and save it."));

  private final OptionSpec fromLast = add(OptionSpec.builder("--from-last").type(boolean.class)
      .description("Start from the answers of your last saved check-in and change what changed; "
          + "answers given in a file replace them question by question."));

  private final OptionSpec dataDir = add(SharedOptions.dataDir());

  AskCommand(Session session) {
    super(session, "ask",
        new String[] {"Answer a few questions and see what may be going on, and what you can do.",
            "The result shows, first, any sign that it may be time to walk away; then the likely reasons with "
                + "the answers behind them, and the next steps that fit.",
            "At a terminal it asks one question at a time; from a pipe or --answers it reads an answer file "
                + "and never prompts. Nothing is saved unless you give --output or --save.",
            "--save keeps this check-in (answers and result, dated) in your data folder, readable by you only; "
                + "'guide history' lists check-ins and shows what changed."},
        "  guide ask", "  guide ask --template > answers.txt     then fill it in",
        "  guide ask < answers.txt", "  guide ask --answers answers.txt --format json",
        "  guide ask --answers answers.txt --output result.md --format markdown",
        "  guide ask --save                       keep this check-in",
        "  guide ask --from-last --save           start from the last check-in",
        "  guide ask --resume                     go on with a questionnaire you stopped");
  }

  /**
   * Where the answers start: none, the last check-in's, or a draft's; the questions already gone
   * through; and what to tell the person at the terminal about it.
   */
  /** Whether the answers came from the dialogue at a terminal (not a file): only then is a plan offered. */
  private boolean dialogueRan;

  private record Start(Answers answers, List<String> asked, String greeting) {
    static final Start FRESH = new Start(Answers.none(), List.of(), "");
  }

  @Override
  int run() throws Exception {
    // (At a terminal with nothing to ask first, Session.execute has started the line editor already.)
    Content content = content();
    Path output = this.output.getValue();
    if (output != null && output.toString().equals("-")) {
      output = null; // "-" is standard output, as --answers - is standard input
    }
    List<String> typed = this.output.originalStringValues();
    if (output != null && !typed.isEmpty() && typed.get(typed.size() - 1).endsWith("/")) {
      // The path drops the slash: 'nodir/' would have made a file named nodir.
      throw Session.usage(typed.get(typed.size() - 1) + " is a folder (it ends with /); give a file name for --output, "
          + "such as " + typed.get(typed.size() - 1) + "result.txt");
    }
    boolean save = isSet(this.save);
    boolean resume = isSet(this.resume);
    boolean fromLast = isSet(this.fromLast);
    if (isSet(force) && output == null) {
      throw Session.usage("--force goes with --output FILE (it lets the result replace FILE); give --output too, or leave --force out");
    }
    if (isSet(template)) {
      if (save || resume || fromLast || answers.getValue() != null || output != null || given(format)) {
        throw Session.usage("--template prints an empty answer file to standard output; it takes no --answers, --output, "
            + "--format, --save, --resume or --from-last");
      }
      print(AnswerFile.template(content.questionnaire(), view()::say));
      return ExitCode.OK;
    }
    if (resume && fromLast) {
      throw Session.usage("--resume goes on with a questionnaire you stopped, --from-last starts a new one; give one of them");
    }
    CheckInStore store = save || resume || fromLast ? session().store(dataDir.getValue()) : null;
    if (store != null) {
      // A wrong passphrase ends the run here, before any question, with nothing changed.
      session().lock().unlock();
      if (save || resume) {
        // Locked check-ins whose keyring is lost: nothing is saved (never in plain JSON) until it is rebuilt.
        session().lock().writable();
      }
    }
    Start start = resume ? fromDraft(store) : fromLast ? fromLastCheckIn(store) : Start.FRESH;
    if (save && !resume && store.hasDraft()) {
      start = new Start(start.answers(), start.asked(), (start.greeting() + (draftReadable(store)
          ? " You also have a questionnaire you stopped; 'guide ask --resume' goes on with it, and stopping this one "
              + "would replace it."
          : " The questionnaire you stopped before cannot be read (see 'guide history'); it is kept as it is, so if you "
              + "stop this one, its answers cannot be kept.")).strip());
    }
    Optional<Answers> given = answers(start, store);
    if (given.isEmpty()) {
      return ExitCode.OK;
    }
    View view = output != null ? new View(view().partner(), Session.DEFAULT_WIDTH, Styler.PLAIN, false) : view();
    Result result = new Scorer(content).score(given.get());
    Optional<String> country = session().country(this.country.getValue());
    ReportFormat format = output != null && !given(this.format) ? ReportFormat.byExtension(output) : this.format.getValue();
    String report = switch (format) {
      case json -> new JsonOutput(view).result(result, content.questionnaire().messages().disclaimer(),
          content.helplines(), country);
      case markdown -> new ResultReport(content, view, country).write(result, Document.markdown());
      default -> new ResultReport(content, view, country).write(result, Document.text(view));
    };
    if (output != null) {
      OutputFile.write(output, report, isSet(force));
      session().err().println(TerminalText.escape("guide: wrote the result to " + output));
      if (result.safety()) {
        session().err().println(session().fitted("guide: " + AnswerFileNote.written(output)));
      }
    } else if (dialogueRan && format == ReportFormat.text && session().terminal().inputTerminal() && session().page(report)) {
      // Read in the pager: leaving it on the first page must not lose the rest.
      Result scored = result;
      ReadAgain.offer(session(), report, result.safety(), chosen -> switch (chosen) {
        case json -> new JsonOutput(view).result(scored, content.questionnaire().messages().disclaimer(),
            content.helplines(), country);
        case markdown -> new ResultReport(content, view, country).write(scored, Document.markdown());
        default -> {
          View plain = new View(view.partner(), Session.DEFAULT_WIDTH, Styler.PLAIN, false);
          yield new ResultReport(content, plain, country).write(scored, Document.text(plain));
        }
      });
    } else {
      print(report);
    }
    AnswerFileNote.after(session(), this.answers.getValue(), result);
    if (!dialogueRan && (this.answers.getValue() == null || this.answers.getValue().toString().equals("-"))
        && session().in() == System.in) {
      AnswerFileNote.afterStandardInput(session(), result);
    }
    if ((save || resume) && consent == null) {
      // Asked once the result, its help lines above all, is shown: whatever happens to the save, it has been read.
      PrintWriter prompts = !dialogueRan ? null : session().terminal().outputTerminal() ? out() : session().err();
      Runnable stopped = prompts == null ? () -> { } : () -> say(prompts, "\nStopped. This check-in was not saved.");
      consent = SaveInterrupts.during(stopped,
          () -> notSaved(() -> readyToSave(store, result.safety(), prompts)));
      if (!consent && prompts != null) {
        say(prompts, "Not saved: nothing you answered was kept.");
      }
    }
    Optional<dev.guide.quiz.Plan> plan = Optional.empty();
    if (dialogueRan && output == null && format == ReportFormat.text && !result.safety()
        && session().terminal().outputTerminal()) {
      Answers answered = given.get();
      // Ctrl-C at the offer of a plan keeps the check-in the person asked to save, and says so.
      Runnable keep = (save || resume) && consent
          ? () -> saveOnInterrupt(content, store, answered, result, resume) : () -> { };
      plan = SaveInterrupts.during(keep, () -> offerPlan(content, answered, result, now()));
      if (plan.isPresent() && !save && !resume) {
        // Someone who answered at the terminal has no answer file: name what works without one.
        say(out(), "\nThis plan is not kept: without --save nothing is. To keep one, 'guide ask --save' keeps the "
            + "check-in with its plan, and after it 'guide plan --output plan.md' writes a plan to a file.");
      }
    }
    if (save || resume) {
      if (!consent) {
        return ExitCode.OK;
      }
      if (plan.isPresent()) {
        PlanCommand.save(session(), content, store, now(), given.get(), result, plan.get());
        if (resume) {
          store.deleteDraft();
        }
        return ExitCode.OK;
      }
      OffsetDateTime now = now();
      // Titles as this person read them, with their partner's pronouns.
      View shown = new View(view().partner(), Session.DEFAULT_WIDTH, Styler.PLAIN, false);
      Path file = store.save(new CheckIn(CheckInStore.idFor(now), now, shown.partner(),
          given.get().applicable(content.questionnaire()), CheckIn.Summary.of(result, shown)));
      if (resume) {
        store.deleteDraft();
      }
      boolean locked = session().lock().locked();
      session().err().println(session().fitted("guide: saved this check-in in " + TerminalText.escape(file.toString())
          + (locked ? ", locked with your passphrase" : "") + " ('guide history' lists your check-ins)"));
      if (result.safety() && !session().terminal().inputTerminal()) {
        session().err().println("guide: saved as asked with --save, though these answers speak of fear or control: anyone "
            + "who uses this computer could find saved check-ins" + (locked
                ? "; yours are locked with your passphrase, and 'guide forget' deletes them"
                : "; a passphrase locks them ('guide passphrase'), and 'guide forget' deletes them"));
      }
    }
    return ExitCode.OK;
  }

  /**
   * At a terminal, after a result that is not about safety: offers to help prepare the conversation
   * (or, when the partner may harm themselves, a crisis plan), and makes the plan when the person says yes. Empty when they did not.
   */
  private Optional<dev.guide.quiz.Plan> offerPlan(Content content, Answers answers, Result result, OffsetDateTime now)
      throws IOException {
    PrintWriter out = out();
    out.println();
    // When he may harm himself the plan is a crisis plan, not a conversation (issue 20).
    String offer = result.crisis().isEmpty() ? "Would you like help preparing the conversation? [y/N] "
        : view().say("Would you like a short plan for what to do now about {his} safety? [y/N] ");
    if (!session().yes(out, offer, false)) {
      return Optional.empty();
    }
    out.println();
    dev.guide.quiz.Limit limit = dev.guide.quiz.Limit.NONE;
    if (result.crisis().isEmpty()) {
      // Private words, asked in the alternate screen as the questions were; the plan shows them.
      try (AlternateScreen screen = AlternateScreen.enter(out, session().alternateScreen())) {
        limit = LimitPrompts.ask(content.plan(), view(), session().input(out), out, now.toLocalDate());
      }
    }
    dev.guide.quiz.Plan plan = dev.guide.quiz.Plan.of(content, answers, result, limit);
    print(PlanCommand.render(content, view(), session().country(country.getValue()), now::toLocalDate, plan,
        ReportFormat.text));
    return Optional.of(plan);
  }

  private static boolean draftReadable(CheckInStore store) {
    try {
      store.draft();
      return true;
    } catch (GuideException e) {
      return false;
    }
  }

  /** The unfinished questionnaire to go on with; a usage error when there is none. */
  private Start fromDraft(CheckInStore store) throws Exception {
    Draft draft = store.draft().orElseThrow(() -> Session.usage("there is no stopped questionnaire to go on with in "
        + store.folder() + "; 'guide ask --save' starts one, and keeps your answers if you stop"));
    session().keepPartner(draft.partner());
    LocalDate day = draft.savedAt().toLocalDate();
    return start(draft.answers(), draft.asked(), "the questionnaire you stopped on " + day,
        "Going on with the questionnaire you stopped on " + day + ".");
  }

  /** The last check-in's answers; a usage error when none was saved. */
  private Start fromLastCheckIn(CheckInStore store) throws Exception {
    CheckInStore.Loaded loaded = store.load();
    loaded.skipped().forEach(skipped -> session().err().println(TerminalText.escape("guide: " + skipped.warning())));
    CheckIn last = loaded.latest().orElseThrow(() -> Session.usage("there is no saved check-in to start from in "
        + store.folder() + "; answer without --from-last first, with --save to keep it"));
    session().keepPartner(last.partner());
    return start(last.answers(), List.of(), "your check-in of " + last.date(), "Starting from your check-in of "
        + last.date() + ": press Enter to keep an answer, or give a new one.");
  }

  /** Saved answers as today's questionnaire can use them, saying which it cannot. */
  private Start start(Answers saved, List<String> asked, String what, String greeting) throws Exception {
    Questionnaire questionnaire = content().questionnaire();
    List<String> gone = SavedAnswers.noLongerAsked(saved, questionnaire);
    if (!gone.isEmpty()) {
      session().err().println(TerminalText.escape("guide: " + what + " has answers to questions no longer asked: "
          + String.join(", ", gone) + "; they stay in its file and are left out now"));
    }
    List<String> refused = SavedAnswers.refused(saved, questionnaire);
    if (!refused.isEmpty()) {
      session().err().println(TerminalText.escape("guide: " + what + " has answers an answer file could not give, "
          + "left out now: " + String.join("; ", refused)));
    }
    List<String> stillAsked = asked.stream().filter(id -> questionnaire.question(id).isPresent()).toList();
    return new Start(SavedAnswers.usable(saved, questionnaire), stillAsked, greeting);
  }

  private OffsetDateTime now() throws GuideException {
    return OffsetDateTime.now(session().clock()).truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * The answers from --answers, a pipe, or the dialogue, on top of where they start; empty when the
   * person stopped the dialogue (with --save, what they had answered is kept as a draft).
   */
  private Optional<Answers> answers(Start start, CheckInStore store) throws GuideException, IOException {
    Content content = content();
    Path answers = this.answers.getValue();
    boolean keep = isSet(save) || isSet(resume);
    if (answers != null) {
      // A file named wins over whatever standard input is (a loop's list, a script's pipe): only
      // '--answers -', or no --answers, reads standard input.
      boolean stdin = answers.toString().equals("-");
      byte[] bytes = stdin ? readAll(session().in(), "standard input") : readFile(answers);
      return Optional.of(onTop(start, stdin ? "standard input" : answers.toString(), bytes));
    }
    if (!session().terminal().inputTerminal()) {
      return Optional.of(onTop(start, "standard input", readAll(session().in(), "standard input")));
    }
    // Prompts go where the person can see them, even when the result is redirected to a file.
    boolean toScreen = session().terminal().outputTerminal();
    PrintWriter prompts = toScreen ? out() : session().err();
    session().prepareInput(prompts);
    dialogueRan = true;
    Optional<Answers> done = Optional.empty();
    boolean draft = false;
    boolean screen;
    Dialogue dialogue = null;
    try (AlternateScreen alternate = AlternateScreen.enter(prompts, toScreen && session().alternateScreen())) {
      screen = alternate.used();
      // Asked before the questions, which name the partner; q or the end of input stops here too.
      Optional<Partner> partner = session().partnerChosen() ? Optional.of(view().partner())
          : PartnerQuestion.ask(session().input(prompts), prompts, view().width());
      if (partner.isPresent()) {
        session().choosePartner(partner.get());
        Optional<String> where = session().country(country.getValue());
        dev.guide.render.HelpList help = new dev.guide.render.HelpList(content.helplines());
        Dialogue started = new Dialogue(content.questionnaire(), view(), session().input(prompts), prompts)
            .startingFrom(start.answers(), start.asked())
            .helpNow(crisis -> help.now(where, crisis, true))
            .dangerNow(content.helplines().danger())
            .onScreen(screen ? session().height() : 0, screen);
        dialogue = started;
        if (keep) {
          dialogue.saved();
          // Ctrl-C ends the guide at once: keep what was answered where that needs no question, and
          // say so where it can be read (after the alternate screen is left).
          Runnable onCtrlC = () -> keepOnInterrupt(started, store, prompts);
          if (screen) {
            alternate.onInterrupt(onCtrlC);
          } else {
            dialogue.onInterrupt(onCtrlC);
          }
        }
        if (!start.greeting().isEmpty()) {
          prompts.println(String.join("\n", Wrap.lines(start.greeting(), view().width(), "", "")));
          prompts.println();
        }
        done = dialogue.run();
        draft = done.isEmpty() && keep && !dialogue.asked().isEmpty();
        if (draft) {
          // Asked here, while the questions are on the screen; a finished check-in is asked about after its result.
          afterScreen = screen ? new java.util.ArrayList<>() : null;
          try {
            consent = readyToSave(store, new Scorer(content).score(dialogue.answers()).safety(), prompts);
          } finally {
            saidInScreen = afterScreen;
            afterScreen = null;
          }
        }
      }
    }
    // Said while the alternate screen was up, and gone with it: said again where it stays.
    if (saidInScreen != null) {
      saidInScreen.forEach(Runnable::run);
    }
    // What the alternate screen showed is gone: say again how it ended.
    if (draft && consent) {
      store.saveDraft(new Draft(now(), view().partner(), dialogue.answers(), dialogue.asked()));
      say(prompts, (screen ? "Stopped. " : "") + "Your answers so far are kept; 'guide ask --resume' goes on from here.");
    } else if (draft) {
      say(prompts, "Stopped. Nothing was kept.");
    } else if (done.isEmpty() && screen) {
      say(prompts, "Stopped. Nothing was kept. You can start again any time with 'guide ask'.");
    } else if (dialogue == null) {
      say(prompts, "\nStopped. Nothing was kept. You can start again any time with 'guide ask'.");
    }
    if (done.isEmpty() && screen && dialogue != null) {
      // The help shown at once after an answer of fear, control or harm went with the alternate
      // screen: say it again.
      Result soFar = new Scorer(content).score(dialogue.answers());
      if (soFar.safety() || !soFar.crisis().isEmpty()) {
        for (String line : new dev.guide.render.HelpList(content.helplines())
            .now(session().country(country.getValue()), !soFar.emergency(), false)) {
          say(prompts, line);
        }
      }
    }
    return done;
  }

  /**
   * On Ctrl-C with --save: keeps the answers gone through as a draft, as q does, where that needs
   * no question: not after an answer about fear or control (kept only when the person says so),
   * and not into locked check-ins (no time to ask for the passphrase). Says plainly which it was.
   */
  private void keepOnInterrupt(Dialogue dialogue, CheckInStore store, PrintWriter prompts) {
    List<String> asked = dialogue.asked();
    try {
      String said;
      // A draft kept earlier stays as it was: "nothing was kept" must not read as "nothing is there".
      String earlier = store.hasDraft() ? " The answers you kept before are still there, without today's changes "
          + "('guide ask --resume' goes on from them; 'guide forget' deletes them)." : "";
      String nothing = earlier.isEmpty() ? "Stopped. Nothing was kept: " : "Stopped. Nothing new was kept: ";
      if (settingPassphrase) {
        said = "Stopped while you were setting a passphrase: nothing was kept, and no passphrase was set.";
      } else if (asked.isEmpty()) {
        said = "Stopped. Nothing was kept: no question was answered yet.";
      } else if (new Scorer(content()).score(dialogue.answers()).safety()) {
        said = nothing + "answers about fear or control are kept only when you say so "
            + "(stop with q to be asked)." + earlier;
      } else if (session().lock().locked() || session().passphraseFile() != null) {
        said = nothing + "your check-ins are locked, and Ctrl-C leaves no time to ask for the "
            + "passphrase (stop with q to keep your answers)." + earlier;
      } else {
        store.saveDraft(new Draft(now(), view().partner(), dialogue.answers(), asked));
        said = "Stopped. Your answers so far are kept; 'guide ask --resume' goes on from here.";
      }
      say(prompts, said);
    } catch (GuideException | RuntimeException e) {
      say(prompts, "Stopped. Your answers could not be kept: " + e.getMessage());
    }
    prompts.flush();
  }

  /**
   * While a question asked in the alternate screen may say something that matters (the folder was
   * locked, no passphrase was set): what to say once the screen is left. Null when not in it.
   */
  private java.util.List<Runnable> afterScreen;
  private java.util.List<Runnable> saidInScreen;

  /** Says {@code text} now, and again after the alternate screen is left when it is up. */
  private void tell(PrintWriter prompts, String text) {
    say(prompts, text);
    if (afterScreen != null) {
      afterScreen.add(() -> say(prompts, text));
    }
  }

  /** Whether to save (null until asked): at a terminal, after a safety answer, the person says so. */
  private Boolean consent;

  /** While a new passphrase is typed: Ctrl-C then keeps nothing, rather than answers in plain JSON. */
  private volatile boolean settingPassphrase;

  /** What readyToSave throws, with "not saved" said: the result is on the screen already. */
  private interface Ready {
    boolean ready() throws GuideException, IOException;
  }

  private static boolean notSaved(Ready ready) throws GuideException, IOException {
    try {
      return ready.ready();
    } catch (GuideException e) {
      throw new GuideException(e.exitCode(), e.getMessage() + "; this check-in was not saved (the result above is all "
          + "it holds; run 'guide ask --save' again to keep one)");
    }
  }

  /** On Ctrl-C at the offer of a plan: saves the check-in as asked with --save (without a plan), and says where. */
  private void saveOnInterrupt(Content content, CheckInStore store, Answers answers, Result result, boolean resume) {
    PrintWriter out = out();
    try {
      OffsetDateTime now = now();
      View shown = new View(view().partner(), Session.DEFAULT_WIDTH, Styler.PLAIN, false);
      Path file = store.save(new CheckIn(CheckInStore.idFor(now), now, shown.partner(),
          answers.applicable(content.questionnaire()), CheckIn.Summary.of(result, shown)));
      if (resume) {
        store.deleteDraft();
      }
      say(out, "\nStopped. Your check-in is saved in " + TerminalText.escape(file.toString()) + ", without a plan"
          + (session().lock().locked() ? ", locked with your passphrase" : "") + ".");
    } catch (GuideException | RuntimeException e) {
      say(out, "\nStopped. Your check-in could not be saved: " + TerminalText.escape(String.valueOf(e.getMessage())));
    }
  }

  /**
   * Gets ready to save: after an answer about fear or control, says plainly at the terminal who
   * could find a saved check-in and asks (no unless told yes); locks the folder with the
   * passphrase in GUIDE_PASSPHRASE_FILE, or at the terminal offers a passphrase at the first save,
   * also the first that ends a questionnaire stopped with Ctrl-C and resumed (and recommends one
   * after a safety answer). {@code prompts} is null where no one can be asked.
   */
  private boolean readyToSave(CheckInStore store, boolean safety, PrintWriter prompts) throws GuideException, IOException {
    FolderLock lock = session().lock();
    if (prompts != null && safety) {
      say(prompts, "\nBefore saving: anyone who uses this computer could find saved check-ins, and this one holds "
          + "your answers about fear or control. " + (lock.locked()
              ? "Yours are locked with your passphrase, but someone could still see that check-ins exist."
              : "A passphrase can lock them, so that no one else can read them."));
      if (!session().yes(prompts, "Save it? [y/N] ", false)) {
        return false;
      }
    }
    if (lock.locked()) {
      return true;
    }
    if (session().passphraseFile() != null) {
      Passphrase passphrase = session().passphrases().fromFile();
      if (passphrase.weakness() != null) {
        throw Session.usage("the passphrase in " + Passphrases.FILE_VARIABLE + " is too weak to lock check-ins with: "
            + passphrase.weakness() + "; nothing was saved");
      }
      FolderLock.Changed changed = lock.change(store, passphrase);
      List<String> warnings = new java.util.ArrayList<>();
      changed.skipped().forEach(skipped -> warnings.add(TerminalText.escape("guide: " + skipped.warning())));
      warnings.add(TerminalText.escape("guide: locked the check-ins in " + store.folder() + " with the passphrase in "
          + Passphrases.FILE_VARIABLE));
      warnings.forEach(session().err()::println);
      if (afterScreen != null) {
        afterScreen.add(() -> warnings.forEach(session().err()::println));
      }
    } else if (prompts != null && (safety || store.firstSave())) {
      say(prompts, "\nA passphrase can lock your check-ins, so that someone who uses this computer cannot read them. "
          + "You type it whenever check-ins are read or saved; it cannot be recovered if forgotten ('guide forget' "
          + "still deletes them)." + (safety ? " With answers like these, we recommend one." : ""));
      if (session().yes(prompts, "Lock them with a passphrase? " + (safety ? "[Y/n] " : "[y/N] "), safety)) {
        Passphrase passphrase;
        settingPassphrase = true;
        try {
          passphrase = Passphrases.typeNew(session(), prompts);
        } finally {
          settingPassphrase = false;
        }
        if (passphrase == null) {
          tell(prompts, "No passphrase was set.");
        } else {
          lock.change(store, passphrase);
          tell(prompts, "Your check-ins are locked with that passphrase.");
        }
      }
    }
    return true;
  }

  private void say(PrintWriter prompts, String text) {
    for (String paragraph : text.split("\n", -1)) {
      prompts.println(paragraph.isEmpty() ? "" : String.join("\n", Wrap.lines(paragraph, view().width(), "", "")));
    }
    prompts.flush();
  }

  /**
   * An answer file's answers over the starting ones, question by question. Where answers start
   * from a check-in or a draft, a file with no answers means nothing changed.
   */
  private Answers onTop(Start start, String name, byte[] bytes) throws GuideException {
    if (!start.answers().chosen().isEmpty() && noAnswers(bytes)) {
      return start.answers();
    }
    Answers answers = start.answers();
    for (var answer : AnswerFile.parse(name, bytes, content().questionnaire()).chosen().entrySet()) {
      answers = answers.with(answer.getKey(), answer.getValue());
    }
    return answers;
  }

  /** Nothing but blank lines and comments. */
  static boolean noAnswers(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().map(String::strip)
        .allMatch(line -> line.isEmpty() || line.startsWith("#"));
  }

  static byte[] readFile(Path path) throws GuideException {
    if (Files.isDirectory(path)) {
      throw Session.usage(path + " is a folder; give the answer file itself");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return readAll(in, path.toString());
    } catch (NoSuchFileException e) {
      throw Session.usage(path + ": no such file; 'guide ask --template > " + path + "' makes one to fill in");
    } catch (AccessDeniedException e) {
      throw Session.usage(path + ": not allowed to read it; check the file's permissions");
    } catch (IOException e) {
      throw Session.usage(path + ": cannot be read: " + e.getMessage());
    }
  }

  /** Reads at most one byte more than an answer file may hold, so a huge input is refused, not loaded. */
  static byte[] readAll(InputStream in, String name) throws GuideException {
    try {
      return in.readNBytes(AnswerFile.MAX_BYTES + 1);
    } catch (IOException e) {
      throw Session.usage("cannot read " + name + ": " + e.getMessage());
    }
  }
}
