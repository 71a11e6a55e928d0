package dev.guide.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How answers are read in the light of each other, from judgement.json (all optional; see the
 * README, "How the reading works"). Answers are named {@code question:choice}.
 *
 * @param worries answers that state the reader's own worry ("I think he may be seeing someone
 *     else"): what else she says lowers what other answers add, but never takes a finding below
 *     such an answer's own weight, and nothing explains it away
 * @param serious answers about a serious event in the partner's life (a diagnosed low mood, a lost
 *     job, a serious illness, a death in the family): the advice that fits one leads, and the advice
 *     that does not fit one ({@code seriousUnfitAdvice}) is left out
 * @param explains answers that give another answer's weight its innocent reading
 * @param needsSigns reasons shown only when at least this many signs agree (the hard reading)
 * @param heldBackWhenHurt reasons never shown beside an answer that the partner has hurt or
 *     threatened the reader: beside a threat they would read as an excuse for it
 * @param crisisAdvice the advice that leads when the reader fears the partner may harm themselves
 *     (unless she is also afraid, when the safety advice leads)
 * @param hardReading the reason every walk-away sign's worrying reading shares (001 introduces its
 *     signs as signs he is not interested anymore): answers against it point away from a sign set
 *     aside when nothing weighs against the sign itself
 * @param texts the result's words for what is set aside and for answers that read two ways
 */
public record Judgement(
    List<String> worries,
    List<String> serious,
    List<Explanation> explains,
    Map<String, Integer> needsSigns,
    List<String> heldBackWhenHurt,
    List<String> seriousAdvice,
    List<String> seriousUnfitAdvice,
    List<String> crisisAdvice,
    Optional<String> hardReading,
    Texts texts) {

  /** No rules: every answer counts as it is weighted. */
  public static final Judgement NONE = new Judgement(List.of(), List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(),
      new Texts("Set aside:", "Other answers point elsewhere:", "Nothing else you said points the same way.",
          "These answers read two ways:"));

  public Judgement {
    worries = List.copyOf(worries);
    serious = List.copyOf(serious);
    explains = List.copyOf(explains);
    needsSigns = Collections.unmodifiableMap(new LinkedHashMap<>(needsSigns));
    heldBackWhenHurt = List.copyOf(heldBackWhenHurt);
    seriousAdvice = List.copyOf(seriousAdvice);
    seriousUnfitAdvice = List.copyOf(seriousUnfitAdvice);
    crisisAdvice = List.copyOf(crisisAdvice);
    Objects.requireNonNull(hardReading, "hardReading");
    Objects.requireNonNull(texts, "texts");
  }

  /** The key an answer is named by: {@code question:choice}. */
  public static String key(String question, String choice) {
    return question + ":" + choice;
  }

  /**
   * When one of the answers {@code by} is given, the weight that other answers ({@code answers},
   * or any answer when it is empty) give to the findings {@code ids} stops counting for them, and
   * counts for the reason {@code to} when one is named; unless one of the answers {@code unless}
   * is given too, which the explanation cannot account for (his low mood explains cancelling,
   * but not the lie or the hidden ex beside it, so the cancelling keeps its worrying reading).
   */
  public record Explanation(List<String> by, List<String> answers, List<String> ids, Optional<String> to,
      List<String> unless) {
    public Explanation {
      by = List.copyOf(by);
      answers = List.copyOf(answers);
      ids = List.copyOf(ids);
      Objects.requireNonNull(to, "to");
      unless = List.copyOf(unless);
    }

    public Explanation(List<String> by, List<String> answers, List<String> ids, Optional<String> to) {
      this(by, answers, ids, to, List.of());
    }
  }

  /**
   * The words of the result: {@code setAside} introduces the signs set aside, {@code elsewhere}
   * the answers that point away from one, {@code alone} says that one rests on a single answer, and
   * {@code counter} introduces findings that some answers point to and others weigh against.
   */
  public record Texts(String setAside, String elsewhere, String alone, String counter) {
    public Texts {
      Objects.requireNonNull(setAside, "setAside");
      Objects.requireNonNull(elsewhere, "elsewhere");
      Objects.requireNonNull(alone, "alone");
      Objects.requireNonNull(counter, "counter");
    }
  }
}
