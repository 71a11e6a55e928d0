package dev.guide.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Ids as people type them: normalised, and the closest known ones when a typed id is unknown. */
public final class Ids {

  private Ids() {}

  /** "Fear of Intimacy", " fear_of_intimacy " and "FEAR-OF-INTIMACY" all become fear-of-intimacy. */
  public static String normalise(String typed) {
    // Most input is plain ASCII; Unicode normalisation (full-width letters and the like) costs a
    // few milliseconds to load, which every start would pay for nothing.
    String plain = isAscii(typed) ? typed : Normalizer.normalize(typed, Normalizer.Form.NFKC).replace('\u2019', '\'');
    StringBuilder id = new StringBuilder(plain.length());
    boolean gap = false;
    for (int i = 0; i < plain.length(); i++) {
      char c = Character.toLowerCase(plain.charAt(i));
      if (c == '\'') {
        continue;
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && id.length() > 0) {
          id.append('-');
        }
        id.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return id.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }


  /**
   * The known ids a typed id stands for: the exact id, else those it is a prefix of or a whole word
   * of ("intimacy" finds fear-of-intimacy). More than one means the typed id is ambiguous.
   */
  public static List<String> matching(String typed, Collection<String> known) {
    String wanted = normalise(typed);
    if (wanted.isEmpty()) {
      return List.of();
    }
    if (known.contains(wanted)) {
      return List.of(wanted);
    }
    List<String> matches = new ArrayList<>();
    for (String id : known) {
      if (id.startsWith(wanted) || ("-" + id + "-").contains("-" + wanted + "-")) {
        matches.add(id);
      }
    }
    return matches;
  }

  /** The known ids within a small edit distance of the typed one, closest first (at most three). */
  public static List<String> closest(String typed, Collection<String> known) {
    String wanted = normalise(typed);
    int limit = Math.max(2, wanted.length() / 3);
    List<String> near = new ArrayList<>();
    for (String id : known) {
      if (nearness(wanted, id) <= limit || (!wanted.isEmpty() && id.contains(wanted) && wanted.length() >= 3)) {
        near.add(id);
      }
    }
    near.sort(Comparator.comparingInt((String id) -> nearness(wanted, id))
        .thenComparingInt(id -> distance(wanted, id)).thenComparing(Comparator.naturalOrder()));
    return near.size() > 3 ? near.subList(0, 3) : near;
  }

  /**
   * How far a typed id is from a known one: the edit distance to the whole id, or to a run of its
   * words when that is closer ("intimcy" is one letter from the "intimacy" of fear-of-intimacy).
   */
  static int nearness(String wanted, String id) {
    int best = distance(wanted, id);
    String[] words = id.split("-");
    for (int from = 0; from < words.length; from++) {
      for (int to = from + 1; to <= words.length; to++) {
        if (to - from < words.length) {
          String run = String.join("-", java.util.Arrays.copyOfRange(words, from, to));
          if (run.length() >= 4) {
            // A part of an id is a weaker match than the whole: one step further away.
            best = Math.min(best, distance(wanted, run) + 1);
          }
        }
      }
    }
    return best;
  }


  /** "; did you mean x?" for a message, or an empty string when nothing is close. */
  public static String didYouMean(String typed, Collection<String> known) {
    List<String> near = closest(typed, known);
    return near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?";
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
