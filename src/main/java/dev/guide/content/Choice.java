package dev.guide.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One answer to a question. Its evidence maps reason and sign ids to weights, negative where the
 * answer counts against one; {@code advice} names advice the answer asks for directly. Flags:
 * {@code safety} for answers that point to fear, control or harm, which bring up the safety
 * section; {@code emergency} for being hurt or threatened, which puts the emergency number first;
 * {@code crisis} for a worry that the partner may harm themselves; {@code exclusive} for an answer
 * such as "None of these" that cannot stand with others; {@code unsure} for "I'm not sure", which
 * answers a question without telling anything; {@code danger} for a sign that research links to far
 * greater danger (strangling, a weapon, a threat to kill, worsening violence, leaving), which
 * brings the most urgent wording, never a score (the guide's own addition).
 */
public record Choice(
    String id,
    String label,
    Map<String, Double> evidence,
    List<String> advice,
    boolean safety,
    boolean emergency,
    boolean crisis,
    boolean exclusive,
    boolean unsure,
    boolean danger) {
  public Choice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    evidence = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
    advice = List.copyOf(advice);
  }

  /** A choice without the danger flag. */
  public Choice(String id, String label, Map<String, Double> evidence, List<String> advice, boolean safety,
      boolean emergency, boolean crisis, boolean exclusive, boolean unsure) {
    this(id, label, evidence, advice, safety, emergency, crisis, exclusive, unsure, false);
  }

  /** A choice with evidence and the two oldest flags only. */
  public Choice(String id, String label, Map<String, Double> evidence, boolean safety, boolean exclusive) {
    this(id, label, evidence, List.of(), safety, false, false, exclusive, false);
  }

  public double weight(String id) {
    return evidence.getOrDefault(id, 0.0);
  }
}
