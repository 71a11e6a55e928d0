package dev.guide.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.guide.content.Advice;
import dev.guide.content.Question;
import dev.guide.content.Reason;
import dev.guide.content.Source;
import dev.guide.content.SourceRef;
import dev.guide.content.WalkAwaySign;
import dev.guide.content.Choice;
import dev.guide.quiz.Result;
import dev.guide.json.JsonText;
import dev.guide.search.Search;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * Entries and results as JSON for programs, with the partner's pronouns already in place. Field
 * names are a stable interface: the README documents them, and scripts depend on them.
 */
public final class JsonOutput {

  private final View view;

  public JsonOutput(View view) {
    this.view = view;
  }

  /** Something that writes one JSON value. */

  public String reasons(List<Reason> reasons) {
    return JsonText.of(json -> array(json, reasons, this::reason));
  }

  public String reason(Reason reason) {
    return JsonText.of(json -> reason(json, reason));
  }

  public String signs(List<WalkAwaySign> signs) {
    return JsonText.of(json -> array(json, signs, this::sign));
  }

  public String sign(WalkAwaySign sign) {
    return JsonText.of(json -> sign(json, sign));
  }

  public String advice(List<Advice> advice) {
    return JsonText.of(json -> array(json, advice, this::advice));
  }

  public String adviceItem(Advice advice) {
    return JsonText.of(json -> advice(json, advice));
  }

  public String sources(List<Source> sources) {
    return JsonText.of(json -> array(json, sources, this::source));
  }

  public String questions(List<Question> questions) {
    return JsonText.of(json -> array(json, questions, this::question));
  }

  /** Search hits, best first. */
  public String hits(List<Search.Hit> hits) {
    return JsonText.of(json -> array(json, hits, (g, hit) -> {
      g.writeStartObject();
      g.writeStringField("kind", hit.kind().name());
      g.writeStringField("id", hit.id());
      g.writeStringField("title", hit.title());
      g.writeStringField("line", hit.line());
      g.writeEndObject();
    }));
  }

  /** The result of a questionnaire, in the schema the README documents. */
  public String result(Result result, String disclaimer) {
    return result(result, disclaimer, dev.guide.content.Helplines.NONE, Optional.empty());
  }

  /**
   * The result with, when safety is at stake, the help list for {@code country} (every listed
   * country's when it is empty or not listed).
   */
  public String result(Result result, String disclaimer, dev.guide.content.Helplines helplines, Optional<String> country) {
    return JsonText.of(json -> {
      json.writeStartObject();
      json.writeStringField("partner", view.partner().toString());
      json.writeArrayFieldStart("signs");
      for (Result.SignFinding sign : result.signs()) {
        json.writeStartObject();
        json.writeStringField("id", sign.sign().id());
        json.writeStringField("title", view.say(sign.sign().title()));
        because(json, sign.because());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("reasons");
      for (Result.ReasonFinding reason : result.reasons()) {
        json.writeStartObject();
        json.writeStringField("id", reason.reason().id());
        json.writeStringField("title", view.say(reason.reason().title()));
        json.writeNumberField("score", reason.score());
        json.writeNumberField("rank", reason.rank());
        json.writeStringField("strength", reason.strength().toString());
        because(json, reason.because());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("advice");
      for (Advice advice : result.advice()) {
        json.writeStartObject();
        json.writeStringField("id", advice.id());
        json.writeStringField("title", view.say(advice.title()));
        if (advice.own()) {
          json.writeBooleanField("own", true);
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("twoWays");
      for (Result.TwoWays both : result.twoWays()) {
        json.writeStartObject();
        json.writeStringField("sign", both.sign().id());
        json.writeArrayFieldStart("reasons");
        for (dev.guide.content.Reason reason : both.reasons()) {
          json.writeString(reason.id());
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      for (Result.Counter counter : result.counters()) {
        json.writeStartObject();
        json.writeStringField("id", counter.id());
        json.writeStringField("kind", counter.sign() ? "sign" : "reason");
        json.writeStringField("title", view.say(counter.title()));
        json.writeBooleanField("shown", counter.shown());
        answers(json, "for", counter.pointing());
        answers(json, "against", counter.against());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("setAside");
      for (Result.SetAside aside : result.setAside()) {
        json.writeStartObject();
        json.writeStringField("id", aside.sign().id());
        json.writeStringField("title", view.say(aside.sign().title()));
        answers(json, "said", aside.own());
        because(json, aside.because());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("unanswered");
      for (Question question : result.unanswered()) {
        json.writeString(question.id());
      }
      json.writeEndArray();
      json.writeBooleanField("safety", result.safety());
      if (result.safety()) {
        json.writeObjectFieldStart("safetySection");
        because(json, result.safetyBecause());
        json.writeBooleanField("emergencyFirst", result.emergency());
        if (result.danger()) {
          json.writeStringField("danger", view.say(helplines.danger()));
        }
        help(json, helplines, country);
        json.writeEndObject();
      }
      json.writeBooleanField("crisis", !result.crisis().isEmpty());
      if (!result.crisis().isEmpty()) {
        json.writeObjectFieldStart("crisisSection");
        because(json, result.crisis());
        help(json, helplines, country);
        json.writeEndObject();
      }
      json.writeBooleanField("safetySkipped", result.safetySkipped() && !result.safety());
      json.writeStringField("confidence", result.confidence().word());
      json.writeNumberField("answered", result.answered());
      json.writeNumberField("asked", result.applicable());
      json.writeBooleanField("unclear", result.unclear());
      json.writeStringField("disclaimer", view.say(disclaimer));
      json.writeEndObject();
    });
  }

  /** The help list of the reader's country (every listed country's when it is not known or not listed). */
  private static void help(JsonGenerator json, dev.guide.content.Helplines helplines, Optional<String> country)
      throws IOException {
    json.writeArrayFieldStart("help");
    Optional<dev.guide.content.Helplines.Country> listed = country.flatMap(helplines::country);
    for (dev.guide.content.Helplines.Country each : listed.map(List::of).orElse(helplines.countries())) {
      helpCountry(json, each);
    }
    json.writeEndArray();
    json.writeBooleanField("guidesOwn", true);
  }

  static void helpCountry(JsonGenerator json, dev.guide.content.Helplines.Country country) throws IOException {
    json.writeStartObject();
    json.writeStringField("country", country.code());
    json.writeArrayFieldStart("lines");
    for (dev.guide.content.Helplines.Line line : country.lines()) {
      helpLine(json, line, false);
    }
    helpLine(json, country.emergency(), true);
    json.writeEndArray();
    json.writeArrayFieldStart("crisis");
    for (dev.guide.content.Helplines.Line line : country.crisis()) {
      helpLine(json, line, false);
    }
    json.writeEndArray();
    if (country.note().isPresent()) {
      json.writeStringField("note", country.note().get());
    }
    json.writeEndObject();
  }

  private static void helpLine(JsonGenerator json, dev.guide.content.Helplines.Line line, boolean emergency)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("name", line.name());
    json.writeStringField("contact", line.contact());
    if (line.web().isPresent()) {
      json.writeStringField("web", line.web().get());
    }
    if (emergency) {
      json.writeBooleanField("emergency", true);
    }
    json.writeStringField("source", line.source());
    json.writeStringField("checked", line.checked());
    json.writeEndObject();
  }

  private void because(JsonGenerator json, List<Result.Because> because) throws IOException {
    answers(json, "because", because);
  }

  private void answers(JsonGenerator json, String field, List<Result.Because> because) throws IOException {
    json.writeArrayFieldStart(field);
    for (Result.Because b : because) {
      json.writeStartObject();
      json.writeStringField("question", b.question().id());
      json.writeStringField("choice", b.choice().id());
      json.writeStringField("said", view.say(b.choice().label()));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void reason(JsonGenerator json, Reason reason) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", reason.id());
    json.writeStringField("title", view.say(reason.title()));
    json.writeStringField("summary", view.say(reason.summary()));
    strings(json, "looksLike", reason.looksLike());
    json.writeStringField("goingOn", view.say(reason.goingOn()));
    strings(json, "advice", reason.advice());
    strings(json, "related", reason.related());
    sourceRefs(json, reason.sources());
    json.writeEndObject();
  }

  private void sign(JsonGenerator json, WalkAwaySign sign) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", sign.id());
    json.writeStringField("title", view.say(sign.title()));
    json.writeStringField("looksLike", view.say(sign.looksLike()));
    json.writeStringField("whyItMatters", view.say(sign.whyItMatters()));
    json.writeStringField("whatToDo", view.say(sign.whatToDo()));
    strings(json, "advice", sign.advice());
    sourceRefs(json, sign.sources());
    json.writeEndObject();
  }

  private void advice(JsonGenerator json, Advice advice) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", advice.id());
    json.writeStringField("title", view.say(advice.title()));
    json.writeStringField("text", view.say(advice.text()));
    sourceRefs(json, advice.sources());
    json.writeEndObject();
  }

  private void source(JsonGenerator json, Source source) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", source.id());
    json.writeStringField("title", source.title());
    if (source.byline().isPresent()) {
      json.writeStringField("byline", source.byline().get());
    }
    if (source.date().isPresent()) {
      json.writeStringField("date", source.date().get());
    }
    json.writeStringField("file", source.file());
    json.writeEndObject();
  }

  private void question(JsonGenerator json, Question question) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", question.id());
    json.writeStringField("text", view.say(question.text()));
    json.writeStringField("help", view.say(question.help()));
    json.writeStringField("type", question.multiple() ? "multiple" : "single");
    if (question.when().isPresent()) {
      json.writeObjectFieldStart("when");
      json.writeStringField("question", question.when().get().question());
      strings(json, "anyOf", question.when().get().anyOf());
      json.writeEndObject();
    }
    json.writeArrayFieldStart("choices");
    for (Choice choice : question.choices()) {
      json.writeStartObject();
      json.writeStringField("id", choice.id());
      json.writeStringField("label", view.say(choice.label()));
      json.writeObjectFieldStart("evidence");
      for (Map.Entry<String, Double> weight : choice.evidence().entrySet()) {
        json.writeNumberField(weight.getKey(), weight.getValue());
      }
      json.writeEndObject();
      if (choice.safety()) {
        json.writeBooleanField("safety", true);
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void sourceRefs(JsonGenerator json, List<SourceRef> refs) throws IOException {
    json.writeArrayFieldStart("sources");
    for (SourceRef ref : refs) {
      json.writeStartObject();
      json.writeStringField("source", ref.source());
      json.writeStringField("section", ref.section());
      if (ref.adapted()) {
        json.writeBooleanField("adapted", true);
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void strings(JsonGenerator json, String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(view.say(value));
    }
    json.writeEndArray();
  }

  private static <T> void array(JsonGenerator json, List<T> items, ItemWriter<T> writer) throws IOException {
    json.writeStartArray();
    for (T item : items) {
      writer.write(json, item);
    }
    json.writeEndArray();
  }

  @FunctionalInterface
  private interface ItemWriter<T> {
    void write(JsonGenerator json, T item) throws IOException;
  }

}
