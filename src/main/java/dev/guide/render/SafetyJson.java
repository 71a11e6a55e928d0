package dev.guide.render;

import dev.guide.content.Advice;
import dev.guide.content.Helplines;
import dev.guide.json.JsonText;
import java.util.List;
import java.util.Optional;

/**
 * {@code guide safety --format json}: the safety text, the help for the reader's country (every
 * listed country's when it is not known or not listed, with what to do there), and the advice for
 * when safety is at stake. Fields are documented in the README ("guide safety").
 */
public final class SafetyJson {

  private final View view;

  public SafetyJson(View view) {
    this.view = view;
  }

  public String write(Helplines helplines, Optional<String> country, String own, List<Advice> advice) {
    return JsonText.of(json -> {
      json.writeStartObject();
      json.writeStringField("intro", view.say(helplines.intro()));
      json.writeStringField("own", view.say(own));
      Optional<Helplines.Country> listed = country.flatMap(helplines::country);
      if (country.isPresent()) {
        json.writeStringField("country", country.get().toUpperCase(java.util.Locale.ROOT));
      } else {
        json.writeNullField("country");
      }
      json.writeBooleanField("listed", listed.isPresent());
      if (listed.isEmpty()) {
        String code = country.map(c -> c.toUpperCase(java.util.Locale.ROOT)).orElse("");
        json.writeStringField("elsewhere", country.isPresent() && !HelpList.isCountryCode(code)
            ? "'" + code + "' " + helplines.notCountry() : helplines.elsewhere());
      }
      json.writeArrayFieldStart("help");
      for (Helplines.Country each : listed.map(List::of).orElse(helplines.countries())) {
        JsonOutput.helpCountry(json, each);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("advice");
      for (Advice item : advice) {
        json.writeStartObject();
        json.writeStringField("id", item.id());
        json.writeStringField("title", view.say(item.title()));
        json.writeStringField("text", view.say(SafetyText.withoutSelfReference(item.text())));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeBooleanField("guidesOwn", true);
      json.writeEndObject();
    });
  }
}
