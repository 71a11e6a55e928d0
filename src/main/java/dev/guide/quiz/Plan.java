package dev.guide.quiz;

import dev.guide.content.Choice;
import dev.guide.content.Content;
import dev.guide.content.PlanTexts;
import dev.guide.content.Question;
import dev.guide.content.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A short personal plan made from a result: what the reader noticed, in "I" sentences from their
 * own answers; the topics (leading signs and reasons) with what to ask and what to listen for; and
 * their limit and date. When safety is at stake the plan is a safety plan only: no noticed phrases,
 * no topics, no limit. When the partner may harm themselves, the plan is a crisis plan only: no
 * relationship talk at all, which waits, and the plan says so.
 *
 * @param limitLeftOut a limit was given, but this plan leaves it out (safety or crisis)
 * @param danger an answer names a sign that research links to far greater danger (safety plan only)
 */
public record Plan(
    boolean safety,
    boolean emergency,
    List<Result.Because> crisis,
    boolean unclear,
    List<Noticed> noticed,
    List<Topic> topics,
    Limit limit,
    boolean limitLeftOut,
    boolean danger) {

  /** At most this many "I've noticed" sentences: a long list sounds like a case being built. */
  static final int MAX_NOTICED = 4;
  /**
   * At most this many topics beyond the signs shown and the leading reason: a talk has room for a
   * few questions, not a questionnaire.
   */
  static final int MAX_TOPICS = 3;

  public Plan {
    crisis = List.copyOf(crisis);
    noticed = List.copyOf(noticed);
    topics = List.copyOf(topics);
    Objects.requireNonNull(limit, "limit");
  }

  /** Whether this is the conversation plan (not the safety plan, not the crisis plan). */
  public boolean conversation() {
    return !safety && crisis.isEmpty();
  }

  /** Whether this is the crisis plan: the partner may harm themselves, and nothing else is planned. */
  public boolean crisisOnly() {
    return !safety && !crisis.isEmpty();
  }

  /** One answer the reader gave, and how to say it to the partner. */
  public record Noticed(Result.Because because, String phrase) {
    public Noticed {
      Objects.requireNonNull(because, "because");
      Objects.requireNonNull(phrase, "phrase");
    }
  }

  /** A sign or reason the talk can explore: its id, title (with tokens), and the topic's texts. */
  public record Topic(String id, String title, boolean sign, PlanTexts.Topic texts) {
    public Topic {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(texts, "texts");
    }
  }

  /** The plan for these answers and their result, with the reader's limit (maybe {@link Limit#NONE}). */
  public static Plan of(Content content, Answers answers, Result result, Limit limit) {
    if (result.safety()) {
      return new Plan(true, result.emergency(), result.crisis(), result.unclear(), List.of(), List.of(), Limit.NONE,
          !limit.isEmpty(), result.danger());
    }
    if (!result.crisis().isEmpty()) {
      return new Plan(false, false, result.crisis(), result.unclear(), List.of(), List.of(), Limit.NONE,
          !limit.isEmpty(), false);
    }
    PlanTexts texts = content.plan();
    List<Topic> topics = new ArrayList<>();
    if (!result.unclear()) {
      // Every sign shown and the leading reason always have a topic; other reasons fill what room is left.
      for (Result.SignFinding sign : result.signs()) {
        Optional<PlanTexts.Topic> topic = texts.topic(sign.sign().id());
        if (topic.isPresent()) {
          topics.add(new Topic(sign.sign().id(), sign.sign().title(), true, asked(texts, topic.get(), sign.because())));
        }
      }
      for (int i = 0; i < result.reasons().size(); i++) {
        Result.ReasonFinding reason = result.reasons().get(i);
        if (i == 0 || (reason.rank() <= 2 && topics.size() < MAX_TOPICS)) {
          Optional<PlanTexts.Topic> topic = texts.topic(reason.reason().id());
          if (topic.isPresent()) {
            topics.add(new Topic(reason.reason().id(), reason.reason().title(), false,
                asked(texts, topic.get(), reason.because())));
          }
        }
      }
    }
    List<Topic> kept = List.copyOf(topics);
    return new Plan(false, false, result.crisis(), result.unclear(), noticed(content, answers, result, kept), kept,
        limit, false, false);
  }

  /**
   * A topic's questions for these answers: a question the content gives for an answer behind the
   * finding ("How are you doing since the job went?") comes first, in place of the topic's first
   * general one.
   */
  private static PlanTexts.Topic asked(PlanTexts texts, PlanTexts.Topic topic, List<Result.Because> because) {
    List<String> specific = new ArrayList<>();
    for (Result.Because b : because) {
      Optional<String> ask = texts.ask(b.question().id(), b.choice().id());
      if (ask.isPresent() && !specific.contains(ask.get())) {
        specific.add(ask.get());
      }
    }
    if (specific.isEmpty()) {
      return topic;
    }
    specific.addAll(topic.ask().subList(Math.min(1, topic.ask().size()), topic.ask().size()));
    return new PlanTexts.Topic(specific, topic.listenFor(), topic.sources());
  }

  /**
   * The answers that have a noticed phrase, those behind the plan's topics first, at most
   * {@link #MAX_NOTICED}, in the order the questions were asked.
   */
  private static List<Noticed> noticed(Content content, Answers answers, Result result, List<Topic> topics) {
    // Keys as strings, not records: a record's first equals or hashCode costs start-up time (README "Performance").
    Set<String> topicIds = new LinkedHashSet<>();
    // (Loops, not lambdas: each lambda's first call costs its own linking at start.)
    for (Topic topic : topics) {
      topicIds.add(topic.id());
    }
    Set<String> behindTopics = new LinkedHashSet<>();
    for (Result.SignFinding sign : result.signs()) {
      if (topicIds.contains(sign.sign().id())) {
        for (Result.Because b : sign.because()) {
          behindTopics.add(key(b));
        }
      }
    }
    for (Result.ReasonFinding reason : result.reasons()) {
      if (topicIds.contains(reason.reason().id())) {
        for (Result.Because b : reason.because()) {
          behindTopics.add(key(b));
        }
      }
    }
    List<Noticed> all = new ArrayList<>();
    for (Question question : content.questionnaire().questions()) {
      if (!answers.applies(question)) {
        continue;
      }
      for (String chosen : answers.of(question.id())) {
        for (Choice choice : question.choices()) {
          if (choice.id().equals(chosen)) {
            Optional<String> phrase = content.plan().noticed(question.id(), choice.id());
            if (phrase.isPresent()) {
              all.add(new Noticed(new Result.Because(question, choice), phrase.get()));
            }
            break;
          }
        }
      }
    }
    boolean[] keep = new boolean[all.size()];
    int kept = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < all.size() && kept < MAX_NOTICED; i++) {
        if (!keep[i] && (pass == 1 || behindTopics.contains(key(all.get(i).because())))) {
          keep[i] = true;
          kept++;
        }
      }
    }
    List<Noticed> chosen = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (keep[i]) {
        chosen.add(all.get(i));
      }
    }
    return chosen;
  }

  private static String key(Result.Because because) {
    return because.question().id() + "\n" + because.choice().id();
  }

  /** The passages a conversation plan comes from: its sections' and its topics', in order, without repeats. */
  public List<SourceRef> sources(PlanTexts texts) {
    Map<String, SourceRef> refs = new LinkedHashMap<>();
    List<String> sections = safety ? List.of("safety") : crisisOnly() ? List.of("crisis")
        : unclear ? List.of("intro", "unclear", "noticed", "opening", "questions", "listen", "needs", "limit", "yourself")
        : List.of("intro", "noticed", "opening", "questions", "listen", "needs", "limit", "yourself");
    for (String name : sections) {
      for (SourceRef ref : texts.section(name).sources()) {
        refs.putIfAbsent(ref.source() + "\n" + ref.section(), ref);
      }
    }
    for (Topic topic : topics) {
      for (SourceRef ref : topic.texts().sources()) {
        refs.putIfAbsent(ref.source() + "\n" + ref.section(), ref);
      }
    }
    return List.copyOf(refs.values());
  }
}
