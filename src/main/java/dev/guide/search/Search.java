package dev.guide.search;

import dev.guide.content.Advice;
import dev.guide.content.Content;
import dev.guide.content.Partner;
import dev.guide.content.Reason;
import dev.guide.content.WalkAwaySign;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds reasons, signs and advice by words in any of their text. Words are compared by a light
 * stem ("committed" and "commitment" both become "commit"), and a longer word matches a typed
 * beginning of it ("vulnera" finds vulnerability). Best matches first: more of the typed words,
 * then matches in titles over matches in the body.
 */
public final class Search {

  /** What kind of entry a hit is, as the command that shows it is named. */
  public enum Kind { reason, sign, advice }

  /** One entry found, its score, and the first line of its text where a typed word stands. */
  public record Hit(Kind kind, String id, String title, String line, int matched, int score) {
    public Hit {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(line, "line");
    }
  }

  private static final String[] SUFFIXES = {
    "ments", "ment", "nesses", "ness", "ities", "ity", "ings", "ing", "ied", "ies", "ed", "es", "ly", "s"
  };

  private final Content content;
  private final Partner partner;

  public Search(Content content, Partner partner) {
    this.content = content;
    this.partner = partner;
  }

  public List<Hit> find(List<String> typed) {
    Set<String> wanted = new LinkedHashSet<>();
    for (String text : typed) {
      for (String word : words(text)) {
        wanted.add(stem(word));
      }
    }
    List<Hit> hits = new ArrayList<>();
    if (wanted.isEmpty()) {
      return hits;
    }
    for (Reason r : content.reasons()) {
      List<String> body = new ArrayList<>(List.of(r.summary()));
      body.addAll(r.looksLike());
      body.add(r.goingOn());
      score(Kind.reason, r.id(), r.title(), body, wanted).ifPresent(hits::add);
    }
    for (WalkAwaySign s : content.signs()) {
      score(Kind.sign, s.id(), s.title(), List.of(s.looksLike(), s.whyItMatters(), s.whatToDo()), wanted)
          .ifPresent(hits::add);
    }
    for (Advice a : content.advice()) {
      score(Kind.advice, a.id(), a.title(), List.of(a.text()), wanted).ifPresent(hits::add);
    }
    // Stable sort: equal hits keep the content's order (reasons, then signs, then advice).
    hits.sort(Comparator.comparingInt(Hit::matched).thenComparingInt(Hit::score).reversed());
    return hits;
  }

  private java.util.Optional<Hit> score(Kind kind, String id, String title, List<String> body, Set<String> wanted) {
    String shownTitle = partner.render(title);
    Set<String> matched = new LinkedHashSet<>();
    int score = 0;
    String line = null;
    List<String> idWords = List.of(id.split("-"));
    for (String stem : wanted) {
      if (idWords.stream().anyMatch(w -> matches(stem, stem(w)))) {
        matched.add(stem);
        score += 3;
      }
      if (contains(shownTitle, stem)) {
        matched.add(stem);
        score += 3;
      }
    }
    for (String text : body) {
      for (String sentence : sentences(partner.render(text))) {
        boolean hit = false;
        for (String stem : wanted) {
          if (contains(sentence, stem)) {
            matched.add(stem);
            score += 1;
            hit = true;
          }
        }
        if (hit && line == null) {
          line = sentence;
        }
      }
    }
    if (matched.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Hit(kind, id, shownTitle, line == null ? shownTitle : line, matched.size(), score));
  }

  private static boolean contains(String text, String stem) {
    for (String word : words(text)) {
      if (matches(stem, stem(word))) {
        return true;
      }
    }
    return false;
  }

  /** The same stem, or a typed beginning of at least four letters ("vulnera" for vulnerability). */
  private static boolean matches(String wanted, String found) {
    return found.equals(wanted) || (wanted.length() >= 4 && found.startsWith(wanted));
  }

  static List<String> words(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String word : plain.split("[^a-z0-9']+")) {
      String bare = word.replaceAll("^'+|'+$", "").replaceAll("'s$", "");
      if (!bare.isEmpty()) {
        words.add(bare);
      }
    }
    return words;
  }

  /** A light stem: one common ending off, then a doubled last letter undone ("committ" to "commit"). */
  static String stem(String word) {
    String stem = word;
    for (String suffix : SUFFIXES) {
      if (stem.endsWith(suffix) && stem.length() - suffix.length() >= 3) {
        stem = stem.substring(0, stem.length() - suffix.length());
        if (suffix.startsWith("i") && (suffix.equals("ies") || suffix.equals("ied"))) {
          stem = stem + "y";
        }
        break;
      }
    }
    int n = stem.length();
    if (n >= 4 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiousl".indexOf(stem.charAt(n - 1)) < 0) {
      stem = stem.substring(0, n - 1);
    }
    return stem;
  }

  private static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    for (String part : text.split("(?<=[.!?;])\\s+")) {
      if (!part.isBlank()) {
        sentences.add(part.strip());
      }
    }
    return sentences;
  }
}
