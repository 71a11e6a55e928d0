package dev.guide.quiz;

import dev.guide.content.Condition;
import dev.guide.content.Question;
import dev.guide.content.Questionnaire;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the person answered: question id to the chosen choice ids. An empty list means skipped; a
 * question not in the map was never answered. Immutable; every change returns a new value.
 */
public record Answers(Map<String, List<String>> chosen) {

  public Answers {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    chosen.forEach((question, choices) -> copy.put(Objects.requireNonNull(question), List.copyOf(choices)));
    chosen = Collections.unmodifiableMap(copy);
  }

  public static Answers none() {
    return new Answers(Map.of());
  }

  public Answers with(String question, List<String> choices) {
    Map<String, List<String>> next = new LinkedHashMap<>(chosen);
    next.put(question, choices);
    return new Answers(next);
  }

  public Answers without(String question) {
    Map<String, List<String>> next = new LinkedHashMap<>(chosen);
    next.remove(question);
    return new Answers(next);
  }

  public List<String> of(String question) {
    return chosen.getOrDefault(question, List.of());
  }

  public boolean answered(String question) {
    return !of(question).isEmpty();
  }

  /** Whether a question is asked, given the answers so far: it has no condition, or its condition holds. */
  public boolean applies(Question question) {
    if (question.when().isEmpty()) {
      return true;
    }
    Condition when = question.when().get();
    return when.holds(of(when.question()));
  }

  /** These answers less any to questions whose condition no longer holds, in questionnaire order. */
  public Answers applicable(Questionnaire questionnaire) {
    Answers kept = none();
    for (Question question : questionnaire.questions()) {
      if (chosen.containsKey(question.id()) && kept.applies(question)) {
        kept = kept.with(question.id(), of(question.id()));
      }
    }
    return kept;
  }
}
