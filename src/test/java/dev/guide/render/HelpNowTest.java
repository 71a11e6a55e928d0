package dev.guide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.content.ContentException;
import dev.guide.content.ContentReader;
import dev.guide.content.Helplines;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The lines shown at once after an answer of fear or harm. With no country known they named only
 * the emergency numbers, so someone not in danger this minute had no one to talk to until the
 * result, questions later (a new user's trial): each listed country's first line, as dialled.
 */
class HelpNowTest {

  private static Helplines helplines() throws ContentException {
    return ContentReader.read(ContentReader.builtIn()).helplines();
  }

  @Test
  void withNoCountryKnownEachListedCountrysFirstLineIsNamedAsDialled() throws ContentException {
    Helplines helplines = helplines();
    String fear = String.join("\n", new HelpList(helplines).now(Optional.empty(), false, true));
    assertTrue(fear.contains(helplines.now().lines() + " GB 0808 2000 247, US 1-800-799-7233, AU 1800 737 732, "
        + "IE 1800 341 900, CA sheltersafe.ca."), fear);
    String crisis = String.join("\n", new HelpList(helplines).now(Optional.empty(), true, true));
    assertTrue(crisis.contains(helplines.now().crisisLines() + " GB 116 123, US 988, AU 13 11 14, IE 116 123, CA 988."),
        crisis);
  }

  @Test
  void aKnownCountryKeepsItsOwnTwoLines() throws ContentException {
    List<String> gb = new HelpList(helplines()).now(Optional.of("GB"), false, false);
    assertEquals(3, gb.size(), String.join("\n", gb));
    assertTrue(gb.get(1).startsWith("call 0808 2000 247"), gb.get(1));
  }
}
