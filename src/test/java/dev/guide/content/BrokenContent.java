package dev.guide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.guide.ExitCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A copy of the real content in a temporary folder, changed one thing at a time, so each test
 * shows exactly which change makes which defect. Every change asserts that the text it changes is
 * there, so a test breaks loudly (rather than passing quietly) when the real content moves on.
 */
final class BrokenContent {

  /** The real content, relative to the project folder that Maven runs the tests in. */
  static final Path REAL = Path.of("content");

  private final Path dir;

  private BrokenContent(Path dir) {
    this.dir = dir;
  }

  /** A fresh copy of the real content in {@code parent}/content. */
  static BrokenContent copy(Path parent) {
    Path dir = parent.resolve("content");
    try {
      Files.createDirectories(dir);
      for (String file : ContentReader.FILES) {
        Files.copy(REAL.resolve(file), dir.resolve(file));
      }
      Files.copy(REAL.resolve(ContentReader.JUDGEMENT), dir.resolve(ContentReader.JUDGEMENT));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BrokenContent(dir);
  }

  Path dir() {
    return dir;
  }

  String text(String file) {
    try {
      return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  BrokenContent write(String file, String text) {
    try {
      Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  BrokenContent delete(String file) {
    try {
      Files.delete(dir.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Replaces the first occurrence of {@code old}, which must be in the file. */
  BrokenContent replace(String file, String old, String replacement) {
    String text = text(file);
    int at = text.indexOf(old);
    assertTrue(at >= 0, () -> file + " no longer contains '" + old + "'; update the test");
    return write(file, text.substring(0, at) + replacement + text.substring(at + old.length()));
  }

  /** Replaces every occurrence of {@code old}, which must be in the file. */
  BrokenContent replaceAll(String file, String old, String replacement) {
    String text = text(file);
    assertTrue(text.contains(old), () -> file + " no longer contains '" + old + "'; update the test");
    return write(file, text.replace(old, replacement));
  }

  /** The 1-based line of the first occurrence of {@code text} in the file as it is now. */
  int lineOf(String file, String text) {
    String content = text(file);
    int at = content.indexOf(text);
    assertTrue(at >= 0, () -> file + " does not contain '" + text + "'");
    return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /** The 1-based line of the {@code n}th (1-based) occurrence of {@code text}. */
  int lineOf(String file, String text, int n) {
    String content = text(file);
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = content.indexOf(text, at + 1);
      int found = i + 1;
      assertTrue(at >= 0, () -> file + " has fewer than " + found + " occurrences of '" + text + "'");
    }
    return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /** The 1-based column of the first occurrence of {@code text} on the 1-based {@code line}. */
  int columnOf(String file, int line, String text) {
    String row = text(file).lines().skip(line - 1).findFirst().orElseThrow();
    int at = row.indexOf(text);
    assertTrue(at >= 0, () -> file + ":" + line + " does not contain '" + text + "': " + row);
    return at + 1;
  }

  /** Reads the folder, which must fail as a whole with exit code 1; returns what it reported. */
  List<Defect> defects() {
    return defects(dir);
  }

  static List<Defect> defects(Path dir) {
    ContentException e = assertThrows(ContentException.class, () -> ContentReader.read(ContentReader.directory(dir)),
        () -> dir + " should not be valid content");
    boolean folderItself = e.defects().stream().allMatch(d -> d.line() == 0 && d.file().equals(dir.toString()));
    assertEquals(folderItself ? ExitCode.USAGE : ExitCode.FAILED, e.exitCode(),
        "a broken content folder is a failed run, exit code 1; a name that is no folder, a usage error, 2");
    assertEquals(e.defects().stream().map(Defect::toString).toList(), e.details(),
        "the exception's details are the defects, one line each");
    assertTrue(e.getMessage().contains(e.defects().size() + (e.defects().size() == 1 ? " defect" : " defects")),
        () -> "the message counts the defects: " + e.getMessage());
    return e.defects();
  }

  /** All defects, one per line, for failure messages. */
  static String show(List<Defect> defects) {
    return defects.stream().map(Defect::toString).collect(Collectors.joining("\n", "\n", "\n"));
  }

  /** The one defect reported; fails (listing them all) when there are none or several. */
  static Defect only(List<Defect> defects) {
    if (defects.size() != 1) {
      fail("expected exactly one defect, found " + defects.size() + ":" + show(defects));
    }
    return defects.get(0);
  }

  /** The defect in {@code file} at {@code line} whose message contains every fragment. */
  static Defect find(List<Defect> defects, String file, int line, String... fragments) {
    for (Defect defect : defects) {
      if (defect.file().equals(file) && defect.line() == line && containsAll(defect.message(), fragments)) {
        return defect;
      }
    }
    return fail("no defect " + file + ":" + line + " with " + List.of(fragments) + " among:" + show(defects));
  }

  /** Asserts the defect's file, line and that its message contains every fragment. */
  static void assertDefect(Defect defect, String file, int line, String... fragments) {
    assertEquals(file, defect.file(), () -> "file of " + defect);
    assertEquals(line, defect.line(), () -> "line of " + defect);
    assertTrue(containsAll(defect.message(), fragments),
        () -> "message of " + defect + "\nshould contain all of " + List.of(fragments));
  }

  /** Asserts the defect's file, line and column (as file:line:col prints) and that its message contains every fragment. */
  static void assertAt(Defect defect, String file, int line, int column, String... fragments) {
    assertEquals(file + ":" + line + ":" + column, defect.file() + ":" + defect.line() + ":" + defect.column(),
        () -> "where " + defect + " is reported");
    assertTrue(defect.toString().startsWith(file + ":" + line + ":" + column + ": "), defect::toString);
    assertTrue(containsAll(defect.message(), fragments),
        () -> "message of " + defect + "\nshould contain all of " + List.of(fragments));
  }

  private static boolean containsAll(String message, String... fragments) {
    for (String fragment : fragments) {
      if (!message.contains(fragment)) {
        return false;
      }
    }
    return true;
  }
}
