package dev.guide.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The questions in the order they are asked, the scoring thresholds, how confidence is judged,
 * and the result's fixed texts.
 */
public record Questionnaire(List<Question> questions, Thresholds thresholds, Confidence confidence, Messages messages) {
  public Questionnaire {
    questions = List.copyOf(questions);
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(messages, "messages");
  }

  public Questionnaire(List<Question> questions, Thresholds thresholds, Messages messages) {
    this(questions, thresholds, Confidence.DEFAULT, messages);
  }

  public Optional<Question> question(String id) {
    for (Question question : questions) {
      if (question.id().equals(id)) {
        return Optional.of(question);
      }
    }
    return Optional.empty();
  }

  /** The questions' ids, in order. */
  public List<String> questionIds() {
    List<String> ids = new ArrayList<>(questions.size());
    for (Question question : questions) {
      ids.add(question.id());
    }
    return ids;
  }

  /** Scores at or above which a reason is shown with a strength, and a sign counts as present. */
  public record Thresholds(double strong, double moderate, double some, double sign) {}

  /**
   * How much a result rests on. It is low when the leading finding rests on {@code lowSupport}
   * answers or fewer, or when fewer than {@code lowAnswered} of the questions that applied got an
   * answer that tells something (not "not sure") and fewer than {@code highSupport} answers back
   * the lead; high when at least {@code highAnswered} were answered and
   * the leading reason, strong and not tied, rests on {@code highSupport} answers or more.
   */
  public record Confidence(double lowAnswered, double highAnswered, int lowSupport, int highSupport) {
    public static final Confidence DEFAULT = new Confidence(0.5, 0.75, 1, 3);
  }

  /**
   * Texts and advice of the result that are content, not code. For an unclear picture: its text,
   * the lead named as a mere possibility, and its advice. For ties and for each level of
   * confidence, a sentence. When an answer points to fear, control or harm: the safety text, what
   * marks it as the guide's own, the acknowledgement shown at once in the questionnaire, the line
   * put before any reason, the word on leaving safely, the advice that leads ({@code safetyAdvice}),
   * the advice held back ({@code unsafeAdvice}, such as talking it over with the partner) and the
   * reasons held back ({@code unsafeReasons}), what replaces a sign's "what to do" then
   * ({@code safetyWhatToDo}), and the pointer to help when the safety question was left unanswered
   * ({@code safetySkipped}). For a worry that the partner may harm themselves, the crisis text, and
   * another when the reader is also afraid ({@code crisisUnsafe}). {@code ownLifeAdvice}: the reader's own life and limits, one of which every
   * result keeps a place for.
   */
  public record Messages(
      String disclaimer,
      String unclear,
      String possibility,
      List<String> unclearAdvice,
      String ties,
      String confidenceLow,
      String confidenceMedium,
      String confidenceHigh,
      String safety,
      String safetyOwn,
      String safetyAck,
      String safetyReasons,
      String safetyInShort,
      String safetyLeaving,
      String safetyWhatToDo,
      String safetySkipped,
      List<String> safetyAdvice,
      List<String> unsafeAdvice,
      List<String> unsafeReasons,
      String crisis,
      String crisisUnsafe,
      List<String> ownLifeAdvice,
      String twoWays,
      String confidenceMediumAll) {
    public Messages {
      Objects.requireNonNull(disclaimer, "disclaimer");
      Objects.requireNonNull(unclear, "unclear");
      Objects.requireNonNull(possibility, "possibility");
      unclearAdvice = List.copyOf(unclearAdvice);
      Objects.requireNonNull(ties, "ties");
      Objects.requireNonNull(confidenceLow, "confidenceLow");
      Objects.requireNonNull(confidenceMedium, "confidenceMedium");
      Objects.requireNonNull(confidenceHigh, "confidenceHigh");
      Objects.requireNonNull(safety, "safety");
      Objects.requireNonNull(safetyOwn, "safetyOwn");
      Objects.requireNonNull(safetyAck, "safetyAck");
      Objects.requireNonNull(safetyReasons, "safetyReasons");
      Objects.requireNonNull(safetyInShort, "safetyInShort");
      Objects.requireNonNull(safetyLeaving, "safetyLeaving");
      Objects.requireNonNull(safetyWhatToDo, "safetyWhatToDo");
      Objects.requireNonNull(safetySkipped, "safetySkipped");
      safetyAdvice = List.copyOf(safetyAdvice);
      unsafeAdvice = List.copyOf(unsafeAdvice);
      unsafeReasons = List.copyOf(unsafeReasons);
      Objects.requireNonNull(crisis, "crisis");
      Objects.requireNonNull(crisisUnsafe, "crisisUnsafe");
      ownLifeAdvice = List.copyOf(ownLifeAdvice);
      Objects.requireNonNull(twoWays, "twoWays");
      Objects.requireNonNull(confidenceMediumAll, "confidenceMediumAll");
    }

    /** The older, shorter set of texts, with plain defaults for the rest (for small test content). */
    public Messages(
        String disclaimer, String unclear, List<String> unclearAdvice, String safety, List<String> safetyAdvice,
        List<String> unsafeAdvice, String twoWays) {
      this(disclaimer, unclear, "A possibility:", unclearAdvice, "These fit equally well.", "Low.", "Medium.",
          "High.", safety, "The guide's own.", "Thank you for saying so.", "No reason excuses fear.",
          "Your safety, first.", "Leaving can be risky.", "Plan with a helpline.", "Help is listed.", safetyAdvice, unsafeAdvice, List.of(),
          "Get help.", "Your safety first.", List.of(), twoWays, "Medium, all answered.");
    }
  }
}
