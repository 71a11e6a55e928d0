package dev.guide.content;

import java.util.Objects;
import java.util.Optional;

/** One of the articles the guide is built from. The title is a short citation form. */
public record Source(String id, String title, Optional<String> byline, Optional<String> date, String file) {
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(file, "file");
  }
}
