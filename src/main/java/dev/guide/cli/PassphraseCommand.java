package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.TerminalText;
import dev.guide.store.CheckInStore;
import dev.guide.store.FolderLock;
import dev.guide.store.Passphrase;
import dev.guide.store.PassphraseFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.OptionSpec;

/** {@code guide passphrase}: sets, changes or removes the passphrase that locks the saved check-ins. */
final class PassphraseCommand extends BaseCommand {

  private final OptionSpec remove = add(OptionSpec.builder("--remove").type(boolean.class)
      .description("Remove the passphrase: unlock every check-in, so that anyone who uses this computer can read them."));

  private final OptionSpec newFile = add(OptionSpec.builder("--new-file").paramLabel("FILE").type(Path.class)
      .converters(new SharedOptions.FileName())
      .description("Take the new passphrase from the first line of FILE (yours alone) instead of asking; for scripts."));

  private final OptionSpec dataDir = add(SharedOptions.dataDir());

  PassphraseCommand(Session session) {
    super(session, "passphrase",
        new String[] {"Set, change or remove the passphrase that locks your saved check-ins, so that someone who "
            + "uses this computer cannot read them.",
            "Every check-in is locked again with the new passphrase; if this is stopped part way, each one still opens "
                + "with the old passphrase or the new, and running it again finishes. The passphrase is typed without "
                + "being shown (or read from GUIDE_PASSPHRASE_FILE, the current one, and --new-file); never give it on "
                + "the command line. A forgotten passphrase cannot be recovered; 'guide forget' still deletes."},
        "  guide passphrase                      set or change it", "  guide passphrase --remove",
        "  GUIDE_PASSPHRASE_FILE=old.txt guide passphrase --new-file new.txt");
  }

  @Override
  int run() throws Exception {
    if (isSet(remove) && newFile.getValue() != null) {
      throw Session.usage("--remove takes the passphrase away and --new-file gives a new one; give one of them");
    }
    CheckInStore store = session().store(dataDir.getValue());
    // A keyring that was lost or damaged is rebuilt from the locked check-ins with the passphrase typed.
    FolderLock lock = session().lock().repairing();
    boolean locked = lock.locked();
    boolean terminal = session().terminal().inputTerminal();
    PrintWriter prompts = session().terminal().outputTerminal() ? out() : session().err();
    if (isSet(remove)) {
      if (!locked) {
        print(session().fitted("No passphrase is set for the check-ins in " + shown(store) + "; nothing to remove.") + "\n");
        return ExitCode.OK;
      }
      lock.unlock();
      if (terminal && !session().yes(prompts, "Unlock every check-in in " + shown(store)
          + ", so that anyone who uses this computer can read them? [y/N] ", false)) {
        print("Nothing was changed.\n");
        return ExitCode.OK;
      }
      FolderLock.Changed changed = lock.change(store, null);
      warn(changed);
      print(session().fitted("Removed the passphrase: " + count(changed) + " in " + shown(store)
          + " can now be read by anyone who uses this computer.") + "\n");
      return ExitCode.OK;
    }
    lock.unlock();
    Passphrase target;
    if (newFile.getValue() != null) {
      target = PassphraseFile.read(newFile.getValue(), "--new-file");
    } else if (!locked && session().passphraseFile() != null) {
      target = session().passphrases().fromFile();
    } else if (terminal) {
      target = Passphrases.typeNew(session(), prompts);
      if (target == null) {
        print("Nothing was changed.\n");
        return ExitCode.OK;
      }
    } else {
      throw Session.usage("there is no terminal to type the new passphrase at; give --new-file FILE, a file (yours alone) "
          + "whose first line is the new passphrase");
    }
    if (target.weakness() != null) {
      throw Session.usage("the new passphrase is too weak: " + target.weakness() + "; nothing was changed");
    }
    FolderLock.Changed changed = lock.change(store, target);
    warn(changed);
    print(session().fitted((locked ? "Changed the passphrase: " : "Set a passphrase: ") + count(changed) + " in " + shown(store)
        + (changed.files().isEmpty() ? " (check-ins saved from now on are locked with it)" : " locked with it")
        + ". It cannot be recovered if forgotten; 'guide forget' still deletes the check-ins.") + "\n");
    return ExitCode.OK;
  }

  /** The data folder as printed: --data-dir or HOME named it, and a name can hold an escape; shown, never obeyed. */
  private static String shown(CheckInStore store) {
    return TerminalText.escape(store.folder().toString());
  }

  private void warn(FolderLock.Changed changed) {
    changed.skipped().forEach(skipped -> session().err().println(TerminalText.escape("guide: " + skipped.warning())));
  }

  private static String count(FolderLock.Changed changed) {
    String files = CheckInStore.describe(changed.files());
    return files.isEmpty() ? "no files" : files;
  }
}
