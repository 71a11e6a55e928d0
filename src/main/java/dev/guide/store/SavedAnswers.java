package dev.guide.store;

import dev.guide.content.Question;
import dev.guide.content.Questionnaire;
import dev.guide.quiz.Answers;
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

  /** The answers today's questionnaire still has questions and choices for, in its order. */
  public static Answers usable(Answers saved, Questionnaire questionnaire) {
    Answers usable = Answers.none();
    for (Question question : questionnaire.questions()) {
      if (saved.chosen().containsKey(question.id())) {
        List<String> known = saved.of(question.id()).stream().filter(id -> question.choice(id).isPresent()).toList();
        // A pick-all-that-fit answer keeps the choices still offered; a single one that is gone is no answer.
        if (known.size() == saved.of(question.id()).size() || !known.isEmpty()) {
          usable = usable.with(question.id(), known);
        }
      }
    }
    return usable;
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
