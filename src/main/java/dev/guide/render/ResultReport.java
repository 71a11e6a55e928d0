package dev.guide.render;

import dev.guide.content.Advice;
import dev.guide.content.Content;
import dev.guide.content.Judgement;
import dev.guide.content.Question;
import dev.guide.content.Questionnaire.Messages;
import dev.guide.content.Reason;
import dev.guide.content.SourceRef;
import dev.guide.quiz.Result;
import dev.guide.quiz.Strength;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The result of a questionnaire for a person: the safety section (with the help list for the
 * reader's country) and walk-away signs first, then the likely reasons with the answers behind
 * them, how much the reading rests on, the advice that fits, what was left unanswered, the
 * sources, and once, that this is a reflection aid and not therapy.
 */
public final class ResultReport {

  private final Content content;
  private final View view;
  private final Optional<String> country;

  public ResultReport(Content content, View view, Optional<String> country) {
    this.content = content;
    this.view = view;
    this.country = country;
  }

  public ResultReport(Content content, View view) {
    this(content, view, Optional.empty());
  }

  /** At most this many reasons are shown in full; the others are named in one line. */
  public static final int REASONS_IN_FULL = 3;

  public String write(Result result, Document doc) {
    Messages messages = content.questionnaire().messages();
    HelpList help = new HelpList(content.helplines());
    if (result.safety()) {
      doc.heading("Your safety comes first");
      doc.warning(view.say(messages.safety()));
      if (result.danger()) {
        doc.warning(view.say(content.helplines().danger()));
      }
      // The numbers before the reasons for them: a frightened reader finds them on the first screen.
      help.write(doc, country, result.emergency());
      // The note on the numbers, then the answers that raised the section: after a paragraph, not
      // under the last country, whose list they would seem to continue.
      doc.paragraph(view.say(messages.safetyOwn()));
      because(doc, result.safetyBecause());
    }
    if (!result.safety() && result.safetySkipped()) {
      doc.paragraph(view.say(messages.safetySkipped()));
    }
    if (!result.crisis().isEmpty()) {
      doc.heading(view.say("If you are worried about {his} safety"));
      doc.warning(view.say(result.safety() ? messages.crisisUnsafe() : messages.crisis()));
      because(doc, result.crisis());
      help.crisis(doc, country);
    }
    // Safety and a crisis first, then the short reading of the rest.
    inShort(doc, result, messages);
    if (!result.signs().isEmpty()) {
      doc.heading("Signs it may be time to walk away");
      if (result.safety()) {
        doc.warning(view.say(messages.safetyLeaving()));
      }
      for (Result.SignFinding finding : result.signs()) {
        doc.entry(view.say(finding.sign().title()) + " (" + finding.sign().id() + ")");
        doc.bullet("What it looks like: " + view.say(finding.sign().looksLike()));
        doc.bullet("What to do: " + view.say(result.safety() ? messages.safetyWhatToDo() : finding.sign().whatToDo()));
        because(doc, finding.because());
      }
    }
    Judgement.Texts words = content.judgement().texts();
    if (!result.setAside().isEmpty()) {
      doc.heading("Set aside, and why");
      doc.paragraph(view.say(words.setAside()));
      for (Result.SetAside aside : result.setAside()) {
        doc.entry(view.say(aside.sign().title()) + " (" + aside.sign().id() + ")");
        doc.bullet("Some read it this way: " + view.say(aside.sign().whyItMatters()));
        saidList(doc, "You said:", aside.own());
        if (aside.because().isEmpty()) {
          doc.bullet(view.say(words.alone()));
        } else {
          saidList(doc, view.say(words.elsewhere()), aside.because());
        }
      }
    }
    // A sign set aside reads two ways too, and its own section above says so.
    if (!result.twoWays().isEmpty() || !result.counters().isEmpty()) {
      doc.heading("Answers that read two ways");
    }
    if (!result.twoWays().isEmpty()) {
      doc.paragraph(view.say(messages.twoWays()));
      for (Result.TwoWays both : result.twoWays()) {
        doc.bullet(view.say(both.sign().title()) + " (" + both.sign().id() + ")");
        doc.subBullet("Why it matters: " + view.say(both.sign().whyItMatters()));
        for (Reason reason : both.reasons()) {
          doc.subBullet("It may also come from: " + view.say(reason.title()) + " (" + reason.id() + ")");
        }
      }
    }
    if (!result.counters().isEmpty()) {
      doc.paragraph(view.say(words.counter()));
      for (Result.Counter counter : result.counters()) {
        doc.entry(view.say(counter.title()) + " (" + counter.id() + ")" + (counter.shown() ? "" : ", not shown"));
        saidList(doc, "Pointing to it:", counter.pointing());
        saidList(doc, "Weighing against it:", counter.against());
      }
    }
    if (result.unclear() || !result.reasons().isEmpty()) {
      doc.heading("What may be going on");
    }
    if (result.safety() && !result.reasons().isEmpty()) {
      doc.warning(view.say(messages.safetyReasons()));
    }
    if (result.unclear()) {
      doc.paragraph(view.say(messages.unclear()));
      if (!result.reasons().isEmpty()) {
        doc.paragraph(view.say(messages.possibility()));
      }
    } else if (result.tiedLead() && !result.safety()) {
      // Under safety the tie text's "a talk with him is the way to find out" would send the reader to him.
      doc.paragraph(view.say(messages.ties()));
    }
    List<Result.ReasonFinding> inFull = result.reasons().subList(0, Math.min(REASONS_IN_FULL, result.reasons().size()));
    for (Result.ReasonFinding finding : inFull) {
      int sameRank = 0;
      for (Result.ReasonFinding r : result.reasons()) {
        sameRank += r.rank() == finding.rank() ? 1 : 0;
      }
      boolean tied = sameRank > 1;
      doc.entry(finding.rank() + ". " + view.say(finding.reason().title()) + " (" + finding.reason().id() + "), "
          + (result.unclear() ? "a possibility" : fit(finding.strength())) + (tied ? ", tied" : ""));
      doc.paragraph(view.say(finding.reason().summary()));
      because(doc, finding.because());
    }
    List<Result.ReasonFinding> rest = result.reasons().subList(inFull.size(), result.reasons().size());
    if (!rest.isEmpty()) {
      List<String> named = new java.util.ArrayList<>();
      int lastRank = inFull.get(inFull.size() - 1).rank();
      // Loops, not lambdas, on the way to every result: each lambda is a class spun at start-up.
      for (Result.ReasonFinding r : rest) {
        named.add(view.say(r.reason().title()) + " (" + r.reason().id()
            + (r.rank() == lastRank ? ", tied with " + lastRank + "." : "") + ")");
      }
      doc.paragraph("Also possible: " + String.join("; ", named)
          + ". 'guide reason ID' tells more of any of them.");
    }
    if (!result.reasons().isEmpty() || !result.signs().isEmpty() || result.unclear()) {
      doc.heading("How much this rests on");
      doc.paragraph(confidence(result, messages));
    }
    doc.heading("What you can do");
    for (Advice advice : result.advice()) {
      doc.entry(view.say(advice.title()) + " (" + advice.id() + ")" + (advice.own() ? ", the guide's own advice" : ""));
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
      java.util.Optional<dev.guide.content.Source> source = content.source(id);
      if (source.isPresent()) {
        doc.bullet(EntryText.citation(source.get()));
      }
    }
    boolean ownAdvice = false;
    for (Advice a : result.advice()) {
      ownAdvice |= a.own();
    }
    if (result.safety() || !result.crisis().isEmpty() || ownAdvice) {
      doc.bullet("The safety section, the crisis note and advice marked as the guide's own are not from the articles.");
    }
    doc.paragraph(view.say(messages.disclaimer()));
    return doc.text();
  }

  /**
   * A few lines at the top, so that what matters is read even by someone who stops at the first
   * page: the signs to walk away, what stands out, and a first step. After the safety section
   * and the crisis note when there are: safety always comes first, and after an answer about fear
   * or control it is what stands out.
   */
  private void inShort(Document doc, Result result, Messages messages) {
    List<String> lines = new java.util.ArrayList<>();
    if (!result.signs().isEmpty()) {
      List<String> titles = new java.util.ArrayList<>();
      for (Result.SignFinding s : result.signs()) {
        titles.add(view.say(s.sign().title()));
      }
      lines.add("Signs it may be time to walk away: " + String.join("; ", titles) + ".");
    }
    if (result.safety()) {
      // A reason named here, above the rest, would read as the answer beside fear or a threat.
      lines.add("What stands out: " + view.say(messages.safetyInShort()));
    } else if (result.unclear()) {
      lines.add("What stands out: nothing clearly yet; your answers fit several readings.");
    } else if (!result.reasons().isEmpty()) {
      Result.ReasonFinding first = result.reasons().get(0);
      List<String> leading = new java.util.ArrayList<>();
      for (Result.ReasonFinding r : result.reasons()) {
        if (r.rank() == first.rank()) {
          leading.add(view.say(r.reason().title()));
        }
      }
      lines.add("What stands out: " + String.join("; ", leading) + " (" + fit(first.strength())
          + (leading.size() > 1 ? ", tied" : "") + ").");
    }
    if (!result.advice().isEmpty()) {
      lines.add("A first step: " + view.say(result.advice().get(0).title()) + ".");
    }
    if (lines.isEmpty()) {
      return;
    }
    doc.heading("In short");
    for (String line : lines) {
      doc.bullet(line);
    }
  }

  private String confidence(Result result, Messages messages) {
    String says = switch (result.confidence()) {
      case LOW -> messages.confidenceLow();
      // Every question asked had a telling answer: "more answers" would ask for what was given.
      case MEDIUM -> result.answered() >= result.applicable() ? messages.confidenceMediumAll() : messages.confidenceMedium();
      case HIGH -> messages.confidenceHigh();
    };
    // Under safety the confidence texts' "more answers, or a talk with him" would send the reader to him.
    StringBuilder out = new StringBuilder(result.safety() ? "" : view.say(says) + " ").append("Confidence: ")
        .append(result.confidence().word()).append(". You gave a telling answer to ")
        .append(result.answered()).append(" of the ").append(result.applicable()).append(" questions asked");
    if (!result.reasons().isEmpty()) {
      int support = result.reasons().get(0).because().size();
      out.append("; the leading reason rests on ").append(support).append(support == 1 ? " answer" : " answers");
    }
    return out.append('.').toString();
  }

  /**
   * The answers behind a finding. "None of these" and its kind count (nothing else in his life
   * explains the cancelling), but quoted as a reason they read as nonsense, so they are left out.
   */
  private void because(Document doc, List<Result.Because> because) {
    List<Result.Because> shown = quoted(because);
    if (shown.isEmpty()) {
      return;
    }
    doc.bullet("Because you said:");
    for (Result.Because b : shown) {
      doc.subBullet(said(b));
    }
  }

  /** Answers under a lead-in, leaving out "none of these" as {@link #because} does. */
  private void saidList(Document doc, String lead, List<Result.Because> because) {
    List<Result.Because> shown = quoted(because);
    if (shown.isEmpty()) {
      return;
    }
    doc.bullet(lead);
    for (Result.Because b : shown) {
      doc.subBullet(said(b));
    }
  }

  /**
   * The answers worth quoting: not "none of these" and its kind (unless about safety). Loops
   * rather than streams and lambdas here: each first use costs start-up time (README "Performance").
   */
  private static List<Result.Because> quoted(List<Result.Because> because) {
    List<Result.Because> shown = new java.util.ArrayList<>();
    for (Result.Because b : because) {
      if (!b.choice().exclusive() || b.choice().safety()) {
        shown.add(b);
      }
    }
    return shown;
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
    for (Result.SignFinding s : result.signs()) {
      addSources(used, s.sign().sources());
    }
    for (Result.ReasonFinding r : result.reasons()) {
      addSources(used, r.reason().sources());
    }
    for (Advice a : result.advice()) {
      addSources(used, a.sources());
    }
    Set<String> ordered = new LinkedHashSet<>();
    for (dev.guide.content.Source s : content.sources()) {
      if (used.contains(s.id())) {
        ordered.add(s.id());
      }
    }
    return ordered;
  }

  private static void addSources(Set<String> used, List<SourceRef> refs) {
    for (SourceRef ref : refs) {
      used.add(ref.source());
    }
  }
}
