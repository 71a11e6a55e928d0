package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.TerminalText;
import dev.guide.store.CheckInStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.OptionSpec;

/** {@code guide forget}: deletes every saved check-in, after asking, and says what it deleted. */
final class ForgetCommand extends BaseCommand {

  private final OptionSpec yes = add(OptionSpec.builder("-y", "--yes").type(boolean.class).description("Delete without asking."));

  private final OptionSpec dataDir = add(SharedOptions.dataDir());

  ForgetCommand(Session session) {
    super(session, "forget",
        new String[] {"Delete every check-in saved with 'guide ask --save', and a stopped questionnaire, from your data folder.",
            "Asks first at a terminal; elsewhere it needs --yes. Lists every file it deleted."},
        "  guide forget", "  guide forget --yes");
  }

  @Override
  int run() throws Exception {
    CheckInStore store = session().store(dataDir.getValue());
    List<Path> files = store.files();
    if (files.isEmpty()) {
      print("Nothing to forget: no check-ins are saved in " + store.folder() + ".\n");
      return ExitCode.OK;
    }
    String what = CheckInStore.describe(files);
    if (!isSet(yes)) {
      if (!session().terminal().inputTerminal()) {
        // Waiting for an answer no one can type would hang a script; deleting unasked would be worse.
        throw Session.usage("this would delete " + what + " from " + store.folder()
            + "; add --yes to delete them without being asked");
      }
      out().print("Delete " + what + " from " + store.folder() + "? [y/N] ");
      out().flush();
      String answer = new BufferedReader(new InputStreamReader(session().in(), StandardCharsets.UTF_8)).readLine();
      if (answer == null || !List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT))) {
        out().println("Nothing was deleted.");
        out().flush();
        return ExitCode.OK;
      }
    }
    List<Path> deleted = store.forget();
    StringBuilder out = new StringBuilder("Deleted " + CheckInStore.describe(deleted) + ":\n");
    deleted.forEach(file -> out.append("  ").append(TerminalText.escape(file.toString())).append('\n'));
    print(out.toString());
    return ExitCode.OK;
  }
}
