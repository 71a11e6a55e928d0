package dev.guide.store;

import dev.guide.content.Partner;
import dev.guide.quiz.Answers;
import dev.guide.quiz.Limit;
import dev.guide.quiz.Result;
import dev.guide.quiz.Strength;
import dev.guide.render.View;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One saved check-in: when it was made, the answers given, and what the result showed then. The
 * summary keeps the titles as they were shown, so history reads the same after the content changes.
 * {@code plan} is the reader's limit and date, when they made a plan with it ({@code guide plan --save}).
 */
public record CheckIn(String id, OffsetDateTime savedAt, Partner partner, Answers answers, Summary summary,
    Optional<Limit> plan) {

  public CheckIn {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(savedAt, "savedAt");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(plan, "plan");
  }

  /** A check-in without a plan. */
  public CheckIn(String id, OffsetDateTime savedAt, Partner partner, Answers answers, Summary summary) {
    this(id, savedAt, partner, answers, summary, Optional.empty());
  }

  /** The same check-in under another id. */
  public CheckIn withId(String other) {
    return new CheckIn(other, savedAt, partner, answers, summary, plan);
  }

  /** The day it was made, where it was made. */
  public LocalDate date() {
    return savedAt.toLocalDate();
  }

  /** What a result showed, strongest first: enough to list and compare check-ins. */
  public record Summary(List<ReasonLine> reasons, List<SignLine> signs, boolean safety, boolean unclear) {
    public Summary {
      reasons = List.copyOf(reasons);
      signs = List.copyOf(signs);
    }

    /** The result's findings with their titles as the view shows them. */
    public static Summary of(Result result, View view) {
      return new Summary(
          result.reasons().stream().map(r -> new ReasonLine(
              r.reason().id(), view.say(r.reason().title()), r.score(), r.strength())).toList(),
          result.signs().stream().map(s -> new SignLine(s.sign().id(), view.say(s.sign().title()))).toList(),
          result.safety(),
          result.unclear());
    }
  }

  /** A reason the result showed, with its score and strength. */
  public record ReasonLine(String id, String title, double score, Strength strength) {
    public ReasonLine {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(strength, "strength");
    }
  }

  /** A walk-away sign the result showed. */
  public record SignLine(String id, String title) {
    public SignLine {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
    }
  }
}
