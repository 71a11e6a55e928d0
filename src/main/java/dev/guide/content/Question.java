package dev.guide.content;

import java.util.ArrayList;
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
    for (Choice choice : choices) {
      if (choice.id().equals(choiceId)) {
        return Optional.of(choice);
      }
    }
    return Optional.empty();
  }

  /** The choices' ids, in order. */
  public List<String> choiceIds() {
    List<String> ids = new ArrayList<>(choices.size());
    for (Choice choice : choices) {
      ids.add(choice.id());
    }
    return ids;
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
   * For words that are no choice: the one choice whose label has a run of words spelt nearly so
   * ("sevral months" for "Several months, less than a year"), to suggest, never to take; empty
   * when none is near or two are as near.
   */
  public Optional<Choice> nearest(String typed) {
    String wanted = Ids.normalise(typed.strip());
    if (wanted.replace("-", "").length() < 4 || COMMAND_WORDS.contains(wanted)) {
      return Optional.empty();
    }
    int allowed = Math.max(1, wanted.length() / 5);
    int words = wanted.split("-").length;
    Choice best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (Choice choice : choices) {
      // Its id too, which answer files use ("few-month" for few-months).
      int distance = typoDistance(wanted, choice.id());
      for (Partner partner : Partner.values()) {
        String[] label = Ids.normalise(partner.render(choice.label())).split("-");
        for (int i = 0; i + words <= label.length; i++) {
          distance = Math.min(distance, typoDistance(wanted, String.join("-", java.util.Arrays.copyOfRange(label, i, i + words))));
        }
      }
      if (distance < bestDistance) {
        best = choice;
        bestDistance = distance;
        tie = false;
      } else if (distance == bestDistance && best != choice) {
        tie = true;
      }
    }
    return best != null && !tie && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
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

  /** "no" for "No, none of these": the choices whose labels start with these words (two letters at least: "a" is no answer). */
  private List<Choice> byFirstWords(String wanted) {
    List<Choice> found = new java.util.ArrayList<>();
    if (wanted.length() < 2) {
      return found;
    }
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

  /**
   * "fast" for "Very fast", "changes the subject" for "She changes the subject": the choices whose
   * labels have this word of at least three letters, or this run of words.
   */
  private List<Choice> byOneWord(String wanted) {
    List<Choice> found = new java.util.ArrayList<>();
    if (wanted.length() < 3) {
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

  /** Edits from one spelling to another, a swap of two letters side by side counting as one ("anxeity"). */
  static int typoDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
