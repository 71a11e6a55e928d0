package dev.guide.content;

import java.util.List;
import java.util.Objects;

/** A likely explanation for the partner pulling away, with what it looks like and what fits it. */
public record Reason(
    String id,
    String title,
    String summary,
    List<String> looksLike,
    String goingOn,
    List<String> advice,
    List<String> related,
    List<SourceRef> sources) {
  public Reason {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    looksLike = List.copyOf(looksLike);
    Objects.requireNonNull(goingOn, "goingOn");
    advice = List.copyOf(advice);
    related = List.copyOf(related);
    sources = List.copyOf(sources);
  }
}
