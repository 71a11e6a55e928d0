package dev.guide.store;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;

/**
 * The folder where the launchers keep the class-data archive that makes the guide start faster:
 * {@code $XDG_CACHE_HOME/guide}, else {@code ~/.cache/guide}, each only when absolute, exactly as
 * the launcher (src/dist/bin/guide) finds it. It holds the guide's own classes, nothing about the
 * user; {@code guide forget --all} deletes it.
 */
public final class CacheFolder {

  private CacheFolder() {}

  /** The folder, when the environment names one; it may not exist. */
  public static Optional<Path> locate(Map<String, String> env) {
    // As the XDG specification says, a relative path is ignored: it would depend on the working folder.
    String xdg = env.getOrDefault("XDG_CACHE_HOME", "");
    if (xdg.startsWith("/")) {
      return Optional.of(Path.of(xdg, "guide").normalize());
    }
    String home = env.getOrDefault("HOME", "");
    if (home.startsWith("/")) {
      return Optional.of(Path.of(home, ".cache", "guide").normalize());
    }
    return Optional.empty();
  }

  /**
   * Deletes the folder and everything in it, following no link (a link is deleted, not what it
   * points to). Returns false when there was nothing to delete.
   */
  public static boolean delete(Path folder) throws GuideException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          if (e instanceof NoSuchFileException) {
            return FileVisitResult.CONTINUE;
          }
          throw e;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          if (e != null) {
            throw e;
          }
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new GuideException(ExitCode.FAILED, "cannot delete the guide's cache " + folder + ": " + e.getMessage()
          + "; delete it by hand (it holds nothing about you)");
    }
    return true;
  }
}
