package dev.guide.content;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import java.util.List;

/** A content folder that cannot be used, with every defect found in it. */
public final class ContentException extends GuideException {
  private static final long serialVersionUID = 1L;

  private final transient List<Defect> defects;

  public ContentException(String folder, List<Defect> defects) {
    super(
        folderItself(folder, defects) ? ExitCode.USAGE : ExitCode.FAILED,
        "content " + folder + " has " + defects.size() + (defects.size() == 1 ? " defect:" : " defects:"),
        defects.stream().map(Defect::toString).toList());
    this.defects = List.copyOf(defects);
  }

  /**
   * Whether every defect is of the folder itself (not there, not a folder, not listable): the name
   * given was wrong, a usage error, rather than the content in it.
   */
  private static boolean folderItself(String folder, List<Defect> defects) {
    for (Defect defect : defects) {
      if (defect.line() != 0 || !defect.file().equals(folder)) {
        return false;
      }
    }
    return !defects.isEmpty();
  }

  public List<Defect> defects() {
    return defects;
  }
}
