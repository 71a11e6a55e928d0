package dev.guide.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** One question of the questionnaire, asked only when its condition (if any) holds. */
public record Question(
    String id, String text, String help, boolean multiple, Optional<Condition> when, List<Choice> choices) {
  public Question {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(help, "help");
    Objects.requireNonNull(when, "when");
    choices = List.copyOf(choices);
  }

  /**
   * Words the guide keeps for itself at the prompt (go back, skip, help, stop): they are never
   * taken for an answer, though labels hold them ("pulled back", "holds back").
   */
  public static final Set<String> COMMAND_WORDS = Set.of("back", "skip", "help", "quit", "exit");

  public Optional<Choice> choice(String choiceId) {
    return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
  }

  /**
   * A choice as a person types it: its 1-based number, its id written any way ("Not sure"), or its
   * label as shown ("very fast"), whichever pronoun the label was shown with; one word only one
   * label has ("fast"); or the first words of only one label ("no" for "No, none of these").
   */
  public Optional<Choice> typed(String typed) {
    String trimmed = typed.strip();
    if (trimmed.matches("[0-9]{1,4}")) {
      int number = Integer.parseInt(trimmed);
      return number >= 1 && number <= choices.size() ? Optional.of(choices.get(number - 1)) : Optional.empty();
    }
    String wanted = Ids.normalise(trimmed);
    Optional<Choice> byId = choice(wanted);
    if (byId.isPresent() || wanted.isEmpty() || COMMAND_WORDS.contains(wanted)) {
      return byId;
    }
    for (Choice choice : choices) {
      for (Partner partner : Partner.values()) {
        if (Ids.normalise(partner.render(choice.label())).equals(wanted)) {
          return Optional.of(choice);
        }
      }
    }
    Optional<Choice> byWord = byOneWord(wanted);
    return byWord.isPresent() ? byWord : byFirstWords(wanted);
  }

  /** "no" for "No, none of these": the words a label starts with, when only one label starts with them. */
  private Optional<Choice> byFirstWords(String wanted) {
    Choice found = null;
    for (Choice choice : choices) {
      boolean has = false;
      for (Partner partner : Partner.values()) {
        has |= (Ids.normalise(partner.render(choice.label())) + "-").startsWith(wanted + "-");
      }
      if (has) {
        if (found != null) {
          return Optional.empty();
        }
        found = choice;
      }
    }
    return Optional.ofNullable(found);
  }

  /** "fast" for "Very fast": one word of at least three letters that only one choice's label has. */
  private Optional<Choice> byOneWord(String wanted) {
    if (wanted.length() < 3 || wanted.contains("-")) {
      return Optional.empty();
    }
    Choice found = null;
    for (Choice choice : choices) {
      boolean has = false;
      for (Partner partner : Partner.values()) {
        has |= ("-" + Ids.normalise(partner.render(choice.label())) + "-").contains("-" + wanted + "-");
      }
      if (has) {
        if (found != null) {
          return Optional.empty();
        }
        found = choice;
      }
    }
    return Optional.ofNullable(found);
  }
}
