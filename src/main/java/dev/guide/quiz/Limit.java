package dev.guide.quiz;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The reader's own limit, in their words: what they need, what change would be enough, the date by
 * which they will look again, and what they will do if the change does not come. Any part may be
 * left out.
 */
public record Limit(Optional<String> needs, Optional<String> enough, Optional<LocalDate> by, Optional<String> otherwise) {

  public static final Limit NONE = new Limit(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public Limit {
    Objects.requireNonNull(needs, "needs");
    Objects.requireNonNull(enough, "enough");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(otherwise, "otherwise");
  }

  /** Whether nothing was set. */
  public boolean isEmpty() {
    return needs.isEmpty() && enough.isEmpty() && by.isEmpty() && otherwise.isEmpty();
  }

  /** The text of a part other than the date, by its name in {@code PlanTexts.LIMIT}. */
  public Optional<String> text(String name) {
    return switch (name) {
      case "needs" -> needs;
      case "enough" -> enough;
      case "otherwise" -> otherwise;
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** This limit with one part set, by its name in {@code PlanTexts.LIMIT}; the date is set with {@link #by(LocalDate)}. */
  public Limit with(String name, String text) {
    Optional<String> value = Optional.of(text);
    return switch (name) {
      case "needs" -> new Limit(value, enough, by, otherwise);
      case "enough" -> new Limit(needs, value, by, otherwise);
      case "otherwise" -> new Limit(needs, enough, by, value);
      default -> throw new IllegalArgumentException(name);
    };
  }

  public Limit by(LocalDate date) {
    return new Limit(needs, enough, Optional.of(date), otherwise);
  }
}
