package dev.guide.quiz;

/** How much a result rests on: how many questions got a telling answer, and how many answers back the lead. */
public enum Confidence {
  LOW,
  MEDIUM,
  HIGH;

  /** As the JSON result and the text name it: "low", "medium", "high". */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
