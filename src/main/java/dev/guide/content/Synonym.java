package dev.guide.content;

import java.util.List;
import java.util.Objects;

/**
 * A word people search with that the content may not use ("ghosting"), and the words of the
 * content it should also find ("disappear", "silent"). Any form of the word counts.
 */
public record Synonym(String word, List<String> finds) {
  public Synonym {
    Objects.requireNonNull(word, "word");
    finds = List.copyOf(finds);
  }
}
