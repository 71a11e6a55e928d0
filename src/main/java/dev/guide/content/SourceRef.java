package dev.guide.content;

import java.util.Objects;

/**
 * Where in an article an item's idea comes from: the article's id and a section ("§1", a heading).
 * {@code adapted} says the guide kept only part of what that section offers (the item says what it
 * left out and why).
 */
public record SourceRef(String source, String section, boolean adapted) {
  public SourceRef {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(section, "section");
  }

  public SourceRef(String source, String section) {
    this(source, section, false);
  }

  /** The section as cited: "advice §12", or "advice §12, adapted". */
  public String cited() {
    return adapted ? section + ", adapted" : section;
  }
}
