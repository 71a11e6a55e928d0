package dev.guide.content;

import java.util.List;
import java.util.Objects;

/** A sign that it may be time to walk away, shown plainly and before anything else. */
public record WalkAwaySign(
    String id,
    String title,
    String looksLike,
    String whyItMatters,
    String whatToDo,
    List<String> advice,
    List<SourceRef> sources) {
  public WalkAwaySign {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(looksLike, "looksLike");
    Objects.requireNonNull(whyItMatters, "whyItMatters");
    Objects.requireNonNull(whatToDo, "whatToDo");
    advice = List.copyOf(advice);
    sources = List.copyOf(sources);
  }
}
