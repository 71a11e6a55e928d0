package dev.guide.store;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The passphrase lock of one data folder, for one run of the guide. A folder is locked when it
 * holds a {@link Keyring} or any locked file: then every file written is locked, and the
 * passphrase is asked for (once a run) the first time a locked file is read or one is written. A
 * missing or damaged keyring never turns the lock off: nothing is saved until 'guide passphrase'
 * rebuilds it from the locked files. In a locked folder a plain file is used only when a change of
 * passphrase that is under way left it (the keyring lists its digest), never one put there.
 * {@link #change} sets, changes or removes the passphrase, re-locking every file so that an
 * interruption at any moment leaves each one whole and readable with the old passphrase or the
 * new. Every change holds the folder's {@link ChangeLock}, so runs at once never mix their keys.
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
  /** The keyring the keys came from; null when they were rebuilt from the locked files (no keyring). */
  private byte[] keyringRead;
  /** Whether a locked file is in the folder (null until looked): then the folder is locked, keyring or not. */
  private Boolean lockedFiles;
  /** Set by 'guide passphrase': a damaged keyring is rebuilt from the locked files rather than refused. */
  private boolean repairing;
  private final List<Path> notLocked = new ArrayList<>();
  Step step = what -> {};

  public FolderLock(Path folder, Source source) {
    this.folder = folder.toAbsolutePath().normalize();
    this.source = source;
  }

  /** Whether the folder is locked with a passphrase: it holds a keyring, or any locked file (the keyring was lost). */
  public boolean locked() {
    if (Files.exists(folder.resolve(Keyring.NAME), LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    if (lockedFiles == null) {
      lockedFiles = holdsLockedFile();
    }
    return lockedFiles;
  }

  /** Whether the folder is locked but its keyring is missing; then nothing is saved until it is rebuilt. */
  public boolean keyringMissing() {
    return locked() && !Files.exists(folder.resolve(Keyring.NAME), LinkOption.NOFOLLOW_LINKS);
  }

  /** Rebuild a missing or damaged keyring from the locked files with the passphrase given ('guide passphrase'). */
  public FolderLock repairing() {
    repairing = true;
    return this;
  }

  /**
   * Refuses, before any question is asked, a save that could not be locked: the folder is locked
   * but its keyring is missing. Saving in plain JSON there would quietly undo the lock.
   */
  public void writable() throws GuideException {
    if (keyringMissing()) {
      throw new GuideException(ExitCode.FAILED, missingKeyring("nothing was saved"));
    }
  }

  private String missingKeyring(String nothing) {
    return "the check-ins in " + folder + " are locked, but their keyring (" + folder.resolve(Keyring.NAME)
        + ", which says how) is missing; " + nothing + ", and nothing is ever saved unlocked beside locked check-ins; "
        + "run 'guide passphrase' and type your passphrase: it rebuilds the keyring from the locked check-ins";
  }

  private boolean holdsLockedFile() {
    for (Path file : dataFiles()) {
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        if (startsLocked(in.readNBytes(LOCKED_PREFIX.length))) {
          return true;
        }
      } catch (IOException e) {
        // Unreadable: it shows as such when check-ins are read.
      }
    }
    return false;
  }

  /** "guide-locked": the start of every locked file, of this guide's version or a newer one. */
  private static final byte[] LOCKED_PREFIX = "guide-locked".getBytes(StandardCharsets.US_ASCII);

  private static boolean startsLocked(byte[] bytes) {
    return bytes.length >= LOCKED_PREFIX.length && Arrays.equals(bytes, 0, LOCKED_PREFIX.length, LOCKED_PREFIX, 0,
        LOCKED_PREFIX.length);
  }

  /** The check-ins and the draft in the folder (regular files only), for looking into before a key is known. */
  private List<Path> dataFiles() {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if ((name.startsWith(CheckInStore.PREFIX) && name.endsWith(CheckInStore.SUFFIX) || name.equals(CheckInStore.DRAFT))
            && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
          files.add(entry);
        }
      }
    } catch (IOException e) {
      // No folder yet, or one that cannot be listed: nothing in it is locked that could be read.
    }
    files.sort(Comparator.naturalOrder());
    return files;
  }

  /**
   * Called with the folder's {@link ChangeLock} held, before a change: another run may have changed
   * the passphrase since this one read the keyring. Keys from an older keyring would lock files that
   * no passphrase opens, so they are read again; when this run's passphrase no longer opens the
   * folder, nothing is written.
   */
  @Override
  public void beforeChange() throws GuideException {
    lockedFiles = null;
    if (keys == null) {
      return;
    }
    Path file = folder.resolve(Keyring.NAME);
    byte[] now = Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? readKeyring(file) : null;
    if (Arrays.equals(now, keyringRead)) {
      return;
    }
    Passphrase passphrase = keys.passphrase();
    keys = null;
    keyringRead = null;
    if (now == null) {
      // Removed by another run ('guide passphrase --remove'), or lost: locked() and keys() say which.
      return;
    }
    try {
      var opened = Keyring.unlock(now, passphrase);
      if (opened.isPresent()) {
        keys = opened.get();
        keyringRead = now;
        return;
      }
    } catch (LockedFile.Refused e) {
      return; // keys() names the damage
    }
    throw new GuideException(ExitCode.FAILED, "the passphrase of the check-ins in " + folder + " was changed by another "
        + "run of the guide while this one ran; nothing was written with the old one; run this again with the new passphrase");
  }

  /**
   * The files read so far that are in plain JSON although the folder is locked: saved before the
   * passphrase was set, by a change that was stopped part way. 'guide passphrase' locks them.
   */
  public List<Path> notLocked() {
    return List.copyOf(notLocked);
  }

  /**
   * Overwrites the passphrase and every key derived from it in memory, once the run is done with
   * the folder; anything read after this asks again.
   */
  public void wipe() {
    if (keys != null) {
      keys.passphrase().wipe();
      if (keys.own() != null) {
        Arrays.fill(keys.own().key(), (byte) 0);
      }
      keys.keys().forEach(key -> Arrays.fill(key.key(), (byte) 0));
      keys = null;
    }
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
      if (locked() && !startsLocked(stored)) {
        if (!keys().plain().contains(Keyring.digest(stored))) {
          throw new CheckInJson.Unreadable(PLANTED);
        }
        notLocked.add(file);
      }
      return stored;
    }
    try {
      LockedFile.Header header = LockedFile.header(stored);
      byte[] plain = LockedFile.open(stored, header, keys().keyFor(header));
      named(file, header);
      return plain;
    } catch (LockedFile.Refused e) {
      throw new CheckInJson.Unreadable(e.getMessage());
    }
  }

  /** Why a plain file in a locked folder is not used. */
  static final String PLANTED = "it is in plain JSON, though the check-ins here are locked, and no change of passphrase "
      + "left it: it may have been put here by someone else, so it is not used (read it, then delete it)";

  /** Refuses a locked file that was saved under another name: copied over this one, it would pass for another date. */
  private static void named(Path file, LockedFile.Header header) throws LockedFile.Refused {
    String name = file.getFileName().toString();
    if (header.name() != null && !header.name().equals(name)) {
      throw new LockedFile.Refused("it was locked as " + header.name() + " and then copied or moved over this name, "
          + "so it is not used as " + name);
    }
  }

  @Override
  public byte[] lock(Path file, byte[] plain) throws GuideException {
    if (!locked()) {
      return plain;
    }
    if (keyringMissing()) {
      throw new GuideException(ExitCode.FAILED, missingKeyring("nothing was saved"));
    }
    return LockedFile.seal(plain, keys().writing(), file.getFileName().toString());
  }

  /**
   * Locks every check-in and the unfinished questionnaire with {@code target}, or unlocks them all
   * when it is null, asking for the current passphrase first if there is one. The keyring is
   * written first with an entry for each passphrase, each giving both keys (and the digests of the
   * plain files to be locked); then each file is written whole beside the old one and moved over
   * it; then the keyring keeps the new entry only. Files it cannot read (damaged, cut short, a
   * newer guide's, a plain file that no change left in a locked folder) are named and left exactly
   * as they are. Temporary files an interrupted save left are deleted first: they may hold answers
   * unlocked. The whole change holds the folder's {@link ChangeLock}.
   */
  public Changed change(CheckInStore store, Passphrase target) throws GuideException {
    if (locked()) {
      keys();
    }
    createFolder();
    try (ChangeLock held = ChangeLock.take(folder)) {
      beforeChange();
      return changeHeld(store, target);
    }
  }

  private Changed changeHeld(CheckInStore store, Passphrase target) throws GuideException {
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
    // What each file holds, once read and opened; files that cannot be are skipped, and never written.
    Map<Path, byte[]> stored = new LinkedHashMap<>();
    Map<Path, byte[]> plain = new LinkedHashMap<>();
    for (Path file : data) {
      byte[] bytes = readOrSkip(file, skipped);
      if (bytes == null) {
        continue;
      }
      byte[] opened = contentOrSkip(file, bytes, current, skipped);
      if (opened != null) {
        stored.put(file, bytes);
        plain.put(file, opened);
      }
    }
    if (target == null) {
      if (current == null) {
        return new Changed(changed, skipped);
      }
      for (Path file : plain.keySet()) {
        if (CheckInLock.isLocked(stored.get(file))) {
          replace(file, plain.get(file));
          changed.add(file);
        }
      }
      delete(folder.resolve(Keyring.NAME));
      keys = null;
      keyringRead = null;
      lockedFiles = null;
      step.reached("done");
      return new Changed(changed, skipped);
    }
    LockedFile.MasterKey fresh = LockedFile.newKey(target);
    List<LockedFile.MasterKey> all = new ArrayList<>(List.of(fresh));
    Set<String> usedKdfs = new HashSet<>();
    Set<String> digests = new HashSet<>();
    for (Path file : plain.keySet()) {
      byte[] bytes = stored.get(file);
      if (CheckInLock.isLocked(bytes)) {
        try {
          usedKdfs.add(LockedFile.header(bytes).kdf());
        } catch (LockedFile.Refused e) {
          // contentOrSkip refused it already.
        }
      } else {
        digests.add(Keyring.digest(bytes));
      }
    }
    List<Keyring.Entry> entries = new ArrayList<>();
    if (current != null) {
      // Only the keys some file is locked with: keys of changes stopped part way do not pile up.
      current.keys().stream().filter(key -> usedKdfs.contains(key.kdf()) && !key.kdf().equals(fresh.kdf())).forEach(all::add);
      entries.add(new Keyring.Entry(current.own(), all, digests));
    }
    entries.add(0, new Keyring.Entry(fresh, all, digests));
    replace(folder.resolve(Keyring.NAME), Keyring.write(entries));
    step.reached("keyring with both");
    for (Path file : plain.keySet()) {
      byte[] bytes = stored.get(file);
      if (CheckInLock.isLocked(bytes)) {
        try {
          LockedFile.Header header = LockedFile.header(bytes);
          if (header.kdf().equals(fresh.kdf()) && file.getFileName().toString().equals(header.name())) {
            continue;
          }
        } catch (LockedFile.Refused e) {
          // contentOrSkip refused it already.
        }
      }
      replace(file, LockedFile.seal(plain.get(file), fresh, file.getFileName().toString()));
      changed.add(file);
    }
    byte[] last = Keyring.write(List.of(new Keyring.Entry(fresh, List.of(fresh))));
    replace(folder.resolve(Keyring.NAME), last);
    keys = new Keyring.Keys(target, fresh, List.of(fresh));
    keyringRead = last;
    lockedFiles = null;
    step.reached("done");
    return new Changed(changed, skipped);
  }

  /**
   * What a file holds, to write again: a locked file opened with the current keys, or a plain
   * one that is a check-in or draft this guide reads (and, in a locked folder, one the change
   * under way left); null, and the file named in {@code skipped}, for any other.
   */
  private byte[] contentOrSkip(Path file, byte[] bytes, Keyring.Keys current, List<CheckInStore.Skipped> skipped) {
    if (CheckInLock.isLocked(bytes)) {
      if (current == null) {
        skipped.add(new CheckInStore.Skipped(file, "it is locked, but no passphrase is set for this folder"));
        return null;
      }
      try {
        LockedFile.Header header = LockedFile.header(bytes);
        named(file, header);
        return LockedFile.open(bytes, header, current.keyFor(header));
      } catch (LockedFile.Refused e) {
        skipped.add(new CheckInStore.Skipped(file, e.getMessage()));
        return null;
      }
    }
    if (startsLocked(bytes)) {
      skipped.add(new CheckInStore.Skipped(file, "it is locked by a newer guide, or its first line is damaged"));
      return null;
    }
    if (current != null && !current.plain().contains(Keyring.digest(bytes))) {
      skipped.add(new CheckInStore.Skipped(file, PLANTED));
      return null;
    }
    try {
      if (file.getFileName().toString().equals(CheckInStore.DRAFT)) {
        CheckInJson.readDraft(bytes);
      } else {
        CheckInJson.readCheckIn(bytes);
      }
    } catch (CheckInJson.Unreadable e) {
      skipped.add(new CheckInStore.Skipped(file, e.getMessage()));
      return null;
    }
    return bytes;
  }

  private Keyring.Keys keys() throws GuideException {
    if (keys != null) {
      return keys;
    }
    Path file = folder.resolve(Keyring.NAME);
    byte[] stored = null;
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      stored = readKeyring(file);
      if (repairing) {
        try {
          Keyring.check(stored);
        } catch (LockedFile.Refused damaged) {
          // 'guide passphrase' rebuilds it from the locked files, then writes it whole.
          stored = null;
        }
      }
    }
    for (int attempt = 1; ; attempt++) {
      Passphrase passphrase = source.passphrase(attempt > 1);
      try {
        // Without a keyring (lost, or damaged and being repaired), the locked files say which passphrase opens them.
        var opened = stored == null ? rebuild(passphrase) : Keyring.unlock(stored, passphrase);
        if (opened.isPresent()) {
          keys = opened.get();
          keyringRead = stored;
          return keys;
        }
      } catch (LockedFile.Refused e) {
        throw new GuideException(ExitCode.FAILED, "cannot read " + file + ", which says how the check-ins are locked: "
            + e.getMessage() + "; nothing was changed, and the check-ins stay locked; 'guide passphrase' rebuilds it "
            + "from the locked check-ins with your passphrase");
      }
      if (!source.canRetry() || attempt == ATTEMPTS) {
        throw new GuideException(ExitCode.USAGE, source.wrong(folder));
      }
    }
  }

  private static byte[] readKeyring(Path file) throws GuideException {
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return in.readNBytes(64 * 1024);
    } catch (IOException e) {
      throw new GuideException(ExitCode.FAILED, "cannot read " + file + ", which says how the check-ins are locked: "
          + e.getMessage() + "; nothing was changed");
    }
  }

  /**
   * The keys {@code passphrase} gives for the locked files when there is no keyring: one for each
   * passphrase salt that opens a file. Empty when it opens none (a wrong passphrase).
   */
  private Optional<Keyring.Keys> rebuild(Passphrase passphrase) {
    Map<String, LockedFile.MasterKey> found = new LinkedHashMap<>();
    Set<String> wrong = new HashSet<>();
    for (Path file : dataFiles()) {
      byte[] bytes = readOrSkip(file, new ArrayList<>());
      if (bytes == null || !CheckInLock.isLocked(bytes)) {
        continue;
      }
      try {
        LockedFile.Header header = LockedFile.header(bytes);
        if (found.containsKey(header.kdf()) || wrong.contains(header.kdf())) {
          continue;
        }
        byte[] key = passphrase.derive(header.kdfSalt(), header.iterations());
        try {
          LockedFile.open(bytes, header, key);
          found.put(header.kdf(), new LockedFile.MasterKey(header.iterations(), header.kdfSalt(), key));
        } catch (LockedFile.Refused notThisOne) {
          wrong.add(header.kdf());
        }
      } catch (LockedFile.Refused damaged) {
        // Named when the check-ins are read.
      }
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<LockedFile.MasterKey> keys = List.copyOf(found.values());
    return Optional.of(new Keyring.Keys(passphrase, keys.get(0), keys));
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
