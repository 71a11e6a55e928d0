package dev.guide.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads judgement.json (see {@link Judgement}) and checks what it names once the rest of the
 * content is read: every answer is {@code question:choice} of a real question and choice, every
 * finding a reason or sign, every {@code to} a reason, every advice id known. Defects go to the
 * reader's list, each with its file:line:col.
 */
final class JudgementReader {

  static final String FILE = "judgement.json";

  private final List<Defect> defects;
  /** Each answer key named, where, and what named it, checked against the questionnaire. */
  private final List<Named> answers = new ArrayList<>();
  private final List<Named> findings = new ArrayList<>();
  private final List<Named> reasons = new ArrayList<>();
  private final List<Named> advice = new ArrayList<>();

  private record Named(Json.Location at, String what, String id) {}

  /** The did-you-mean suggester, whose work the content reader bounds for the whole read. */
  /** The "; did you mean ...?" for an unknown name, or "" (the content reader keeps a budget for them). */
  interface Suggestions {
    String didYouMean(String typed, Collection<String> known);
  }

  private final Suggestions didYouMean;

  JudgementReader(List<Defect> defects, Suggestions didYouMean) {
    this.defects = defects;
    this.didYouMean = didYouMean;
  }

  /** The rules, {@link Judgement#NONE} when the file is absent, or null when it has a defect. */
  Judgement read(Json document) {
    if (document == null) {
      return Judgement.NONE;
    }
    Optional<Fields> root = Fields.of(FILE, document, FILE, defects);
    if (root.isEmpty()) {
      return null;
    }
    Fields f = root.get();
    List<String> worries = answerList(f, "worries");
    List<String> serious = answerList(f, "serious");
    List<Judgement.Explanation> explains = new ArrayList<>();
    Json.Arr explainsList = f.optionalList("explains", "a list of explanations").orElse(null);
    if (explainsList != null) {
      int index = 0;
      for (Json item : explainsList.items()) {
        index++;
        Fields e = Fields.of(FILE, item, "explains #" + index, defects).orElse(null);
        if (e != null) {
          List<String> by = answerList(e, "by");
          if (!e.has("by")) {
            e.add(e.at(), "missing field 'by' (the answers that explain, as \"question:choice\")");
          } else if (by.isEmpty()) {
            e.add(e.locationOf("by"), "'by' is empty; name at least one answer that explains");
          }
          List<String> of = answerList(e, "answers");
          List<String> unless = answerList(e, "unless");
          List<String> ids = e.ids("for");
          if (ids != null) {
            if (ids.isEmpty()) {
              e.add(e.locationOf("for"), "'for' is empty; name the reasons or signs whose weight is explained");
            }
            named(e, "for", ids, findings);
          }
          Optional<String> to = e.has("to") ? Optional.ofNullable(e.id("to")) : Optional.empty();
          if (to.isPresent()) {
            reasons.add(new Named(e.locationOf("to"), e.what() + ": 'to'", to.get()));
          }
          e.rejectUnknown();
          if (e.clean()) {
            explains.add(new Judgement.Explanation(by, of, ids, to, unless));
          }
        }
      }
    }
    Map<String, Integer> needsSigns = new LinkedHashMap<>();
    Json.Obj needsSignsObject = f.object("needsSigns", false).orElse(null);
    if (needsSignsObject != null) {
      Fields n = new Fields(FILE, needsSignsObject, "needsSigns", defects);
      for (Json.Member member : needsSignsObject.members().values()) {
        Double count = n.number(member.name(), member.value());
        if (count != null && (count < 1 || count != Math.rint(count))) {
          n.add(member.value().at(), "'" + member.name() + "' is " + count + "; give a whole number of signs, 1 or more");
        } else if (count != null) {
          needsSigns.put(member.name(), count.intValue());
          reasons.add(new Named(member.at(), "needsSigns", member.name()));
        }
      }
    }
    List<String> heldBack = f.has("heldBackWhenHurt") ? f.ids("heldBackWhenHurt") : List.of();
    if (heldBack == null) {
      heldBack = List.of();
    }
    named(f, "heldBackWhenHurt", heldBack, reasons);
    List<String> seriousAdvice = adviceList(f, "seriousAdvice");
    List<String> seriousUnfit = adviceList(f, "seriousUnfitAdvice");
    List<String> crisisAdvice = adviceList(f, "crisisAdvice");
    Optional<String> hardReading = f.has("hardReading") ? Optional.ofNullable(f.id("hardReading")) : Optional.empty();
    if (hardReading.isPresent()) {
      reasons.add(new Named(f.locationOf("hardReading"), "'hardReading'", hardReading.get()));
    }
    for (String id : seriousAdvice) {
      if (seriousUnfit.contains(id)) {
        f.add(f.locationOf("seriousAdvice"), "'" + id + "' is in both seriousAdvice and seriousUnfitAdvice; keep it in one");
      }
    }
    Json.Obj textsObject = f.object("texts", true).orElse(null);
    Judgement.Texts texts = textsObject == null ? null : texts(textsObject);
    f.rejectUnknown();
    return f.clean() && texts != null
        ? new Judgement(worries, serious, explains, needsSigns, heldBack, seriousAdvice, seriousUnfit, crisisAdvice, hardReading, texts)
        : null;
  }

  /** A list of answers named "question:choice"; empty when left out. */
  private List<String> answerList(Fields f, String name) {
    if (!f.has(name)) {
      return List.of();
    }
    List<String> keys = f.texts(name);
    if (keys == null) {
      return List.of();
    }
    List<Json.Location> at = f.itemLocations(name);
    for (int i = 0; i < keys.size() && i < at.size(); i++) {
      answers.add(new Named(at.get(i), f.what() + ": '" + name + "'", keys.get(i)));
    }
    return keys;
  }

  private List<String> adviceList(Fields f, String name) {
    List<String> ids = f.has(name) ? f.ids(name) : List.of();
    if (ids == null) {
      return List.of();
    }
    named(f, name, ids, advice);
    return ids;
  }

  private static void named(Fields f, String name, List<String> ids, List<Named> into) {
    List<Json.Location> at = f.itemLocations(name);
    for (int i = 0; i < ids.size() && i < at.size(); i++) {
      into.add(new Named(at.get(i), f.what() + ": '" + name + "'", ids.get(i)));
    }
  }

  private Judgement.Texts texts(Json.Obj object) {
    Fields t = new Fields(FILE, object, "texts", defects);
    String setAside = t.text("setAside");
    String elsewhere = t.text("elsewhere");
    String alone = t.text("alone");
    String counter = t.text("counter");
    t.rejectUnknown();
    return t.clean() ? new Judgement.Texts(setAside, elsewhere, alone, counter) : null;
  }

  /**
   * Checks every name against the content read. A file that could not be read (null) is not
   * checked against: its own defect says what to fix.
   */
  void check(Questionnaire questionnaire, boolean allQuestionsRead, Set<String> reasonIds, Set<String> signIds,
      Set<String> adviceIds) {
    if (questionnaire != null && allQuestionsRead) {
      List<String> questionIds = questionnaire.questionIds();
      for (Named use : answers) {
        int colon = use.id().indexOf(':');
        if (colon <= 0 || colon == use.id().length() - 1) {
          add(use, "'" + use.id() + "' is not an answer; name one as \"question:choice\", such as \"plans-time:busy-explains\"");
          continue;
        }
        String question = use.id().substring(0, colon);
        String choice = use.id().substring(colon + 1);
        Optional<Question> asked = questionnaire.question(question);
        if (asked.isEmpty()) {
          add(use, "'" + use.id() + "': unknown question '" + question + "'" + didYouMean.didYouMean(question, questionIds));
          continue;
        }
        List<String> choiceIds = asked.get().choiceIds();
        if (!choiceIds.contains(choice)) {
          add(use, "'" + use.id() + "': question '" + question + "' has no choice '" + choice + "'"
              + didYouMean.didYouMean(choice, choiceIds) + "; its choices are " + String.join(", ", choiceIds));
        }
      }
    }
    if (reasonIds != null && signIds != null) {
      Set<String> targets = new TreeSet<>(reasonIds);
      targets.addAll(signIds);
      for (Named use : findings) {
        if (!targets.contains(use.id())) {
          add(use, "unknown reason or sign '" + use.id() + "'" + didYouMean.didYouMean(use.id(), targets));
        }
      }
      for (Named use : reasons) {
        if (!reasonIds.contains(use.id())) {
          add(use, "unknown reason '" + use.id() + "'" + didYouMean.didYouMean(use.id(), reasonIds)
              + (signIds.contains(use.id()) ? " (it is a sign; weight moved to a sign would raise a walk-away sign)" : ""));
        }
      }
    }
    if (adviceIds != null) {
      for (Named use : advice) {
        if (!adviceIds.contains(use.id())) {
          add(use, "unknown advice '" + use.id() + "'" + didYouMean.didYouMean(use.id(), adviceIds));
        }
      }
    }
  }

  private void add(Named use, String message) {
    defects.add(Defect.at(FILE, use.at(), use.what() + ": " + message));
  }
}
