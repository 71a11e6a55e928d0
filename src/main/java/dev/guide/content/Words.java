package dev.guide.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    String plain = plain(text);
    List<String> words = new ArrayList<>();
    int n = plain.length();
    int i = 0;
    while (i < n) {
      while (i < n && !wordChar(plain.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && wordChar(plain.charAt(i))) {
        i++;
      }
      int end = i;
      while (start < end && plain.charAt(start) == '\'') {
        start++;
      }
      while (end > start && plain.charAt(end - 1) == '\'') {
        end--;
      }
      if (end - start >= 2 && plain.charAt(end - 1) == 's' && plain.charAt(end - 2) == '\'') {
        end -= 2;
      }
      if (end > start) {
        words.add(plain.substring(start, end));
      }
    }
    return words;
  }

  private static boolean wordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'';
  }

  /** Lower case, accents off, the typographic apostrophe plain. */
  private static String plain(String text) {
    boolean simple = true;
    for (int i = 0; i < text.length() && simple; i++) {
      char c = text.charAt(i);
      // Characters with no decomposition: the text is its own NFKD form.
      simple = c < 0x80 || c == '\u2019' || c == '\u2018' || c == '\u201c' || c == '\u201d' || c == '\u2013'
          || c == '\u2014';
    }
    String decomposed = simple ? text : Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
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
      if (length > b.length() || !b.substring(b.length() - length).equals(suffix)) {
        return false;
      }
      j = b.length() - length - 1;
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
