package dev.guide.store;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The passphrase lock of one data folder, for one run of the guide. A folder is locked when it
 * holds a {@link Keyring}; then every file written is locked, and the passphrase is asked for
 * (once a run) the first time a locked file is read or one is written. Files saved before the
 * lock was set, in plain JSON, still load. {@link #change} sets, changes or removes the
 * passphrase, re-locking every file so that an interruption at any moment leaves each one whole
 * and readable with the old passphrase or the new.
 */
public final class FolderLock implements CheckInLock {

  /** Where the passphrase comes from: a file for scripts, or the person at the terminal. */
  public interface Source {
    /** The passphrase to open the folder; {@code again} after a wrong one. */
    Passphrase passphrase(boolean again) throws GuideException;

    /** Whether asking again after a wrong passphrase makes sense (a person typing, not a file). */
    boolean canRetry();

    /** The message for a passphrase that does not open the folder, naming where it came from. */
    String wrong(Path folder);
  }

  /** What {@link #change} did: the files it re-locked (or unlocked), and those it could not read and left. */
  public record Changed(List<Path> files, List<CheckInStore.Skipped> skipped) {
    public Changed {
      files = List.copyOf(files);
      skipped = List.copyOf(skipped);
    }
  }

  /** Called at each step of a change; a test stops the change there to see that nothing is lost. */
  interface Step {
    void reached(String what);
  }

  private static final int ATTEMPTS = 3;

  private final Path folder;
  private final Source source;
  private Keyring.Keys keys;
  private final List<Path> notLocked = new ArrayList<>();
  Step step = what -> {};

  public FolderLock(Path folder, Source source) {
    this.folder = folder.toAbsolutePath().normalize();
    this.source = source;
  }

  /** Whether the folder is locked with a passphrase (it holds a keyring). */
  public boolean locked() {
    return Files.exists(folder.resolve(Keyring.NAME));
  }

  /**
   * The files read so far that are in plain JSON although the folder is locked: saved before the
   * passphrase was set, by a change that was stopped part way. 'guide passphrase' locks them.
   */
  public List<Path> notLocked() {
    return List.copyOf(notLocked);
  }

  /** Asks for the passphrase now, if the folder is locked and it was not asked for yet; a wrong one is a usage error. */
  public void unlock() throws GuideException {
    if (locked()) {
      keys();
    }
  }

  @Override
  public byte[] open(Path file, byte[] stored) throws GuideException, CheckInJson.Unreadable {
    if (!CheckInLock.isLocked(stored)) {
      if (locked()) {
        notLocked.add(file);
      }
      return stored;
    }
    try {
      LockedFile.Header header = LockedFile.header(stored);
      return LockedFile.open(stored, header, keys().keyFor(header));
    } catch (LockedFile.Refused e) {
      throw new CheckInJson.Unreadable(e.getMessage());
    }
  }

  @Override
  public byte[] lock(byte[] plain) throws GuideException {
    return locked() ? LockedFile.seal(plain, keys().writing()) : plain;
  }

  /**
   * Locks every check-in and the unfinished questionnaire with {@code target}, or unlocks them all
   * when it is null, asking for the current passphrase first if there is one. The keyring is
   * written first with an entry for each passphrase, each giving both keys; then each file is
   * written whole beside the old one and moved over it; then the keyring keeps the new entry only.
   * Temporary files an interrupted save left are deleted first: they may hold answers unlocked.
   */
  public Changed change(CheckInStore store, Passphrase target) throws GuideException {
    Keyring.Keys current = locked() ? keys() : null;
    List<Path> data = new ArrayList<>();
    for (Path file : store.files()) {
      String name = file.getFileName().toString();
      if (name.startsWith(".") && name.endsWith(".tmp")) {
        delete(file);
      } else if (!name.equals(Keyring.NAME)) {
        data.add(file);
      }
    }
    List<Path> changed = new ArrayList<>();
    List<CheckInStore.Skipped> skipped = new ArrayList<>();
    if (target == null) {
      if (current == null) {
        return new Changed(changed, skipped);
      }
      for (Path file : data) {
        byte[] stored = readOrSkip(file, skipped);
        if (stored != null && CheckInLock.isLocked(stored)) {
          byte[] plain = openOrSkip(file, stored, current, skipped);
          if (plain != null) {
            replace(file, plain);
            changed.add(file);
          }
        }
      }
      delete(folder.resolve(Keyring.NAME));
      keys = null;
      step.reached("done");
      return new Changed(changed, skipped);
    }
    LockedFile.MasterKey fresh = LockedFile.newKey(target);
    List<LockedFile.MasterKey> all = new ArrayList<>(List.of(fresh));
    List<Keyring.Entry> entries = new ArrayList<>();
    if (current != null) {
      all.addAll(current.keys());
      entries.add(new Keyring.Entry(current.own(), all));
    }
    entries.add(0, new Keyring.Entry(fresh, all));
    createFolder();
    replace(folder.resolve(Keyring.NAME), Keyring.write(entries));
    step.reached("keyring with both");
    Keyring.Keys during = new Keyring.Keys(target, fresh, all);
    for (Path file : data) {
      byte[] stored = readOrSkip(file, skipped);
      if (stored == null) {
        continue;
      }
      if (CheckInLock.isLocked(stored)) {
        try {
          if (LockedFile.header(stored).kdf().equals(fresh.kdf())) {
            continue;
          }
        } catch (LockedFile.Refused e) {
          // openOrSkip names it.
        }
      }
      byte[] plain = CheckInLock.isLocked(stored) ? openOrSkip(file, stored, during, skipped) : stored;
      if (plain != null) {
        replace(file, LockedFile.seal(plain, fresh));
        changed.add(file);
      }
    }
    replace(folder.resolve(Keyring.NAME), Keyring.write(List.of(new Keyring.Entry(fresh, List.of(fresh)))));
    keys = new Keyring.Keys(target, fresh, List.of(fresh));
    step.reached("done");
    return new Changed(changed, skipped);
  }

  private Keyring.Keys keys() throws GuideException {
    if (keys != null) {
      return keys;
    }
    Path file = folder.resolve(Keyring.NAME);
    if (!Files.exists(file)) {
      // Locked files without a keyring (it was deleted): each opens with the passphrase alone.
      keys = new Keyring.Keys(source.passphrase(false), null, List.of());
      return keys;
    }
    byte[] stored;
    try (InputStream in = Files.newInputStream(file)) {
      stored = in.readNBytes(64 * 1024);
    } catch (IOException e) {
      throw new GuideException(ExitCode.FAILED, "cannot read " + file + ", which says how the check-ins are locked: "
          + e.getMessage() + "; nothing was changed");
    }
    for (int attempt = 1; ; attempt++) {
      Passphrase passphrase = source.passphrase(attempt > 1);
      try {
        var opened = Keyring.unlock(stored, passphrase);
        if (opened.isPresent()) {
          keys = opened.get();
          return keys;
        }
      } catch (LockedFile.Refused e) {
        throw new GuideException(ExitCode.FAILED, "cannot read " + file + ", which says how the check-ins are locked: "
            + e.getMessage() + "; nothing was changed, and the check-ins stay locked");
      }
      if (!source.canRetry() || attempt == ATTEMPTS) {
        throw new GuideException(ExitCode.USAGE, source.wrong(folder));
      }
    }
  }

  private static byte[] readOrSkip(Path file, List<CheckInStore.Skipped> skipped) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(CheckInStore.MAX_BYTES + 1);
      if (bytes.length <= CheckInStore.MAX_BYTES) {
        return bytes;
      }
      skipped.add(new CheckInStore.Skipped(file, "larger than a check-in can be"));
    } catch (IOException e) {
      skipped.add(new CheckInStore.Skipped(file, "cannot be read: " + e.getMessage()));
    }
    return null;
  }

  private static byte[] openOrSkip(Path file, byte[] stored, Keyring.Keys keys, List<CheckInStore.Skipped> skipped) {
    try {
      LockedFile.Header header = LockedFile.header(stored);
      return LockedFile.open(stored, header, keys.keyFor(header));
    } catch (LockedFile.Refused e) {
      skipped.add(new CheckInStore.Skipped(file, e.getMessage()));
      return null;
    }
  }

  /** Writes the file whole beside the old one, flushed to the disk, then moves it over the old one in one step. */
  private void replace(Path file, byte[] bytes) throws GuideException {
    Path temp = null;
    try {
      temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp", ownerOnly());
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      step.reached("written beside " + file.getFileName());
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
      syncFolder();
      step.reached("replaced " + file.getFileName());
    } catch (IOException e) {
      throw new GuideException(ExitCode.FAILED, "cannot write " + file + ": " + e.getMessage()
          + "; every check-in is still whole, and opens with the old passphrase or the new; run 'guide passphrase' again");
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // Listed as a temporary file by 'guide forget', and deleted by the next change.
        }
      }
    }
  }

  /** Makes the moves so far survive a power cut, where the file system allows it. */
  private void syncFolder() {
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not every system can sync a folder; the moves are still atomic.
    }
  }

  private void delete(Path file) throws GuideException {
    try {
      Files.deleteIfExists(file);
      syncFolder();
    } catch (IOException e) {
      throw new GuideException(ExitCode.FAILED, "cannot delete " + file + ": " + e.getMessage());
    }
  }

  private void createFolder() throws GuideException {
    if (Files.isDirectory(folder)) {
      return;
    }
    try {
      Files.createDirectories(folder, posix(folder) ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))} : new FileAttribute<?>[0]);
    } catch (IOException e) {
      throw new GuideException(ExitCode.FAILED, "cannot create the folder " + folder + ": " + e.getMessage()
          + "; choose another with --data-dir");
    }
  }

  private FileAttribute<?>[] ownerOnly() {
    return posix(folder)
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
        : new FileAttribute<?>[0];
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
