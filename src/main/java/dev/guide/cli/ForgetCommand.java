package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.TerminalText;
import dev.guide.store.CacheFolder;
import dev.guide.store.CheckInStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code guide forget}: deletes every saved check-in (with {@code --all}, the guide's cache too),
 * after asking, and says what it deleted.
 */
final class ForgetCommand extends BaseCommand {

  private final OptionSpec yes = add(OptionSpec.builder("-y", "--yes").type(boolean.class).description("Delete without asking."));

  private final OptionSpec all = add(OptionSpec.builder("--all").type(boolean.class)
      .description("Also delete the guide's cache ($XDG_CACHE_HOME/guide, else ~/.cache/guide): the class-data"
          + " archive the launchers keep to start faster."));

  private final OptionSpec dataDir = add(SharedOptions.dataDir());

  ForgetCommand(Session session) {
    super(session, "forget",
        new String[] {"Delete every check-in saved with 'guide ask --save', and a stopped questionnaire, from your data folder.",
            "Asks first at a terminal; elsewhere it needs --yes. Lists every file it deleted."},
        "  guide forget", "  guide forget --yes", "  guide forget --all");
  }

  @Override
  int run() throws Exception {
    CheckInStore store = session().store(dataDir.getValue());
    List<Path> files = store.files();
    Path cache = isSet(all) ? session().cacheFolder().filter(f -> Files.exists(f, LinkOption.NOFOLLOW_LINKS)).orElse(null) : null;
    if (files.isEmpty() && cache == null) {
      print(session().fitted("Nothing to forget: no check-ins are saved in " + TerminalText.escape(store.folder().toString())
          + (isSet(all) ? ", and there is no cache" : "") + ".") + "\n");
      return ExitCode.OK;
    }
    String what = files.isEmpty() ? "" : CheckInStore.describe(files) + " from " + TerminalText.escape(store.folder().toString());
    if (cache != null) {
      what += (what.isEmpty() ? "" : " and ") + "the guide's cache " + TerminalText.escape(cache.toString());
    }
    if (!isSet(yes)) {
      if (!session().terminal().inputTerminal()) {
        // Waiting for an answer no one can type would hang a script; deleting unasked would be worse.
        throw Session.usage("this would delete " + what + "; add --yes to delete them without being asked");
      }
      out().print(session().fitted("Delete " + what + "? [y/N] "));
      out().flush();
      String answer = new BufferedReader(new InputStreamReader(session().in(), StandardCharsets.UTF_8)).readLine();
      if (answer == null || !List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT))) {
        out().println("Nothing was deleted.");
        out().flush();
        return ExitCode.OK;
      }
    }
    StringBuilder out = new StringBuilder();
    if (!files.isEmpty()) {
      List<Path> deleted = store.forget();
      out.append("Deleted ").append(CheckInStore.describe(deleted)).append(":\n");
      deleted.forEach(file -> out.append("  ").append(TerminalText.escape(file.toString())).append('\n'));
    }
    if (cache != null && CacheFolder.delete(cache)) {
      out.append("Deleted the guide's cache ").append(TerminalText.escape(cache.toString())).append(".\n");
    }
    print(out.toString());
    return ExitCode.OK;
  }
}
