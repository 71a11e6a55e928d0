package dev.guide.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.guide.TerminalText;
import dev.guide.content.Choice;
import dev.guide.content.Content;
import dev.guide.content.Partner;
import dev.guide.content.Question;
import dev.guide.content.Questionnaire;
import dev.guide.quiz.Strength;
import dev.guide.json.JsonText;
import dev.guide.store.CheckIn;
import dev.guide.store.Comparison;
import dev.guide.store.Draft;
import dev.guide.store.SavedAnswers;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Saved check-ins for a person (wrapped text) or a program (JSON): the list, newest first, and
 * what changed between two of them. Titles are the ones each check-in showed when it was made,
 * unless it spoke of the partner otherwise than the view does: then they are today's titles, so
 * one report speaks of one partner. Questions and answers are named as today's questionnaire words them.
 */
public final class HistoryReport {

  /** How many reasons a check-in lists in the history; the rest are counted. */
  static final int TOP_REASONS = 3;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final Questionnaire questionnaire;
  private final Content content;
  private final View view;

  /** Titles as each check-in showed them, whatever partner they spoke of. */
  public HistoryReport(Questionnaire questionnaire, View view) {
    this.questionnaire = questionnaire;
    this.content = null;
    this.view = view;
  }

  /** Titles in the view's words: those of a check-in that spoke of another partner come from the content. */
  public HistoryReport(Content content, View view) {
    this.questionnaire = content.questionnaire();
    this.content = content;
    this.view = view;
  }

  /**
   * The reminder of the latest plan with a date: how far off the day is, or, on and after it, how to
   * look again; empty when no check-in has a plan with a date, or a check-in was made on or after it.
   */
  public Optional<String> reminder(List<CheckIn> checkIns, java.time.LocalDate today) {
    for (int i = 0; i < checkIns.size(); i++) {
      CheckIn checkIn = checkIns.get(i);
      Optional<java.time.LocalDate> by = checkIn.plan().flatMap(dev.guide.quiz.Limit::by);
      if (by.isPresent()) {
        // A check-in made on or after the day is the looking again: nothing left to remind of.
        if (checkIns.subList(0, i).stream().anyMatch(later -> !later.date().isBefore(by.get()))) {
          return Optional.empty();
        }
        String day = PlanReport.shortDay(by.get(), today);
        String when = PlanReport.until(by.get(), today);
        String text = by.get().isAfter(today)
            ? "On " + PlanReport.shortDay(checkIn.date(), today) + " you planned to look again by " + day + " (" + when + ")."
            : "On " + PlanReport.shortDay(checkIn.date(), today) + " you planned to look again by " + day + ", and that day has come ("
                + when + "). See how things are now with 'guide ask --from-last --save', then what changed with "
                + "'guide history --compare'.";
        return Optional.of(Wrap.block(text, view.width(), ""));
      }
    }
    return Optional.empty();
  }

  /** The check-ins, newest first: date, top reasons with their strength, and signs. */
  public String list(List<CheckIn> checkIns, Optional<Draft> draft) {
    StringBuilder out = new StringBuilder();
    draft.ifPresent(d -> out.append(Wrap.block("Unfinished: a check-in started on " + d.savedAt().toLocalDate() + " ("
        + count(d.asked().size(), "question") + " gone through); 'guide ask --resume' goes on with it.",
        view.width(), "")).append('\n'));
    for (CheckIn checkIn : checkIns) {
      boolean sameDay = checkIns.stream().filter(c -> c.date().equals(checkIn.date())).count() > 1;
      out.append(view.styler().heading(checkIn.date() + (sameDay ? " " + TIME.format(checkIn.savedAt()) : ""))).append('\n');
      CheckIn.Summary summary = checkIn.summary();
      if (summary.safety()) {
        line(out, "An answer pointed to fear, control or lies.");
      }
      for (CheckIn.SignLine sign : summary.signs()) {
        line(out, "Walk-away sign: " + title(sign, checkIn) + " (" + sign.id() + ")");
      }
      List<CheckIn.ReasonLine> reasons = summary.reasons();
      for (int i = 0; i < Math.min(TOP_REASONS, reasons.size()); i++) {
        CheckIn.ReasonLine reason = reasons.get(i);
        String named = TerminalText.escape(title(reason, checkIn) + " (" + reason.id() + "), ");
        out.append(String.join("\n", Wrap.lines(named + fit(reason.strength()),
            view.width(), "  " + (i + 1) + ". ", "     "))).append('\n');
      }
      if (reasons.size() > TOP_REASONS) {
        line(out, "and " + count(reasons.size() - TOP_REASONS, "more reason"));
      }
      if (reasons.isEmpty()) {
        line(out, summary.unclear() ? "No reason stood out." : "No likely reason was shown.");
      }
      checkIn.plan().flatMap(dev.guide.quiz.Limit::by).ifPresent(by ->
          line(out, "Plan: look again by " + PlanReport.day(by)));
      List<String> gone = SavedAnswers.noLongerAsked(checkIn.answers(), questionnaire);
      if (!gone.isEmpty()) {
        line(out, "Answers to questions no longer asked (kept in its file): " + String.join(", ", gone));
      }
      out.append('\n');
    }
    if (view.terminal() && checkIns.size() > 1) {
      out.append(Wrap.block("'guide history --compare' shows what changed between the last two.", view.width(), ""));
    }
    return out.toString().stripTrailing() + "\n";
  }

  /** What changed, in plain words: reasons that grew or faded, signs that came or went, answers given differently. */
  public String compare(Comparison comparison) {
    StringBuilder out = new StringBuilder();
    out.append(view.styler().heading("From " + label(comparison.before(), comparison.now()) + " to "
        + label(comparison.now(), comparison.before()))).append("\n");
    CheckIn.Summary before = comparison.before().summary();
    CheckIn.Summary now = comparison.now().summary();
    if (now.safety() && !before.safety()) {
      section(out, "Safety:");
      bullet(out, "An answer now points to fear, control or lies; please read the safety note in the result.");
    } else if (before.safety() && !now.safety()) {
      section(out, "Safety:");
      bullet(out, "No answer points to fear, control or lies any more.");
    }
    if (!comparison.grew().isEmpty()) {
      section(out, "Grew:");
      comparison.grew().forEach(change -> bullet(out, reason(change, comparison)));
    }
    if (!comparison.faded().isEmpty()) {
      section(out, "Faded:");
      comparison.faded().forEach(change -> bullet(out, reason(change, comparison)));
    }
    if (!comparison.newSigns().isEmpty()) {
      section(out, comparison.newSigns().size() == 1 ? "New sign:" : "New signs:");
      comparison.newSigns().forEach(sign -> bullet(out, title(sign, comparison.now()) + " (" + sign.id() + ")"));
    }
    if (!comparison.goneSigns().isEmpty()) {
      section(out, comparison.goneSigns().size() == 1 ? "Sign gone:" : "Signs gone:");
      comparison.goneSigns().forEach(sign -> bullet(out, title(sign, comparison.before()) + " (" + sign.id() + ")"));
    }
    if (!comparison.answers().isEmpty()) {
      section(out, "Answers that changed:");
      for (Comparison.AnswerChange change : comparison.answers()) {
        bullet(out, questionText(change.question()) + " \u2014 " + said(change.question(), change.before()) + " \u2192 "
            + said(change.question(), change.now()));
      }
    }
    if (!comparison.steady().isEmpty()) {
      section(out, "Unchanged:");
      comparison.steady().forEach(change -> bullet(out, reason(change, comparison)));
    }
    if (comparison.nothingChanged()) {
      out.append('\n').append(Wrap.block("Nothing changed: the same reasons as strongly, the same signs, the same answers.",
          view.width(), ""));
    }
    return out.toString();
  }

  /** The check-ins as JSON: {@code {"checkIns": [...], "unfinished": {...}}}, newest first. */
  public String listJson(List<CheckIn> checkIns, Optional<Draft> draft) {
    return JsonText.of(json -> {
      json.writeStartObject();
      json.writeArrayFieldStart("checkIns");
      for (CheckIn checkIn : checkIns) {
        json.writeStartObject();
        json.writeStringField("id", checkIn.id());
        json.writeStringField("date", checkIn.date().toString());
        json.writeStringField("savedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(checkIn.savedAt()));
        json.writeStringField("partner", checkIn.partner().toString());
        json.writeArrayFieldStart("signs");
        for (CheckIn.SignLine sign : checkIn.summary().signs()) {
          sign(json, sign.id(), title(sign, checkIn));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("reasons");
        for (CheckIn.ReasonLine reason : checkIn.summary().reasons()) {
          json.writeStartObject();
          json.writeStringField("id", reason.id());
          json.writeStringField("title", title(reason, checkIn));
          json.writeNumberField("score", reason.score());
          json.writeStringField("strength", reason.strength().toString());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeBooleanField("safety", checkIn.summary().safety());
        json.writeBooleanField("unclear", checkIn.summary().unclear());
        json.writeObjectFieldStart("answers");
        for (Map.Entry<String, List<String>> answer : checkIn.answers().chosen().entrySet()) {
          strings(json, answer.getKey(), answer.getValue());
        }
        json.writeEndObject();
        strings(json, "noLongerAsked", SavedAnswers.noLongerAsked(checkIn.answers(), questionnaire));
        if (checkIn.plan().isPresent()) {
          dev.guide.quiz.Limit limit = checkIn.plan().get();
          json.writeObjectFieldStart("plan");
          for (var part : List.of(Map.entry("needs", limit.needs()), Map.entry("enough", limit.enough()),
              Map.entry("by", limit.by().map(Object::toString)), Map.entry("otherwise", limit.otherwise()))) {
            if (part.getValue().isPresent()) {
              json.writeStringField(part.getKey(), part.getValue().get());
            }
          }
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      if (draft.isPresent()) {
        json.writeObjectFieldStart("unfinished");
        json.writeStringField("savedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(draft.get().savedAt()));
        strings(json, "asked", draft.get().asked());
        json.writeEndObject();
      }
      json.writeEndObject();
    });
  }

  /** A comparison as JSON; a reason's {@code before} or {@code now} is null where it was not shown. */
  public String compareJson(Comparison comparison) {
    return JsonText.of(json -> {
      json.writeStartObject();
      json.writeStringField("before", comparison.before().id());
      json.writeStringField("now", comparison.now().id());
      reasons(json, "grew", comparison.grew(), comparison);
      reasons(json, "faded", comparison.faded(), comparison);
      reasons(json, "unchanged", comparison.steady(), comparison);
      json.writeArrayFieldStart("newSigns");
      for (CheckIn.SignLine sign : comparison.newSigns()) {
        sign(json, sign.id(), title(sign, comparison.now()));
      }
      json.writeEndArray();
      json.writeArrayFieldStart("goneSigns");
      for (CheckIn.SignLine sign : comparison.goneSigns()) {
        sign(json, sign.id(), title(sign, comparison.before()));
      }
      json.writeEndArray();
      json.writeArrayFieldStart("answers");
      for (Comparison.AnswerChange change : comparison.answers()) {
        json.writeStartObject();
        json.writeStringField("question", change.question());
        choices(json, "before", change.before());
        choices(json, "now", change.now());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeBooleanField("safetyBefore", comparison.before().summary().safety());
      json.writeBooleanField("safetyNow", comparison.now().summary().safety());
      json.writeEndObject();
    });
  }

  /** The date of a check-in, with its time when the other one was made the same day. */
  private static String label(CheckIn checkIn, CheckIn other) {
    return checkIn.date() + (checkIn.date().equals(other.date()) ? " " + TIME.format(checkIn.savedAt()) : "");
  }

  /** A sign's title as the view speaks of the partner. */
  private String title(CheckIn.SignLine sign, CheckIn from) {
    return retitled(from.partner(), sign.title(), content == null ? null : content.sign(sign.id()).map(s -> s.title()).orElse(null));
  }

  /** A reason's title as the view speaks of the partner. */
  private String title(CheckIn.ReasonLine reason, CheckIn from) {
    return title(reason.id(), reason.title(), from);
  }

  private String title(String reasonId, String saved, CheckIn from) {
    return retitled(from.partner(), saved, content == null ? null : content.reason(reasonId).map(r -> r.title()).orElse(null));
  }

  /** The title a change shows: from the later check-in, or the earlier one for a reason no longer shown. */
  private String title(Comparison.ReasonChange change, Comparison comparison) {
    return title(change.id(), change.title(), change.now().isPresent() ? comparison.now() : comparison.before());
  }

  /** The saved title, or today's in the view's words when the check-in spoke of another partner (and the content still has it). */
  private String retitled(Partner savedWith, String saved, String today) {
    return savedWith == view.partner() || today == null ? saved : view.say(today);
  }

  private String reason(Comparison.ReasonChange change, Comparison comparison) {
    String name = title(change, comparison) + " (" + change.id() + "): ";
    if (change.before().isEmpty()) {
      return name + "new, " + fit(change.now().get().strength());
    }
    if (change.now().isEmpty()) {
      return name + fit(change.before().get().strength()) + " \u2192 no longer shown";
    }
    CheckIn.ReasonLine then = change.before().get();
    CheckIn.ReasonLine today = change.now().get();
    if (then.strength() == today.strength()) {
      return name + fit(today.strength()) + (then.score() == today.score() ? ""
          : ", score " + number(then.score()) + " \u2192 " + number(today.score()));
    }
    return name + fit(then.strength()) + " \u2192 " + fit(today.strength());
  }

  private String questionText(String id) {
    return questionnaire.question(id).map(q -> view.say(q.text())).orElse(id + " (no longer asked)");
  }

  /** An answer in the words it was shown with: the choices' labels, or that it was skipped or not answered. */
  private String said(String questionId, Optional<List<String>> choices) {
    if (choices.isEmpty()) {
      return "(not answered)";
    }
    if (choices.get().isEmpty()) {
      return "(skipped)";
    }
    Optional<Question> question = questionnaire.question(questionId);
    return choices.get().stream()
        .map(id -> question.flatMap(q -> q.choice(id)).map(Choice::label).map(view::say).orElse(id))
        .collect(Collectors.joining("; "));
  }

  private static String fit(Strength strength) {
    return switch (strength) {
      case STRONG -> "a strong fit";
      case MODERATE -> "a moderate fit";
      case SOME -> "a possible fit";
    };
  }

  private static String number(double score) {
    return score == Math.rint(score) ? String.valueOf((long) score) : String.valueOf(score);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** A line of prose; what it quotes from a check-in is shown escaped, never obeyed by the terminal. */
  private void line(StringBuilder out, String text) {
    out.append(String.join("\n", Wrap.lines(TerminalText.escape(text), view.width(), "  ", "    "))).append('\n');
  }

  private void section(StringBuilder out, String heading) {
    out.append('\n').append(view.styler().heading(heading)).append('\n');
  }

  private void bullet(StringBuilder out, String text) {
    out.append(String.join("\n", Wrap.lines(TerminalText.escape(text), view.width(), "  - ", "    "))).append('\n');
  }

  private static void sign(JsonGenerator json, String id, String title) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", id);
    json.writeStringField("title", title);
    json.writeEndObject();
  }

  private void reasons(JsonGenerator json, String name, List<Comparison.ReasonChange> changes, Comparison comparison)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (Comparison.ReasonChange change : changes) {
      json.writeStartObject();
      json.writeStringField("id", change.id());
      json.writeStringField("title", title(change, comparison));
      standing(json, "before", change.before());
      standing(json, "now", change.now());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void standing(JsonGenerator json, String name, Optional<CheckIn.ReasonLine> reason) throws IOException {
    if (reason.isEmpty()) {
      json.writeNullField(name);
      return;
    }
    json.writeObjectFieldStart(name);
    json.writeNumberField("score", reason.get().score());
    json.writeStringField("strength", reason.get().strength().toString());
    json.writeEndObject();
  }

  private static void choices(JsonGenerator json, String name, Optional<List<String>> choices) throws IOException {
    if (choices.isEmpty()) {
      json.writeNullField(name);
    } else {
      strings(json, name, choices.get());
    }
  }

  private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }


}
