package dev.guide.store;

import dev.guide.content.Question;
import dev.guide.content.Questionnaire;
import dev.guide.quiz.Answers;
import dev.guide.quiz.ChoiceInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers saved under an earlier questionnaire, read against today's: those it still asks are
 * used; answers to questions or choices it no longer has stay in the file and are named, never
 * scored and never silently dropped.
 */
public final class SavedAnswers {

  private SavedAnswers() {}

  /**
   * The answers today's questionnaire still has questions and choices for, in its order, and that
   * an answer file could give: an answer {@link #refused} names is left out, as if not given.
   */
  public static Answers usable(Answers saved, Questionnaire questionnaire) {
    Answers usable = Answers.none();
    for (Question question : questionnaire.questions()) {
      if (saved.chosen().containsKey(question.id())) {
        List<String> known = known(saved, question);
        // A pick-all-that-fit answer keeps the choices still offered; a single one that is gone is no answer.
        if ((known.size() == saved.of(question.id()).size() || !known.isEmpty()) && problem(question, known).isEmpty()) {
          usable = usable.with(question.id(), known);
        }
      }
    }
    return usable;
  }

  /**
   * The saved answers that an answer file could not give, each as {@code question: why}: a choice
   * given twice, several for a question that takes one, a choice that stands alone given with
   * others. The guide never saves such an answer; a file that holds one was changed by hand.
   */
  public static List<String> refused(Answers saved, Questionnaire questionnaire) {
    List<String> refused = new ArrayList<>();
    for (Question question : questionnaire.questions()) {
      if (saved.chosen().containsKey(question.id())) {
        problem(question, known(saved, question)).ifPresent(why -> refused.add(question.id() + ": " + why));
      }
    }
    return refused;
  }

  private static List<String> known(Answers saved, Question question) {
    return saved.of(question.id()).stream().filter(id -> question.choice(id).isPresent()).toList();
  }

  /** What an answer file would say of these choices, read by the same rules. */
  private static Optional<String> problem(Question question, List<String> choices) {
    return choices.isEmpty() ? Optional.empty() : ChoiceInput.parse(question, String.join(",", choices)).problem();
  }

  /**
   * The answers today's questionnaire cannot use, each as {@code question} (the question is gone)
   * or {@code question: choice} (the choice is gone), in the order they were saved.
   */
  public static List<String> noLongerAsked(Answers saved, Questionnaire questionnaire) {
    List<String> gone = new ArrayList<>();
    saved.chosen().forEach((id, choices) -> {
      Optional<Question> question = questionnaire.question(id);
      if (question.isEmpty()) {
        gone.add(id);
      } else {
        choices.stream().filter(c -> question.get().choice(c).isEmpty()).forEach(c -> gone.add(id + ": " + c));
      }
    });
    return gone;
  }
}
