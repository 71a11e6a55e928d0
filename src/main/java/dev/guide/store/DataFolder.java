package dev.guide.store;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where check-ins are kept: the folder given with --data-dir, else {@code $XDG_DATA_HOME/guide},
 * else {@code ~/.local/share/guide}, as the XDG base directory specification says. Read from the
 * environment the guide was given, never from the process, so tests can point it anywhere.
 */
public final class DataFolder {

  private DataFolder() {}

  public static Path locate(Path explicit, Map<String, String> env) throws GuideException {
    if (explicit != null) {
      return explicit.toAbsolutePath().normalize();
    }
    // GUIDE_DATA_DIR names the folder once, for every command, as --data-dir does for one.
    String named = env.getOrDefault("GUIDE_DATA_DIR", "");
    if (!named.isBlank()) {
      if (!Path.of(named).isAbsolute()) {
        throw new GuideException(ExitCode.USAGE, "GUIDE_DATA_DIR is '" + named + "', a relative path; give the "
            + "folder's full path (such as $HOME/private/guide), or unset it");
      }
      return Path.of(named).normalize();
    }
    // The specification ignores a relative XDG_DATA_HOME: it would depend on the working folder.
    String xdg = env.getOrDefault("XDG_DATA_HOME", "");
    if (!xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "guide").normalize();
    }
    String home = env.getOrDefault("HOME", "");
    if (home.isBlank()) {
      throw new GuideException(ExitCode.USAGE,
          "cannot tell where to keep check-ins: neither XDG_DATA_HOME nor HOME is set; give --data-dir DIR");
    }
    return Path.of(home, ".local", "share", "guide").toAbsolutePath().normalize();
  }
}
