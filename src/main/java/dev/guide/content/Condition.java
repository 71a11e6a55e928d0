package dev.guide.content;

import java.util.List;
import java.util.Objects;

/** Ask a question only when an earlier question's answer includes one of these choices. */
public record Condition(String question, List<String> anyOf) {
  public Condition {
    Objects.requireNonNull(question, "question");
    anyOf = List.copyOf(anyOf);
  }
}
