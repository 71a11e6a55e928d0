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
    List<Choice> byWord = byOneWord(wanted);
    if (byWord.size() == 1) {
      return Optional.of(byWord.get(0));
    }
    List<Choice> byStart = byFirstWords(wanted);
    return byStart.size() == 1 ? Optional.of(byStart.get(0)) : Optional.empty();
  }

  /**
   * The choices a typed word fits when it fits more than one, so a person can be told which
   * ("we" starts both "We live together" and "We live far apart"); empty otherwise.
   */
  public List<Choice> fitting(String typed) {
    String wanted = Ids.normalise(typed.strip());
    if (wanted.isEmpty() || COMMAND_WORDS.contains(wanted) || typed(typed).isPresent()) {
      return List.of();
    }
    List<Choice> byWord = byOneWord(wanted);
    return byWord.size() > 1 ? byWord : byFirstWords(wanted).size() > 1 ? byFirstWords(wanted) : List.of();
  }

  /** "no" for "No, none of these": the choices whose labels start with these words. */
  private List<Choice> byFirstWords(String wanted) {
    List<Choice> found = new java.util.ArrayList<>();
    for (Choice choice : choices) {
      boolean has = false;
      for (Partner partner : Partner.values()) {
        has |= (Ids.normalise(partner.render(choice.label())) + "-").startsWith(wanted + "-");
      }
      if (has) {
        found.add(choice);
      }
    }
    return found;
  }

  /** "fast" for "Very fast": the choices whose labels have this word of at least three letters. */
  private List<Choice> byOneWord(String wanted) {
    List<Choice> found = new java.util.ArrayList<>();
    if (wanted.length() < 3 || wanted.contains("-")) {
      return found;
    }
    for (Choice choice : choices) {
      boolean has = false;
      for (Partner partner : Partner.values()) {
        has |= ("-" + Ids.normalise(partner.render(choice.label())) + "-").contains("-" + wanted + "-");
      }
      if (has) {
        found.add(choice);
      }
    }
    return found;
  }
}
