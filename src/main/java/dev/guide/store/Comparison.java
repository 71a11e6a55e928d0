package dev.guide.store;

import dev.guide.content.Question;
import dev.guide.content.Questionnaire;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed from one check-in to a later one: the reasons that grew, faded or held steady,
 * the walk-away signs that appeared or went away, and the answers given differently.
 */
public record Comparison(
    CheckIn before,
    CheckIn now,
    List<ReasonChange> grew,
    List<ReasonChange> faded,
    List<ReasonChange> steady,
    List<CheckIn.SignLine> newSigns,
    List<CheckIn.SignLine> goneSigns,
    List<AnswerChange> answers) {

  public Comparison {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(now, "now");
    grew = List.copyOf(grew);
    faded = List.copyOf(faded);
    steady = List.copyOf(steady);
    newSigns = List.copyOf(newSigns);
    goneSigns = List.copyOf(goneSigns);
    answers = List.copyOf(answers);
  }

  /** A reason as it stood in each check-in; empty where the result did not show it. */
  public record ReasonChange(String id, String title, Optional<CheckIn.ReasonLine> before, Optional<CheckIn.ReasonLine> now) {
    public ReasonChange {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(now, "now");
    }
  }

  /** One question answered differently: the choices before and now; empty where it was not answered. */
  public record AnswerChange(String question, Optional<List<String>> before, Optional<List<String>> now) {
    public AnswerChange {
      Objects.requireNonNull(question, "question");
      before = before.map(List::copyOf);
      now = now.map(List::copyOf);
    }
  }

  /** True when the two check-ins show the same reasons as strongly, the same signs, and the same answers. */
  public boolean nothingChanged() {
    return grew.isEmpty() && faded.isEmpty() && newSigns.isEmpty() && goneSigns.isEmpty() && answers.isEmpty()
        && before.summary().safety() == now.summary().safety();
  }

  /** Compares {@code before} with the later {@code now}; answers come in the questionnaire's order. */
  public static Comparison of(CheckIn before, CheckIn now, Questionnaire questionnaire) {
    List<ReasonChange> grew = new ArrayList<>();
    List<ReasonChange> faded = new ArrayList<>();
    List<ReasonChange> steady = new ArrayList<>();
    for (CheckIn.ReasonLine reason : now.summary().reasons()) {
      Optional<CheckIn.ReasonLine> earlier = reason(before, reason.id());
      ReasonChange change = new ReasonChange(reason.id(), reason.title(), earlier, Optional.of(reason));
      if (earlier.isEmpty() || reason.score() > earlier.get().score()) {
        grew.add(change);
      } else if (reason.score() < earlier.get().score()) {
        faded.add(change);
      } else {
        steady.add(change);
      }
    }
    for (CheckIn.ReasonLine reason : before.summary().reasons()) {
      if (reason(now, reason.id()).isEmpty()) {
        faded.add(new ReasonChange(reason.id(), reason.title(), Optional.of(reason), Optional.empty()));
      }
    }
    Set<String> signsBefore = ids(before.summary().signs());
    Set<String> signsNow = ids(now.summary().signs());
    List<CheckIn.SignLine> newSigns = now.summary().signs().stream().filter(s -> !signsBefore.contains(s.id())).toList();
    List<CheckIn.SignLine> goneSigns = before.summary().signs().stream().filter(s -> !signsNow.contains(s.id())).toList();
    return new Comparison(before, now, grew, faded, steady, newSigns, goneSigns, answers(before, now, questionnaire));
  }

  private static List<AnswerChange> answers(CheckIn before, CheckIn now, Questionnaire questionnaire) {
    // Today's questions first, in their order; then any only an older questionnaire asked.
    Set<String> questions = new LinkedHashSet<>();
    questionnaire.questions().stream().map(Question::id).forEach(questions::add);
    questions.addAll(now.answers().chosen().keySet());
    questions.addAll(before.answers().chosen().keySet());
    List<AnswerChange> changes = new ArrayList<>();
    for (String question : questions) {
      Optional<List<String>> then = Optional.ofNullable(before.answers().chosen().get(question));
      Optional<List<String>> today = Optional.ofNullable(now.answers().chosen().get(question));
      // Skipped and not answered are both no answer: from one to the other nothing changed.
      if (!then.filter(c -> !c.isEmpty()).map(HashSet::new).equals(today.filter(c -> !c.isEmpty()).map(HashSet::new))) {
        changes.add(new AnswerChange(question, then, today));
      }
    }
    return changes;
  }

  private static Optional<CheckIn.ReasonLine> reason(CheckIn checkIn, String id) {
    return checkIn.summary().reasons().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  private static Set<String> ids(List<CheckIn.SignLine> signs) {
    Set<String> ids = new HashSet<>();
    signs.forEach(s -> ids.add(s.id()));
    return ids;
  }
}
