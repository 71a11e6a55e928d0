package dev.guide.quiz;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import dev.guide.content.Ids;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The plan's lines of an answer file: {@code plan.needs: ...}, {@code plan.enough: ...},
 * {@code plan.by: 2026-12-15} (or {@code in 3 weeks}) and {@code plan.otherwise: ...}. They are
 * taken out of the file before the questionnaire's own parser reads it, each left as a blank line so
 * that every other line keeps its number in messages; the questionnaire's parsing is unchanged.
 */
public final class PlanLines {

  static final String PREFIX = "plan.";
  /** The keys, in the order a person would write them. */
  static final List<String> KEYS = List.of("needs", "enough", "by", "otherwise");
  /** A sentence or two; more than this is not a limit but a letter. */
  static final int MAX_TEXT = 300;


  private PlanLines() {}

  /** What the file held: the questionnaire's part as bytes, and the limit its plan lines gave. */
  public record Split(byte[] answers, Limit limit, boolean any) {}

  /** A date as typed: the day, or what is wrong with it. */
  public record Day(LocalDate date, String problem) {}

  /** Splits a file's plan lines from its answers; {@code today} is the day relative dates count from. */
  public static Split split(String name, byte[] bytes, Supplier<LocalDate> today) throws GuideException {
    ByteArrayOutputStream rest = new ByteArrayOutputStream(bytes.length);
    List<String> problems = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    Limit limit = Limit.NONE;
    int start = 0;
    int number = 1;
    for (int i = 0; i <= bytes.length; i++) {
      boolean end = i == bytes.length;
      if (!end && bytes[i] != '\n' && bytes[i] != '\r') {
        continue;
      }
      String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String stripped = line.strip();
      int colon = stripped.indexOf(':');
      String key = colon < 0 ? stripped : stripped.substring(0, colon).strip();
      if (key.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
        limit = line(name, number, key.substring(PREFIX.length()), colon < 0 ? null : stripped.substring(colon + 1),
            today, limit, lineOf, problems);
      } else {
        rest.write(bytes, start, i - start);
      }
      if (!end) {
        rest.write(bytes[i]);
        // \r\n is one line end, as the questionnaire's parser counts it.
        if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
          rest.write('\n');
          i++;
        }
      }
      start = i + 1;
      number++;
    }
    if (!problems.isEmpty()) {
      throw new GuideException(ExitCode.USAGE, name + " has " + problems.size()
          + (problems.size() == 1 ? " problem" : " problems") + ":", problems);
    }
    return new Split(rest.toByteArray(), limit, !lineOf.isEmpty());
  }

  private static Limit line(String name, int number, String typedKey, String value, Supplier<LocalDate> today, Limit limit,
      Map<String, Integer> lineOf, List<String> problems) {
    String key = Ids.normalise(typedKey);
    String where = name + ":" + number + ": ";
    if (!KEYS.contains(key)) {
      List<String> near = Ids.closest(key, KEYS).stream().map(k -> PREFIX + k).toList();
      String close = near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?";
      problems.add(where + "unknown plan line 'plan." + typedKey + "'" + close + "; the plan's lines are "
          + String.join(", ", KEYS.stream().map(k -> PREFIX + k).toList()));
      return limit;
    }
    Integer earlier = lineOf.putIfAbsent(key, number);
    if (earlier != null) {
      problems.add(where + "'plan." + key + "' is given twice (also on line " + earlier + "); keep one");
      return limit;
    }
    String text = value == null ? "" : withoutComment(value).strip();
    if (text.isEmpty()) {
      problems.add(where + "'plan." + key + "' has nothing after the colon; write it in your own words, or leave the line out");
      return limit;
    }
    if (key.equals("by")) {
      Day day = day(text, today.get());
      if (day.problem() != null) {
        problems.add(where + "plan.by: " + day.problem());
        return limit;
      }
      return limit.by(day.date());
    }
    String problem = textProblem(text);
    if (problem != null) {
      problems.add(where + "plan." + key + ": " + problem);
      return limit;
    }
    return limit.with(key, text);
  }

  /** What is wrong with a limit written in the reader's words, or null when nothing is. */
  public static String textProblem(String text) {
    if (text.length() > MAX_TEXT) {
      return "it is " + text.length() + " characters long; keep it to a sentence or two (at most " + MAX_TEXT + ")";
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        return "it holds control characters; write plain text";
      }
      // Bidirectional overrides and isolates make the text read otherwise than it is.
      if (c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
        return "it holds a character that reverses how text reads (U+" + String.format("%04X", (int) c)
            + "); write plain text";
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "it holds half a character (a lone surrogate); write plain text";
      }
    }
    return null;
  }

  /**
   * A date as typed: {@code 2026-12-15}, or {@code in 3 weeks} (days, weeks or months) from
   * {@code today}. It must be after today, and within two years.
   */
  public static Day day(String typed, LocalDate today) {
    String text = typed.strip().toLowerCase(Locale.ROOT);
    LocalDate date = null;
    // Read by hand, not with a regular expression or a DateTimeFormatter: each costs start-up time.
    String[] words = java.util.Arrays.stream(text.split(" ")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    if (words.length == 3 && words[0].equals("in") && words[1].length() <= 3 && digits(words[1])) {
      int n = Integer.parseInt(words[1]);
      String unit = words[2].endsWith("s") ? words[2].substring(0, words[2].length() - 1) : words[2];
      date = unit.equals("day") ? today.plusDays(n) : unit.equals("week") ? today.plusWeeks(n)
          : unit.equals("month") ? today.plusMonths(n) : null;
    } else if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
        && digits(text.substring(0, 4) + text.substring(5, 7) + text.substring(8))) {
      try {
        date = LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
            Integer.parseInt(text.substring(8)));
      } catch (DateTimeException e) {
        date = null;
      }
    }
    if (date == null) {
      return new Day(null, "'" + typed.strip() + "' is not a date; give one such as " + today.plusWeeks(2)
          + ", or say 'in 2 weeks'");
    }
    if (!date.isAfter(today)) {
      return new Day(null, date + " is not after today (" + today + "); give a day still to come");
    }
    if (date.isAfter(today.plusYears(2))) {
      return new Day(null, date + " is more than two years away; choose a nearer day to look again");
    }
    return new Day(date, null);
  }

  private static boolean digits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return !text.isEmpty();
  }

  /** "in 3 weeks   # or sooner": a note after the text is a comment, as on answer lines. */
  private static String withoutComment(String value) {
    int hash = value.indexOf(" #");
    return hash >= 0 ? value.substring(0, hash) : value;
  }
}
