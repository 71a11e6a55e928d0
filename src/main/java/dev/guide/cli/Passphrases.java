package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import dev.guide.io.HiddenLine;
import dev.guide.store.FolderLock;
import dev.guide.store.Passphrase;
import dev.guide.store.PassphraseFile;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Where a run's passphrase comes from: the file GUIDE_PASSPHRASE_FILE names, for scripts and
 * tests; else typed at the terminal without being shown; never the command line, where it would
 * stay in the shell's history and in the list of processes.
 */
final class Passphrases implements FolderLock.Source {

  static final String FILE_VARIABLE = "GUIDE_PASSPHRASE_FILE";
  private static final int ATTEMPTS = 3;
  private static final String FORGOTTEN = "a forgotten passphrase cannot be recovered; 'guide forget' deletes the check-ins";

  private final Session session;
  private final Path folder;
  private Passphrase fromFile;

  Passphrases(Session session, Path folder) {
    this.session = session;
    this.folder = folder;
  }

  @Override
  public Passphrase passphrase(boolean again) throws GuideException {
    Path file = session.passphraseFile();
    if (file != null) {
      return fromFile();
    }
    if (!session.terminal().inputTerminal()) {
      throw new GuideException(ExitCode.USAGE, "the check-ins in " + folder + " are locked with a passphrase; run this "
          + "at a terminal to type it, or set " + FILE_VARIABLE + " to a file (yours alone) whose first line is it");
    }
    char[] typed = HiddenLine.read(session.fitted(again ? "That passphrase does not open them. Passphrase: " : "Passphrase for your check-ins: "),
        session.lines(), prompts(), session.keyboard());
    if (typed == null) {
      throw new GuideException(ExitCode.USAGE, "no passphrase was given; the check-ins in " + folder + " stay locked");
    }
    Passphrase passphrase = new Passphrase(typed);
    HiddenLine.wipe(typed);
    // The derivation takes a moment on purpose: say so at once rather than show nothing.
    PrintWriter prompts = prompts();
    prompts.println("Unlocking...");
    prompts.flush();
    return passphrase;
  }

  /** The passphrase in GUIDE_PASSPHRASE_FILE, read once a run. */
  Passphrase fromFile() throws GuideException {
    if (fromFile == null) {
      fromFile = PassphraseFile.read(session.passphraseFile(), FILE_VARIABLE);
    }
    return fromFile;
  }

  /** Overwrites the passphrase read from GUIDE_PASSPHRASE_FILE, once the run is done. */
  void wipe() {
    if (fromFile != null) {
      fromFile.wipe();
      fromFile = null;
    }
  }

  @Override
  public boolean canRetry() {
    return session.passphraseFile() == null;
  }

  @Override
  public String wrong(Path folder) {
    Path file = session.passphraseFile();
    return (file == null ? "that passphrase does not" : "the passphrase in " + FILE_VARIABLE + " (" + file + ") does not")
        + " open the check-ins in " + folder + "; nothing was changed (" + FORGOTTEN + ")";
  }

  /**
   * A new passphrase typed twice at the terminal, not shown; null when the person gives none
   * (an empty line). A weak one or two that differ are asked again, three times at most.
   */
  static Passphrase typeNew(Session session, PrintWriter prompts) throws GuideException {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      char[] first = HiddenLine.read(session.fitted("New passphrase (at least " + Passphrase.MIN_LENGTH + " characters, not shown; "
          + "Enter alone for none): "), session.lines(), prompts, session.keyboard());
      if (first == null || first.length == 0) {
        return null;
      }
      Passphrase passphrase = new Passphrase(first);
      HiddenLine.wipe(first);
      String weakness = passphrase.weakness();
      if (weakness != null) {
        passphrase.wipe();
        prompts.println(session.fitted("That passphrase is too short: " + weakness + "."));
        continue;
      }
      char[] second = HiddenLine.read("The same again: ", session.lines(), prompts, session.keyboard());
      if (second == null) {
        passphrase.wipe();
        return null;
      }
      Passphrase again = new Passphrase(second);
      HiddenLine.wipe(second);
      boolean same = passphrase.sameAs(again);
      again.wipe();
      if (same) {
        prompts.println("Locking your check-ins...");
        prompts.flush();
        return passphrase;
      }
      passphrase.wipe();
      prompts.println("The two differ; please type it again.");
    }
    throw new GuideException(ExitCode.USAGE, "no passphrase was set: it was too short or typed differently "
        + ATTEMPTS + " times; nothing was changed");
  }

  private PrintWriter prompts() {
    return session.terminal().outputTerminal() ? session.out() : session.err();
  }
}
