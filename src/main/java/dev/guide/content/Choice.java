package dev.guide.content;

import java.util.Map;
import java.util.Objects;

/**
 * One answer to a question. Its evidence maps reason and sign ids to weights; {@code safety} marks
 * answers that point to control, lies or fear, which bring up the safety note; {@code exclusive}
 * marks an answer such as "None of these" that cannot stand with others.
 */
public record Choice(String id, String label, Map<String, Double> evidence, boolean safety, boolean exclusive) {
  public Choice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    evidence = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
  }

  public double weight(String id) {
    return evidence.getOrDefault(id, 0.0);
  }
}
