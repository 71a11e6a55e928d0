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

  public HelpList(Helplines helplines) {
    this.helplines = helplines;
  }

  /**
   * Writes the list for {@code country} (a two-letter code; empty when it is not known). With
   * {@code emergencyFirst} the emergency number leads, as for someone who has been hurt or threatened.
   */
  public void write(Document doc, Optional<String> country, boolean emergencyFirst) {
    Optional<Helplines.Country> listed = country.flatMap(helplines::country);
    if (listed.isPresent()) {
      country(doc, listed.get(), emergencyFirst);
      return;
    }
    if (country.isPresent()) {
      // Other countries' numbers are no use there; what to do is.
      doc.paragraph(helplines.elsewhere());
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
    Optional<Helplines.Country> listed = country.flatMap(helplines::country);
    if (listed.isPresent()) {
      doc.bullet(line(listed.get().emergency()));
      listed.get().crisis().forEach(line -> doc.bullet(line(line)));
    } else {
      doc.bullet("Your local emergency number (" + String.join(", ", helplines.countries().stream()
          .map(c -> c.code() + " " + digits(c.emergency().contact())).toList()) + ")");
      for (Helplines.Country each : helplines.countries()) {
        each.crisis().forEach(line -> doc.bullet("In " + each.name() + ": " + line(line)));
      }
    }
  }

  private void country(Document doc, Helplines.Country country, boolean emergencyFirst) {
    doc.entry("In " + country.name() + " (" + country.code() + ")");
    if (emergencyFirst) {
      doc.bullet(line(country.emergency()));
    }
    for (Helplines.Line line : country.lines()) {
      doc.bullet(line(line));
    }
    if (!emergencyFirst) {
      doc.bullet(line(country.emergency()));
    }
    country.note().ifPresent(note -> doc.subBullet(note));
  }

  private String line(Helplines.Line line) {
    return line.name() + ": " + line.contact() + line.web().map(web -> ", " + web).orElse("")
        + " (checked " + line.checked() + "; source: " + line.source() + ")";
  }

  /** "call 999; if you cannot speak..." becomes "999". */
  private static String digits(String contact) {
    String first = contact.replaceFirst("^call ", "");
    int end = 0;
    while (end < first.length() && (Character.isDigit(first.charAt(end)) || first.charAt(end) == ' ')) {
      end++;
    }
    return end == 0 ? first : first.substring(0, end).strip();
  }
}
