package dev.guide.quiz;

import dev.guide.content.Judgement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * (Loops rather than lambdas here: each lambda's first use costs start-up time, README "Performance".)
 *
 * <p>The weight each chosen answer gives each reason and sign, once the answers are read in the
 * light of each other ({@link Judgement}): an answer that gives another its innocent reading takes
 * that answer's weight off the findings it explains, and moves it to the reason it names. Answers
 * are compared by their {@code question:choice} keys, not as records: a record's first equals or
 * hashCode costs start-up time (README "Performance").
 */
final class Weights {

  private final List<Result.Because> chosen;
  private final List<String> keys = new ArrayList<>();
  private final List<Map<String, Double>> effective = new ArrayList<>();
  /** "index\nid": the answers that explained away that answer's weight for that finding. */
  private final Map<String, List<Integer>> explainedBy = new HashMap<>();
  private final Set<String> worries;
  private final boolean serious;

  /** The least weight an explained answer must have had to count for the reason that explains it. */
  private final double moves;

  /**
   * @param moves an explained answer counts for the explaining reason only when it gave a finding
   *     at least this much: a small corroborating weight ("I told him plainly") is dropped, not
   *     quoted as evidence of stress
   */
  Weights(Judgement judgement, List<Result.Because> chosen, double moves) {
    this(judgement, chosen, moves, Set.of());
  }

  /**
   * @param heldBack reasons these answers may not offer (under fear or a threat): an explanation
   *     that names one explains nothing away, since it may not be given as the explanation
   */
  Weights(Judgement judgement, List<Result.Because> chosen, double moves, Set<String> heldBack) {
    this.chosen = chosen;
    this.moves = moves;
    this.worries = new HashSet<>(judgement.worries());
    boolean anySerious = false;
    for (Result.Because because : chosen) {
      String key = key(because);
      keys.add(key);
      effective.add(new LinkedHashMap<>(because.choice().evidence()));
      anySerious |= judgement.serious().contains(key);
    }
    this.serious = anySerious;
    for (int by = 0; by < chosen.size(); by++) {
      for (Judgement.Explanation explanation : judgement.explains()) {
        boolean allowed = (explanation.to().isEmpty() || !heldBack.contains(explanation.to().get()))
            && !anyGiven(explanation.unless());
        if (allowed && explanation.by().contains(keys.get(by))) {
          explain(by, explanation);
        }
      }
    }
  }

  /** Whether any of these answers ({@code question:choice}) was given. */
  private boolean anyGiven(List<String> answers) {
    for (String answer : answers) {
      if (keys.contains(answer)) {
        return true;
      }
    }
    return false;
  }

  private void explain(int by, Judgement.Explanation explanation) {
    for (int other = 0; other < chosen.size(); other++) {
      String key = keys.get(other);
      // The reader's own worry is never explained away: she knows what she has seen.
      if (other == by || worries.contains(key)
          || (!explanation.answers().isEmpty() && !explanation.answers().contains(key))) {
        continue;
      }
      Map<String, Double> weights = effective.get(other);
      double moved = 0;
      for (String id : explanation.ids()) {
        double weight = weights.getOrDefault(id, 0.0);
        if (weight > 0) {
          weights.put(id, 0.0);
          moved = Math.max(moved, weight);
          String where = other + "\n" + id;
          List<Integer> byWhom = explainedBy.get(where);
          if (byWhom == null) {
            byWhom = new ArrayList<>();
            explainedBy.put(where, byWhom);
          }
          byWhom.add(by);
        }
      }
      // An answer explained for several findings counts once for the reason that explains it.
      if (moved >= moves && explanation.to().isPresent()) {
        weights.merge(explanation.to().get(), moved, Double::sum);
      }
    }
  }

  static String key(Result.Because because) {
    return Judgement.key(because.question().id(), because.choice().id());
  }

  /** Whether an answer about a serious event in the partner's life was given. */
  boolean serious() {
    return serious;
  }

  /**
   * The sum of the weights for {@code id}, never below what an answer stating the reader's own
   * worry gives it alone.
   */
  double score(String id) {
    double sum = 0;
    double floor = 0;
    for (int i = 0; i < chosen.size(); i++) {
      double weight = effective.get(i).getOrDefault(id, 0.0);
      sum += weight;
      if (worries.contains(keys.get(i))) {
        floor = Math.max(floor, weight);
      }
    }
    return Math.max(sum, floor);
  }

  /** What the answers that point to {@code id} add up to, before anything against it. */
  double support(String id) {
    double sum = 0;
    for (Map<String, Double> weights : effective) {
      sum += Math.max(0, weights.getOrDefault(id, 0.0));
    }
    return sum;
  }

  List<Result.Because> pointingTo(String id) {
    List<Result.Because> pointing = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      if (effective.get(i).getOrDefault(id, 0.0) > 0) {
        pointing.add(chosen.get(i));
      }
    }
    return pointing;
  }

  /** The answers that weigh against {@code id}: a negative weight, or an explanation of another answer's weight. */
  List<Result.Because> against(String id) {
    Set<Integer> indexes = new java.util.TreeSet<>();
    for (int i = 0; i < chosen.size(); i++) {
      if (effective.get(i).getOrDefault(id, 0.0) < 0) {
        indexes.add(i);
      }
      List<Integer> by = explainedBy.get(i + "\n" + id);
      if (by != null) {
        indexes.addAll(by);
      }
    }
    List<Result.Because> against = new ArrayList<>();
    for (int i : indexes) {
      against.add(chosen.get(i));
    }
    return against;
  }

  /** The answers that alone give {@code id} at least {@code min}, before anything explains them. */
  List<Result.Because> own(String id, double min) {
    List<Result.Because> own = new ArrayList<>();
    for (Result.Because because : chosen) {
      if (because.choice().weight(id) >= min) {
        own.add(because);
      }
    }
    return own;
  }
}
