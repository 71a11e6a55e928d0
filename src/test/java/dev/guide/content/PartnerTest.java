package dev.guide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Pronoun tokens: the renderer on its own, and every text the guide ships, read for he, she and they. */
class PartnerTest {

  @Nested
  class Render {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "HE   | he him his himself",
      "SHE  | she her her herself",
      "THEY | they them their themselves"})
    void pronouns(Partner partner, String expected) {
      assertEquals(expected, partner.render("{he} {him} {his} {himself}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "HE   | He said His name to Him, Himself",
      "SHE  | She said Her name to Her, Herself",
      "THEY | They said Their name to Them, Themselves"})
    void capitalisedTokens(Partner partner, String expected) {
      assertEquals(expected, partner.render("{He} said {His} name to {Him}, {Himself}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "HE   | he keeps saying he's fine",
      "SHE  | she keeps saying she's fine",
      "THEY | they keep saying they're fine"})
    void verbFormsTakeTheTheyFormOnlyForThey(Partner partner, String expected) {
      assertEquals(expected, partner.render("{he} {keeps/keep} saying {he}{'s/'re} fine"));
    }

    @Test
    void textWithoutTokensComesBackAsItIs() {
      String text = "Talk calmly; listen.";
      assertSame(text, Partner.THEY.render(text));
    }

    @Test
    void unknownTokenIsLeftAsWritten() {
      assertEquals("ask {hm} and her", Partner.SHE.render("ask {hm} and {him}"));
      assertEquals("{HE} left", Partner.SHE.render("{HE} left"));
    }

    @Test
    void unclosedBraceIsLeftAsWritten() {
      assertEquals("she said {him", Partner.SHE.render("{he} said {him"));
    }

    @Test
    void parseTakesTheSubjectPronounInAnyCase() {
      assertEquals(Optional.of(Partner.SHE), Partner.parse(" She "));
      assertEquals(Optional.of(Partner.THEY), Partner.parse("THEY"));
      assertEquals(Optional.empty(), Partner.parse("him"));
      assertEquals("they", Partner.THEY.toString());
    }
  }

  @Nested
  class CheckTokens {

    @ParameterizedTest
    @ValueSource(strings = {
      "no tokens at all",
      "{he} {him} {his} {himself}",
      "{He} {Him} {His} {Himself}",
      "{he} {keeps/keep} going and {he}{'s/'re} tired",
      ""})
    void knownTokensAreFine(String text) {
      assertEquals(Optional.empty(), Partner.checkTokens(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "ask {her}            | unknown token {her}",
      "{HE} said            | unknown token {HE}",
      "{hE} said            | unknown token {hE}",
      "{}                   | unknown token {}",
      "{/keep}              | unknown token {/keep}",
      "{keeps/}             | unknown token {keeps/}",
      "{a/b/c}              | unknown token {a/b/c}",
      "{he said             | never closed",
      "{he {him}}           | inside a token",
      "he} said             | no '{' before it"})
    void problemsAreNamed(String text, String problem) {
      Optional<String> found = Partner.checkTokens(text);
      assertTrue(found.isPresent() && found.get().contains(problem), () -> text + " -> " + found);
    }

    @Test
    void unknownTokenMessageSaysWhatToUseInstead() {
      String message = Partner.checkTokens("{she}").orElseThrow();
      assertTrue(message.contains("{he}") && message.contains("{form/they-form}"), message);
    }
  }

  /**
   * Every string value of every content file, rendered for each partner. Skipped are only values
   * that are not prose: ids and id references, an article's section as cited
   * ({@code sources[].section}: the articles' own headings, such as "He's Been Hurt Before"),
   * sources.json's title, byline and file, which quote the articles as they are published, and
   * helplines.json's codes, dates and web addresses.
   */
  @Nested
  class AllContent {

    static final Set<String> ID_FIELDS = Set.of("id", "advice", "related", "unclearAdvice", "question", "anyOf", "source",
        "noneOf", "excludes", "alternatives", "safetyAdvice", "unsafeAdvice", "unsafeReasons", "ownLifeAdvice",
        "code", "checked", "web");

    static final Pattern HE_WORDS = Pattern.compile("(?i)\\b(he|him|his|himself)\\b");
    /**
     * A singular verb after "they" (or before it, in a question: "Is they open...?") means a token
     * used a plain verb where it needed {singular/plural}.
     */
    static final Pattern THEY_SINGULAR = Pattern.compile("\\b[Tt]hey (is|was|has|does|doesn't|isn't|wasn't|hasn't)\\b|\\b[Tt]hey's\\b"
        + "|\\b([Ii]s|[Ww]as|[Hh]as|[Dd]oes|[Dd]oesn't|[Ii]sn't|[Ww]asn't|[Hh]asn't) they\\b");
    static final Pattern SHE_PLURAL = Pattern.compile("\\b[Ss]he (are|were|have|do|don't|aren't|weren't|haven't)\\b|\\b[Ss]he'(re|ve)\\b"
        + "|\\b([Aa]re|[Ww]ere|[Hh]ave|[Dd]o|[Dd]on't|[Aa]ren't|[Ww]eren't|[Hh]aven't) she\\b");

    record Prose(String where, String text) {}

    static List<Prose> prose;

    @BeforeAll
    static void readEveryString() throws IOException, JsonReader.SyntaxError {
      prose = new ArrayList<>();
      for (String file : ContentReader.FILES) {
        try (InputStream in = ContentReader.builtIn().open(file)) {
          collect(file, null, JsonReader.read(in), prose);
        }
      }
    }

    private static void collect(String file, String key, Json value, List<Prose> into) {
      if (value instanceof Json.Obj obj) {
        obj.members().values().forEach(member -> collect(file, member.name(), member.value(), into));
      } else if (value instanceof Json.Arr arr) {
        arr.items().forEach(item -> collect(file, key, item, into));
      } else if (value instanceof Json.Str str && isProse(file, key)) {
        into.add(new Prose(file + ":" + str.at() + " (" + key + ")", str.value()));
      }
    }

    private static boolean isProse(String file, String key) {
      if (ID_FIELDS.contains(key) || "section".equals(key)) {
        return false;
      }
      return !(file.equals("sources.json") && Set.of("title", "byline", "file").contains(key));
    }

    @Test
    void theWalkFindsTheTexts() {
      assertTrue(prose.size() > 250, () -> "only " + prose.size() + " texts found");
      long withTokens = prose.stream().filter(p -> p.text().contains("{")).count();
      assertTrue(withTokens > 100, () -> "only " + withTokens + " texts with tokens");
      assertTrue(prose.stream().anyMatch(p -> p.where().startsWith("questions.json") && p.where().endsWith("(label)")));
      assertTrue(prose.stream().noneMatch(p -> p.text().equals("fear-of-intimacy")), "ids are not prose");
    }

    @Test
    void noBraceIsLeftForAnyPartner() {
      List<String> problems = new ArrayList<>();
      for (Prose p : prose) {
        for (Partner partner : Partner.values()) {
          String rendered = partner.render(p.text());
          if (rendered.indexOf('{') >= 0 || rendered.indexOf('}') >= 0) {
            problems.add(p.where() + " for " + partner + ": " + rendered);
          }
        }
      }
      assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void sheAndTheyTextsNeverSayHe() {
      List<String> problems = new ArrayList<>();
      for (Prose p : prose) {
        for (Partner partner : List.of(Partner.SHE, Partner.THEY)) {
          String rendered = partner.render(p.text());
          if (HE_WORDS.matcher(rendered).find()) {
            problems.add(p.where() + " for " + partner + ": " + rendered);
          }
        }
      }
      assertTrue(problems.isEmpty(), () -> "write {he}, {him}, {his} or {himself}:\n" + String.join("\n", problems));
    }

    /** "they" followed by a verb in its he/she form: the common ones the content uses after a pronoun. */
    static final Pattern THEY_S_VERB = Pattern.compile(
        "\\b[Tt]hey (keeps|says|seems|wants|needs|goes|makes|tells|takes|gets|feels|knows|tries|thinks|comes|looks"
            + "|asks|talks|starts|stops|controls|checks|limits|listens|opens|avoids|hides|cancels|changes|disappears)\\b");

    @Test
    void theyNeverTakesAVerbInItsHeForm() {
      List<String> problems = new ArrayList<>();
      for (Prose p : prose) {
        String they = Partner.THEY.render(p.text());
        if (THEY_S_VERB.matcher(they).find()) {
          problems.add(p.where() + " for they: " + they);
        }
      }
      assertTrue(problems.isEmpty(), () -> "use {singular/plural} verb forms:\n" + String.join("\n", problems));
    }

    @Test
    void verbsAgreeWithThePronoun() {
      List<String> problems = new ArrayList<>();
      for (Prose p : prose) {
        String they = Partner.THEY.render(p.text());
        if (THEY_SINGULAR.matcher(they).find()) {
          problems.add(p.where() + " for they: " + they);
        }
        String she = Partner.SHE.render(p.text());
        if (SHE_PLURAL.matcher(she).find()) {
          problems.add(p.where() + " for she: " + she);
        }
      }
      assertTrue(problems.isEmpty(), () -> "use {singular/plural} verb forms:\n" + String.join("\n", problems));
    }
  }
}
