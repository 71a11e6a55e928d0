package dev.guide.content;

import java.util.List;
import java.util.Objects;

/**
 * A condition on an earlier answer: it holds when the answer to {@code question} includes one of
 * {@code choices} ({@code anyOf}), or, when {@code none} is set, when it includes none of them
 * ({@code noneOf}; a question skipped or not asked includes none).
 */
public record Condition(String question, List<String> choices, boolean none) {
  public Condition {
    Objects.requireNonNull(question, "question");
    choices = List.copyOf(choices);
  }

  public Condition(String question, List<String> anyOf) {
    this(question, anyOf, false);
  }

  /** The choices of an {@code anyOf} condition (and of a {@code noneOf} one). */
  public List<String> anyOf() {
    return choices;
  }

  public boolean holds(List<String> chosen) {
    boolean any = false;
    for (String choice : chosen) {
      any |= choices.contains(choice);
    }
    return none != any;
  }
}
