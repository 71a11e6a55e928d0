package dev.guide.io;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file the person asked for, whole or not at all (a temporary file beside it, then a
 * move), readable by its owner only, and never over an existing file unless told to.
 */
public final class OutputFile {

  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private OutputFile() {}

  public static void write(Path target, String text, boolean force) throws GuideException {
    Path file = target.toAbsolutePath().normalize();
    Path folder = file.getParent();
    if (Files.isDirectory(file) || file.getFileName() == null) {
      throw new GuideException(ExitCode.USAGE, target + " is a folder; give a file name for --output");
    }
    if (Files.exists(file) && !force) {
      throw new GuideException(ExitCode.USAGE, target + " already exists; add --force to replace it, or choose another name");
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw new GuideException(ExitCode.FAILED, "cannot write " + target + ": the folder " + folder
          + " does not exist; create it first or choose another place");
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp", ownerOnly(folder));
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      move(temp, file, force);
      temp = null;
    } catch (AccessDeniedException e) {
      throw new GuideException(ExitCode.FAILED, "cannot write " + target + ": no permission to write in " + folder);
    } catch (FileAlreadyExistsException e) {
      throw new GuideException(ExitCode.USAGE, target + " already exists; add --force to replace it, or choose another name");
    } catch (IOException e) {
      throw new GuideException(ExitCode.FAILED, "cannot write " + target + ": " + e.getMessage());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The temporary file is hidden and harmless; the error that matters was reported.
        }
      }
    }
  }

  private static void move(Path temp, Path file, boolean force) throws IOException {
    try {
      if (force) {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        // Without --force a file that appeared meanwhile must not be replaced: link fails if it exists.
        Files.createLink(file, temp);
        Files.delete(temp);
      }
    } catch (AtomicMoveNotSupportedException | UnsupportedOperationException e) {
      Files.move(temp, file, force ? new StandardCopyOption[] {StandardCopyOption.REPLACE_EXISTING} : new StandardCopyOption[0]);
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path folder) {
    boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
  }
}
