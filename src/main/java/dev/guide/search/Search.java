package dev.guide.search;

import dev.guide.content.Advice;
import dev.guide.content.Content;
import dev.guide.content.Partner;
import dev.guide.content.Reason;
import dev.guide.content.Synonym;
import dev.guide.content.WalkAwaySign;
import dev.guide.content.Words;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds reasons, signs and advice by words in any of their text. Words are compared by their
 * Porter stem ("committed" and "commitment" meet, as do "texting" and "text"), a longer word
 * matches a typed beginning of it ("vulnera" finds vulnerability), and a typed word also finds
 * the words the content's synonyms give it ("ghosting" finds "disappear"). Best matches first:
 * more of the typed words, then matches in titles over matches in the body.
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

  /** One typed word: as typed, its stem, and the stems of the words its synonyms find. */
  private record Wanted(String typed, String stem, Set<String> also) {
    // Identity: the map below keeps one per stem. (A record's own equals and hashCode spin
    // method handles at first use, about 15 ms of a start, which a class-data archive cannot keep.)
    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }

    boolean matches(String word, String stem) {
      return stem.equals(this.stem) || (typed.length() >= 4 && word.startsWith(typed)) || also.contains(stem);
    }
  }

  private final Content content;
  private final Partner partner;

  public Search(Content content, Partner partner) {
    this.content = content;
    this.partner = partner;
  }

  public List<Hit> find(List<String> typed) {
    Map<String, Wanted> wanted = new LinkedHashMap<>();
    for (String text : typed) {
      for (String word : Words.of(text)) {
        String stem = Words.stem(word);
        Set<String> also = new LinkedHashSet<>();
        for (Synonym synonym : content.synonyms()) {
          if (Words.stem(synonym.word()).equals(stem)) {
            synonym.finds().forEach(found -> also.add(Words.stem(found)));
          }
        }
        wanted.putIfAbsent(stem, new Wanted(word, stem, also));
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
      score(Kind.reason, r.id(), r.title(), body, wanted.values()).ifPresent(hits::add);
    }
    for (WalkAwaySign s : content.signs()) {
      score(Kind.sign, s.id(), s.title(), List.of(s.looksLike(), s.whyItMatters(), s.whatToDo()), wanted.values())
          .ifPresent(hits::add);
    }
    for (Advice a : content.advice()) {
      score(Kind.advice, a.id(), a.title(), List.of(a.text()), wanted.values()).ifPresent(hits::add);
    }
    // Stable sort: equal hits keep the content's order (reasons, then signs, then advice).
    hits.sort(Comparator.comparingInt(Hit::matched).thenComparingInt(Hit::score).reversed());
    return hits;
  }

  private Optional<Hit> score(Kind kind, String id, String title, List<String> body, Collection<Wanted> wanted) {
    String shownTitle = partner.render(title);
    Set<Wanted> matched = new HashSet<>();
    int score = 0;
    String line = null;
    String idWords = id.replace('-', ' ');
    for (Wanted one : wanted) {
      if (contains(idWords, one)) {
        matched.add(one);
        score += 3;
      }
      if (contains(shownTitle, one)) {
        matched.add(one);
        score += 3;
      }
    }
    for (String text : body) {
      for (String sentence : sentences(partner.render(text))) {
        boolean hit = false;
        for (Wanted one : wanted) {
          if (contains(sentence, one)) {
            matched.add(one);
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
      return Optional.empty();
    }
    return Optional.of(new Hit(kind, id, shownTitle, line == null ? shownTitle : line, matched.size(), score));
  }

  private static boolean contains(String text, Wanted wanted) {
    for (String word : Words.of(text)) {
      if (wanted.matches(word, Words.stem(word))) {
        return true;
      }
    }
    return false;
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
