package dev.guide.quiz;

import dev.guide.content.Advice;
import dev.guide.content.Choice;
import dev.guide.content.Condition;
import dev.guide.content.Content;
import dev.guide.content.ContentException;
import dev.guide.content.ContentReader;
import dev.guide.content.Judgement;
import dev.guide.content.Question;
import dev.guide.content.Questionnaire;
import dev.guide.content.Reason;
import dev.guide.content.SourceRef;
import dev.guide.content.WalkAwaySign;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Small hand-built content for engine tests, made with the records' own constructors, so a test
 * shows every weight it depends on. Also the real content, read once.
 */
public final class TinyContent {

  static final Questionnaire.Thresholds THRESHOLDS = new Questionnaire.Thresholds(6, 4, 2, 3);
  static final List<String> UNCLEAR_ADVICE = List.of("unclear-first", "unclear-second");
  static final List<String> SAFETY_ADVICE = List.of("safety-first");
  /** Advice that must not be given when an answer points to fear, control or lies. */
  static final List<String> UNSAFE_ADVICE = List.of("talk-it-over");
  /** The reader's own life: every result not about safety keeps a place for one of these. */
  static final List<String> OWN_LIFE_ADVICE = List.of("own-life", "own-life-too");

  private static Content real;

  private TinyContent() {}

  /** The content built into the guide. */
  public static synchronized Content real() {
    if (real == null) {
      try {
        real = ContentReader.read(ContentReader.builtIn());
      } catch (ContentException e) {
        throw new IllegalStateException(e.getMessage() + "\n" + String.join("\n", e.details()), e);
      }
    }
    return real;
  }

  /** A choice with evidence given as pairs: {@code choice("c", "reason-a", 2, "sign-b", 3)}. */
  static Choice choice(String id, Object... evidence) {
    return new Choice(id, "label of " + id, weights(evidence), false, false);
  }

  /** A choice that brings up the safety note. */
  static Choice unsafe(String id, Object... evidence) {
    return new Choice(id, "label of " + id, weights(evidence), true, false);
  }

  /** A safety choice that also puts the emergency number first (hurt or threatened). */
  static Choice emergency(String id) {
    return new Choice(id, "label of " + id, Map.of(), List.of(), true, true, false, false, false);
  }

  /** A choice that raises the worry that the partner may harm themselves. */
  static Choice crisis(String id, Object... evidence) {
    return new Choice(id, "label of " + id, weights(evidence), List.of(), false, false, true, false, false);
  }

  /** An "I'm not sure" choice: it answers the question without telling anything. */
  static Choice notSure(String id) {
    return new Choice(id, "label of " + id, Map.of(), List.of(), false, false, false, false, true);
  }

  /** A choice with no evidence that asks for these advice items directly. */
  static Choice asking(String id, String... advice) {
    return new Choice(id, "label of " + id, Map.of(), List.of(advice), false, false, false, false, false);
  }

  static Question single(String id, Choice... choices) {
    return new Question(id, "text of " + id, "help", false, Optional.empty(), List.of(choices));
  }

  static Question multiple(String id, Choice... choices) {
    return new Question(id, "text of " + id, "help", true, Optional.empty(), List.of(choices));
  }

  /** The question, asked only when {@code on} is answered with one of {@code anyOf}. */
  static Question when(Question question, String on, String... anyOf) {
    return new Question(question.id(), question.text(), question.help(), question.multiple(),
        Optional.of(new Condition(on, List.of(anyOf))), question.choices());
  }

  static Reason reason(String id, String... advice) {
    return new Reason(id, "title of " + id, "summary", List.of("looks like"), "going on", List.of(advice), List.of(),
        List.of(new SourceRef("000", "§1")));
  }

  static WalkAwaySign sign(String id, String... advice) {
    return new WalkAwaySign(id, "title of " + id, "looks like", "why", "what to do", List.of(advice),
        List.of(new SourceRef("000", "§1")));
  }

  /** Content with these items; every advice id they name (and the unclear advice) exists. */
  static Content content(List<Reason> reasons, List<WalkAwaySign> signs, List<Question> questions) {
    Set<String> adviceIds = new LinkedHashSet<>(UNCLEAR_ADVICE);
    adviceIds.addAll(SAFETY_ADVICE);
    adviceIds.addAll(UNSAFE_ADVICE);
    reasons.forEach(r -> adviceIds.addAll(r.advice()));
    signs.forEach(s -> adviceIds.addAll(s.advice()));
    questions.forEach(q -> q.choices().forEach(c -> adviceIds.addAll(c.advice())));
    adviceIds.addAll(OWN_LIFE_ADVICE);
    List<Advice> advice = new ArrayList<>();
    for (String id : adviceIds) {
      advice.add(new Advice(id, "title of " + id, "text", List.of(new SourceRef("000", "§1"))));
    }
    Questionnaire.Messages messages = new Questionnaire.Messages(
        "disclaimer", "unclear", "A possibility:", UNCLEAR_ADVICE, "These fit equally well.", "Low.", "Medium.",
        "High.", "safety", "The guide's own.", "Thank you for saying so.", "No reason excuses fear.", "Your safety, first.",
        "Leaving can be risky.", "Plan with a helpline.", "Help is listed.", SAFETY_ADVICE, UNSAFE_ADVICE, List.of(),
        "Get help.", "Your safety first.", OWN_LIFE_ADVICE, "two ways",
        "Medium, all answered.");
    return new Content(List.of(), advice, reasons, signs, new Questionnaire(questions, THRESHOLDS, messages));
  }

  /** The content with these advice items in place of the ones of the same id. */
  static Content withAdvice(Content content, Advice... replacements) {
    List<Advice> advice = new ArrayList<>(content.advice());
    for (Advice replacement : replacements) {
      advice.replaceAll(a -> a.id().equals(replacement.id()) ? replacement : a);
    }
    return new Content(content.sources(), advice, content.reasons(), content.signs(), content.questionnaire());
  }

  /** The content with the reasons in {@code unsafeReasons} held back when an answer points to fear. */
  static Content withUnsafeReasons(Content content, String... unsafeReasons) {
    Questionnaire q = content.questionnaire();
    Questionnaire.Messages m = q.messages();
    Questionnaire.Messages messages = new Questionnaire.Messages(m.disclaimer(), m.unclear(), m.possibility(),
        m.unclearAdvice(), m.ties(), m.confidenceLow(), m.confidenceMedium(), m.confidenceHigh(), m.safety(),
        m.safetyOwn(), m.safetyAck(), m.safetyReasons(), m.safetyInShort(), m.safetyLeaving(), m.safetyWhatToDo(), m.safetySkipped(),
        m.safetyAdvice(), m.unsafeAdvice(), List.of(unsafeReasons), m.crisis(), m.crisisUnsafe(), m.ownLifeAdvice(),
        m.twoWays(), m.confidenceMediumAll());
    return new Content(content.sources(), content.advice(), content.reasons(), content.signs(),
        new Questionnaire(q.questions(), q.thresholds(), q.confidence(), messages));
  }

  /** The content with these rules for reading answers in the light of each other. */
  static Content withJudgement(Content content, Judgement judgement) {
    return new Content(content.sources(), content.advice(), content.reasons(), content.signs(), content.questionnaire(),
        content.helplines(), content.synonyms(), content.plan(), judgement);
  }

  /** Rules with only these answers ("question:choice") marked as the reader's own worry. */
  static Judgement worries(String... answers) {
    Judgement none = Judgement.NONE;
    return new Judgement(List.of(answers), List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(),
        Optional.empty(), none.texts());
  }

  /** Rules with these explanations, and this serious event, and nothing else. */
  static Judgement judgement(List<String> serious, Judgement.Explanation... explains) {
    return new Judgement(List.of(), serious, List.of(explains), Map.of(), List.of(), List.of(), List.of(), List.of(),
        Optional.empty(), Judgement.NONE.texts());
  }

  /** An advice item of the tiny content, offered only when these conditions hold, never beside {@code excludes}. */
  static Advice advice(String id, List<Condition> when, String... excludes) {
    return new Advice(id, "title of " + id, "text", List.of(new SourceRef("000", "§1")), when, List.of(excludes),
        false, Optional.empty());
  }

  /** A sign whose behaviour these reasons can also explain. */
  static WalkAwaySign sign(String id, List<String> alternatives, String... advice) {
    return new WalkAwaySign(id, "title of " + id, "looks like", "why", "what to do", List.of(advice), alternatives,
        List.of(new SourceRef("000", "§1")));
  }

  /** Answers given as pairs of question id and its chosen choice ids. */
  public static Answers answers(Object... pairs) {
    Answers answers = Answers.none();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> chosen = pairs[i + 1] instanceof String one ? List.of(one) : (List<String>) pairs[i + 1];
      answers = answers.with((String) pairs[i], chosen);
    }
    return answers;
  }

  private static Map<String, Double> weights(Object... evidence) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int i = 0; i < evidence.length; i += 2) {
      weights.put((String) evidence[i], ((Number) evidence[i + 1]).doubleValue());
    }
    return weights;
  }
}
