package dev.guide.store;

import dev.guide.quiz.Answers;
import dev.guide.content.Partner;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A questionnaire left before its end, kept so {@code guide ask --resume} can go on from there:
 * the answers so far and the questions already gone through.
 */
public record Draft(OffsetDateTime savedAt, Partner partner, Answers answers, List<String> asked) {
  public Draft {
    Objects.requireNonNull(savedAt, "savedAt");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(answers, "answers");
    asked = List.copyOf(asked);
  }
}
