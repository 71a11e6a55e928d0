package dev.guide.quiz;

import java.util.Locale;

/** How strongly the answers point to a reason. */
public enum Strength {
  STRONG,
  MODERATE,
  SOME;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
