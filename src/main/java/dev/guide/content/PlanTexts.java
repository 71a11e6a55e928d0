package dev.guide.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code guide plan} says, from plan.json: its sections, the prompts for the reader's limit
 * and date, the "I have noticed" phrase of each answer that describes something the partner does
 * (question id to choice id to phrase), and for each reason (and some signs) the questions to ask
 * and what different answers might mean; {@code asks}: a question to put first when a given answer
 * (question id to choice id) lies behind a topic.
 */
public record PlanTexts(
    Map<String, Section> sections,
    Map<String, Prompt> limit,
    Map<String, Map<String, String>> noticed,
    Map<String, Topic> topics,
    Map<String, Map<String, String>> asks) {

  /** The sections every plan.json has, in the order a plan shows them. */
  public static final List<String> SECTIONS = List.of(
      "intro", "unclear", "noticed", "opening", "questions", "listen", "needs", "limit", "yourself", "safety", "crisis",
      "danger");

  /** The reader's limit, asked in this order: what they need, what would be enough, by when, and otherwise. */
  public static final List<String> LIMIT = List.of("needs", "enough", "by", "otherwise");

  /** Plain texts for small test content that has no plan.json of its own. */
  public static final PlanTexts NONE = none();

  public PlanTexts {
    sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    limit = Collections.unmodifiableMap(new LinkedHashMap<>(limit));
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    noticed.forEach((question, phrases) -> copy.put(question, Collections.unmodifiableMap(new LinkedHashMap<>(phrases))));
    noticed = Collections.unmodifiableMap(copy);
    topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics));
    Map<String, Map<String, String>> askCopy = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, String>> question : asks.entrySet()) {
      askCopy.put(question.getKey(), Collections.unmodifiableMap(new LinkedHashMap<>(question.getValue())));
    }
    asks = Collections.unmodifiableMap(askCopy);
    for (String name : SECTIONS) {
      Objects.requireNonNull(sections.get(name), name);
    }
    for (String name : LIMIT) {
      Objects.requireNonNull(limit.get(name), name);
    }
  }

  /** Plan texts whose topics ask the same whatever was answered. */
  public PlanTexts(Map<String, Section> sections, Map<String, Prompt> limit, Map<String, Map<String, String>> noticed,
      Map<String, Topic> topics) {
    this(sections, limit, noticed, topics, Map.of());
  }

  /**
   * The question to ask first when this answer was given, in the topic of the finding it points
   * to ("How are you doing since the job went?" rather than a question about work).
   */
  public Optional<String> ask(String question, String choice) {
    return Optional.ofNullable(asks.getOrDefault(question, Map.of()).get(choice));
  }

  public Section section(String name) {
    return Objects.requireNonNull(sections.get(name), name);
  }

  public Prompt prompt(String name) {
    return Objects.requireNonNull(limit.get(name), name);
  }

  /** The phrase for having noticed this answer, if it describes something the partner does. */
  public Optional<String> noticed(String question, String choice) {
    return Optional.ofNullable(noticed.getOrDefault(question, Map.of()).get(choice));
  }

  public Optional<Topic> topic(String id) {
    return Optional.ofNullable(topics.get(id));
  }

  /**
   * One part of a plan: its heading, its text, what it says when the answers give it nothing
   * ({@code empty}), its points, and the passages it comes from ({@code own}: the guide's own).
   */
  public record Section(String heading, String text, Optional<String> empty, List<String> points,
      List<SourceRef> sources, boolean own) {
    public Section {
      Objects.requireNonNull(heading, "heading");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(empty, "empty");
      points = List.copyOf(points);
      sources = List.copyOf(sources);
    }
  }

  /** A question about the reader's limit: as asked at a terminal, and as named in the plan. */
  public record Prompt(String prompt, String label) {
    public Prompt {
      Objects.requireNonNull(prompt, "prompt");
      Objects.requireNonNull(label, "label");
    }
  }

  /** What to ask about one reason or sign, what to listen for in the answer, and where it comes from. */
  public record Topic(List<String> ask, List<String> listenFor, List<SourceRef> sources) {
    public Topic {
      ask = List.copyOf(ask);
      listenFor = List.copyOf(listenFor);
      sources = List.copyOf(sources);
    }
  }

  private static PlanTexts none() {
    Map<String, Section> sections = new LinkedHashMap<>();
    for (String name : SECTIONS) {
      sections.put(name, new Section(name, "About " + name + ".", Optional.of("No " + name + "."), List.of(), List.of(), true));
    }
    Map<String, Prompt> limit = new LinkedHashMap<>();
    for (String name : LIMIT) {
      limit.put(name, new Prompt(name + "?", name));
    }
    return new PlanTexts(sections, limit, Map.of(), Map.of());
  }
}
