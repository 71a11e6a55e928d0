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
        ExitCode.FAILED,
        "content " + folder + " has " + defects.size() + (defects.size() == 1 ? " defect:" : " defects:"),
        defects.stream().map(Defect::toString).toList());
    this.defects = List.copyOf(defects);
  }

  public List<Defect> defects() {
    return defects;
  }
}
