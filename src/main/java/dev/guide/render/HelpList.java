package dev.guide.render;

import dev.guide.content.Helplines;
import java.util.Optional;

/**
 * The help list of the safety section: the reader's country's helplines and emergency number, each
 * with where it was read and when it was checked; for a country the guide does not list, what to
 * do there, then every country it lists.
 */
public final class HelpList {

  private final Helplines helplines;
  private boolean withCrisis;

  public HelpList(Helplines helplines) {
    this.helplines = helplines;
  }

  /** Lists each country's crisis lines too, after its helplines (as {@code guide safety} does). */
  public HelpList withCrisis() {
    withCrisis = true;
    return this;
  }

  /**
   * The whole list, as {@code guide safety} shows it: the reader's country; or, for a country it
   * does not list, what to do there (or that the code is not a country code at all), then every
   * country it lists; or, with no country known, every country it lists.
   */
  public void writeAll(Document doc, Optional<String> country) {
    Optional<Helplines.Country> listed = listed(country);
    if (listed.isPresent()) {
      country(doc, listed.get(), true);
      return;
    }
    if (country.isEmpty()) {
      write(doc, country, true);
      return;
    }
    String code = country.get().toUpperCase(java.util.Locale.ROOT);
    if (!isCountryCode(code)) {
      notCountry(doc, code, true);
      return;
    }
    doc.paragraph(helplines.elsewhere());
    doc.paragraph("Help in the countries the guide lists:");
    for (Helplines.Country each : helplines.countries()) {
      country(doc, each, true);
    }
    doc.paragraph(helplines.anywhere());
  }

  /**
   * For a code that is no country at all (mistyped, most likely: the reader's own country may be
   * one the guide lists): that it is not one, then every country's lines and what to do elsewhere.
   */
  private void notCountry(Document doc, String code, boolean emergencyFirst) {
    doc.paragraph("'" + code + "' " + helplines.notCountry());
    for (Helplines.Country each : helplines.countries()) {
      country(doc, each, emergencyFirst);
    }
    doc.paragraph(helplines.anywhere());
  }

  /** Whether two letters are an ISO 3166-1 alpha-2 country code (FR is, XX is not). */
  public static boolean isCountryCode(String code) {
    return java.util.Arrays.asList(java.util.Locale.getISOCountries()).contains(code.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * Two or three lines to show at once after an answer about being hurt or threatened, or about
   * the partner harming himself ({@code crisis}): the emergency number, the first line for the
   * reader's country (a crisis line for a crisis), or every listed country's emergency number (and,
   * for a code that is no country, that it is none), that {@code guide safety} lists more, and, when
   * the questions go {@code on}, that they do and how to stop at once.
   */
  public java.util.List<String> now(Optional<String> country, boolean crisis, boolean on) {
    Helplines.Now now = helplines.now();
    Optional<Helplines.Country> listed = listed(country);
    java.util.List<String> lines = new java.util.ArrayList<>();
    if (listed.isPresent()) {
      lines.add(now.danger() + " " + listed.get().emergency().contact() + ".");
      java.util.List<Helplines.Line> first = crisis && !listed.get().crisis().isEmpty() ? listed.get().crisis()
          : listed.get().lines();
      first.stream().findFirst().ifPresent(line -> lines.add(line.contact() + ": " + line.name() + "."));
    } else {
      lines.add(now.danger() + " " + now.local() + " (" + String.join(", ", helplines.countries().stream()
          .map(c -> c.code() + " " + digits(c.emergency().contact())).toList()) + ").");
      // A helpline to talk to at once, not only the emergency numbers, while the country is unknown.
      java.util.List<String> talk = new java.util.ArrayList<>();
      for (Helplines.Country each : helplines.countries()) {
        java.util.List<Helplines.Line> first = crisis && !each.crisis().isEmpty() ? each.crisis() : each.lines();
        if (!first.isEmpty()) {
          Helplines.Line line = first.get(0);
          String number = dialled(line.contact());
          talk.add(each.code() + " " + (number.isEmpty() ? line.web().orElse(line.contact()) : number));
        }
      }
      if (!talk.isEmpty()) {
        lines.add((crisis ? now.crisisLines() : now.lines()) + " " + String.join(", ", talk) + ".");
      }
      String code = country.isPresent() ? country.get().toUpperCase(java.util.Locale.ROOT) : "";
      if (!code.isEmpty() && !isCountryCode(code)) {
        lines.add("'" + code + "' " + now.notCountry());
      }
    }
    lines.add(on ? now.more() + " " + now.goesOn() : now.more());
    return lines;
  }

  /**
   * Writes the list for {@code country} (a two-letter code; empty when it is not known). With
   * {@code emergencyFirst} the emergency number leads, as for someone who has been hurt or threatened.
   */
  public void write(Document doc, Optional<String> country, boolean emergencyFirst) {
    Optional<Helplines.Country> listed = listed(country);
    if (listed.isPresent()) {
      country(doc, listed.get(), emergencyFirst);
      return;
    }
    if (country.isPresent()) {
      String code = country.get().toUpperCase(java.util.Locale.ROOT);
      if (isCountryCode(code)) {
        // Other countries' numbers are no use there; what to do is.
        doc.paragraph(helplines.elsewhere());
      } else {
        notCountry(doc, code, emergencyFirst);
      }
      return;
    }
    doc.paragraph("The guide does not know which country you are in (give --country, for example --country GB). "
        + "Help in the countries it lists:");
    for (Helplines.Country each : helplines.countries()) {
      country(doc, each, emergencyFirst);
    }
    doc.paragraph(helplines.anywhere());
  }

  /** The emergency number and the crisis lines, for the crisis note. */
  public void crisis(Document doc, Optional<String> country) {
    Optional<Helplines.Country> listed = listed(country);
    if (listed.isPresent()) {
      line(doc, listed.get().emergency());
      for (Helplines.Line line : listed.get().crisis()) {
        line(doc, line);
      }
    } else {
      doc.bullet("Your local emergency number (" + String.join(", ", helplines.countries().stream()
          .map(c -> c.code() + " " + digits(c.emergency().contact())).toList()) + ")");
      for (Helplines.Country each : helplines.countries()) {
        each.crisis().forEach(line -> {
          doc.bullet("In " + each.name() + ": " + line.contact() + ": " + line.name() + line.web().map(web -> ", " + web).orElse(""));
          doc.subBullet("checked " + line.checked() + "; source: " + line.source());
        });
      }
    }
  }

  private void country(Document doc, Helplines.Country country, boolean emergencyFirst) {
    doc.entry("In " + country.name() + " (" + country.code() + ")");
    if (emergencyFirst) {
      line(doc, country.emergency());
    }
    for (Helplines.Line line : country.lines()) {
      line(doc, line);
    }
    if (withCrisis) {
      for (Helplines.Line line : country.crisis()) {
        line(doc, line);
      }
    }
    if (!emergencyFirst) {
      line(doc, country.emergency());
    }
    if (country.note().isPresent()) {
      doc.subBullet(country.note().get());
    }
  }

  /**
   * The country's entry, when the guide lists it. (Loops and plain calls rather than lambdas on
   * this path: each lambda's first use costs start-up time, README "Performance".)
   */
  private Optional<Helplines.Country> listed(Optional<String> country) {
    return country.isPresent() ? helplines.country(country.get()) : Optional.empty();
  }

  /** The number first on its line, then what it is; where it was read and when on the line after. */
  private static void line(Document doc, Helplines.Line line) {
    doc.bullet(line.contact() + ": " + line.name() + (line.web().isPresent() ? ", " + line.web().get() : ""));
    doc.subBullet("checked " + line.checked() + "; source: " + line.source());
  }

  /** "call 999; if you cannot speak..." becomes "999", "call 999 or 112" "999 or 112". */
  private static String digits(String contact) {
    String first = contact.replaceFirst("^call ", "");
    int end = number(first, 0);
    if (end > 0 && first.startsWith(" or ", end) && number(first, end + 4) > end + 4) {
      end = number(first, end + 4);
    }
    return end == 0 ? first : first.substring(0, end).strip();
  }

  /**
   * The first number in a line's contact, as dialled ("call 1-800-799-7233, TTY ..." is
   * 1-800-799-7233, "call or text 988" is 988); empty when it has none before a comma.
   */
  static String dialled(String contact) {
    int from = 0;
    while (from < contact.length() && !Character.isDigit(contact.charAt(from)) && contact.charAt(from) != ',') {
      from++;
    }
    String rest = contact.substring(from);
    int end = 0;
    while (end < rest.length() && (Character.isDigit(rest.charAt(end)) || rest.charAt(end) == ' ' || rest.charAt(end) == '-')) {
      end++;
    }
    String number = rest.substring(0, end).strip();
    return number.isEmpty() || !Character.isDigit(number.charAt(number.length() - 1)) ? "" : number;
  }

  /** Where the number (digits and spaces) that starts at {@code from} ends. */
  private static int number(String text, int from) {
    int end = from;
    while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == ' ')) {
      end++;
    }
    while (end > from && text.charAt(end - 1) == ' ') {
      end--;
    }
    return end;
  }
}
