package dev.guide.quiz;

import dev.guide.content.Advice;
import dev.guide.content.Choice;
import dev.guide.content.Question;
import dev.guide.content.Reason;
import dev.guide.content.WalkAwaySign;
import java.util.List;
import java.util.Objects;

/**
 * What the answers show: walk-away signs, likely reasons strongest first, the advice that fits,
 * and the questions left unanswered. Built by {@link Scorer}; the same answers give the same result.
 */
public record Result(
    List<SignFinding> signs,
    List<ReasonFinding> reasons,
    List<Advice> advice,
    List<TwoWays> twoWays,
    List<Question> unanswered,
    boolean safety,
    boolean unclear) {

  public Result {
    signs = List.copyOf(signs);
    reasons = List.copyOf(reasons);
    advice = List.copyOf(advice);
    twoWays = List.copyOf(twoWays);
    unanswered = List.copyOf(unanswered);
  }

  /** One answer that points to a finding: the question and the choice given. */
  public record Because(Question question, Choice choice) {
    public Because {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(choice, "choice");
    }
  }

  /** A sign that is present, and the answers that showed it. */
  public record SignFinding(WalkAwaySign sign, double score, List<Because> because) {
    public SignFinding {
      Objects.requireNonNull(sign, "sign");
      because = List.copyOf(because);
    }
  }

  /** A reason with real support, its strength and the answers that point to it. */
  public record ReasonFinding(Reason reason, double score, Strength strength, List<Because> because) {
    public ReasonFinding {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(strength, "strength");
      because = List.copyOf(because);
    }
  }

  /** One answer that fits a likely reason and is also a walk-away sign. */
  public record TwoWays(Because answer, Reason reason, WalkAwaySign sign) {
    public TwoWays {
      Objects.requireNonNull(answer, "answer");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(sign, "sign");
    }
  }
}
