package dev.guide.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Everything the guide knows, as read from one content folder and checked whole. */
public record Content(
    List<Source> sources,
    List<Advice> advice,
    List<Reason> reasons,
    List<WalkAwaySign> signs,
    Questionnaire questionnaire,
    Helplines helplines,
    List<Synonym> synonyms,
    PlanTexts plan,
    Judgement judgement) {
  public Content {
    sources = List.copyOf(sources);
    advice = List.copyOf(advice);
    reasons = List.copyOf(reasons);
    signs = List.copyOf(signs);
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(helplines, "helplines");
    synonyms = List.copyOf(synonyms);
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(judgement, "judgement");
  }

  /** Content without rules for reading answers in the light of each other (judgement.json). */
  public Content(
      List<Source> sources, List<Advice> advice, List<Reason> reasons, List<WalkAwaySign> signs,
      Questionnaire questionnaire, Helplines helplines, List<Synonym> synonyms, PlanTexts plan) {
    this(sources, advice, reasons, signs, questionnaire, helplines, synonyms, plan, Judgement.NONE);
  }

  /** Content without plan texts. */
  public Content(
      List<Source> sources, List<Advice> advice, List<Reason> reasons, List<WalkAwaySign> signs,
      Questionnaire questionnaire, Helplines helplines, List<Synonym> synonyms) {
    this(sources, advice, reasons, signs, questionnaire, helplines, synonyms, PlanTexts.NONE);
  }

  /** Content without synonyms for search. */
  public Content(
      List<Source> sources, List<Advice> advice, List<Reason> reasons, List<WalkAwaySign> signs,
      Questionnaire questionnaire, Helplines helplines, PlanTexts plan) {
    this(sources, advice, reasons, signs, questionnaire, helplines, List.of(), plan);
  }

  public Content(
      List<Source> sources, List<Advice> advice, List<Reason> reasons, List<WalkAwaySign> signs,
      Questionnaire questionnaire) {
    this(sources, advice, reasons, signs, questionnaire, Helplines.NONE, List.of(), PlanTexts.NONE);
  }

  /** Content without synonyms for search or plan texts. */
  public Content(
      List<Source> sources, List<Advice> advice, List<Reason> reasons, List<WalkAwaySign> signs,
      Questionnaire questionnaire, Helplines helplines) {
    this(sources, advice, reasons, signs, questionnaire, helplines, List.of(), PlanTexts.NONE);
  }

  public Optional<Reason> reason(String id) {
    return find(reasons, Reason::id, id);
  }

  public Optional<WalkAwaySign> sign(String id) {
    return find(signs, WalkAwaySign::id, id);
  }

  public Optional<Advice> adviceItem(String id) {
    return find(advice, Advice::id, id);
  }

  public Optional<Source> source(String id) {
    return find(sources, Source::id, id);
  }

  private static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
    return items.stream().filter(item -> id.apply(item).equals(wanted)).findFirst();
  }
}
