package dev.guide.render;

import dev.guide.content.Advice;
import dev.guide.content.Content;
import dev.guide.content.Question;
import dev.guide.content.Questionnaire.Messages;
import dev.guide.content.SourceRef;
import dev.guide.quiz.Result;
import dev.guide.quiz.Strength;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of a questionnaire for a person: the safety note and walk-away signs first, then the
 * likely reasons with the answers behind them, the advice that fits, what was left unanswered,
 * the sources, and once, that this is a reflection aid and not therapy.
 */
public final class ResultReport {

  private final Content content;
  private final View view;

  public ResultReport(Content content, View view) {
    this.content = content;
    this.view = view;
  }

  public String write(Result result, Document doc) {
    Messages messages = content.questionnaire().messages();
    if (result.safety()) {
      doc.heading("Your safety comes first");
      doc.warning(view.say(messages.safety()));
    }
    if (!result.signs().isEmpty()) {
      doc.heading("Signs it may be time to walk away");
      for (Result.SignFinding finding : result.signs()) {
        doc.entry(view.say(finding.sign().title()) + " (" + finding.sign().id() + ")");
        doc.bullet("What it looks like: " + view.say(finding.sign().looksLike()));
        doc.bullet("What to do: " + view.say(finding.sign().whatToDo()));
        because(doc, finding.because());
      }
    }
    if (result.unclear() || !result.reasons().isEmpty()) {
      doc.heading("What may be going on");
    }
    if (result.unclear()) {
      doc.paragraph(view.say(messages.unclear()));
    }
    for (int i = 0; i < result.reasons().size(); i++) {
      Result.ReasonFinding finding = result.reasons().get(i);
      doc.entry((i + 1) + ". " + view.say(finding.reason().title()) + " (" + finding.reason().id() + "), "
          + fit(finding.strength()));
      doc.paragraph(view.say(finding.reason().summary()));
      because(doc, finding.because());
    }
    if (!result.twoWays().isEmpty()) {
      doc.heading("Answers that read two ways");
      doc.paragraph(view.say(messages.twoWays()));
      // Titles are sentences ("He keeps saying..."): each gets a line of its own rather than being run into one.
      Map<Result.Because, List<Result.TwoWays>> byAnswer = new LinkedHashMap<>();
      result.twoWays().forEach(both -> byAnswer.computeIfAbsent(both.answer(), a -> new ArrayList<>()).add(both));
      byAnswer.forEach((answer, readings) -> {
        doc.bullet(said(answer));
        readings.stream().map(Result.TwoWays::reason).distinct().forEach(reason ->
            doc.subBullet("A likely reason: " + view.say(reason.title()) + " (" + reason.id() + ")"));
        readings.stream().map(Result.TwoWays::sign).distinct().forEach(sign ->
            doc.subBullet("A walk-away sign: " + view.say(sign.title()) + " (" + sign.id() + ")"));
      });
    }
    doc.heading("What you can do");
    for (Advice advice : result.advice()) {
      doc.entry(view.say(advice.title()) + " (" + advice.id() + ")");
      doc.paragraph(view.say(advice.text()));
    }
    if (!result.unanswered().isEmpty()) {
      doc.heading("Not answered");
      for (Question question : result.unanswered()) {
        doc.bullet(view.say(question.text()) + " (" + question.id() + ")");
      }
    }
    doc.heading("Sources");
    for (String id : sourcesOf(result)) {
      content.source(id).ifPresent(source -> doc.bullet(EntryText.citation(source)));
    }
    doc.paragraph(view.say(messages.disclaimer()));
    return doc.text();
  }

  private void because(Document doc, List<Result.Because> because) {
    if (because.isEmpty()) {
      return;
    }
    doc.bullet("Because you said:");
    for (Result.Because b : because) {
      doc.subBullet(said(b));
    }
  }

  /** An answer as the person gave it, with the question it answered. */
  private String said(Result.Because b) {
    return "\u201c" + view.say(b.choice().label()) + "\u201d (" + view.say(b.question().text()) + ")";
  }

  /** How well a reason fits, in words: "moderate" alone says nothing about what is moderate. */
  private static String fit(Strength strength) {
    return switch (strength) {
      case STRONG -> "a strong fit";
      case MODERATE -> "a moderate fit";
      case SOME -> "a possible fit";
    };
  }

  /** The articles behind what the result shows, in the content's order of sources. */
  private Set<String> sourcesOf(Result result) {
    Set<String> used = new LinkedHashSet<>();
    result.signs().forEach(s -> s.sign().sources().stream().map(SourceRef::source).forEach(used::add));
    result.reasons().forEach(r -> r.reason().sources().stream().map(SourceRef::source).forEach(used::add));
    result.advice().forEach(a -> a.sources().stream().map(SourceRef::source).forEach(used::add));
    Set<String> ordered = new LinkedHashSet<>();
    content.sources().forEach(s -> {
      if (used.contains(s.id())) {
        ordered.add(s.id());
      }
    });
    return ordered;
  }
}
