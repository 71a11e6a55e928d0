package dev.guide.store;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The check-ins kept in one folder, one JSON file each ({@code check-in-2026-11-22T19-04-11.json}),
 * and at most one unfinished questionnaire ({@code draft.json}). The folder is readable by its
 * owner only and so is every file. A file is written whole to a temporary file beside it, then
 * moved into place, so a crash never leaves half a check-in. A file that cannot be read is
 * reported and skipped, never changed or deleted; only {@link #forget} deletes. Every file read and
 * written passes through a {@link CheckInLock}, which keeps it as it is or locks it with a passphrase.
 */
public final class CheckInStore {

  static final String PREFIX = "check-in-";
  static final String SUFFIX = ".json";
  static final String DRAFT = "draft.json";
  /** Far larger than any check-in; a bigger file is not one, and is not read into memory. */
  static final int MAX_BYTES = 1024 * 1024;

  private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss");

  private final Path folder;
  private CheckInLock lock = CheckInLock.PLAIN;

  public CheckInStore(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  /** Reads and writes every file through {@code lock} (a passphrase lock, see {@link FolderLock}). */
  public CheckInStore lockedWith(CheckInLock lock) {
    this.lock = lock;
    return this;
  }

  public Path folder() {
    return folder;
  }

  /** A file that was skipped, and why. */
  public record Skipped(Path file, String why) {
    /** One line for standard error: which file, what is wrong with it, and that it was not touched. */
    public String warning() {
      return "warning: skipped " + file + ": " + why + " (the file is left as it is)";
    }
  }

  /** The check-ins that could be read, newest first, and the files that could not. */
  public record Loaded(List<CheckIn> checkIns, List<Skipped> skipped) {
    public Loaded {
      checkIns = List.copyOf(checkIns);
      skipped = List.copyOf(skipped);
    }

    public Optional<CheckIn> latest() {
      return checkIns.stream().findFirst();
    }
  }

  /** Every check-in in the folder; an absent folder holds none. */
  public Loaded load() throws GuideException {
    List<CheckIn> checkIns = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Path file : checkInFiles()) {
      try {
        checkIns.add(readable(CheckInJson.readCheckIn(read(file))));
      } catch (CheckInJson.Unreadable e) {
        skipped.add(new Skipped(file, e.getMessage()));
      }
    }
    // Check-ins of the same second are told apart by the number save() added: -9 came before -24.
    checkIns.sort(Comparator.comparing((CheckIn c) -> c.savedAt().toInstant()).thenComparingLong(CheckInStore::sequence)
        .thenComparing(CheckIn::id).reversed());
    return new Loaded(checkIns, skipped);
  }

  /** The number save() added to the id of a check-in made in the same second as another ("-2"); 1 for none. */
  static long sequence(CheckIn checkIn) {
    String id = checkIn.id();
    int time = id.indexOf('T');
    int dash = id.lastIndexOf('-');
    // The time is HH-mm-ss: a third dash after the T starts the number.
    if (time < 0 || id.chars().skip(time).filter(c -> c == '-').count() < 3) {
      return 1;
    }
    try {
      return Long.parseLong(id.substring(dash + 1));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Years a check-in may carry: four digits, as its file name has them. A date past them would stay "latest" forever. */
  public static final int FIRST_YEAR = 1970;
  public static final int LAST_YEAR = 9999;

  private static CheckIn readable(CheckIn checkIn) throws CheckInJson.Unreadable {
    int year = checkIn.savedAt().getYear();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new CheckInJson.Unreadable("'savedAt' is in the year " + year + "; a check-in is dated from " + FIRST_YEAR
          + " to " + LAST_YEAR + " (was the clock wrong?)");
    }
    return checkIn;
  }

  /**
   * Saves a new check-in under a file of its own and returns the file. A check-in made in the same
   * second as another gets its id with "-2" (and so on) added.
   */
  public Path save(CheckIn checkIn) throws GuideException {
    createFolder();
    try (ChangeLock held = ChangeLock.take(folder)) {
      lock.beforeChange();
      removeLeftovers();
      for (int n = 1; ; n++) {
        String id = checkIn.id() + (n == 1 ? "" : "-" + n);
        Path file = folder.resolve(PREFIX + id + SUFFIX);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        try {
          String json = CheckInJson.write(checkIn.withId(id));
          readsBack(file, json, bytes -> readable(CheckInJson.readCheckIn(bytes)));
          writeAtomically(file, sealed(file, json), false);
          return file;
        } catch (FileAlreadyExistsException e) {
          // Another check-in took the name a moment ago: take the next.
        } catch (IOException e) {
          throw cannotWrite(file, e);
        }
      }
    }
  }

  /** What is written for {@code json}: as it is, or locked; never more than the guide reads back. */
  private byte[] sealed(Path file, String json) throws GuideException {
    byte[] bytes = lock.lock(file, json.getBytes(StandardCharsets.UTF_8));
    if (bytes.length > MAX_BYTES) {
      throw new GuideException(ExitCode.FAILED, "cannot save " + file + ": locked, it would be larger than "
          + MAX_BYTES / 1024 + " KB, more than the guide reads; nothing was saved");
    }
    return bytes;
  }

  /**
   * Deletes the temporary files that saves stopped part way left (they may hold answers unlocked).
   * Called with the {@link ChangeLock} held, so no other run is writing one now.
   */
  private void removeLeftovers() {
    try {
      for (Path file : files()) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") && name.endsWith(".tmp")) {
          Files.deleteIfExists(file);
        }
      }
    } catch (GuideException | IOException e) {
      // Listed by 'guide forget', and deleted by the next change.
    }
  }

  /** The id a check-in made at this time gets: its local date and time, fit for a file name. */
  public static String idFor(OffsetDateTime savedAt) {
    return ID.format(savedAt);
  }

  /** The unfinished questionnaire, if one was kept. */
  public Optional<Draft> draft() throws GuideException {
    Path file = folder.resolve(DRAFT);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(CheckInJson.readDraft(read(file)));
    } catch (CheckInJson.Unreadable e) {
      throw new GuideException(ExitCode.FAILED, "cannot read the unfinished check-in " + file + ": " + e.getMessage()
          + "; the file is left as it is (delete it, or 'guide forget', to start afresh)");
    }
  }

  /** Whether a questionnaire was stopped and kept, readable or not. */
  public boolean hasDraft() {
    return Files.exists(folder.resolve(DRAFT), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Whether nothing is kept here but, at most, a stopped questionnaire: the next save is the first
   * that a passphrase could lock (a draft kept on Ctrl-C, with no time to ask, does not count).
   */
  public boolean firstSave() throws GuideException {
    return files().stream().allMatch(f -> f.getFileName().toString().equals(DRAFT));
  }

  /** What {@link #read} parses a saved file with. */
  private interface Reader {
    void read(byte[] bytes) throws CheckInJson.Unreadable;
  }

  /**
   * Refuses to save what this guide could not read back (too large, a text past the parser's
   * limits, a date out of range): a check-in that is saved must load.
   */
  private static void readsBack(Path file, String json, Reader reader) throws GuideException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    try {
      if (bytes.length > MAX_BYTES) {
        throw new CheckInJson.Unreadable("it would be larger than " + MAX_BYTES / 1024 + " KB, more than the guide reads");
      }
      reader.read(bytes);
    } catch (CheckInJson.Unreadable e) {
      throw new GuideException(ExitCode.FAILED, "cannot save " + file + ": " + e.getMessage()
          + "; nothing was saved (is the content in use far larger than it should be?)");
    }
  }

  /**
   * Keeps the answers so far, replacing any earlier draft, but never one that cannot be read (a
   * newer guide's, a damaged one): that is refused, and the file is left as it is.
   */
  public Path saveDraft(Draft draft) throws GuideException {
    Path file = folder.resolve(DRAFT);
    if (hasDraft()) {
      try {
        draft();
      } catch (GuideException unreadable) {
        throw new GuideException(ExitCode.FAILED, "your answers were not kept: " + unreadable.getMessage());
      }
    }
    createFolder();
    try (ChangeLock held = ChangeLock.take(folder)) {
      lock.beforeChange();
      removeLeftovers();
      String json = CheckInJson.write(draft);
      readsBack(file, json, CheckInJson::readDraft);
      writeAtomically(file, sealed(file, json), true);
      return file;
    } catch (IOException e) {
      throw cannotWrite(file, e);
    }
  }

  public void deleteDraft() throws GuideException {
    Path file = folder.resolve(DRAFT);
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (ChangeLock held = ChangeLock.take(folder)) {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new GuideException(ExitCode.FAILED, "cannot delete " + file + ": " + reason(e));
    }
  }

  /**
   * Every file the guide keeps here, readable or not: check-ins, the draft, and temporary files a
   * crash may have left. Other files in the folder are not the guide's and are never listed.
   */
  public List<Path> files() throws GuideException {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return files;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        boolean ours = isCheckInName(name) || name.equals(DRAFT) || name.equals(Keyring.NAME)
            || name.startsWith(".") && name.endsWith(".tmp")
                && (name.startsWith("." + PREFIX) || name.startsWith("." + DRAFT) || name.startsWith("." + Keyring.NAME + "."));
        if (ours && !Files.isDirectory(entry)) {
          files.add(entry);
        }
      }
    } catch (IOException e) {
      throw new GuideException(ExitCode.FAILED, "cannot list " + folder + ": " + reason(e));
    }
    files.sort(Comparator.naturalOrder());
    return files;
  }

  /**
   * Deletes every file {@link #files} lists, and the folder when nothing else is left in it; returns
   * the files deleted. Stops at the first file that cannot be deleted and says which.
   */
  public List<Path> forget() throws GuideException {
    List<Path> deleted = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return deleted;
    }
    // Held while deleting, so that no save or change of passphrase is half way through meanwhile.
    try (ChangeLock held = ChangeLock.take(folder)) {
      for (Path file : files()) {
        try {
          Files.deleteIfExists(file);
          deleted.add(file);
        } catch (IOException e) {
          throw new GuideException(ExitCode.FAILED, "cannot delete " + file + ": " + reason(e)
              + (deleted.isEmpty() ? "" : "; deleted before it: " + deleted.size() + " files"));
        }
      }
    }
    // A data folder that is a link to another stays: the link is the person's, not the guide's.
    try (DirectoryStream<Path> rest = Files.newDirectoryStream(folder)) {
      if (!rest.iterator().hasNext() && !Files.isSymbolicLink(folder)) {
        Files.delete(folder);
      }
    } catch (IOException e) {
      // Leaving an empty folder behind is harmless; the files are gone.
    }
    return deleted;
  }

  /** The files in words, for a question or a report: "3 check-ins and an unfinished questionnaire". */
  public static String describe(List<Path> files) {
    long checkIns = files.stream().filter(f -> isCheckInName(f.getFileName().toString())).count();
    boolean draft = files.stream().anyMatch(f -> f.getFileName().toString().equals(DRAFT));
    boolean keyring = files.stream().anyMatch(f -> f.getFileName().toString().equals(Keyring.NAME));
    long other = files.size() - checkIns - (draft ? 1 : 0) - (keyring ? 1 : 0);
    List<String> parts = new ArrayList<>();
    if (checkIns > 0) {
      parts.add(checkIns + (checkIns == 1 ? " check-in" : " check-ins"));
    }
    if (draft) {
      parts.add("an unfinished questionnaire");
    }
    if (keyring) {
      parts.add("the passphrase's keyring");
    }
    if (other > 0) {
      parts.add(other + (other == 1 ? " temporary file" : " temporary files") + " left by an interrupted save");
    }
    return parts.size() <= 1 ? String.join("", parts)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  private List<Path> checkInFiles() throws GuideException {
    return files().stream().filter(f -> isCheckInName(f.getFileName().toString())).toList();
  }

  private static boolean isCheckInName(String name) {
    return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
  }

  private byte[] read(Path file) throws CheckInJson.Unreadable, GuideException {
    // Opening a FIFO would wait for a writer forever; a device is no check-in either.
    if (!Files.isRegularFile(file)) {
      throw new CheckInJson.Unreadable("not a regular file (a pipe, a device or a broken link)");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new CheckInJson.Unreadable("larger than " + MAX_BYTES / 1024 + " KB, far more than a check-in holds");
      }
    } catch (IOException e) {
      throw new CheckInJson.Unreadable("cannot be read: " + reason(e));
    }
    return lock.open(file, bytes);
  }

  /** The folder, created readable by its owner only when it does not exist yet. */
  private void createFolder() throws GuideException {
    if (Files.isDirectory(folder)) {
      ownerOnlyFolder();
      return;
    }
    try {
      Files.createDirectories(folder, ownerOnly("rwx------"));
    } catch (IOException e) {
      throw new GuideException(ExitCode.FAILED, "cannot create the folder " + folder + " for check-ins: " + reason(e)
          + "; choose another with --data-dir");
    }
  }

  /**
   * Refuses an existing folder that others can use (any permission for its group or for others,
   * as a shared group folder or /tmp has): check-ins there say more than their owner chose to
   * share, and making it private would take the folder away from the others who use it. The guide
   * changes modes only on folders it makes (owner-only from the start); the person can make a
   * folder of their own private with chmod 700, and then it is used.
   */
  private void ownerOnlyFolder() throws GuideException {
    if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> now;
    try {
      now = Files.getPosixFilePermissions(folder);
    } catch (IOException | UnsupportedOperationException e) {
      return; // Where the permissions cannot be read, the files are still made owner-only.
    }
    Set<PosixFilePermission> others = EnumSet.copyOf(now);
    others.removeAll(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
        PosixFilePermission.OWNER_EXECUTE));
    if (others.isEmpty()) {
      return;
    }
    String shown = dev.guide.TerminalText.escape(folder.toString());
    throw new GuideException(ExitCode.FAILED, "will not keep check-ins in " + shown + ": others can use it (it is "
        + PosixFilePermissions.toString(now) + "), so they could see into it, and the guide does not change a folder "
        + "it did not make; choose a folder of your own with --data-dir, or, if this one is yours alone, make it "
        + "private with 'chmod 700 " + shown + "'");
  }

  /**
   * Writes the whole text to a temporary file in the same folder, flushes it to the disk, then
   * moves it into place in one step. Without {@code replace}, an existing file is never replaced.
   */
  private void writeAtomically(Path file, byte[] content, boolean replace) throws IOException {
    Path temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp", ownerOnly("rw-------"));
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer bytes = ByteBuffer.wrap(content);
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      if (replace) {
        AtomicFiles.replace(temp, file);
      } else {
        AtomicFiles.placeNew(temp, file);
      }
      temp = null;
    } finally {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private FileAttribute<?>[] ownerOnly(String permissions) {
    Path existing = folder;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    boolean posix = existing != null && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
    return posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
        : new FileAttribute<?>[0];
  }

  private static GuideException cannotWrite(Path file, IOException e) {
    return new GuideException(ExitCode.FAILED, "cannot save " + file + ": " + reason(e));
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "it does not exist";
    }
    if (e instanceof FileAlreadyExistsException exists) {
      return exists.getFile() + " is in the way, and is not a folder";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
