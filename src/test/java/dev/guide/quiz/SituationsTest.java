package dev.guide.quiz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.guide.GuideException;
import dev.guide.content.Advice;
import dev.guide.content.Content;
import dev.guide.content.Helplines;
import dev.guide.content.Partner;
import dev.guide.render.Document;
import dev.guide.render.ResultReport;
import dev.guide.render.Styler;
import dev.guide.render.View;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The situations suite, the specification of the scoring: each {@code situations/*.answers} is a
 * realistic person's answer file whose {@code # expect} lines give the reading a careful
 * counsellor who knows the three articles would give, each with the passage it rests on (see
 * {@code situations/README.md}). The real content scores each file, and every expectation must hold.
 */
class SituationsTest {

  private static final Path DIR = Path.of(System.getProperty("basedir", "."), "src/test/resources/situations");
  private static final Content CONTENT = TinyContent.real();

  static Stream<String> situations() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".answers")).sorted().toList().stream();
    }
  }

  @Test
  void theSuiteIsLargeAndEveryExpectationCitesItsPassage() throws IOException {
    List<String> names = situations().toList();
    assertTrue(names.size() >= 75, "at least 75 situations, found " + names.size());
    List<String> uncited = new ArrayList<>();
    for (String name : names) {
      for (String line : Files.readAllLines(DIR.resolve(name))) {
        if (line.startsWith("# expect") && (!line.contains("|") || line.substring(line.indexOf('|') + 1).isBlank())) {
          uncited.add(name + ": " + line);
        }
      }
    }
    assertTrue(uncited.isEmpty(), "expectations without a passage:\n" + String.join("\n", uncited));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("situations")
  void readsTheSituationAsACounsellorWould(String name) throws IOException, GuideException {
    Path file = DIR.resolve(name);
    List<String> lines = Files.readAllLines(file);
    Partner partner = Partner.HE;
    Optional<String> country = Optional.empty();
    List<String[]> expectations = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("# args:")) {
        List<String> args = Arrays.asList(line.substring(7).trim().split("\\s+"));
        int p = args.indexOf("--partner");
        if (p >= 0) {
          partner = Partner.parse(args.get(p + 1)).orElseThrow();
        }
        int c = args.indexOf("--country");
        if (c >= 0) {
          country = Optional.of(args.get(c + 1).toUpperCase(Locale.ROOT));
        }
      } else if (line.startsWith("# expect ")) {
        String body = line.substring(9);
        int bar = body.indexOf('|');
        String claim = (bar < 0 ? body : body.substring(0, bar)).trim();
        int colon = claim.indexOf(':');
        if (colon < 0) {
          fail(name + ": an expectation needs 'kind: values': " + line);
        }
        expectations.add(new String[] {claim.substring(0, colon).trim(), claim.substring(colon + 1).trim(), line});
      }
    }
    Answers answers = AnswerFile.parse(name, Files.readAllBytes(file), CONTENT.questionnaire());
    Result result = new Scorer(CONTENT).score(answers);
    View view = new View(partner, 80, Styler.PLAIN, false);
    String text = new ResultReport(CONTENT, view, country).write(result, Document.text(view));
    String squashed = text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);

    Set<String> reasons = result.reasons().stream().map(r -> r.reason().id()).collect(Collectors.toSet());
    Set<String> leads = result.reasons().stream().filter(r -> r.rank() == 1).map(r -> r.reason().id())
        .collect(Collectors.toSet());
    Set<String> signs = result.signs().stream().map(s -> s.sign().id()).collect(Collectors.toSet());
    Set<String> advice = result.advice().stream().map(Advice::id).collect(Collectors.toSet());
    Set<String> aside = result.setAside().stream().map(a -> a.sign().id()).collect(Collectors.toSet());
    List<String> failures = new ArrayList<>();
    for (String[] e : expectations) {
      String kind = e[0];
      String value = e[1];
      List<String> ids = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
      boolean holds = switch (kind) {
        case "lead" -> ids.stream().anyMatch(leads::contains);
        case "shown" -> reasons.containsAll(ids);
        case "not-shown" -> ids.stream().noneMatch(reasons::contains);
        case "sign" -> signs.containsAll(ids);
        case "no-sign" -> ids.stream().noneMatch(signs::contains);
        case "signs" -> value.equals("none") ? signs.isEmpty() : unknown(name, e[2]);
        case "safety" -> result.safety() == yes(name, value, e[2]);
        case "emergency-first" -> emergencyFirst(text, country) == yes(name, value, e[2]);
        case "confidence" -> ids.contains(result.confidence().word());
        case "unclear" -> result.unclear() == yes(name, value, e[2]);
        case "two-ways" -> result.readsTwoWays() == yes(name, value, e[2]);
        case "set-aside" -> aside.containsAll(ids);
        case "first-advice" -> !result.advice().isEmpty() && ids.contains(result.advice().get(0).id());
        case "not-first-advice" -> result.advice().isEmpty() || !ids.contains(result.advice().get(0).id());
        case "advice" -> advice.containsAll(ids);
        case "no-advice" -> ids.stream().noneMatch(advice::contains);
        case "says" -> squashed.contains(value.toLowerCase(Locale.ROOT));
        case "not-says" -> !squashed.contains(value.toLowerCase(Locale.ROOT));
        default -> unknown(name, e[2]);
      };
      if (!holds) {
        failures.add(e[2]);
      }
    }
    // A rule for every person, not one expectation: under fear or control nothing sends the reader to him.
    if (result.safety() && squashed.matches(".*\\ba talk with (him|her|them)\\b.*")) {
      failures.add("(the suite's own rule) under safety, the result suggests a talk with the partner");
    }
    if (!failures.isEmpty()) {
      fail(name + ": " + failures.size() + " expectation(s) do not hold:\n  " + String.join("\n  ", failures)
          + "\n\nscores: reasons " + result.reasons().stream().map(r -> r.reason().id() + "=" + r.score() + "#" + r.rank()).toList()
          + ", signs " + result.signs().stream().map(s -> s.sign().id() + "=" + s.score()).toList()
          + ", advice " + result.advice().stream().map(Advice::id).toList()
          + ", set aside " + aside + ", counters " + result.counters().stream().map(Result.Counter::id).toList()
          + ", confidence " + result.confidence().word() + ", unclear " + result.unclear() + ", safety " + result.safety()
          + "\n\nthe result it got:\n" + text);
    }
  }

  /** Whether the emergency number comes before the first helpline in the safety section. */
  private static boolean emergencyFirst(String text, Optional<String> country) {
    Helplines.Country listed = country.flatMap(CONTENT.helplines()::country).orElse(CONTENT.helplines().countries().get(0));
    // Each line starts with its number: "call 999; ...: Emergency services".
    String flat = text.replaceAll("\\s+", " ");
    int emergency = flat.indexOf(listed.emergency().contact() + ": " + listed.emergency().name());
    int line = listed.lines().isEmpty() ? Integer.MAX_VALUE : flat.indexOf(listed.lines().get(0).name());
    return emergency >= 0 && emergency < line;
  }

  private static boolean yes(String name, String value, String line) {
    if (!value.equals("yes") && !value.equals("no")) {
      fail(name + ": give yes or no: " + line);
    }
    return value.equals("yes");
  }

  private static boolean unknown(String name, String line) {
    fail(name + ": unknown expectation: " + line);
    return false;
  }
}
