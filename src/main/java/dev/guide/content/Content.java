package dev.guide.content;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the guide knows, as read from one content folder and checked whole. The entries
 * (sources, advice, reasons, signs) are there from the start; from the built-in bundle the rest
 * (questionnaire, helplines, synonyms, plan texts, judgement) is read when first used, so that a
 * command that shows one reason reads no question (README "Performance"). Equal when every part is.
 */
public final class Content {

  /** The parts read on first use; each is read once. */
  public interface Parts {
    Questionnaire questionnaire() throws IOException;

    Helplines helplines() throws IOException;

    List<Synonym> synonyms() throws IOException;

    PlanTexts plan() throws IOException;

    Judgement judgement() throws IOException;
  }

  private final List<Source> sources;
  private final List<Advice> advice;
  private final List<Reason> reasons;
  private final List<WalkAwaySign> signs;
  private final Parts parts;
  private Questionnaire questionnaire;
  private Helplines helplines;
  private List<Synonym> synonyms;
  private PlanTexts plan;
  private Judgement judgement;

  public Content(
      List<Source> sources,
      List<Advice> advice,
      List<Reason> reasons,
      List<WalkAwaySign> signs,
      Questionnaire questionnaire,
      Helplines helplines,
      List<Synonym> synonyms,
      PlanTexts plan,
      Judgement judgement) {
    this.sources = List.copyOf(sources);
    this.advice = List.copyOf(advice);
    this.reasons = List.copyOf(reasons);
    this.signs = List.copyOf(signs);
    this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
    this.helplines = Objects.requireNonNull(helplines, "helplines");
    this.synonyms = List.copyOf(synonyms);
    this.plan = Objects.requireNonNull(plan, "plan");
    this.judgement = Objects.requireNonNull(judgement, "judgement");
    this.parts = null;
  }

  /** The entries now, the rest from {@code parts} when first used. */
  Content(List<Source> sources, List<Advice> advice, List<Reason> reasons, List<WalkAwaySign> signs, Parts parts) {
    this.sources = List.copyOf(sources);
    this.advice = List.copyOf(advice);
    this.reasons = List.copyOf(reasons);
    this.signs = List.copyOf(signs);
    this.parts = Objects.requireNonNull(parts, "parts");
  }

  public List<Source> sources() {
    return sources;
  }

  public List<Advice> advice() {
    return advice;
  }

  public List<Reason> reasons() {
    return reasons;
  }

  public List<WalkAwaySign> signs() {
    return signs;
  }

  public synchronized Questionnaire questionnaire() {
    if (questionnaire == null) {
      questionnaire = Objects.requireNonNull(read(0, parts), "questionnaire");
    }
    return questionnaire;
  }

  public synchronized Helplines helplines() {
    if (helplines == null) {
      helplines = Objects.requireNonNull(read(1, parts), "helplines");
    }
    return helplines;
  }

  public synchronized List<Synonym> synonyms() {
    if (synonyms == null) {
      synonyms = List.copyOf(read(2, parts));
    }
    return synonyms;
  }

  public synchronized PlanTexts plan() {
    if (plan == null) {
      plan = Objects.requireNonNull(read(3, parts), "plan");
    }
    return plan;
  }

  public synchronized Judgement judgement() {
    if (judgement == null) {
      judgement = Objects.requireNonNull(read(4, parts), "judgement");
    }
    return judgement;
  }

  /** One part, by number (no lambda: each costs start-up time). */
  @SuppressWarnings("unchecked")
  private static <T> T read(int part, Parts parts) {
    try {
      return (T) switch (part) {
        case 0 -> parts.questionnaire();
        case 1 -> parts.helplines();
        case 2 -> parts.synonyms();
        case 3 -> parts.plan();
        default -> parts.judgement();
      };
    } catch (IOException e) {
      // The bundle is checked when the guide starts; this is a jar damaged since.
      throw new Unreadable("the guide's compiled content cannot be read (" + e.getMessage()
          + "); reinstall or rebuild the guide", e);
    }
  }

  /** A part of the built-in content that could not be read when first used: a damaged jar. */
  public static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable(String message, IOException cause) {
      super(message, cause);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Content that && sources.equals(that.sources) && advice.equals(that.advice)
        && reasons.equals(that.reasons) && signs.equals(that.signs) && questionnaire().equals(that.questionnaire())
        && helplines().equals(that.helplines()) && synonyms().equals(that.synonyms()) && plan().equals(that.plan())
        && judgement().equals(that.judgement());
  }

  @Override
  public int hashCode() {
    return Objects.hash(sources, advice, reasons, signs, questionnaire(), helplines(), synonyms(), plan(), judgement());
  }

  @Override
  public String toString() {
    return "Content[" + reasons.size() + " reasons, " + signs.size() + " signs, " + advice.size() + " advice items]";
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

  // Loops, not a shared finder taking a method reference: each reference's first call costs its
  // own linking at start (README "Performance").
  public Optional<Reason> reason(String id) {
    for (Reason item : reasons) {
      if (item.id().equals(id)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  public Optional<WalkAwaySign> sign(String id) {
    for (WalkAwaySign item : signs) {
      if (item.id().equals(id)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  public Optional<Advice> adviceItem(String id) {
    for (Advice item : advice) {
      if (item.id().equals(id)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  public Optional<Source> source(String id) {
    for (Source item : sources) {
      if (item.id().equals(id)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }
}
