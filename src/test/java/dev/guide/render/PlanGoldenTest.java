package dev.guide.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.Guide;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for plans: each {@code plans/NAME.answers} (a situation of the situations suite,
 * with the reader's plan lines added to some) is run through {@code guide plan --answers
 * NAME.answers --format FORMAT} on a fixed day, and must equal {@code NAME.txt}, {@code NAME.json}
 * and {@code NAME.md}. A {@code # args:} comment line adds arguments (as in the situations suite).
 *
 * <p>Regenerate after an intended change with
 * {@code ./mvnw -q test -Dtest=PlanGoldenTest -Dgolden.update=true}, then read the diff.
 */
class PlanGoldenTest {

  private static final Path PLANS = Path.of(System.getProperty("basedir", "."), "src/test/resources/plans");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  /** The day the plans are made: "in 3 weeks" and "(in 9 days)" are counted from it. */
  static final String NOW = "2026-12-06T10:00:00+00:00";

  private static final Map<String, String> FORMATS = Map.of("text", ".txt", "json", ".json", "markdown", ".md");

  static Stream<String> cases() throws IOException {
    return names(".answers").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void planMatchesExpectedFiles(String name) throws IOException {
    Path answers = PLANS.resolve(name + ".answers");
    List<Executable> comparisons = new ArrayList<>();
    for (String format : List.of("text", "json", "markdown")) {
      Path expectedFile = PLANS.resolve(name + FORMATS.get(format));
      List<String> args = new ArrayList<>(List.of("plan"));
      args.addAll(args(answers));
      args.addAll(List.of("--answers", answers.toString(), "--format", format));
      CommandResult result = Guide.guide().env("GUIDE_NOW", NOW).exec(args.toArray(String[]::new));
      result.assertExit(ExitCode.OK);
      // Safety answers read from a file bring one line saying the file still holds them (issue 20).
      String err = result.err().replaceFirst("guide: [^\n]* still holds your answers;[^\n]*\n", "");
      assertEquals("", err, () -> "nothing else on stderr for " + format + "\n" + result);
      if (UPDATE) {
        Files.writeString(expectedFile, result.out(), StandardCharsets.UTF_8);
        continue;
      }
      if (!Files.exists(expectedFile)) {
        comparisons.add(() -> fail(expectedFile.getFileName() + " is missing; create it with -Dgolden.update=true"));
        continue;
      }
      String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
      comparisons.add(() -> assertEquals(expected, result.out(), expectedFile.getFileName()
          + " differs from the output of 'guide " + String.join(" ", args)
          + "'; if the change is intended, regenerate with -Dgolden.update=true and read the diff"));
    }
    assertAll(name, comparisons);
  }

  @Test
  void everyCaseHasAllExpectedFilesAndNoneIsStray() throws IOException {
    Set<String> inputs = names(".answers");
    assertTrue(inputs.size() >= 6, "at least six situations have golden plans; found " + inputs);
    List<String> problems = new ArrayList<>();
    for (String extension : FORMATS.values()) {
      Set<String> expected = names(extension);
      for (String name : inputs) {
        if (!expected.contains(name) && !UPDATE) {
          problems.add(name + ".answers has no " + name + extension);
        }
      }
      for (String name : expected) {
        if (!inputs.contains(name)) {
          problems.add(name + extension + " has no " + name + ".answers");
        }
      }
    }
    try (Stream<Path> files = Files.list(PLANS)) {
      files.map(f -> f.getFileName().toString())
          .filter(f -> Stream.concat(Stream.of(".answers"), FORMATS.values().stream()).noneMatch(f::endsWith))
          .forEach(f -> problems.add(f + " is not a golden file (.answers, .txt, .json or .md)"));
    }
    assertTrue(problems.isEmpty(), () -> "incomplete golden plans in " + PLANS + ":\n  " + String.join("\n  ", problems));
  }

  @Test
  void theCasesCoverAnUnclearASafetyAndACrisisPlan() throws IOException {
    List<String> kinds = new ArrayList<>();
    for (String name : names(".json")) {
      String json = Files.readString(PLANS.resolve(name + ".json"), StandardCharsets.UTF_8);
      if (json.contains("\"kind\" : \"safety\"")) {
        kinds.add("safety");
      }
      if (json.contains("\"unclear\" : true")) {
        kinds.add("unclear");
      }
      if (json.contains("\"crisis\" : true")) {
        kinds.add("crisis");
      }
      if (json.contains("\"by\" : \"")) {
        kinds.add("limit");
      }
    }
    for (String kind : List.of("safety", "unclear", "crisis", "limit")) {
      assertTrue(kinds.contains(kind), "no golden plan is of kind " + kind + ": " + kinds);
    }
  }

  /** Arguments from a {@code # args:} comment line anywhere in the file. */
  private static List<String> args(Path answers) throws IOException {
    for (String line : Files.readAllLines(answers, StandardCharsets.UTF_8)) {
      if (line.startsWith("# args:")) {
        String args = line.substring("# args:".length()).strip();
        return args.isEmpty() ? List.of() : List.of(args.split("\\s+"));
      }
    }
    return List.of();
  }

  private static Set<String> names(String extension) throws IOException {
    try (Stream<Path> files = Files.list(PLANS)) {
      Set<String> names = new TreeSet<>();
      files.map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(extension))
          .forEach(f -> names.add(f.substring(0, f.length() - extension.length())));
      return names;
    }
  }
}
