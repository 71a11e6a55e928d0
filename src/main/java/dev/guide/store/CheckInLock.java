package dev.guide.store;

import dev.guide.GuideException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * How the bytes of check-in files are kept on disk: as they are, or locked with a passphrase
 * ({@link FolderLock}). {@link CheckInStore} hands every file it reads to {@link #open} and every
 * file it writes to {@link #lock}. This interface loads no cryptography, so a folder without a
 * passphrase never pays for it.
 */
public interface CheckInLock {

  /** The first line of every locked file; a check-in in JSON starts with '{' instead. */
  byte[] MAGIC = "guide-locked v1\n".getBytes(StandardCharsets.US_ASCII);

  /** Keeps files as they are, and refuses to read a locked file it cannot open. */
  CheckInLock PLAIN = new CheckInLock() {
    @Override
    public byte[] open(Path file, byte[] stored) throws CheckInJson.Unreadable {
      if (isLocked(stored)) {
        throw new CheckInJson.Unreadable("it is locked with a passphrase, and no passphrase was given");
      }
      return stored;
    }

    @Override
    public byte[] lock(Path file, byte[] plain) {
      return plain;
    }
  };

  /** The file's content to read: {@code stored} itself, or what it holds once unlocked. */
  byte[] open(Path file, byte[] stored) throws GuideException, CheckInJson.Unreadable;

  /** What to write as {@code file} for {@code plain}: itself, or locked (bound to the file's name). */
  byte[] lock(Path file, byte[] plain) throws GuideException;

  /**
   * Called with the folder's {@link ChangeLock} held, before anything is written: another run may
   * have changed how the folder is locked since this one looked.
   */
  default void beforeChange() throws GuideException {}

  /** Whether the bytes are a locked file (by their first line alone). */
  static boolean isLocked(byte[] stored) {
    return stored.length >= MAGIC.length && Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
  }
}
