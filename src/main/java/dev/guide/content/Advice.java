package dev.guide.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A next step the person can take, in a short paragraph. It is offered only when all of its
 * {@code when} conditions hold, never beside an item it {@code excludes} (the two would
 * contradict each other). {@code own} marks the guide's own advice, which no article gives;
 * {@code adapted} says what the guide left out of a tactic an article offers, and why.
 */
public record Advice(
    String id, String title, String text, List<SourceRef> sources, List<Condition> when, List<String> excludes,
    boolean own, Optional<String> adapted) {
  public Advice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
    when = List.copyOf(when);
    excludes = List.copyOf(excludes);
    Objects.requireNonNull(adapted, "adapted");
  }

  public Advice(String id, String title, String text, List<SourceRef> sources) {
    this(id, title, text, sources, List.of(), List.of(), false, Optional.empty());
  }
}
