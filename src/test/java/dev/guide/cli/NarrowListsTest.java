package dev.guide.cli;

import static dev.guide.Guide.guide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.ExitCode;
import dev.guide.io.Terminal;
import dev.guide.quiz.TinyContent;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lists at a narrow terminal wrap with a hanging indent, never mid-word; piped, they stay id, tab, title. */
class NarrowListsTest {

  private static final Terminal SCREEN = new Terminal(false, false, true);

  /** The list a command shows; for 'sources', the articles' list, before the section on the guide's own additions. */
  private static String screen(int columns, String... args) {
    String out = guide().terminal(SCREEN).env("NO_COLOR", "1").env("COLUMNS", String.valueOf(columns)).env("PAGER", "")
        .exec(args).assertExit(ExitCode.OK).out();
    int own = out.indexOf("\n\nTHE GUIDE'S OWN ADDITIONS");
    return args[0].equals("sources") && own >= 0 ? out.substring(0, own + 1) : out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"reasons", "signs", "advice", "sources", "search fear", "search time"})
  void atFortyColumnsNoLineIsWiderAndEveryItemWrapsUnderItself(String command) {
    String out = screen(40, command.split(" "));
    List<String> lines = out.lines().toList();
    for (String line : lines) {
      // Only a single word longer than the width (an id) may stand past it, on a line of its own.
      assertTrue(line.length() <= 40 || !line.strip().contains(" "), command + ": '" + line + "'\n" + out);
    }
    boolean list = !command.startsWith("search");
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (list && i >= 2 && !line.isBlank()) {
        assertTrue(line.startsWith("  "), "items are indented, and their wrapped titles further: '" + line + "'\n" + out);
      }
    }
    assertTrue(out.lines().anyMatch(line -> line.startsWith(list ? "      " : "    ")), "something wraps at 40 columns\n" + out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"reasons", "signs", "advice", "sources"})
  void atAHundredColumnsEachItemIsOneLine(String command) {
    String out = screen(100, command);
    assertEquals(out.lines().count() - 2, out.lines().skip(2).filter(line -> line.startsWith("  ") && !line.startsWith("   ")).count(), out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"reasons", "signs", "advice", "sources"})
  void pipedListsAreIdTabTitle(String command) {
    String out = guide().env("COLUMNS", "40").exec(command).assertExit(ExitCode.OK).out();
    for (String line : out.lines().toList()) {
      assertTrue(line.matches("[a-z0-9-]+\t[^\t]+"), command + ": '" + line + "'");
    }
  }

  @org.junit.jupiter.api.Test
  void aSearchHeaderKeepsKindAndIdTogether() {
    String id = TinyContent.real().reasons().get(0).id();
    String out = screen(20, "search", id);
    assertTrue(out.contains("reason " + id), out);
  }

  /** Issue 21: at 20 columns 'questions' had 89 lines over 20, and at 25 and 30 it split words mid-word. */
  @ParameterizedTest
  @ValueSource(ints = {20, 25, 30, 40})
  void questionsFitTheWidthAndSplitNoWordThatFitsALine(int columns) {
    String narrow = screen(columns, "questions");
    for (String line : narrow.split("\n")) {
      assertTrue(line.length() <= columns, () -> "wider than " + columns + ": '" + line + "'\n" + narrow);
    }
    if (columns >= 25) {
      java.util.Set<String> whole = new java.util.HashSet<>(List.of(screen(500, "questions").split("[^A-Za-z']+")));
      for (String run : narrow.split("[^A-Za-z']+")) {
        assertTrue(whole.contains(run), () -> "'" + run + "' is part of a word split at " + columns + " columns\n" + narrow);
      }
    }
  }
}
