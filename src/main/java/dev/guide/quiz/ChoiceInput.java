package dev.guide.quiz;

import dev.guide.content.Choice;
import dev.guide.content.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the answer to one question as a person writes it, the same at the terminal and in an
 * answer file: a number, an id or a label; several separated by commas (or, for numbers, spaces)
 * where all that fit may be picked; or {@code skip}. Says what is wrong in words a person can act on.
 */
public final class ChoiceInput {

  static final String SKIP = "skip";

  /** The chosen choice ids (empty: skipped), or what is wrong with the input. */
  public record Parsed(List<String> choices, Optional<String> problem) {
    public Parsed {
      choices = List.copyOf(choices);
    }

    static Parsed of(List<String> choices) {
      return new Parsed(choices, Optional.empty());
    }

    static Parsed wrong(String problem) {
      return new Parsed(List.of(), Optional.of(problem));
    }
  }

  private ChoiceInput() {}

  /** The choices of an answer file's line, a typo named with the id of the choice it is near. */
  public static Parsed parse(Question question, String typed) {
    return parse(question, typed, question.id(), true);
  }

  /**
   * As {@link #parse(Question, String)}, naming the question as {@code name} in what is wrong: at a
   * terminal by its words, since the person sees the question and not its id.
   */
  public static Parsed parse(Question question, String typed, String name) {
    return parse(question, typed, name, false);
  }

  private static Parsed parse(Question question, String typed, String name, boolean byId) {
    String given = typed.strip();
    if (given.isEmpty()) {
      return Parsed.wrong("no choice given for " + name);
    }
    if (given.equalsIgnoreCase(SKIP)) {
      return Parsed.of(List.of());
    }
    Optional<Choice> whole = question.typed(given);
    if (whole.isPresent()) {
      return Parsed.of(List.of(whole.get().id()));
    }
    // A comma at the end is harmless (split drops it); one between or before choices is not.
    List<String> parts = new ArrayList<>(List.of(given.split(",")));
    if (parts.size() == 1 && given.matches("[0-9]+(\\s+[0-9]+)+")) {
      parts = List.of(given.split("\\s+"));
    }
    List<String> chosen = new ArrayList<>();
    for (String part : parts) {
      String one = part.strip();
      if (one.isEmpty()) {
        return Parsed.wrong("an empty choice in '" + given + "' (a comma too many?)");
      }
      if (one.equalsIgnoreCase(SKIP)) {
        return Parsed.wrong("'skip' stands alone; give either skip or choices");
      }
      Optional<Choice> choice = question.typed(one);
      List<Choice> fitting = choice.isPresent() ? List.of() : question.fitting(one);
      if (fitting.size() > 1) {
        List<String> numbers = new ArrayList<>();
        fitting.forEach(c -> numbers.add(String.valueOf(question.choices().indexOf(c) + 1)));
        return Parsed.wrong("'" + one + "' fits " + fitting.size() + " choices for " + name + " ("
            + String.join(", ", numbers) + "); give the number, or more of the words, of the one you mean");
      }
      if (choice.isEmpty()) {
        return Parsed.wrong("'" + one + "' is not a choice for " + name + suggestion(question, one, byId));
      }
      if (chosen.contains(choice.get().id())) {
        return Parsed.wrong("'" + one + "' is given twice for " + name);
      }
      chosen.add(choice.get().id());
    }
    if (chosen.size() > 1 && !question.multiple()) {
      return Parsed.wrong("only one choice fits " + name + ", not " + chosen.size());
    }
    if (chosen.size() > 1) {
      for (String id : chosen) {
        Choice choice = question.choice(id).orElseThrow();
        if (choice.exclusive()) {
          String shown = choice.label().indexOf('{') < 0 ? choice.label() : choice.id();
          return Parsed.wrong("'" + shown + "' cannot go with other choices; give it alone, or the others without it");
        }
      }
    }
    return Parsed.of(chosen);
  }

  /**
   * "; did you mean 3) Several months, less than a year?" for a typo, as a person at the terminal
   * sees the choices; in an answer file, by the id written there ("; did you mean few-months?").
   * Nothing when no choice is near.
   */
  static String suggestion(Question question, String typed, boolean byId) {
    return question.nearest(typed).map(c -> "; did you mean " + (byId ? c.id()
        : (question.choices().indexOf(c) + 1) + ") " + (c.label().indexOf('{') < 0 ? c.label() : c.id())) + "?").orElse("");
  }

  /** What a several-answer line gave: the choices understood, and what is wrong with each other part. */
  public record Partial(List<String> understood, List<String> problems) {
    public Partial {
      understood = List.copyOf(understood);
      problems = List.copyOf(problems);
    }
  }

  /**
   * For a line that {@link #parse} refuses, where all that fit may be picked: the parts that are
   * choices, kept, and a problem for each part that is not, so that only those are asked again.
   */
  public static Partial understood(Question question, String typed, String name) {
    List<String> understood = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String part : typed.split(",")) {
      String one = part.strip();
      if (one.isEmpty() || one.equalsIgnoreCase(SKIP)) {
        continue;
      }
      Optional<Choice> choice = question.typed(one);
      if (choice.isPresent()) {
        if (!understood.contains(choice.get().id())) {
          understood.add(choice.get().id());
        }
        continue;
      }
      List<Choice> fitting = question.fitting(one);
      if (fitting.size() > 1) {
        List<String> numbers = new ArrayList<>();
        fitting.forEach(c -> numbers.add(String.valueOf(question.choices().indexOf(c) + 1)));
        problems.add("'" + one + "' fits " + fitting.size() + " choices (" + String.join(", ", numbers) + ")");
      } else {
        problems.add("'" + one + "' is not a choice" + suggestion(question, one, false));
      }
    }
    return new Partial(understood, problems);
  }
}
