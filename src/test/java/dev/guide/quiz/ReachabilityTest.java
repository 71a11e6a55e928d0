package dev.guide.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.content.Choice;
import dev.guide.content.Content;
import dev.guide.content.Question;
import dev.guide.content.Reason;
import dev.guide.content.WalkAwaySign;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reason and every sign in the real content can be found by someone answering honestly: for
 * each one, answers built greedily to point at it make the scorer put it first (a reason) or show
 * it (a sign). A reason no answers can reach would never be shown to anyone.
 */
class ReachabilityTest {

  static final Content CONTENT = TinyContent.real();

  static Stream<String> reasons() {
    return CONTENT.reasons().stream().map(Reason::id);
  }

  static Stream<String> signs() {
    return CONTENT.signs().stream().map(WalkAwaySign::id);
  }

  @Test
  void everyReasonAndSignGetsPositiveEvidenceFromSomeChoice() {
    List<String> unsupported = new ArrayList<>();
    Stream.concat(reasons(), signs()).forEach(id -> {
      boolean supported = CONTENT.questionnaire().questions().stream()
          .flatMap(q -> q.choices().stream())
          .anyMatch(c -> c.weight(id) > 0);
      if (!supported) {
        unsupported.add(id);
      }
    });
    assertEquals(List.of(), unsupported, "no choice gives these positive evidence");
    assertFalse(CONTENT.reasons().isEmpty() || CONTENT.signs().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reasons")
  void reasonCanBeTheTopReason(String reason) {
    List<String> others = reasons().filter(id -> !id.equals(reason)).toList();
    Answers answers = pointingAt(reason, others);
    Result result = new Scorer(CONTENT).score(answers);
    assertFalse(result.reasons().isEmpty(), () -> "no reason at all for " + answers.chosen());
    assertEquals(reason, result.reasons().get(0).reason().id(),
        () -> "answers " + answers.chosen() + "\ngive " + result.reasons().stream()
            .map(r -> r.reason().id() + " " + r.score()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("signs")
  void signCanBePresent(String sign) {
    List<String> others = signs().filter(id -> !id.equals(sign)).toList();
    Answers answers = pointingAt(sign, others);
    Result result = new Scorer(CONTENT).score(answers);
    assertTrue(result.signs().stream().anyMatch(s -> s.sign().id().equals(sign)),
        () -> "answers " + answers.chosen() + "\nshow signs " + result.signs().stream()
            .map(s -> s.sign().id() + " " + s.score()).toList());
  }

  /**
   * Answers as someone would give them if {@code target} were the whole story. Questions are
   * walked in order and those not asked are left out. A single question takes the choice that
   * favours the target most over any other (weight for the target less the most it gives another),
   * or, when no choice supports the target, a neutral one, preferring one that opens later
   * questions. A multiple question takes every choice supporting the target that gives no other
   * more than the target.
   */
  static Answers pointingAt(String target, List<String> others) {
    List<Question> questions = CONTENT.questionnaire().questions();
    Answers answers = Answers.none();
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      if (!answers.applies(question)) {
        continue;
      }
      List<String> chosen;
      if (question.multiple()) {
        chosen = question.choices().stream()
            .filter(c -> c.weight(target) > 0 && strongestOther(c, others) <= c.weight(target))
            .map(Choice::id).toList();
      } else {
        Optional<Choice> best = question.choices().stream()
            .filter(c -> c.weight(target) > 0)
            .max(Comparator.comparingDouble(c -> c.weight(target) - strongestOther(c, others)));
        List<Question> later = questions.subList(i + 1, questions.size());
        chosen = best.or(() -> neutral(question, later, target, others))
            .map(c -> List.of(c.id())).orElse(List.of());
      }
      answers = answers.with(question.id(), chosen);
    }
    return answers;
  }

  private static double strongestOther(Choice choice, List<String> others) {
    return others.stream().mapToDouble(choice::weight).max().orElse(0);
  }

  /** A choice giving nothing to another and taking nothing from the target; one that opens a later question if any. */
  private static Optional<Choice> neutral(Question question, List<Question> later, String target, List<String> others) {
    List<Choice> neutral = question.choices().stream()
        .filter(c -> strongestOther(c, others) <= 0 && c.weight(target) >= 0).toList();
    return neutral.stream()
        .filter(c -> later.stream().anyMatch(q -> q.when().isPresent()
            && q.when().get().question().equals(question.id()) && q.when().get().anyOf().contains(c.id())))
        .findFirst()
        .or(() -> neutral.stream().findFirst());
  }
}
