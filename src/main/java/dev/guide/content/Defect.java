package dev.guide.content;

import java.util.Objects;

/** One thing wrong with a content folder, and where: file, line and column (0 when unknown). */
public record Defect(String file, int line, int column, String message) implements Comparable<Defect> {

  public Defect {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  static Defect at(String file, Json.Location at, String message) {
    return at == null ? new Defect(file, 0, 0, message) : new Defect(file, at.line(), at.column(), message);
  }

  @Override
  public int compareTo(Defect other) {
    int byFile = file.compareTo(other.file);
    if (byFile != 0) {
      return byFile;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  /** "reasons.json:12:5: message", the form compilers use, so editors can jump to it. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
  }
}
