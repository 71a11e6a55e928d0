package dev.guide.cli;

import static dev.guide.Guide.guide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.ExitCode;
import dev.guide.content.ContentException;
import dev.guide.content.ContentReader;
import dev.guide.content.Helplines;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The completion scripts complete --country with the countries the content lists help for, and fish has its own. */
class CompletionTest {

  private static List<String> listed() throws ContentException {
    return ContentReader.readBuiltIn().helplines().countries().stream().map(Helplines.Country::code).toList();
  }

  @Test
  void bashAndZshCompleteTheCountriesOfTheContent() throws ContentException {
    for (String shell : List.of("bash", "zsh")) {
      String script = guide().exec("completion", shell).assertExit(ExitCode.OK).out();
      Matcher values = Pattern.compile("local CC_option_args=\\(([^)]*)\\) # --country values").matcher(script);
      int found = 0;
      while (values.find()) {
        assertEquals(listed(), List.of(values.group(1).replace("\"", "").split(" ")), shell);
        found++;
      }
      // ask, plan and safety take --country.
      assertEquals(3, found, script);
    }
  }

  @Test
  void fishCompletesCommandsOptionsIdsAndCountries() throws ContentException {
    String script = guide().exec("completion", "fish").assertExit(ExitCode.OK).out();
    String countries = String.join(" ", listed());
    for (String command : List.of("ask", "plan", "safety")) {
      assertTrue(script.contains("complete -c guide -n '__fish_seen_subcommand_from " + command + "' -l country -x -a '"
          + countries + "'"), command + "\n" + script);
    }
    assertTrue(script.contains("complete -c guide -n __fish_use_subcommand -a 'ask' -d 'Answer a few questions"), script);
    assertTrue(script.contains("complete -c guide -l partner -x -a 'he she they'"), script);
    assertTrue(script.contains("complete -c guide -n '__fish_seen_subcommand_from reason' -a 'fear-of-intimacy "), script);
    assertTrue(script.contains("complete -c guide -n '__fish_seen_subcommand_from ask' -l answers -r -F"), script);
    // A quote in a description is escaped as fish reads it.
    assertTrue(script.contains("\\'guide ask --save\\'"), script);
    assertTrue(script.contains("-l debug"), script);
  }

  @Test
  void aCountryCodeOutsideTheListIsStillTakenAndAWrongOneNamesWhatToGive() {
    guide().exec("safety", "--country", "FR").assertExit(ExitCode.OK);
    guide().exec("safety", "--country", "France").assertExit(ExitCode.OK).assertOutContains("no helplines listed for your country");
    String err = guide().exec("safety", "--country", " ").assertExit(ExitCode.USAGE).err();
    assertTrue(err.contains("two-letter code such as GB") && !err.contains("not a choice"), err);
  }
}
