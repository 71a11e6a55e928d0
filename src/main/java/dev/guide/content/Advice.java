package dev.guide.content;

import java.util.List;
import java.util.Objects;

/** A next step the person can take, in a short paragraph. */
public record Advice(String id, String title, String text, List<SourceRef> sources) {
  public Advice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
  }
}
