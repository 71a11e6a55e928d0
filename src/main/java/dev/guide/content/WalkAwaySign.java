package dev.guide.content;

import java.util.List;
import java.util.Objects;

/**
 * A sign that it may be time to walk away, shown plainly and before anything else. Its {@code
 * alternatives} are reasons that can explain the same behaviour: when one of them is found too,
 * the result says the answers read two ways.
 */
public record WalkAwaySign(
    String id,
    String title,
    String looksLike,
    String whyItMatters,
    String whatToDo,
    List<String> advice,
    List<String> alternatives,
    List<SourceRef> sources) {
  public WalkAwaySign {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(looksLike, "looksLike");
    Objects.requireNonNull(whyItMatters, "whyItMatters");
    Objects.requireNonNull(whatToDo, "whatToDo");
    advice = List.copyOf(advice);
    alternatives = List.copyOf(alternatives);
    sources = List.copyOf(sources);
  }

  public WalkAwaySign(
      String id, String title, String looksLike, String whyItMatters, String whatToDo, List<String> advice,
      List<SourceRef> sources) {
    this(id, title, looksLike, whyItMatters, whatToDo, advice, List.of(), sources);
  }
}
