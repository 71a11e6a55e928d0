package dev.guide.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Moving a finished temporary file into place in one step, with or without replacing what is there. */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Gives {@code temp} the name {@code file} only if no file has it; a {@link FileAlreadyExistsException}
   * otherwise, even when one appears meanwhile. A move would silently replace it, so a hard link
   * takes the name. FAT and exFAT have no hard links ({@code link()} fails with EPERM): there the
   * name is claimed with an empty file made only if none exists, which the finished file then
   * replaces in one step.
   */
  public static void placeNew(Path temp, Path file) throws IOException {
    try {
      Files.createLink(file, temp);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | FileSystemException e) {
      Files.createFile(file);
      try {
        replace(temp, file);
      } catch (IOException | RuntimeException failed) {
        Files.deleteIfExists(file);
        throw failed;
      }
      return;
    }
    Files.delete(temp);
  }

  /** Gives {@code temp} the name {@code file}, replacing the file there, in one step where the file system can. */
  public static void replace(Path temp, Path file) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
