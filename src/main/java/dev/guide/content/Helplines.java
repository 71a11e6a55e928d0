package dev.guide.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a person who is afraid can get help, by country: the guide's own addition, not the
 * articles'. Every line carries where it was read and when it was checked. {@code intro} opens
 * {@code guide safety}; {@code elsewhere} is what to do in a country that is not listed, {@code
 * anywhere} what follows the whole list when the country is not known; {@code aliases} maps other
 * codes people use to a listed one ("UK" to GB); {@code searchWords} are the starts of words
 * (afraid, control, hurt) for which {@code guide search} points to {@code guide safety}. {@code now}
 * is the help shown at once in the questionnaire after a hurt or harm answer; {@code danger} the
 * most urgent wording, for a danger sign; {@code notCountry} follows a code that is no country
 * code at all; {@code research} the papers behind the safety texts, credited by {@code guide sources}.
 */
public record Helplines(
    String intro, List<Country> countries, String elsewhere, String anywhere, java.util.Map<String, String> aliases,
    List<String> searchWords, Now now, String danger, String notCountry, List<Research> research) {
  public static final Helplines NONE = new Helplines("If you are afraid, get help.", List.of(),
      "Look up a domestic-abuse helpline in your country.", "Elsewhere, look up a helpline.", java.util.Map.of(), List.of());

  /** Plain defaults for the additions of issue 20 (for small test content). */
  public Helplines(String intro, List<Country> countries, String elsewhere, String anywhere,
      java.util.Map<String, String> aliases, List<String> searchWords) {
    this(intro, countries, elsewhere, anywhere, aliases, searchWords, Now.PLAIN, "The risk is higher; call a helpline today.",
        "is not a country code.", List.of());
  }

  public Helplines {
    Objects.requireNonNull(intro, "intro");
    countries = List.copyOf(countries);
    Objects.requireNonNull(elsewhere, "elsewhere");
    Objects.requireNonNull(anywhere, "anywhere");
    aliases = java.util.Map.copyOf(aliases);
    searchWords = List.copyOf(searchWords);
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(danger, "danger");
    Objects.requireNonNull(notCountry, "notCountry");
    research = List.copyOf(research);
  }

  /**
   * The two or three lines shown at once after a hurt or harm answer: what leads the emergency
   * number ({@code danger}), what stands for it where the country is not known ({@code local}),
   * the pointer to the full list ({@code more}), and, while the questions go on, how they go on and
   * how to stop at once ({@code goesOn}; not said again once the person has stopped), and, after a
   * code that is no country ("'XX' "), that it is none and whose numbers these are ({@code notCountry}).
   */
  public record Now(String danger, String local, String more, String goesOn, String notCountry, String lines,
      String crisisLines) {
    public static final Now PLAIN = new Now("In danger now:", "call your local emergency number", "See 'guide safety'.",
        "Ctrl-C stops the guide.", "is not a country code; these are the numbers of every country listed.",
        "To talk in confidence:", "A crisis line:");

    public Now {
      Objects.requireNonNull(danger, "danger");
      Objects.requireNonNull(local, "local");
      Objects.requireNonNull(more, "more");
      Objects.requireNonNull(goesOn, "goesOn");
      Objects.requireNonNull(notCountry, "notCountry");
      Objects.requireNonNull(lines, "lines");
      Objects.requireNonNull(crisisLines, "crisisLines");
    }
  }

  /** A paper the guide's own safety texts draw on: its citation, what the guide uses it for, where it was read and when. */
  public record Research(String cite, String use, String source, String checked) {
    public Research {
      Objects.requireNonNull(cite, "cite");
      Objects.requireNonNull(use, "use");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(checked, "checked");
    }
  }

  /** Whether a word someone searched for is about safety: it starts with one of the search words. */
  public boolean aboutSafety(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return searchWords.stream().anyMatch(lower::startsWith);
  }

  /**
   * The entry for a two-letter country code, any case, for another name of one ("UK" or "England"
   * for GB), or for the name it is listed under ("Ireland").
   */
  public Optional<Country> country(String code) {
    String upper = code.toUpperCase(java.util.Locale.ROOT);
    String wanted = upper;
    for (Map.Entry<String, String> alias : aliases.entrySet()) {
      if (alias.getKey().toUpperCase(java.util.Locale.ROOT).equals(upper)) {
        wanted = alias.getValue();
      }
    }
    for (Country country : countries) {
      if (country.code().equals(wanted) || country.name().toUpperCase(java.util.Locale.ROOT).equals(upper)) {
        return Optional.of(country);
      }
    }
    return Optional.empty();
  }

  /**
   * One country: its emergency number, its national lines for people afraid of a partner, its
   * crisis lines for a worry that someone may harm themselves (it may have none the guide could
   * confirm), and a note (as when it has no national line).
   */
  public record Country(
      String code, String name, Line emergency, List<Line> lines, List<Line> crisis, Optional<String> note) {
    public Country {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(emergency, "emergency");
      lines = List.copyOf(lines);
      crisis = List.copyOf(crisis);
      Objects.requireNonNull(note, "note");
    }
  }

  /** One service: what it is, how to reach it, and the source and date of those facts. */
  public record Line(String name, String contact, Optional<String> web, String source, String checked) {
    public Line {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(contact, "contact");
      Objects.requireNonNull(web, "web");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(checked, "checked");
    }
  }
}
