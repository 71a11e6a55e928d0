package dev.guide.quiz;

import dev.guide.content.Advice;
import dev.guide.content.Choice;
import dev.guide.content.Content;
import dev.guide.content.Question;
import dev.guide.content.Questionnaire.Messages;
import dev.guide.content.Questionnaire.Thresholds;
import dev.guide.content.Reason;
import dev.guide.content.WalkAwaySign;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns answers into a {@link Result}. A reason's or sign's score is the sum of the weights the
 * chosen answers give it; thresholds from the content decide what is shown. Ties keep content
 * order, so the same answers always give the same result.
 */
public final class Scorer {

  /** The most advice items a result lists; more would bury the ones that matter. */
  static final int MAX_ADVICE = 6;

  private final Content content;

  public Scorer(Content content) {
    this.content = content;
  }

  public Result score(Answers given) {
    Answers answers = given.applicable(content.questionnaire());
    List<Result.Because> chosen = new ArrayList<>();
    List<Question> unanswered = new ArrayList<>();
    boolean safety = false;
    for (Question question : content.questionnaire().questions()) {
      if (!answers.applies(question)) {
        continue;
      }
      if (!answers.answered(question.id())) {
        unanswered.add(question);
      }
      for (String choiceId : answers.of(question.id())) {
        Choice choice = question.choice(choiceId).orElseThrow(
            () -> new IllegalArgumentException("no choice '" + choiceId + "' in question '" + question.id() + "'"));
        chosen.add(new Result.Because(question, choice));
        safety |= choice.safety();
      }
    }
    Thresholds thresholds = content.questionnaire().thresholds();

    List<Result.SignFinding> signs = new ArrayList<>();
    for (WalkAwaySign sign : content.signs()) {
      double score = total(chosen, sign.id());
      if (score >= thresholds.sign()) {
        signs.add(new Result.SignFinding(sign, score, pointingTo(chosen, sign.id())));
      }
    }
    signs.sort(Comparator.comparingDouble(Result.SignFinding::score).reversed());

    List<Result.ReasonFinding> reasons = new ArrayList<>();
    for (Reason reason : content.reasons()) {
      double score = total(chosen, reason.id());
      if (score >= thresholds.some()) {
        reasons.add(new Result.ReasonFinding(reason, score, strength(score, thresholds), pointingTo(chosen, reason.id())));
      }
    }
    // List.sort is stable: equal scores keep the content's order.
    reasons.sort(Comparator.comparingDouble(Result.ReasonFinding::score).reversed());

    // Signs or fear are a clear enough picture: "talk to them" is not the answer to either.
    boolean unclear = reasons.isEmpty() && signs.isEmpty() && !safety;
    return new Result(
        signs, reasons, advice(signs, reasons, unclear, safety), twoWays(signs, reasons), unanswered, safety, unclear);
  }

  private static double total(List<Result.Because> chosen, String id) {
    double sum = 0;
    for (Result.Because because : chosen) {
      sum += because.choice().weight(id);
    }
    return sum;
  }

  private static List<Result.Because> pointingTo(List<Result.Because> chosen, String id) {
    return chosen.stream().filter(b -> b.choice().weight(id) > 0).toList();
  }

  private static Strength strength(double score, Thresholds thresholds) {
    if (score >= thresholds.strong()) {
      return Strength.STRONG;
    }
    return score >= thresholds.moderate() ? Strength.MODERATE : Strength.SOME;
  }

  /**
   * Advice ranked by how much it serves what was found: each finding lends its score to its advice,
   * the first listed most. When an answer points to fear, control or lies, the content's safety
   * advice leads and its unsafe advice is left out; when the picture is unclear, the content's
   * advice for that case leads.
   */
  private List<Advice> advice(
      List<Result.SignFinding> signs, List<Result.ReasonFinding> reasons, boolean unclear, boolean safety) {
    Messages messages = content.questionnaire().messages();
    Map<String, Double> relevance = new LinkedHashMap<>();
    if (safety) {
      lead(relevance, messages.safetyAdvice());
    } else if (unclear) {
      lead(relevance, messages.unclearAdvice());
    }
    for (Result.SignFinding sign : signs) {
      lend(relevance, sign.sign().advice(), sign.score());
    }
    for (Result.ReasonFinding reason : reasons) {
      lend(relevance, reason.reason().advice(), reason.score());
    }
    if (safety) {
      relevance.keySet().removeAll(messages.unsafeAdvice());
    }
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(relevance.entrySet());
    ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    return ranked.stream()
        .limit(MAX_ADVICE)
        .map(entry -> content.adviceItem(entry.getKey()).orElseThrow())
        .toList();
  }

  /** Puts these advice ids ahead of anything a finding could lend, in their order. */
  private static void lead(Map<String, Double> relevance, List<String> advice) {
    for (int i = 0; i < advice.size(); i++) {
      relevance.merge(advice.get(i), 1000.0 / (i + 1), Double::sum);
    }
  }

  private static void lend(Map<String, Double> relevance, List<String> advice, double score) {
    for (int i = 0; i < advice.size(); i++) {
      relevance.merge(advice.get(i), score / (i + 1), Double::sum);
    }
  }

  private static List<Result.TwoWays> twoWays(List<Result.SignFinding> signs, List<Result.ReasonFinding> reasons) {
    List<Result.TwoWays> found = new ArrayList<>();
    for (Result.SignFinding sign : signs) {
      for (Result.Because because : sign.because()) {
        for (Result.ReasonFinding reason : reasons) {
          // The same answer, by identity: a record's equals is bootstrapped through method
          // handles on first use, which cost the guide's start-up 20 ms.
          if (reason.because().stream().anyMatch(b -> b == because)) {
            found.add(new Result.TwoWays(because, reason.reason(), sign.sign()));
          }
        }
      }
    }
    return found;
  }
}
