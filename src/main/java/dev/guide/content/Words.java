package dev.guide.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words of a text as search compares them: lower-case, accents and apostrophes' endings off, and
 * stemmed with Porter's algorithm (M. F. Porter, "An algorithm for suffix stripping", 1980), so
 * "texting" and "text", "replies" and "reply", "committed" and "commitment" meet. Shared by search
 * and by the content reader, which checks that a synonym names words the content has.
 */
public final class Words {

  private Words() {}

  /**
   * The words of a text, lower-case and plain ("He's" is "he", "café" is "cafe"): each run of
   * letters, digits and apostrophes, its apostrophes at either end and a final "'s" taken off.
   * (Loops rather than regular expressions: validate and search read every word of the content,
   * and a pattern compiled per word was most of their time.)
   */
  public static List<String> of(String text) {
    // Over an array: in the interpreter, where validate reads most of the content, a call per
    // character was most of the time.
    char[] plain = plain(text).toCharArray();
    List<String> words = new ArrayList<>();
    int n = plain.length;
    int i = 0;
    while (i < n) {
      while (i < n && !wordChar(plain[i])) {
        i++;
      }
      int start = i;
      while (i < n && wordChar(plain[i])) {
        i++;
      }
      int end = i;
      while (start < end && plain[start] == '\'') {
        start++;
      }
      while (end > start && plain[end - 1] == '\'') {
        end--;
      }
      if (end - start >= 2 && plain[end - 1] == 's' && plain[end - 2] == '\'') {
        end -= 2;
      }
      if (end > start) {
        words.add(new String(plain, start, end - start));
      }
    }
    return words;
  }

  private static boolean wordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'';
  }

  /**
   * Characters beyond ASCII that have no decomposition, so that a text of these and ASCII is its
   * own NFKD form: typographic quotes and dashes, and the section sign the content's references use.
   */
  static final String OWN_FORM = "\u2018\u2019\u201c\u201d\u2013\u2014\u00a7\u00b6\u00a9\u00ae\u00b0\u00b7\u2022\u00ab\u00bb";

  /** Combining marks, which the decomposition of an accented letter puts after the letter (compiled when first needed). */
  private static final class Marks {
    static final Pattern PATTERN = Pattern.compile("\\p{M}");
  }

  /** Lower case, accents off, the typographic apostrophe plain. */
  private static String plain(String text) {
    boolean simple = true;
    for (char c : text.toCharArray()) {
      if (c >= 0x80 && OWN_FORM.indexOf(c) < 0) {
        simple = false;
        break;
      }
    }
    String decomposed = simple ? text : Marks.PATTERN.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    return decomposed.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }

  /** The Porter stem of a lower-case word; words of one or two letters stay as they are. */
  public static String stem(String word) {
    if (word.length() <= 2) {
      return word;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return word;
      }
    }
    return new Stemmer(word).stem();
  }

  /**
   * Whether any of {@code sorted} (distinct words in {@link String#compareTo} order) has the stem
   * {@code stem}. Only the words that begin with the stem less its last two letters are stemmed:
   * Porter's steps only cut a word's ending and put back at most two letters ("ability" is "abil",
   * "possibility" "possibl", "hoping" "hope"), so a stem less two letters always begins its word.
   */
  public static boolean anyHasStem(String[] sorted, String stem) {
    // The words that begin with the whole stem first: most often one of them has it.
    return anyBeginningHasStem(sorted, stem, stem)
        || anyBeginningHasStem(sorted, stem.substring(0, Math.max(0, stem.length() - 2)), stem);
  }

  private static boolean anyBeginningHasStem(String[] sorted, String start, String stem) {
    int found = Arrays.binarySearch(sorted, start);
    for (int i = found >= 0 ? found : -found - 1; i < sorted.length && sorted[i].startsWith(start); i++) {
      if (stem(sorted[i]).equals(stem)) {
        return true;
      }
    }
    return false;
  }

  /** One word on its way through the steps; {@code j} marks the end of the stem a suffix test found. */
  private static final class Stemmer {
    private final StringBuilder b;
    private int j;

    Stemmer(String word) {
      b = new StringBuilder(word);
    }

    String stem() {
      step1ab();
      if (b.length() > 1) {
        step1c();
        step2();
        step3();
        step4();
        step5();
      }
      return b.toString();
    }

    private boolean consonant(int i) {
      char c = b.charAt(i);
      if ("aeiou".indexOf(c) >= 0) {
        return false;
      }
      return c != 'y' || i == 0 || !consonant(i - 1);
    }

    /** The measure of b[0..j]: how many vowel-consonant sequences it has. */
    private int measure() {
      int n = 0;
      int i = 0;
      while (true) {
        if (i > j) {
          return n;
        }
        if (!consonant(i)) {
          break;
        }
        i++;
      }
      i++;
      while (true) {
        while (true) {
          if (i > j) {
            return n;
          }
          if (consonant(i)) {
            break;
          }
          i++;
        }
        i++;
        n++;
        while (true) {
          if (i > j) {
            return n;
          }
          if (!consonant(i)) {
            break;
          }
          i++;
        }
        i++;
      }
    }

    private boolean vowelInStem() {
      for (int i = 0; i <= j; i++) {
        if (!consonant(i)) {
          return true;
        }
      }
      return false;
    }

    private boolean doubleConsonant(int at) {
      return at >= 1 && b.charAt(at) == b.charAt(at - 1) && consonant(at);
    }

    /** Consonant-vowel-consonant at i, the last not w, x or y: "hop" (so "hoping" becomes "hope"). */
    private boolean cvc(int i) {
      if (i < 2 || !consonant(i) || consonant(i - 1) || !consonant(i - 2)) {
        return false;
      }
      char c = b.charAt(i);
      return c != 'w' && c != 'x' && c != 'y';
    }

    private boolean ends(String suffix) {
      int length = suffix.length();
      int from = b.length() - length;
      if (from < 0) {
        return false;
      }
      // Compared in place: a substring per test was most of the stemmer's time.
      for (int i = 0; i < length; i++) {
        if (b.charAt(from + i) != suffix.charAt(i)) {
          return false;
        }
      }
      j = from - 1;
      return true;
    }

    private void setTo(String replacement) {
      b.setLength(j + 1);
      b.append(replacement);
    }

    private void replaceIfMeasured(String replacement) {
      if (measure() > 0) {
        setTo(replacement);
      }
    }

    private void step1ab() {
      if (b.charAt(b.length() - 1) == 's') {
        if (ends("sses")) {
          b.setLength(b.length() - 2);
        } else if (ends("ies")) {
          setTo("i");
        } else if (b.length() >= 2 && b.charAt(b.length() - 2) != 's') {
          b.setLength(b.length() - 1);
        }
      }
      if (ends("eed")) {
        if (measure() > 0) {
          b.setLength(b.length() - 1);
        }
      } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
        b.setLength(j + 1);
        j = b.length() - 1;
        if (ends("at")) {
          setTo("ate");
        } else if (ends("bl")) {
          setTo("ble");
        } else if (ends("iz")) {
          setTo("ize");
        } else if (doubleConsonant(b.length() - 1)) {
          char c = b.charAt(b.length() - 1);
          if (c != 'l' && c != 's' && c != 'z') {
            b.setLength(b.length() - 1);
          }
        } else {
          j = b.length() - 1;
          if (measure() == 1 && cvc(b.length() - 1)) {
            b.append('e');
          }
        }
      }
    }

    private void step1c() {
      if (ends("y") && vowelInStem()) {
        b.setCharAt(b.length() - 1, 'i');
      }
    }

    private static final String[][] STEP2 = {
      {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
      {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
      {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
      {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
      {"logi", "log"},
    };

    private static final String[][] STEP3 = {
      {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
    };

    private static final String[] STEP4 = {
      "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
      "iti", "ous", "ive", "ize",
    };

    private void step2() {
      for (String[] rule : STEP2) {
        if (ends(rule[0])) {
          replaceIfMeasured(rule[1]);
          return;
        }
      }
    }

    private void step3() {
      for (String[] rule : STEP3) {
        if (ends(rule[0])) {
          replaceIfMeasured(rule[1]);
          return;
        }
      }
    }

    private void step4() {
      for (String suffix : STEP4) {
        if (ends(suffix)) {
          if (suffix.equals("ion") && (j < 0 || (b.charAt(j) != 's' && b.charAt(j) != 't'))) {
            return;
          }
          if (measure() > 1) {
            b.setLength(j + 1);
          }
          return;
        }
      }
    }

    private void step5() {
      j = b.length() - 1;
      if (b.charAt(b.length() - 1) == 'e') {
        j = b.length() - 2;
        int m = measure();
        if (m > 1 || (m == 1 && !cvc(b.length() - 2))) {
          b.setLength(b.length() - 1);
        }
      }
      j = b.length() - 1;
      if (b.charAt(b.length() - 1) == 'l' && doubleConsonant(b.length() - 1) && measure() > 1) {
        b.setLength(b.length() - 1);
      }
    }
  }
}
