package dev.guide.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.guide.content.Content;
import dev.guide.content.Helplines;
import dev.guide.content.PlanTexts;
import dev.guide.content.Questionnaire.Messages;
import dev.guide.content.SourceRef;
import dev.guide.json.JsonText;
import dev.guide.quiz.Limit;
import dev.guide.quiz.Plan;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A plan for a person (text or Markdown, through a {@link Document}) or a program (JSON), from the
 * {@link Plan} alone, so the three never disagree. The conversation plan: what you noticed, how and
 * when to bring it up, questions, what to listen for, your needs, your limit and date, looking after
 * yourself. The safety plan: the safety text, the help list for the reader's country, and nothing
 * that suggests confronting the partner or setting a deadline.
 */
public final class PlanReport {

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  private final Content content;
  private final PlanTexts texts;
  private final View view;
  private final Optional<String> country;
  private final Supplier<LocalDate> today;

  /** {@code today} is asked only when the plan has a date to count to. */
  public PlanReport(Content content, View view, Optional<String> country, Supplier<LocalDate> today) {
    this.content = content;
    this.texts = content.plan();
    this.view = view;
    this.country = country;
    this.today = today;
  }

  /** "15 December 2026". */
  public static String day(LocalDate date) {
    return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  /** "15 December", the year only when it is not this year's. */
  public static String shortDay(LocalDate date, LocalDate today) {
    String day = date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1];
    return date.getYear() == today.getYear() ? day : day + " " + date.getYear();
  }

  /** "in 9 days", "tomorrow", "today", "yesterday", "3 days ago". */
  public static String until(LocalDate date, LocalDate today) {
    long days = ChronoUnit.DAYS.between(today, date);
    if (days == 0) {
      return "today";
    }
    if (days == 1) {
      return "tomorrow";
    }
    if (days == -1) {
      return "yesterday";
    }
    return days > 0 ? "in " + days + " days" : -days + " days ago";
  }

  public String write(Plan plan, Document doc) {
    Messages messages = content.questionnaire().messages();
    if (plan.safety()) {
      PlanTexts.Section safety = texts.section("safety");
      doc.heading(view.say(safety.heading()));
      doc.warning(view.say(safety.text()));
      if (plan.danger()) {
        doc.warning(view.say(content.helplines().danger()));
      }
      doc.paragraph(view.say(messages.safetyOwn()));
      new HelpList(content.helplines()).write(doc, country, plan.emergency());
      doc.heading("What can help");
      points(doc, safety.points());
      if (plan.danger()) {
        section(doc, texts.section("danger"));
      } else {
        doc.paragraph(view.say(messages.safetyLeaving()));
      }
      if (plan.limitLeftOut()) {
        emptyText(doc, safety);
      }
      crisis(doc, plan);
      doc.heading("Sources");
      doc.bullet("This plan is the guide's own, not from the articles" + (plan.danger()
          ? "; 'guide sources' lists the research on danger signs it draws on." : "."));
      doc.paragraph(view.say(messages.disclaimer()));
      return doc.text();
    }
    if (plan.crisisOnly()) {
      PlanTexts.Section crisis = texts.section("crisis");
      doc.heading(view.say(crisis.heading()));
      doc.warning(view.say(crisis.text()));
      points(doc, crisis.points());
      doc.heading("Where to get help now");
      new HelpList(content.helplines()).crisis(doc, country);
      emptyText(doc, crisis);
      doc.heading("Sources");
      doc.bullet("This plan is the guide's own, not from the articles; 'guide sources' lists the research it draws on.");
      doc.paragraph(view.say(messages.disclaimer()));
      return doc.text();
    }
    PlanTexts.Section intro = texts.section("intro");
    doc.heading(view.say(intro.heading()));
    doc.paragraph(view.say(intro.text()));
    crisis(doc, plan);
    if (plan.unclear()) {
      PlanTexts.Section unclear = texts.section("unclear");
      doc.heading(view.say(unclear.heading()));
      doc.paragraph(view.say(unclear.text()));
    }
    PlanTexts.Section noticed = texts.section("noticed");
    doc.heading(view.say(noticed.heading()));
    if (plan.noticed().isEmpty()) {
      emptyText(doc, noticed);
    } else {
      doc.paragraph(view.say(noticed.text()));
      for (Plan.Noticed n : plan.noticed()) {
        doc.bullet("\u201c" + view.say(n.phrase()) + "\u201d");
        doc.subBullet("From your answer: " + view.say(n.because().choice().label()));
      }
      for (String point : noticed.points()) {
        doc.paragraph(view.say(point));
      }
    }
    section(doc, texts.section("opening"));
    PlanTexts.Section questions = texts.section("questions");
    doc.heading(view.say(questions.heading()));
    doc.paragraph(view.say(questions.text()));
    if (plan.topics().isEmpty()) {
      points(doc, questions.points());
    }
    for (Plan.Topic topic : plan.topics()) {
      doc.entry(view.say(topic.title()) + " (" + topic.id() + ")");
      points(doc, topic.texts().ask());
    }
    PlanTexts.Section listen = texts.section("listen");
    doc.heading(view.say(listen.heading()));
    doc.paragraph(view.say(listen.text()));
    if (plan.topics().isEmpty()) {
      points(doc, listen.points());
    }
    for (Plan.Topic topic : plan.topics()) {
      doc.entry(view.say(topic.title()) + " (" + topic.id() + ")");
      points(doc, topic.texts().listenFor());
    }
    section(doc, texts.section("needs"));
    PlanTexts.Section limit = texts.section("limit");
    doc.heading(view.say(limit.heading()));
    doc.paragraph(view.say(limit.text()));
    if (plan.limitLeftOut() || !plan.crisis().isEmpty()) {
      emptyText(doc, texts.section("crisis"));
    } else if (plan.limit().isEmpty()) {
      emptyText(doc, limit);
    } else {
      for (String name : PlanTexts.LIMIT) {
        Optional<String> value = limitLine(plan.limit(), name);
        if (value.isPresent()) {
          doc.bullet(texts.prompt(name).label() + ": " + value.get());
        }
      }
    }
    section(doc, texts.section("yourself"));
    doc.heading("Sources");
    List<SourceRef> refs = plan.sources(texts);
    for (dev.guide.content.Source source : content.sources()) {
      List<String> sections = new ArrayList<>();
      for (SourceRef ref : refs) {
        if (ref.source().equals(source.id())) {
          sections.add(ref.section().contains("\u00a7") ? ref.section() : "\u201c" + ref.section() + "\u201d");
        }
      }
      if (!sections.isEmpty()) {
        doc.bullet(EntryText.citation(source) + ": " + String.join(", ", sections));
      }
    }
    if (!plan.crisis().isEmpty()) {
      doc.bullet("The note on " + view.say("{his}") + " safety is the guide's own, not from the articles.");
    }
    doc.paragraph(view.say(messages.disclaimer()));
    return doc.text();
  }

  /** The section's words for when it has nothing to show, if it has them (a method, not a lambda: see Plan). */
  private void emptyText(Document doc, PlanTexts.Section section) {
    if (section.empty().isPresent()) {
      doc.paragraph(view.say(section.empty().get()));
    }
  }

  /** The limit's part as shown: the reader's words, or the date with how far off it is. */
  private Optional<String> limitLine(Limit limit, String name) {
    if (name.equals("by")) {
      if (limit.by().isEmpty()) {
        return Optional.empty();
      }
      LocalDate date = limit.by().get();
      return Optional.of(day(date) + " (" + until(date, today.get()) + ")");
    }
    return limit.text(name);
  }

  private void crisis(Document doc, Plan plan) {
    if (plan.crisis().isEmpty()) {
      return;
    }
    PlanTexts.Section crisis = texts.section("crisis");
    doc.heading(view.say(crisis.heading()));
    // Beside the safety plan, not the crisis plan's steps (staying with him is not asked of someone afraid of him).
    doc.warning(view.say(plan.safety() ? content.questionnaire().messages().crisisUnsafe() : crisis.text()));
    new HelpList(content.helplines()).crisis(doc, country);
  }

  private void section(Document doc, PlanTexts.Section section) {
    doc.heading(view.say(section.heading()));
    doc.paragraph(view.say(section.text()));
    points(doc, section.points());
  }

  private void points(Document doc, List<String> points) {
    for (String point : points) {
      doc.bullet(view.say(point));
    }
  }

  /** The plan as one JSON object; its fields are documented in the README ("The JSON plan"). */
  public String json(Plan plan) {
    Messages messages = content.questionnaire().messages();
    return JsonText.of(json -> {
      json.writeStartObject();
      json.writeStringField("partner", view.partner().toString());
      json.writeStringField("kind", plan.safety() ? "safety" : plan.crisisOnly() ? "crisis" : "conversation");
      json.writeBooleanField("danger", plan.danger());
      json.writeBooleanField("unclear", plan.unclear());
      json.writeBooleanField("crisis", !plan.crisis().isEmpty());
      json.writeArrayFieldStart("noticed");
      for (Plan.Noticed n : plan.noticed()) {
        json.writeStartObject();
        json.writeStringField("question", n.because().question().id());
        json.writeStringField("choice", n.because().choice().id());
        json.writeStringField("said", view.say(n.because().choice().label()));
        json.writeStringField("say", view.say(n.phrase()));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("topics");
      for (Plan.Topic topic : plan.topics()) {
        json.writeStartObject();
        json.writeStringField("id", topic.id());
        json.writeStringField("kind", topic.sign() ? "sign" : "reason");
        json.writeStringField("title", view.say(topic.title()));
        strings(json, "ask", topic.texts().ask());
        strings(json, "listenFor", topic.texts().listenFor());
        json.writeEndObject();
      }
      json.writeEndArray();
      if (plan.limit().isEmpty()) {
        json.writeNullField("limit");
      } else {
        json.writeObjectFieldStart("limit");
        for (String name : PlanTexts.LIMIT) {
          Optional<String> value = name.equals("by") ? plan.limit().by().map(LocalDate::toString) : plan.limit().text(name);
          if (value.isPresent()) {
            json.writeStringField(name, value.get());
          } else {
            json.writeNullField(name);
          }
        }
        json.writeEndObject();
      }
      json.writeBooleanField("limitLeftOut", plan.limitLeftOut());
      json.writeArrayFieldStart("sections");
      for (String name : sectionsShown(plan)) {
        PlanTexts.Section section = texts.section(name);
        json.writeStartObject();
        json.writeStringField("id", name);
        json.writeStringField("heading", view.say(section.heading()));
        boolean empty = name.equals("noticed") && plan.noticed().isEmpty()
            || name.equals("limit") && plan.limit().isEmpty() && plan.crisis().isEmpty()
            || name.equals("safety") && plan.limitLeftOut();
        boolean besideSafety = name.equals("crisis") && plan.safety();
        json.writeStringField("text", view.say(besideSafety ? messages.crisisUnsafe() : section.text()));
        Optional<String> note = name.equals("limit") && !plan.crisis().isEmpty() ? texts.section("crisis").empty()
            : name.equals("crisis") && plan.crisisOnly() ? section.empty()
            : empty ? section.empty() : Optional.empty();
        if (note.isPresent()) {
          json.writeStringField("note", view.say(note.get()));
        }
        boolean openPoints = !name.equals("questions") && !name.equals("listen") || plan.topics().isEmpty();
        strings(json, "points", openPoints && !besideSafety ? section.points() : List.of());
        json.writeEndObject();
      }
      json.writeEndArray();
      if (plan.safety() || !plan.crisis().isEmpty()) {
        json.writeBooleanField("emergencyFirst", plan.emergency());
        json.writeArrayFieldStart("help");
        Helplines helplines = content.helplines();
        Optional<Helplines.Country> listed = country.flatMap(helplines::country);
        for (Helplines.Country each : listed.map(List::of).orElse(helplines.countries())) {
          JsonOutput.helpCountry(json, each);
        }
        json.writeEndArray();
      }
      json.writeArrayFieldStart("sources");
      if (plan.conversation()) {
        for (SourceRef ref : plan.sources(texts)) {
          json.writeStartObject();
          json.writeStringField("source", ref.source());
          json.writeStringField("section", ref.section());
          json.writeEndObject();
        }
      }
      json.writeEndArray();
      json.writeStringField("disclaimer", view.say(messages.disclaimer()));
      json.writeEndObject();
    });
  }

  private static List<String> sectionsShown(Plan plan) {
    if (plan.safety()) {
      List<String> shown = new java.util.ArrayList<>(List.of("safety"));
      if (plan.danger()) {
        shown.add("danger");
      }
      if (!plan.crisis().isEmpty()) {
        shown.add("crisis");
      }
      return shown;
    }
    if (plan.crisisOnly()) {
      return List.of("crisis");
    }
    List<String> shown = new java.util.ArrayList<>(List.of("intro"));
    if (!plan.crisis().isEmpty()) {
      shown.add("crisis");
    }
    if (plan.unclear()) {
      shown.add("unclear");
    }
    shown.addAll(List.of("noticed", "opening", "questions", "listen", "needs", "limit", "yourself"));
    return shown;
  }

  private void strings(JsonGenerator json, String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(view.say(value));
    }
    json.writeEndArray();
  }
}
