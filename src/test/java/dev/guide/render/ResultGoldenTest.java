package dev.guide.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Arrays;
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
 * Golden files for the questionnaire's result: each {@code golden/NAME.answers} is run through
 * {@code guide ask --answers NAME.answers --format FORMAT} in-process, and the output must equal
 * {@code NAME.txt} (text at the default 80 columns), {@code NAME.json} and {@code NAME.md} byte for byte.
 *
 * <p>A first line {@code # args: --partner they} adds those arguments to the command.
 *
 * <p>With the system property {@code golden.update} set to {@code true} the test writes the expected
 * files from the current output instead of comparing. To regenerate after an intended change, run
 * {@code ./mvnw -q test -Dtest=ResultGoldenTest -Dgolden.update=true}, then read the diff
 * ({@code git diff src/test/resources/golden}) before keeping it: these files are what a person reads.
 */
class ResultGoldenTest {

  private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."), "src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final String ARGS_PREFIX = "# args:";

  /** Output format as the command names it, and the extension of its expected file. */
  private static final Map<String, String> FORMATS = Map.of("text", ".txt", "json", ".json", "markdown", ".md");

  static Stream<String> cases() throws IOException {
    return names(".answers").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outputMatchesExpectedFiles(String name) throws IOException {
    Path answers = GOLDEN.resolve(name + ".answers");
    List<Executable> comparisons = new ArrayList<>();
    for (String format : List.of("text", "json", "markdown")) {
      Path expectedFile = GOLDEN.resolve(name + FORMATS.get(format));
      List<String> args = new ArrayList<>(List.of("ask"));
      args.addAll(extraArgs(answers));
      args.addAll(List.of("--answers", answers.toString(), "--format", format));
      CommandResult result = Guide.guide().exec(args.toArray(String[]::new));
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
      byte[] expected = Files.readAllBytes(expectedFile);
      byte[] actual = result.out().getBytes(StandardCharsets.UTF_8);
      comparisons.add(() -> {
        if (!Arrays.equals(expected, actual)) {
          // Compared as strings first, so the report shows where the two differ.
          String hint = expectedFile.getFileName() + " differs from the output of 'guide " + String.join(" ", args)
              + "'; if the change is intended, regenerate with -Dgolden.update=true and read the diff";
          assertEquals(new String(expected, StandardCharsets.UTF_8), result.out(), hint);
          fail(hint + " (the bytes differ, though the text decodes the same)");
        }
      });
    }
    assertAll(name, comparisons);
  }

  @Test
  void everyCaseHasAllExpectedFilesAndNoneIsStray() throws IOException {
    Set<String> inputs = names(".answers");
    assertFalse(inputs.isEmpty(), "no golden cases found in " + GOLDEN.toAbsolutePath());
    List<String> problems = new ArrayList<>();
    for (String extension : FORMATS.values()) {
      Set<String> expected = names(extension);
      for (String name : inputs) {
        // In update mode the parameterised test is about to write missing files.
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
    try (Stream<Path> files = Files.list(GOLDEN)) {
      files.map(f -> f.getFileName().toString())
          .filter(f -> Stream.concat(Stream.of(".answers"), FORMATS.values().stream()).noneMatch(f::endsWith))
          .forEach(f -> problems.add(f + " is not a golden file (.answers, .txt, .json or .md)"));
    }
    assertTrue(problems.isEmpty(), () -> "incomplete golden cases in " + GOLDEN + ":\n  " + String.join("\n  ", problems));
  }

  @Test
  void argsLineIsRead() throws IOException {
    Path file = Files.createTempFile("golden", ".answers");
    try {
      Files.writeString(file, "# args:  --partner   they \nhow-long: 1\n");
      assertEquals(List.of("--partner", "they"), extraArgs(file));
      Files.writeString(file, "how-long: 1\n# args: --partner they\n");
      assertEquals(List.of(), extraArgs(file), "only the first line may carry arguments");
    } finally {
      Files.delete(file);
    }
  }

  /** Arguments from a first line such as {@code # args: --partner they}; none without one. */
  static List<String> extraArgs(Path answers) throws IOException {
    List<String> lines = Files.readAllLines(answers, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).startsWith(ARGS_PREFIX)) {
      return List.of();
    }
    String args = lines.get(0).substring(ARGS_PREFIX.length()).strip();
    return args.isEmpty() ? List.of() : List.of(args.split("\\s+"));
  }

  private static Set<String> names(String extension) throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      Set<String> names = new TreeSet<>();
      files.map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(extension))
          .forEach(f -> names.add(f.substring(0, f.length() - extension.length())));
      return names;
    }
  }
}
