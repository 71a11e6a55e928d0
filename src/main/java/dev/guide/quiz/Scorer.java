package dev.guide.quiz;

import dev.guide.content.Advice;
import dev.guide.content.Choice;
import dev.guide.content.Condition;
import dev.guide.content.Content;
import dev.guide.content.Question;
import dev.guide.content.Questionnaire;
import dev.guide.content.Questionnaire.Messages;
import dev.guide.content.Questionnaire.Thresholds;
import dev.guide.content.Reason;
import dev.guide.content.WalkAwaySign;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns answers into a {@link Result}, by rules that are all content:
 *
 * <ul>
 *   <li>A reason's or sign's score is the sum of the weights the chosen answers give it. A weight
 *       can be negative, an answer that counts against it, but the score never falls below the
 *       strongest single answer for it: a fact such as "we agreed to be exclusive" lowers what
 *       other answers add, and never erases a worry the reader states ("I think he may be seeing
 *       someone else").
 *   <li>A reason is shown from {@code thresholds.some}; a sign from {@code thresholds.sign}, which
 *       the content sets above what one answer with an innocent reading gives, so that a sign needs
 *       corroboration.
 *   <li>Reasons with equal scores share a rank, and the result says they are tied.
 *   <li>Confidence comes from how many of the questions that applied got a telling answer and how
 *       many answers back the lead ({@link Questionnaire.Confidence}). A low-confidence result with
 *       no sign and no safety answer is unclear: only its lead is kept, as a possibility.
 *   <li>Advice: see {@link #advice}.
 * </ul>
 */
public final class Scorer {

  /** The most advice items a result lists; more would bury the ones that matter. */
  static final int MAX_ADVICE = 6;

  private final Content content;

  public Scorer(Content content) {
    this.content = content;
  }

  public Result score(Answers given) {
    Questionnaire questionnaire = content.questionnaire();
    Answers answers = given.applicable(questionnaire);
    List<Result.Because> chosen = new ArrayList<>();
    List<Question> unanswered = new ArrayList<>();
    List<Result.Because> safety = new ArrayList<>();
    List<Result.Because> crisis = new ArrayList<>();
    boolean emergency = false;
    boolean safetySkipped = false;
    int applicable = 0;
    int answered = 0;
    for (Question question : questionnaire.questions()) {
      if (!answers.applies(question)) {
        continue;
      }
      applicable++;
      if (!answers.answered(question.id())) {
        unanswered.add(question);
        safetySkipped |= asksAboutSafety(question);
      }
      boolean telling = false;
      for (String choiceId : answers.of(question.id())) {
        java.util.Optional<Choice> found = question.choice(choiceId);
        if (found.isEmpty()) {
          throw new IllegalArgumentException("no choice '" + choiceId + "' in question '" + question.id() + "'");
        }
        Choice choice = found.get();
        Result.Because because = new Result.Because(question, choice);
        chosen.add(because);
        telling |= !choice.unsure();
        if (choice.safety()) {
          safety.add(because);
        }
        if (choice.crisis()) {
          crisis.add(because);
        }
        emergency |= choice.emergency();
      }
      if (telling) {
        answered++;
      }
    }
    Thresholds thresholds = questionnaire.thresholds();
    Messages messages = questionnaire.messages();
    boolean unsafe = !safety.isEmpty();
    // Under fear or a threat, a reason that may not be offered explains nothing away either: his
    // job loss neither excuses a threat nor takes the weight off what else he does.
    Set<String> heldBack = new HashSet<>();
    if (unsafe) {
      heldBack.addAll(messages.unsafeReasons());
    }
    if (emergency) {
      heldBack.addAll(content.judgement().heldBackWhenHurt());
    }
    Weights weights = new Weights(content.judgement(), chosen, thresholds.some(), heldBack);

    List<Result.SignFinding> signs = new ArrayList<>();
    for (WalkAwaySign sign : content.signs()) {
      double score = weights.score(sign.id());
      if (score >= thresholds.sign()) {
        signs.add(new Result.SignFinding(sign, score, weights.pointingTo(sign.id())));
      }
    }
    signs.sort(SIGNS_BY_SCORE);

    List<Result.ReasonFinding> found = new ArrayList<>();
    for (Reason reason : content.reasons()) {
      double score = weights.score(reason.id());
      if (score >= thresholds.some() && allowed(reason, unsafe, emergency, signs.size())) {
        found.add(new Result.ReasonFinding(reason, score, 0, unsafe ? Strength.SOME : strength(score, thresholds),
            weights.pointingTo(reason.id())));
      }
    }
    if (found.isEmpty() && !signs.isEmpty()) {
      // A sign never stands without what may be behind it: the likeliest reason, as a possibility.
      java.util.Optional<Result.ReasonFinding> possible = possibility(weights, signs, unsafe, emergency);
      if (possible.isPresent()) {
        found.add(possible.get());
      }
    }
    // List.sort is stable: equal scores keep the content's order, and share a rank.
    found.sort(REASONS_BY_SCORE);
    List<Result.ReasonFinding> reasons = ranked(found);

    Confidence confidence = confidence(questionnaire.confidence(), thresholds, reasons, signs, answered, applicable);
    if (unsafe && confidence == Confidence.HIGH) {
      // Under fear, control or harm no reading of the distance is offered with high confidence.
      confidence = Confidence.MEDIUM;
    }
    boolean unclear = confidence == Confidence.LOW && signs.isEmpty() && !unsafe;
    if (unclear) {
      reasons = reasons.stream().filter(r -> r.rank() == 1).toList();
    }
    // Under fear or control, no reason is offered as the gentler reading of a sign, and nothing
    // is set aside in a way that could reassure.
    List<Result.TwoWays> twoWays = unsafe ? List.of() : twoWays(signs, reasons);
    boolean quiet = unsafe || !crisis.isEmpty();
    List<Result.SetAside> setAside = quiet ? List.of() : setAside(weights, signs, reasons, thresholds);
    List<Result.Counter> counters = quiet ? List.of() : counters(weights, signs, reasons, setAside, thresholds);
    if (confidence == Confidence.HIGH && (!twoWays.isEmpty() || !counters.isEmpty()
        || pointsElsewhere(setAside))) {
      // Answers that point two ways are not a reading that rests on a good deal.
      confidence = Confidence.MEDIUM;
    }
    List<Advice> advice = advice(answers, chosen, signs, reasons, setAside, unclear, unsafe, weights.serious(),
        !crisis.isEmpty());
    return new Result(signs, reasons, advice, twoWays, unanswered, safety, emergency, crisis, safetySkipped, unclear,
        confidence, answered, applicable, setAside, counters);
  }

  /** Whether a reason may be shown: not held back under fear or control, and with the signs it needs. */
  private boolean allowed(Reason reason, boolean unsafe, boolean hurt, int signs) {
    if (unsafe && content.questionnaire().messages().unsafeReasons().contains(reason.id())) {
      return false;
    }
    if (hurt && content.judgement().heldBackWhenHurt().contains(reason.id())) {
      return false;
    }
    Integer needs = content.judgement().needsSigns().get(reason.id());
    return needs == null || signs >= needs;
  }

  /**
   * The reason to show beside signs when none reached the threshold: the one the answers lean to
   * most, or else the first gentler reading a sign names; a possibility, never more.
   */
  private java.util.Optional<Result.ReasonFinding> possibility(Weights weights, List<Result.SignFinding> signs,
      boolean unsafe, boolean hurt) {
    Reason best = null;
    double bestScore = 0;
    // First the gentler readings the signs themselves name, then any reason the answers lean to.
    for (int pass = 0; pass < 2 && best == null; pass++) {
      for (Reason reason : content.reasons()) {
        boolean named = false;
        for (Result.SignFinding sign : signs) {
          named |= sign.sign().alternatives().contains(reason.id());
        }
        double score = weights.score(reason.id());
        if ((pass == 1 || named) && score > bestScore && allowed(reason, unsafe, hurt, signs.size())) {
          best = reason;
          bestScore = score;
        }
      }
    }
    if (best == null) {
      for (Result.SignFinding sign : signs) {
        for (String id : sign.sign().alternatives()) {
          java.util.Optional<Reason> alternative = content.reason(id);
          if (best == null && alternative.isPresent() && allowed(alternative.get(), unsafe, hurt, signs.size())) {
            best = alternative.get();
          }
        }
      }
    }
    return best == null ? java.util.Optional.empty() : java.util.Optional.of(
        new Result.ReasonFinding(best, bestScore, 0, Strength.SOME, weights.pointingTo(best.id())));
  }

  /**
   * Signs whose own answer (one that gives the sign at least {@code thresholds.some} alone) was
   * given, but which are not shown: rest on too little, or were explained away. Named with the
   * answers that weigh against them, or that point to a gentler reading found.
   */
  private List<Result.SetAside> setAside(Weights weights, List<Result.SignFinding> signs,
      List<Result.ReasonFinding> reasons, Thresholds thresholds) {
    List<Result.SetAside> found = new ArrayList<>();
    java.util.Set<String> shown = new java.util.HashSet<>();
    for (Result.SignFinding s : signs) {
      shown.add(s.sign().id());
    }
    for (WalkAwaySign sign : content.signs()) {
      if (shown.contains(sign.id())) {
        continue;
      }
      List<Result.Because> own = weights.own(sign.id(), thresholds.some());
      if (own.isEmpty()) {
        continue;
      }
      java.util.Set<String> ownKeys = new java.util.HashSet<>();
      for (Result.Because b : own) {
        ownKeys.add(Weights.key(b));
      }
      List<Result.Because> because = new ArrayList<>(weights.against(sign.id()));
      if (because.isEmpty()) {
        for (Result.ReasonFinding reason : reasons) {
          if (sign.alternatives().contains(reason.reason().id())) {
            for (Result.Because b : reason.because()) {
              if (!ownKeys.contains(Weights.key(b))) {
                add(because, b);
              }
            }
          }
        }
      }
      // What weighs against the reading the signs share (he is on the way out) points elsewhere too.
      if (content.judgement().hardReading().isPresent()) {
        for (Result.Because b : weights.against(content.judgement().hardReading().get())) {
          add(because, b);
        }
      }
      found.add(new Result.SetAside(sign, own, because));
    }
    return found;
  }

  /** The most findings named as reading two ways: more would bury the point. */
  static final int MAX_COUNTERS = 3;

  /**
   * Findings that some answers point to and others weigh against: every sign and reason shown
   * with an answer against it, and a reason held below the threshold by such an answer.
   */
  private List<Result.Counter> counters(Weights weights, List<Result.SignFinding> signs,
      List<Result.ReasonFinding> reasons, List<Result.SetAside> setAside, Thresholds thresholds) {
    java.util.Set<String> shown = new java.util.HashSet<>();
    for (Result.SignFinding s : signs) {
      shown.add(s.sign().id());
    }
    for (Result.ReasonFinding r : reasons) {
      shown.add(r.reason().id());
    }
    java.util.Set<String> asideIds = new java.util.HashSet<>();
    for (Result.SetAside a : setAside) {
      asideIds.add(a.sign().id());
    }
    List<Result.Counter> found = new ArrayList<>();
    List<Double> support = new ArrayList<>();
    for (WalkAwaySign sign : content.signs()) {
      if (shown.contains(sign.id()) && !asideIds.contains(sign.id())) {
        counter(weights, sign.id(), sign.title(), true, true, thresholds, found, support);
      }
    }
    for (Reason reason : content.reasons()) {
      boolean isShown = shown.contains(reason.id());
      double score = weights.score(reason.id());
      boolean heldDown = weights.support(reason.id()) >= thresholds.some() && score < thresholds.some()
          && allowed(reason, false, false, signs.size());
      if (isShown || heldDown) {
        counter(weights, reason.id(), reason.title(), false, isShown, thresholds, found, support);
      }
    }
    // The ones with most behind them, in the content's order among equals (a stable selection, no comparator).
    List<Result.Counter> kept = new ArrayList<>();
    boolean[] taken = new boolean[found.size()];
    while (kept.size() < MAX_COUNTERS && kept.size() < found.size()) {
      int best = -1;
      for (int i = 0; i < found.size(); i++) {
        if (!taken[i] && (best < 0 || support.get(i) > support.get(best))) {
          best = i;
        }
      }
      taken[best] = true;
      kept.add(found.get(best));
    }
    return kept;
  }

  private void counter(Weights weights, String id, String title, boolean sign, boolean shown,
      Thresholds thresholds, List<Result.Counter> found, List<Double> support) {
    List<Result.Because> against = new ArrayList<>(weights.against(id));
    java.util.Optional<String> hard = content.judgement().hardReading();
    if (sign && hard.isPresent()) {
      // A sign whose answers point to the hard reading too ("he cancels" to his interest fading) is
      // weighed against by what weighs against that reading ("he talks warmly about our future").
      boolean feedsIt = false;
      for (Result.Because b : weights.pointingTo(id)) {
        feedsIt |= b.choice().weight(hard.get()) > 0;
      }
      if (feedsIt) {
        for (Result.Because b : weights.against(hard.get())) {
          add(against, b);
        }
      }
    }
    if (!against.isEmpty() && weights.support(id) >= thresholds.some()) {
      found.add(new Result.Counter(id, title, sign, shown, weights.pointingTo(id), against));
      support.add(weights.support(id));
    }
  }

  private static void add(List<Result.Because> list, Result.Because because) {
    String key = Weights.key(because);
    for (Result.Because b : list) {
      if (Weights.key(b).equals(key)) {
        return;
      }
    }
    list.add(because);
  }

  /**
   * Whether a question is the one about feeling safe: every answer it offers, but "none of these",
   * points to fear, control or harm. A question with only some such answers (raising a worry) is not.
   */
  private static boolean asksAboutSafety(Question question) {
    boolean any = false;
    for (Choice choice : question.choices()) {
      if (!choice.exclusive() && !choice.safety()) {
        return false;
      }
      any |= choice.safety();
    }
    return any;
  }

  private static List<Result.ReasonFinding> ranked(List<Result.ReasonFinding> sorted) {
    List<Result.ReasonFinding> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Result.ReasonFinding r = sorted.get(i);
      int rank = i > 0 && sorted.get(i - 1).score() == r.score() ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(new Result.ReasonFinding(r.reason(), r.score(), rank, r.strength(), r.because()));
    }
    return ranked;
  }

  private static Strength strength(double score, Thresholds thresholds) {
    if (score >= thresholds.strong()) {
      return Strength.STRONG;
    }
    return score >= thresholds.moderate() ? Strength.MODERATE : Strength.SOME;
  }

  private Confidence confidence(
      Questionnaire.Confidence rules, Thresholds thresholds, List<Result.ReasonFinding> reasons,
      List<Result.SignFinding> signs, int answered, int applicable) {
    double share = applicable == 0 ? 0 : (double) answered / applicable;
    int support;
    if (!reasons.isEmpty()) {
      support = reasons.get(0).because().size();
      // A serious event in his life is a fact, not a habit: on its own it is not a thin reading.
      for (Result.Because because : reasons.get(0).because()) {
        if (content.judgement().serious().contains(Weights.key(because))) {
          support = Math.max(support, rules.lowSupport() + 1);
        }
      }
    } else if (!signs.isEmpty()) {
      support = signs.get(0).because().size();
    } else {
      return Confidence.LOW;
    }
    // A lead on one answer is thin however much else was answered; few answers are thin unless
    // several of them agree on the lead.
    if (support <= rules.lowSupport() || (share < rules.lowAnswered() && support < rules.highSupport())) {
      return Confidence.LOW;
    }
    // A lead that is only a possible fit, with no sign beside it and much left unknown, is a thin reading.
    if (signs.isEmpty() && !reasons.isEmpty() && reasons.get(0).score() < thresholds.moderate()
        && share < rules.highAnswered()) {
      return Confidence.LOW;
    }
    boolean clearLead = !reasons.isEmpty() && (reasons.size() == 1 || reasons.get(1).rank() != 1)
        && reasons.get(0).score() >= thresholds.strong() && support >= rules.highSupport();
    return share >= rules.highAnswered() && clearLead ? Confidence.HIGH : Confidence.MEDIUM;
  }

  /**
   * Advice ranked by how much it serves what was found: each finding lends its score to its advice,
   * the first listed most, and an answer that names advice lends it a strong finding's weight.
   * When an answer points to fear, control or harm, the content's safety advice leads and its
   * unsafe advice is left out; when the picture is unclear, the content's advice for that case
   * leads. An item whose conditions do not hold is left out, and so is one that an item ranked
   * above it excludes (or that excludes it). Unless safety is at stake, one place is kept for the
   * reader's own life and limits ({@code ownLifeAdvice}).
   */
  private List<Advice> advice(
      Answers answers, List<Result.Because> chosen, List<Result.SignFinding> signs,
      List<Result.ReasonFinding> reasons, List<Result.SetAside> setAside, boolean unclear, boolean unsafe,
      boolean serious, boolean crisis) {
    Messages messages = content.questionnaire().messages();
    Map<String, Double> relevance = new LinkedHashMap<>();
    if (unsafe) {
      lead(relevance, messages.safetyAdvice());
    } else if (unclear) {
      lead(relevance, messages.unclearAdvice());
    }
    if (crisis && !unsafe) {
      // Above the advice for an unclear picture too: while he may harm himself, help comes first.
      lead(relevance, content.judgement().crisisAdvice(), 3000);
    }
    // Support for him leads where his serious event is what stands out and no sign to walk away
    // is shown: beside a lie or a hidden ex, "support him" first would answer the wrong question,
    // and the signs' own steps come first. What does not fit a serious event (a nudge to move
    // on) stays out either way.
    if (serious && !unsafe && signs.isEmpty() && restsOnSerious(reasons)) {
      lead(relevance, content.judgement().seriousAdvice());
    }
    for (Result.SignFinding sign : signs) {
      lend(relevance, sign.sign().advice(), sign.score());
    }
    for (Result.ReasonFinding reason : reasons) {
      lend(relevance, reason.reason().advice(), reason.score());
    }
    // A sign set aside is still named, and what it asks for (a calm word about it) counts a little.
    for (Result.SetAside aside : setAside) {
      lend(relevance, aside.sign().advice(), content.questionnaire().thresholds().some());
    }
    for (Result.Because because : chosen) {
      // "I don't know much about his past" asks for a little, not for the first place.
      Thresholds t = content.questionnaire().thresholds();
      lend(relevance, because.choice().advice(), because.choice().unsure() ? t.some() : t.strong());
    }
    if (unsafe) {
      relevance.keySet().removeAll(messages.unsafeAdvice());
    }
    if (serious && !unsafe) {
      relevance.keySet().removeAll(content.judgement().seriousUnfitAdvice());
    }
    if (crisis) {
      // While the partner may harm themselves, the reader's own limits wait, as a plan's limit
      // does; looking after herself, where the crisis advice names it, does not.
      relevance.keySet().removeIf(id -> messages.ownLifeAdvice().contains(id)
          && !content.judgement().crisisAdvice().contains(id));
    }
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(relevance.entrySet());
    ranked.sort(BY_RELEVANCE);
    List<Advice> candidates = new ArrayList<>();
    for (Map.Entry<String, Double> entry : ranked) {
      java.util.Optional<Advice> item = content.adviceItem(entry.getKey());
      if (item.isPresent() && fits(item.get(), answers)) {
        candidates.add(item.get());
      }
    }
    boolean keepOwnPlace = !unsafe && !crisis;
    List<Advice> picked = new ArrayList<>();
    for (Advice advice : candidates) {
      int room = MAX_ADVICE - (keepOwnPlace && !hasOwnLife(picked, messages) ? 1 : 0);
      if (picked.size() < room && compatible(advice, picked)) {
        picked.add(advice);
      }
    }
    if (keepOwnPlace && !hasOwnLife(picked, messages)) {
      for (String id : messages.ownLifeAdvice()) {
        Advice own = content.adviceItem(id).orElseThrow();
        boolean unfit = serious && content.judgement().seriousUnfitAdvice().contains(id);
        if (!unfit && fits(own, answers) && compatible(own, picked)) {
          picked.add(own);
          break;
        }
      }
    }
    return picked;
  }

  /** Whether a leading reason (first, or tied for first) rests on an answer about a serious event. */
  private boolean restsOnSerious(List<Result.ReasonFinding> reasons) {
    for (Result.ReasonFinding reason : reasons) {
      if (reason.rank() != 1) {
        break;
      }
      for (Result.Because because : reason.because()) {
        if (content.judgement().serious().contains(Weights.key(because))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasOwnLife(List<Advice> picked, Messages messages) {
    for (Advice a : picked) {
      if (messages.ownLifeAdvice().contains(a.id())) {
        return true;
      }
    }
    return false;
  }

  private static boolean fits(Advice advice, Answers answers) {
    for (Condition condition : advice.when()) {
      if (!condition.holds(answers.of(condition.question()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean compatible(Advice advice, List<Advice> picked) {
    for (Advice other : picked) {
      if (other.excludes().contains(advice.id()) || advice.excludes().contains(other.id())) {
        return false;
      }
    }
    return true;
  }

  /** Puts these advice ids ahead of anything a finding could lend, in their order. */
  private static void lead(Map<String, Double> relevance, List<String> advice) {
    lead(relevance, advice, 1000);
  }

  private static void lead(Map<String, Double> relevance, List<String> advice, double first) {
    for (int i = 0; i < advice.size(); i++) {
      add(relevance, advice.get(i), first / (i + 1));
    }
  }

  private static void lend(Map<String, Double> relevance, List<String> advice, double score) {
    for (int i = 0; i < advice.size(); i++) {
      add(relevance, advice.get(i), score / (i + 1));
    }
  }

  private static void add(Map<String, Double> relevance, String id, double weight) {
    Double before = relevance.get(id);
    relevance.put(id, before == null ? weight : before + weight);
  }

  /** Whether a sign is set aside because other answers point elsewhere. */
  private static boolean pointsElsewhere(List<Result.SetAside> setAside) {
    for (Result.SetAside aside : setAside) {
      if (!aside.because().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  // Comparators as classes, not lambdas or method references: each of those links a call site
  // at its first use, at every start (README "Performance"). Both are stable with List.sort.
  private static final Comparator<Result.SignFinding> SIGNS_BY_SCORE = new Comparator<>() {
    @Override
    public int compare(Result.SignFinding a, Result.SignFinding b) {
      return Double.compare(b.score(), a.score());
    }
  };

  private static final Comparator<Result.ReasonFinding> REASONS_BY_SCORE = new Comparator<>() {
    @Override
    public int compare(Result.ReasonFinding a, Result.ReasonFinding b) {
      return Double.compare(b.score(), a.score());
    }
  };

  private static final Comparator<Map.Entry<String, Double>> BY_RELEVANCE = new Comparator<>() {
    @Override
    public int compare(Map.Entry<String, Double> a, Map.Entry<String, Double> b) {
      return Double.compare(b.getValue(), a.getValue());
    }
  };

  /** Signs shown together with a reason found that can explain the same behaviour. */
  private static List<Result.TwoWays> twoWays(List<Result.SignFinding> signs, List<Result.ReasonFinding> reasons) {
    List<Result.TwoWays> found = new ArrayList<>();
    for (Result.SignFinding sign : signs) {
      List<Reason> alternatives = new ArrayList<>();
      for (Result.ReasonFinding reason : reasons) {
        // Ids compared as strings: a record's equals is bootstrapped through method handles on
        // first use, which cost the guide's start-up 20 ms.
        if (sign.sign().alternatives().contains(reason.reason().id())) {
          alternatives.add(reason.reason());
        }
      }
      if (!alternatives.isEmpty()) {
        found.add(new Result.TwoWays(sign.sign(), alternatives));
      }
    }
    return found;
  }
}
