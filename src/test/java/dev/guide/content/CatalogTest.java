package dev.guide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The content built into the guide holds what CATALOG.md promises. The reason and sign ids are a
 * contract (commands, answer files and other people's scripts use them), so they are written out
 * here rather than read from the content under test.
 */
class CatalogTest {

  static final List<String> REASON_IDS = List.of(
      "fear-of-intimacy",
      "low-self-esteem",
      "past-hurt",
      "someone-else",
      "falling-for-you",
      "outside-stress",
      "unsure-about-relationship",
      "next-step-nerves",
      "moving-too-fast",
      "fear-of-vulnerability",
      "emotionally-unavailable",
      "fear-of-commitment",
      "losing-interest");

  static final List<String> SIGN_IDS = List.of(
      "says-he-doesnt-deserve-you",
      "old-flame-returns",
      "keeps-cancelling",
      "no-time-for-you",
      "keeps-things-from-you",
      "story-keeps-changing",
      "only-fighting",
      "gaslighting",
      "no-answer-to-your-needs");

  /** The catalog sits beside the project in the shared folder, when the project is checked out there. */
  static final Path CATALOG = Path.of("..", "shared", "CATALOG.md");

  static Content content;

  @BeforeAll
  static void readBuiltIn() throws ContentException {
    content = ContentReader.read(ContentReader.builtIn());
  }

  @Test
  void everyCatalogReasonIsThereAndNoOther() {
    List<String> ids = content.reasons().stream().map(Reason::id).toList();
    assertEquals(new TreeSet<>(REASON_IDS), new TreeSet<>(ids));
    assertEquals(REASON_IDS.size(), ids.size(), "no reason twice: " + ids);
  }

  @Test
  void everyCatalogSignIsThereAndNoOther() {
    List<String> ids = content.signs().stream().map(WalkAwaySign::id).toList();
    assertEquals(new TreeSet<>(SIGN_IDS), new TreeSet<>(ids));
    assertEquals(SIGN_IDS.size(), ids.size(), "no sign twice: " + ids);
  }

  @Test
  void theIdsWrittenHereAreTheCatalogs() throws IOException {
    assumeTrue(Files.isRegularFile(CATALOG), "no " + CATALOG + " next to the project");
    Map<String, Map<String, Set<String>>> tables = catalogTables(Files.readString(CATALOG, StandardCharsets.UTF_8));
    assertEquals(REASON_IDS, List.copyOf(tables.get("Reasons").keySet()), "the reason ids of " + CATALOG);
    assertEquals(SIGN_IDS, List.copyOf(tables.get("Signs").keySet()), "the sign ids of " + CATALOG);
  }

  @Test
  void everyReasonAndSignCreditsTheArticlesTheCatalogNames() throws IOException {
    assumeTrue(Files.isRegularFile(CATALOG), "no " + CATALOG + " next to the project");
    Map<String, Map<String, Set<String>>> tables = catalogTables(Files.readString(CATALOG, StandardCharsets.UTF_8));
    List<String> missing = new ArrayList<>();
    tables.get("Reasons").forEach((id, sources) -> {
      Set<String> credited = sourceIds(content.reason(id).orElseThrow().sources());
      if (!credited.containsAll(sources)) {
        missing.add("reason " + id + " credits " + credited + ", the catalog names " + sources);
      }
    });
    tables.get("Signs").forEach((id, sources) -> {
      Set<String> credited = sourceIds(content.sign(id).orElseThrow().sources());
      if (!credited.containsAll(sources)) {
        missing.add("sign " + id + " credits " + credited + ", the catalog names " + sources);
      }
    });
    assertTrue(missing.isEmpty(), () -> String.join("\n", missing));
  }

  @Test
  void atLeastEighteenAdviceItems() {
    assertTrue(content.advice().size() >= 18, () -> "only " + content.advice().size() + " advice items");
  }

  @Test
  void theThreeArticlesAreTheSources() {
    assertEquals(List.of("000", "001", "002"), content.sources().stream().map(Source::id).sorted().toList());
    for (Source source : content.sources()) {
      assertTrue(source.file().startsWith(source.id() + "_"), () -> source + " should name its article file");
    }
  }

  @Test
  void everyReasonHasAdviceAndASource() {
    for (Reason reason : content.reasons()) {
      assertFalse(reason.advice().isEmpty(), () -> reason.id() + " has no advice");
      assertFalse(reason.sources().isEmpty(), () -> reason.id() + " credits no source");
      assertFalse(reason.looksLike().isEmpty(), () -> reason.id() + " says nothing about what it looks like");
    }
  }

  @Test
  void everySignAndAdviceItemCreditsASource() {
    for (WalkAwaySign sign : content.signs()) {
      assertFalse(sign.sources().isEmpty(), () -> sign.id() + " credits no source");
      assertFalse(sign.advice().isEmpty(), () -> sign.id() + " has no advice");
    }
    for (Advice advice : content.advice()) {
      if (advice.own()) {
        // The guide's own advice (safety, leaving, keeping people close) is no article's: crediting one would mislead.
        assertTrue(advice.sources().isEmpty(), () -> advice.id() + " is the guide's own, yet credits " + advice.sources());
        assertTrue(advice.adapted().isEmpty(), () -> advice.id() + " is the guide's own, so it adapts no article");
      } else {
        assertFalse(advice.sources().isEmpty(), () -> advice.id() + " credits no source and is not marked own");
      }
    }
  }

  @Test
  void anAdaptedItemSaysWhatItLeftOutAndCreditsTheSectionItAdapted() {
    List<String> problems = new ArrayList<>();
    for (Advice advice : content.advice()) {
      boolean sectionAdapted = advice.sources().stream().anyMatch(SourceRef::adapted);
      if (sectionAdapted != advice.adapted().isPresent()) {
        problems.add(advice.id() + ": " + (sectionAdapted ? "a section is adapted, but no note says how"
            : "a note says it is adapted, but no section is marked adapted"));
      }
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    assertTrue(content.advice().stream().anyMatch(a -> a.adapted().isPresent()), "some advice is adapted");
  }

  @Test
  void everyReferenceResolves() {
    List<String> dangling = new ArrayList<>();
    for (Reason reason : content.reasons()) {
      reason.advice().stream().filter(id -> content.adviceItem(id).isEmpty())
          .forEach(id -> dangling.add("reason " + reason.id() + " -> advice " + id));
      reason.related().stream().filter(id -> content.reason(id).isEmpty())
          .forEach(id -> dangling.add("reason " + reason.id() + " -> related " + id));
      sourcesOf("reason " + reason.id(), reason.sources(), dangling);
    }
    for (WalkAwaySign sign : content.signs()) {
      sign.advice().stream().filter(id -> content.adviceItem(id).isEmpty())
          .forEach(id -> dangling.add("sign " + sign.id() + " -> advice " + id));
      sourcesOf("sign " + sign.id(), sign.sources(), dangling);
    }
    for (Advice advice : content.advice()) {
      sourcesOf("advice " + advice.id(), advice.sources(), dangling);
    }
    for (WalkAwaySign sign : content.signs()) {
      sign.alternatives().stream().filter(id -> content.reason(id).isEmpty())
          .forEach(id -> dangling.add("sign " + sign.id() + " -> alternative " + id));
    }
    for (Advice advice : content.advice()) {
      advice.excludes().stream().filter(id -> content.adviceItem(id).isEmpty() || id.equals(advice.id()))
          .forEach(id -> dangling.add("advice " + advice.id() + " -> excludes " + id));
      for (Condition when : advice.when()) {
        conditionOf("advice " + advice.id(), when, dangling);
      }
    }
    Questionnaire.Messages messages = content.questionnaire().messages();
    Map<String, List<String>> adviceLists = Map.of("unclearAdvice", messages.unclearAdvice(),
        "safetyAdvice", messages.safetyAdvice(), "unsafeAdvice", messages.unsafeAdvice(),
        "ownLifeAdvice", messages.ownLifeAdvice());
    adviceLists.forEach((name, ids) -> ids.stream().filter(id -> content.adviceItem(id).isEmpty())
        .forEach(id -> dangling.add(name + " -> " + id)));
    messages.unsafeReasons().stream().filter(id -> content.reason(id).isEmpty())
        .forEach(id -> dangling.add("unsafeReasons -> " + id));
    for (Question question : content.questionnaire().questions()) {
      question.when().ifPresent(when -> conditionOf("question " + question.id(), when, dangling));
      for (Choice choice : question.choices()) {
        choice.evidence().keySet().stream()
            .filter(id -> content.reason(id).isEmpty() && content.sign(id).isEmpty())
            .forEach(id -> dangling.add("choice " + question.id() + "/" + choice.id() + " -> evidence " + id));
        choice.advice().stream().filter(id -> content.adviceItem(id).isEmpty())
            .forEach(id -> dangling.add("choice " + question.id() + "/" + choice.id() + " -> advice " + id));
      }
    }
    assertTrue(dangling.isEmpty(), () -> "dangling references:\n" + String.join("\n", dangling));
  }

  @Test
  void everyAdviceItemIsReachable() {
    Questionnaire.Messages messages = content.questionnaire().messages();
    Set<String> offered = Stream.of(
            content.reasons().stream().flatMap(r -> r.advice().stream()),
            content.signs().stream().flatMap(s -> s.advice().stream()),
            content.questionnaire().questions().stream().flatMap(q -> q.choices().stream()).flatMap(c -> c.advice().stream()),
            messages.unclearAdvice().stream(),
            messages.safetyAdvice().stream(),
            messages.ownLifeAdvice().stream())
        .flatMap(ids -> ids)
        .collect(Collectors.toSet());
    List<String> unused = content.advice().stream().map(Advice::id).filter(id -> !offered.contains(id)).toList();
    assertTrue(unused.isEmpty(),
        () -> "advice no reason, sign, answer or the unclear, safety or own-life lists offer: " + unused);
  }

  @Test
  void theGuidesOwnSafetyAdviceLeadsUnderSafetyAndNothingItHoldsBackIsOffered() {
    Questionnaire.Messages messages = content.questionnaire().messages();
    for (String id : messages.safetyAdvice()) {
      assertTrue(content.adviceItem(id).orElseThrow().own(), () -> id + " leads the safety section but is not marked own");
      assertFalse(messages.unsafeAdvice().contains(id), () -> id + " is both safety advice and held back under safety");
    }
    assertTrue(messages.ownLifeAdvice().stream().anyMatch(id -> content.adviceItem(id).orElseThrow().when().isEmpty()),
        "some own-life item has no condition, so every result can keep its place");
  }

  @Test
  void noMessageListNamesAnIdTwice() {
    Questionnaire.Messages messages = content.questionnaire().messages();
    Map<String, List<String>> lists = Map.of("unclearAdvice", messages.unclearAdvice(),
        "safetyAdvice", messages.safetyAdvice(), "unsafeAdvice", messages.unsafeAdvice(),
        "unsafeReasons", messages.unsafeReasons(), "ownLifeAdvice", messages.ownLifeAdvice());
    List<String> twice = new ArrayList<>();
    lists.forEach((name, ids) -> ids.stream().filter(id -> ids.indexOf(id) != ids.lastIndexOf(id)).distinct()
        .forEach(id -> twice.add(name + ": " + id)));
    assertTrue(twice.isEmpty(), () -> "listed twice: " + twice);
  }

  private static void conditionOf(String what, Condition when, List<String> dangling) {
    Optional<Question> question = content.questionnaire().question(when.question());
    if (question.isEmpty()) {
      dangling.add(what + " -> when " + when.question());
      return;
    }
    when.anyOf().stream().filter(id -> question.get().choice(id).isEmpty())
        .forEach(id -> dangling.add(what + " -> when " + when.question() + "/" + id));
  }

  /**
   * A sign needs corroboration: content weights each answer below the sign threshold, so one
   * answer with an innocent reading never shows a sign alone. The exceptions are deliberate and
   * written out here, so that a weight raised by accident is caught: keeping plans from you and a
   * story caught changing are the signs themselves (001 signs §5, §6), and doubting one's own
   * memory is also a safety answer.
   */
  @Test
  void onlyTheNamedSignsCanBeShownByOneAnswerAlone() {
    double threshold = content.questionnaire().thresholds().sign();
    Set<String> alone = new TreeSet<>();
    for (Question question : content.questionnaire().questions()) {
      for (Choice choice : question.choices()) {
        for (WalkAwaySign sign : content.signs()) {
          if (choice.weight(sign.id()) >= threshold) {
            alone.add(sign.id());
          }
        }
      }
    }
    assertEquals(new TreeSet<>(List.of("keeps-things-from-you", "story-keeps-changing", "gaslighting")), alone);
    for (WalkAwaySign sign : content.signs()) {
      boolean reachable = content.questionnaire().questions().stream().flatMap(q -> q.choices().stream())
          .mapToDouble(c -> Math.max(0, c.weight(sign.id()))).sum() >= threshold;
      assertTrue(reachable, () -> sign.id() + " cannot reach the sign threshold even with every answer");
    }
  }

  @Test
  void everyReasonAndSignHasEvidenceFromSomeAnswer() {
    Set<String> reached = new TreeSet<>();
    for (Question question : content.questionnaire().questions()) {
      for (Choice choice : question.choices()) {
        choice.evidence().forEach((id, weight) -> {
          if (weight > 0) {
            reached.add(id);
          }
        });
      }
    }
    Set<String> expected = new TreeSet<>(REASON_IDS);
    expected.addAll(SIGN_IDS);
    assertEquals(expected, reached);
  }

  private static void sourcesOf(String what, List<SourceRef> refs, List<String> dangling) {
    for (SourceRef ref : refs) {
      if (content.source(ref.source()).isEmpty()) {
        dangling.add(what + " -> source " + ref.source());
      }
    }
  }

  private static Set<String> sourceIds(List<SourceRef> refs) {
    return refs.stream().map(SourceRef::source).collect(Collectors.toCollection(TreeSet::new));
  }

  private static final Pattern TABLE_ROW = Pattern.compile("^\\|\\s*([a-z0-9][a-z0-9-]*)\\s*\\|.*\\|\\s*([^|]*)\\|\\s*$");
  private static final Pattern SOURCE_ID = Pattern.compile("\\b(00[0-9])\\b");

  /**
   * The id tables of the catalog, by the first word of their "## " heading ("Reasons", "Signs"):
   * each row's id and the article ids named in its last column. Header and rule rows do not
   * match an id followed by more cells, and the advice table's first column is prose.
   */
  static Map<String, Map<String, Set<String>>> catalogTables(String markdown) {
    Map<String, Map<String, Set<String>>> tables = new LinkedHashMap<>();
    Map<String, Set<String>> current = null;
    for (String line : markdown.split("\n")) {
      if (line.startsWith("## ")) {
        String word = line.substring(3).strip().split("\\s+")[0];
        current = word.equals("Reasons") || word.equals("Signs") ? new LinkedHashMap<>() : null;
        if (current != null) {
          tables.put(word, current);
        }
        continue;
      }
      Matcher row = TABLE_ROW.matcher(line.strip());
      if (current != null && row.matches() && !row.group(1).equals("id")) {
        Set<String> sources = new TreeSet<>();
        Matcher source = SOURCE_ID.matcher(row.group(2));
        while (source.find()) {
          sources.add(source.group(1));
        }
        current.put(row.group(1), sources);
      }
    }
    assertEquals(Set.of("Reasons", "Signs"), tables.keySet(), "CATALOG.md should have its Reasons and Signs tables");
    return tables;
  }
}
