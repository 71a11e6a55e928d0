package dev.guide.quiz;

import dev.guide.content.Advice;
import dev.guide.content.Choice;
import dev.guide.content.Question;
import dev.guide.content.Reason;
import dev.guide.content.WalkAwaySign;
import java.util.List;
import java.util.Objects;

/**
 * What the answers show: the answers that point to fear, control or harm, walk-away signs,
 * likely reasons strongest first (ties share a rank), the advice that fits, how much the reading
 * rests on, and the questions left unanswered. Built by {@link Scorer}; the same answers give the
 * same result.
 *
 * @param safetyBecause the answers that raised the safety section (empty when it is not shown)
 * @param emergency an answer says the partner has hurt or threatened the reader: the emergency
 *     number comes first
 * @param crisis the answers that raise a worry the partner may harm themselves
 * @param safetySkipped a question that asks about safety applied and was left unanswered
 * @param unclear the picture is too thin to name a reason with any weight; the reasons are then
 *     at most the lead, shown as a mere possibility
 * @param answered how many of the questions that applied got an answer that tells something
 * @param applicable how many questions applied to these answers
 * @param setAside signs whose own answer was given but which are held back, and why
 * @param counters findings that some answers point to and others weigh against
 */
public record Result(
    List<SignFinding> signs,
    List<ReasonFinding> reasons,
    List<Advice> advice,
    List<TwoWays> twoWays,
    List<Question> unanswered,
    List<Because> safetyBecause,
    boolean emergency,
    List<Because> crisis,
    boolean safetySkipped,
    boolean unclear,
    Confidence confidence,
    int answered,
    int applicable,
    List<SetAside> setAside,
    List<Counter> counters) {

  public Result {
    signs = List.copyOf(signs);
    reasons = List.copyOf(reasons);
    advice = List.copyOf(advice);
    twoWays = List.copyOf(twoWays);
    unanswered = List.copyOf(unanswered);
    safetyBecause = List.copyOf(safetyBecause);
    crisis = List.copyOf(crisis);
    Objects.requireNonNull(confidence, "confidence");
    setAside = List.copyOf(setAside);
    counters = List.copyOf(counters);
  }

  /**
   * Whether the result says that some answers read two ways: a sign beside a gentler reason,
   * evidence both ways, or a sign set aside because other answers point elsewhere (the answers
   * point to it and weigh against it, and the weight against came out on top).
   */
  public boolean readsTwoWays() {
    return !twoWays.isEmpty() || !counters.isEmpty() || setAside.stream().anyMatch(a -> !a.because().isEmpty());
  }

  /** Whether an answer points to fear, control or harm: the safety section leads the result. */
  public boolean safety() {
    return !safetyBecause.isEmpty();
  }

  /**
   * Whether an answer names a sign that research links to far greater danger: the most urgent
   * wording then leads the safety section. Never a score.
   */
  public boolean danger() {
    return safetyBecause.stream().anyMatch(b -> b.choice().danger());
  }

  /** Whether the first rank is shared: the leading reasons are shown as a tie. */
  public boolean tiedLead() {
    return reasons.size() > 1 && reasons.get(1).rank() == 1;
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

  /** A reason with real support, its rank (1 is first; ties share one), strength and the answers behind it. */
  public record ReasonFinding(Reason reason, double score, int rank, Strength strength, List<Because> because) {
    public ReasonFinding {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(strength, "strength");
      because = List.copyOf(because);
    }
  }

  /**
   * A sign whose own answer was given but which is not shown, because it rests on too little or
   * was explained away: {@code own} are the answers that point to it, {@code because} those that
   * weigh against it or explain it (empty when it simply rests on too little).
   */
  public record SetAside(WalkAwaySign sign, List<Because> own, List<Because> because) {
    public SetAside {
      Objects.requireNonNull(sign, "sign");
      own = List.copyOf(own);
      because = List.copyOf(because);
    }
  }

  /**
   * A reason or sign that some answers point to and others weigh against, whichever came out on
   * top: {@code shown} says whether it is shown. {@code title} has the content's pronoun tokens.
   */
  public record Counter(String id, String title, boolean sign, boolean shown, List<Because> pointing,
      List<Because> against) {
    public Counter {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      pointing = List.copyOf(pointing);
      against = List.copyOf(against);
    }
  }

  /** A sign that is present together with reasons found that can explain the same behaviour. */
  public record TwoWays(WalkAwaySign sign, List<Reason> reasons) {
    public TwoWays {
      Objects.requireNonNull(sign, "sign");
      reasons = List.copyOf(reasons);
    }
  }
}
