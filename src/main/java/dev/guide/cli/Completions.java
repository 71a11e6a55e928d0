package dev.guide.cli;

import dev.guide.content.Advice;
import dev.guide.content.Content;
import dev.guide.content.ContentException;
import dev.guide.content.ContentReader;
import dev.guide.content.Reason;
import dev.guide.content.WalkAwaySign;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * The ids a shell may complete, from the built-in content. Picocli creates these when it builds
 * the command model; the content is read only when a completion script is made.
 */
final class Completions {

  private Completions() {}

  /** Reason ids. */
  static final class ReasonIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ids(Content::reasons, Reason::id);
    }
  }

  /** Walk-away sign ids. */
  static final class SignIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ids(Content::signs, WalkAwaySign::id);
    }
  }

  /** Advice ids. */
  static final class AdviceIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ids(Content::advice, Advice::id);
    }
  }

  /** The countries whose help the guide lists (content/helplines.json), by their two-letter codes. */
  static final class CountryCodes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ids(content -> content.helplines().countries(), dev.guide.content.Helplines.Country::code);
    }
  }

  private static <T> Iterator<String> ids(Function<Content, List<T>> items, Function<T, String> id) {
    try {
      return items.apply(ContentReader.readBuiltIn()).stream().map(id).iterator();
    } catch (ContentException e) {
      return List.<String>of().iterator();
    }
  }
}
