package dev.guide.io;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import dev.guide.store.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Writes a file the person asked for, whole or not at all (a temporary file beside it, flushed to
 * the disk, then moved into place), readable by its owner only, and never over an existing file
 * unless told to. A pipe or a terminal named as the file ({@code --output /dev/tty}, a FIFO) is
 * written to as it is; a link, a disk device or a socket is never replaced.
 */
public final class OutputFile {

  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  /**
   * The temporary file's name is short whatever the file's, so that any name the folder allows
   * works; the prefix lets a later run find one a kill left behind.
   */
  static final String TEMP_PREFIX = ".guide-";
  static final String TEMP_SUFFIX = ".tmp";

  /** Older than this, a temporary file is no write in progress but one a killed run left behind. */
  static final Duration STALE = Duration.ofMinutes(1);

  private static final int S_IFMT = 0170000;
  private static final int S_IFIFO = 0010000;
  private static final int S_IFCHR = 0020000;

  private OutputFile() {}

  public static void write(Path target, String text, boolean force) throws GuideException {
    Path last = target.getFileName();
    if (last == null || last.toString().equals(".") || last.toString().equals("..")) {
      throw folderGiven(target);
    }
    Path file = target.toAbsolutePath().normalize();
    Path folder = file.getParent();
    BasicFileAttributes there = attributes(file, LinkOption.NOFOLLOW_LINKS);
    if (there != null && there.isSymbolicLink()) {
      BasicFileAttributes to = attributes(file);
      if (to != null && to.isDirectory()) {
        throw folderGiven(target);
      }
      if (to != null && to.isOther()) {
        special(target, file, text);
        return;
      }
      if (!force) {
        throw exists(target);
      }
      throw new GuideException(ExitCode.USAGE, target + " is a symbolic link" + pointsTo(file) + "; --force replaces "
          + "a file, never a link: give the file it points to, or another name");
    }
    if (there != null && there.isDirectory()) {
      throw folderGiven(target);
    }
    if (there != null && there.isOther()) {
      special(target, file, text);
      return;
    }
    if (there != null && !force) {
      throw exists(target);
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw new GuideException(ExitCode.FAILED, "cannot write " + target + ": the folder " + folder
          + " does not exist; create it first or choose another place");
    }
    removeStale(folder);
    TempFile temp = new TempFile();
    try {
      temp.create(folder);
      try (FileChannel channel = FileChannel.open(temp.path, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      if (force) {
        AtomicFiles.replace(temp.path, file);
      } else {
        AtomicFiles.placeNew(temp.path, file);
      }
    } catch (AccessDeniedException e) {
      throw new GuideException(ExitCode.FAILED, "cannot write " + target + ": no permission to write in " + folder);
    } catch (FileAlreadyExistsException e) {
      throw exists(target);
    } catch (IOException e) {
      throw new GuideException(ExitCode.FAILED, "cannot write " + target + ": " + e.getMessage());
    } finally {
      temp.delete();
    }
  }

  /**
   * A FIFO or a character device (a terminal, /dev/null) is written to as it is: replacing it with
   * a file would break what reads it. Anything else that is not a file (a disk, a socket) is refused.
   */
  private static void special(Path target, Path file, String text) throws GuideException {
    int type;
    try {
      type = ((Integer) Files.getAttribute(file, "unix:mode")) & S_IFMT;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      type = -1;
    }
    if (type != S_IFIFO && type != S_IFCHR) {
      throw new GuideException(ExitCode.USAGE, target + " is not a file (a device or a socket); --output writes a "
          + "file, a pipe or a terminal: choose another name");
    }
    // No CREATE and no TRUNCATE: the special file stays as it is, and only receives the text.
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (AccessDeniedException e) {
      throw new GuideException(ExitCode.FAILED, "cannot write " + target + ": no permission to write to it");
    } catch (IOException e) {
      throw new GuideException(ExitCode.FAILED, "cannot write " + target + ": " + e.getMessage());
    }
  }

  /**
   * Deletes temporary files that runs killed before they could clean up left in the folder: ours
   * by name, owned by the person, and older than any write takes.
   */
  private static void removeStale(Path folder) {
    Instant before = Instant.now().minus(STALE);
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
      for (Path temp : temps) {
        BasicFileAttributes attributes = attributes(temp, LinkOption.NOFOLLOW_LINKS);
        if (attributes != null && attributes.isRegularFile() && isTempName(temp.getFileName().toString())
            && attributes.lastModifiedTime().compareTo(FileTime.from(before)) < 0 && mine(temp)) {
          Files.deleteIfExists(temp);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Only tidying: the write itself does not depend on it.
    }
  }

  /**
   * Whether the person running the guide owns the file: in a folder shared with others, their
   * temporary files are theirs to delete (a write of theirs may be under way, however old).
   */
  private static boolean mine(Path file) {
    try {
      return Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"));
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** {@code .guide-<digits>.tmp}, as {@link Files#createTempFile} names it with our prefix and suffix. */
  static boolean isTempName(String name) {
    if (!name.startsWith(TEMP_PREFIX) || !name.endsWith(TEMP_SUFFIX)) {
      return false;
    }
    String middle = name.substring(TEMP_PREFIX.length(), name.length() - TEMP_SUFFIX.length());
    return !middle.isEmpty() && middle.chars().allMatch(Character::isDigit);
  }

  /**
   * The temporary file of one write, deleted when the write is done or fails, and by a shutdown
   * hook when the guide is ended (Ctrl-C, kill) while it exists.
   */
  private static final class TempFile {
    private volatile Path path;
    private final Thread hook = new Thread(this::deleteQuietly, "guide-output-cleanup");
    private boolean hooked;

    void create(Path folder) throws IOException {
      try {
        Runtime.getRuntime().addShutdownHook(hook);
        hooked = true;
      } catch (IllegalStateException e) {
        // Already shutting down: nothing will be left, as nothing will be written.
      }
      path = Files.createTempFile(folder, TEMP_PREFIX, TEMP_SUFFIX, ownerOnly(folder));
    }

    void delete() {
      deleteQuietly();
      if (hooked) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // Shutting down: the hook runs, and finds nothing to delete.
        }
      }
    }

    private void deleteQuietly() {
      Path temp = path;
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // The temporary file is hidden and harmless; a later run removes it.
        }
      }
    }
  }

  private static BasicFileAttributes attributes(Path file, LinkOption... options) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, options);
    } catch (IOException e) {
      return null;
    }
  }

  private static String pointsTo(Path link) {
    try {
      return " to " + Files.readSymbolicLink(link);
    } catch (IOException e) {
      return "";
    }
  }

  private static GuideException folderGiven(Path target) {
    return new GuideException(ExitCode.USAGE, target + " is a folder; give a file name for --output");
  }

  private static GuideException exists(Path target) {
    return new GuideException(ExitCode.USAGE, target + " already exists; add --force to replace it, or choose another name");
  }

  private static FileAttribute<?>[] ownerOnly(Path folder) {
    boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
  }
}
