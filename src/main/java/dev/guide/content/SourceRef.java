package dev.guide.content;

import java.util.Objects;

/** Where in an article an item's idea comes from: the article's id and a section ("§1", a heading). */
public record SourceRef(String source, String section) {
  public SourceRef {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(section, "section");
  }
}
