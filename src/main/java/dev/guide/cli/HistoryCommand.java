package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import dev.guide.TerminalText;
import dev.guide.store.CheckIn;
import dev.guide.store.CheckInStore;
import dev.guide.store.Comparison;
import dev.guide.store.Draft;
import dev.guide.render.HistoryReport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code guide history}: the saved check-ins, newest first, and what changed between two of them. */
final class HistoryCommand extends BaseCommand {

  private final OptionSpec compare = add(OptionSpec.builder("--compare").type(boolean.class)
      .description("Show what changed between the last two check-ins, or those of the two DATEs."));

  private final PositionalParamSpec dates = add(PositionalParamSpec.builder().paramLabel("DATE").arity("0..2")
      .type(List.class).auxiliaryTypes(String.class)
      .description("With --compare: the dates (2026-11-22) of the two check-ins to compare; on a day with several, the last."));

  private final OptionSpec format = add(SharedOptions.format());

  private final OptionSpec dataDir = add(SharedOptions.dataDir());

  HistoryCommand(Session session) {
    super(session, "history",
        new String[] {"List the check-ins saved with 'guide ask --save', newest first: the date, the top reasons "
            + "with their strength, and any walk-away signs.",
            "--compare shows what changed between the last two, or between the check-ins of two dates: which reasons "
                + "grew or faded, which signs appeared or went away, and which answers changed."},
        "  guide history", "  guide history --compare", "  guide history --compare 2026-11-15 2026-11-22",
        "  guide history --format json", "  guide history --partner they    speak of the partner as 'they' throughout");
  }

  @Override
  int run() throws Exception {
    List<String> dates = this.dates.getValue() == null ? List.of() : this.dates.getValue();
    boolean compare = isSet(this.compare);
    if (!compare && !dates.isEmpty()) {
      throw Session.usage("dates are for --compare, as in 'guide history --compare " + dates.get(0) + " DATE'");
    }
    if (dates.size() == 1 || dates.size() > 2) {
      throw Session.usage("give two dates to compare, or none to compare the last two check-ins");
    }
    CheckInStore store = session().store(dataDir.getValue());
    CheckInStore.Loaded loaded = store.load();
    loaded.skipped().forEach(skipped -> session().err().println(TerminalText.escape("guide: " + skipped.warning())));
    if (session().lock().keyringMissing()) {
      session().err().println(TerminalText.escape("guide: warning: the check-ins in " + store.folder() + " are locked, but "
          + "the keyring that says how is missing, so nothing can be saved; 'guide passphrase' rebuilds it from them "
          + "with your passphrase"));
    }
    if (!session().lock().notLocked().isEmpty()) {
      session().err().println(TerminalText.escape("guide: warning: a passphrase is set, but not yet on "
          + CheckInStore.describe(session().lock().notLocked()) + " in " + store.folder() + " (a change was stopped part way); "
          + "'guide passphrase' locks them"));
    }
    List<CheckIn> checkIns = loaded.checkIns();
    if (compare) {
      Comparison comparison = comparison(store, checkIns, dates);
      // One partner throughout: the later check-in's, unless --partner says otherwise.
      session().keepPartner(comparison.now().partner());
      HistoryReport report = new HistoryReport(content(), view());
      print(SharedOptions.json(format) ? report.compareJson(comparison) : report.compare(comparison));
      return ExitCode.OK;
    }
    if (!checkIns.isEmpty()) {
      session().keepPartner(checkIns.get(0).partner());
    }
    HistoryReport report = new HistoryReport(content(), view());
    Optional<Draft> draft = draft(store);
    if (SharedOptions.json(format)) {
      print(report.listJson(checkIns, draft));
    } else if (checkIns.isEmpty() && draft.isEmpty()) {
      print(session().fitted("No check-ins saved yet in " + TerminalText.escape(store.folder().toString()) + ". 'guide ask --save' keeps one.") + "\n");
    } else {
      java.time.LocalDate today = java.time.LocalDate.now(session().clock());
      print(report.reminder(checkIns, today).map(text -> text.stripTrailing() + "\n\n").orElse("")
          + report.list(checkIns, draft));
    }
    return ExitCode.OK;
  }

  private Comparison comparison(CheckInStore store, List<CheckIn> checkIns, List<String> dates) throws Exception {
    CheckIn before;
    CheckIn now;
    if (dates.isEmpty()) {
      if (checkIns.size() < 2) {
        throw new GuideException(ExitCode.FAILED, "there " + (checkIns.size() == 1 ? "is 1 check-in" : "are no check-ins")
            + " in " + store.folder() + "; comparing needs two ('guide ask --save' keeps one)");
      }
      before = checkIns.get(1);
      now = checkIns.get(0);
    } else {
      CheckIn first = find(dates.get(0), checkIns);
      CheckIn second = find(dates.get(1), checkIns);
      if (first == second) {
        throw Session.usage("both dates name the check-in of " + first.date() + "; give two different dates");
      }
      // Earlier to later, whichever order the dates were given in.
      boolean inOrder = checkIns.indexOf(first) > checkIns.indexOf(second);
      before = inOrder ? first : second;
      now = inOrder ? second : first;
    }
    return Comparison.of(before, now, content().questionnaire());
  }

  /** The check-in a typed date names (the last of that day), or one named by its id. */
  private static CheckIn find(String typed, List<CheckIn> checkIns) throws GuideException {
    String given = typed.strip();
    for (CheckIn checkIn : checkIns) {
      if (checkIn.id().equals(given)) {
        return checkIn;
      }
    }
    LocalDate date;
    try {
      date = LocalDate.parse(given);
    } catch (DateTimeParseException e) {
      throw Session.usage("'" + typed + "' is not a date; give dates as 2026-11-22 ('guide history' lists the check-ins)");
    }
    // Newest first: the first found is the day's last check-in.
    Optional<CheckIn> found = checkIns.stream().filter(c -> c.date().equals(date)).findFirst();
    if (found.isPresent()) {
      return found.get();
    }
    String known = checkIns.stream().map(CheckIn::date).distinct().sorted(Comparator.reverseOrder())
        .map(LocalDate::toString).collect(Collectors.joining(", "));
    throw Session.usage("no check-in on " + date + (known.isEmpty() ? "; none is saved yet" : "; there are check-ins on " + known));
  }

  /** The unfinished questionnaire; one that cannot be read is a warning here, not a failure of the history. */
  private Optional<Draft> draft(CheckInStore store) {
    try {
      return store.draft();
    } catch (GuideException e) {
      session().err().println(TerminalText.escape("guide: warning: " + e.getMessage()));
      return Optional.empty();
    }
  }
}
