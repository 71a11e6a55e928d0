package dev.guide.store;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The one lock between runs of the guide for every change to a data folder: a save, a draft kept
 * or deleted, a change of passphrase, forget. Two runs that change the folder at once (two
 * passphrase changes, a save during a change) would otherwise each write from what they read
 * before the other wrote, and leave check-ins no passphrase opens. It is an advisory lock (fcntl)
 * on an empty file, {@value #NAME}, that exists only while a change runs: the holder deletes it
 * before letting go, so the folder is left as it was. A run that finds the file it locked is no
 * longer the one the name gives (deleted by the run before) tries again. It holds nothing. The system lets go of
 * the lock of a run that is killed; the file it leaves is empty, and the next change removes it.
 */
public final class ChangeLock implements AutoCloseable {

  /** The lock file; it holds nothing, and is there only while a change runs (or after a kill). */
  public static final String NAME = ".guide-change.lock";

  /** How long to wait for another run's change (a passphrase change takes a few seconds). */
  static long waitMillis = Long.getLong("guide.lockWaitMillis", 60_000);

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  /** Whether this run holds it already (a save inside a change): inner holds do nothing. */
  private static final ThreadLocal<Integer> HELD = ThreadLocal.withInitial(() -> 0);
  private final boolean inner;

  private ChangeLock(Path file, FileChannel channel, FileLock lock, boolean inner) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.inner = inner;
  }

  /** Waits for the lock of {@code folder}, which must exist; a clear failure when another run holds it too long. */
  public static ChangeLock take(Path folder) throws GuideException {
    if (HELD.get() > 0) {
      HELD.set(HELD.get() + 1);
      return new ChangeLock(null, null, null, true);
    }
    Path file = folder.resolve(NAME);
    long deadline = System.nanoTime() + waitMillis * 1_000_000L;
    while (true) {
      FileChannel channel = null;
      try {
        channel = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS), ownerOnly(folder));
        FileLock lock = null;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          // Another thread of this run holds it (the Ctrl-C hook while the main thread saves): wait.
        }
        if (lock != null) {
          if (same(file)) {
            HELD.set(1);
            return new ChangeLock(file, channel, lock, false);
          }
          // The run before deleted this file as it let go: lock the one the name gives now.
          lock.release();
        }
        channel.close();
        channel = null;
      } catch (IOException e) {
        close(channel);
        if (!(e instanceof NoSuchFileException) || !Files.isDirectory(folder)) {
          throw new GuideException(ExitCode.FAILED, "cannot lock " + folder + " for a change: " + reason(e)
              + "; nothing was changed");
        }
      }
      if (System.nanoTime() > deadline) {
        throw new GuideException(ExitCode.FAILED, "another run of the guide has been changing the check-ins in " + folder
            + " for " + waitMillis / 1000 + " seconds; nothing was changed; try again when it has finished");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new GuideException(ExitCode.INTERRUPTED, "stopped while waiting for another run of the guide; nothing was changed");
      }
    }
  }

  /**
   * Whether the locked file is still the one the name gives, not one the run before deleted as it
   * let go. Nothing here opens the file a second time: closing any descriptor of a file lets go of
   * the process's lock on it (POSIX). On Linux the open descriptor is found in /proc/self/fd and
   * its inode compared with the name's; elsewhere the name only has to exist.
   */
  private static boolean same(Path file) throws IOException {
    Object named;
    try {
      named = Files.getAttribute(file, "unix:ino", LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return false;
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }
    Path descriptors = Path.of("/proc/self/fd");
    if (!Files.isDirectory(descriptors)) {
      return true;
    }
    String target = file.toAbsolutePath().toString();
    boolean found = false;
    try (java.nio.file.DirectoryStream<Path> fds = Files.newDirectoryStream(descriptors)) {
      for (Path fd : fds) {
        String link;
        try {
          link = Files.readSymbolicLink(fd).toString();
        } catch (IOException e) {
          continue;
        }
        if (link.equals(target + " (deleted)")) {
          found = true;
        } else if (link.equals(target)) {
          found = true;
          if (!named.equals(Files.getAttribute(fd, "unix:ino"))) {
            return false;
          }
        }
        if (link.startsWith(target) && link.endsWith(" (deleted)")) {
          return false;
        }
      }
    }
    return found || Files.exists(file, LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public void close() {
    if (inner) {
      HELD.set(HELD.get() - 1);
      return;
    }
    HELD.set(0);
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // An empty file left behind; the next change removes it.
    }
    try {
      lock.release();
    } catch (IOException e) {
      // Closing the channel lets go of it too.
    }
    close(channel);
  }

  private static void close(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // Nothing to do.
      }
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path folder) {
    return folder.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
        : new FileAttribute<?>[0];
  }

  private static String reason(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
