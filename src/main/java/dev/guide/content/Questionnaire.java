package dev.guide.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The questions in the order they are asked, the scoring thresholds and the result's fixed texts. */
public record Questionnaire(List<Question> questions, Thresholds thresholds, Messages messages) {
  public Questionnaire {
    questions = List.copyOf(questions);
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(messages, "messages");
  }

  public Optional<Question> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /** Scores at or above which a reason is shown with a strength, and a sign counts as present. */
  public record Thresholds(double strong, double moderate, double some, double sign) {}

  /**
   * Texts and advice of the result that are content, not code: the advice for an unclear picture,
   * and for when an answer points to fear, control or lies, the advice that leads ({@code
   * safetyAdvice}) and the advice that is then held back ({@code unsafeAdvice}, such as talking it
   * over calmly, which is no advice to someone who is afraid).
   */
  public record Messages(
      String disclaimer,
      String unclear,
      List<String> unclearAdvice,
      String safety,
      List<String> safetyAdvice,
      List<String> unsafeAdvice,
      String twoWays) {
    public Messages {
      Objects.requireNonNull(disclaimer, "disclaimer");
      Objects.requireNonNull(unclear, "unclear");
      unclearAdvice = List.copyOf(unclearAdvice);
      Objects.requireNonNull(safety, "safety");
      safetyAdvice = List.copyOf(safetyAdvice);
      unsafeAdvice = List.copyOf(unsafeAdvice);
      Objects.requireNonNull(twoWays, "twoWays");
    }
  }
}
