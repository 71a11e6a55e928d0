package dev.guide.content;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in content, checked and compiled at build time into a compact binary form that the
 * guide reads at start with nothing but the JDK: no JSON parsing and no checking on every run.
 * The JSON in content/ stays the source; this is a build product, like a class file.
 */
public final class ContentBundle {

  /** Where the build puts the bundle, inside the jar. */
  public static final String RESOURCE = "/content/content.bin";

  private static final int MAGIC = 0x47554944; // "GUID"
  private static final int FORMAT = 1;

  private ContentBundle() {}

  public static void write(Content content, DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    list(out, content.sources(), (o, s) -> {
      o.writeUTF(s.id());
      o.writeUTF(s.title());
      optional(o, s.byline());
      optional(o, s.date());
      o.writeUTF(s.file());
    });
    list(out, content.advice(), (o, a) -> {
      o.writeUTF(a.id());
      o.writeUTF(a.title());
      o.writeUTF(a.text());
      refs(o, a.sources());
    });
    list(out, content.reasons(), (o, r) -> {
      o.writeUTF(r.id());
      o.writeUTF(r.title());
      o.writeUTF(r.summary());
      strings(o, r.looksLike());
      o.writeUTF(r.goingOn());
      strings(o, r.advice());
      strings(o, r.related());
      refs(o, r.sources());
    });
    list(out, content.signs(), (o, s) -> {
      o.writeUTF(s.id());
      o.writeUTF(s.title());
      o.writeUTF(s.looksLike());
      o.writeUTF(s.whyItMatters());
      o.writeUTF(s.whatToDo());
      strings(o, s.advice());
      refs(o, s.sources());
    });
    Questionnaire q = content.questionnaire();
    list(out, q.questions(), (o, question) -> {
      o.writeUTF(question.id());
      o.writeUTF(question.text());
      o.writeUTF(question.help());
      o.writeBoolean(question.multiple());
      o.writeBoolean(question.when().isPresent());
      if (question.when().isPresent()) {
        o.writeUTF(question.when().get().question());
        strings(o, question.when().get().anyOf());
      }
      list(o, question.choices(), (c, choice) -> {
        c.writeUTF(choice.id());
        c.writeUTF(choice.label());
        c.writeInt(choice.evidence().size());
        for (Map.Entry<String, Double> weight : choice.evidence().entrySet()) {
          c.writeUTF(weight.getKey());
          c.writeDouble(weight.getValue());
        }
        c.writeBoolean(choice.safety());
        c.writeBoolean(choice.exclusive());
      });
    });
    Questionnaire.Thresholds t = q.thresholds();
    out.writeDouble(t.strong());
    out.writeDouble(t.moderate());
    out.writeDouble(t.some());
    out.writeDouble(t.sign());
    Questionnaire.Messages m = q.messages();
    out.writeUTF(m.disclaimer());
    out.writeUTF(m.unclear());
    strings(out, m.unclearAdvice());
    out.writeUTF(m.safety());
    strings(out, m.safetyAdvice());
    strings(out, m.unsafeAdvice());
    out.writeUTF(m.twoWays());
    list(out, content.synonyms(), (o, synonym) -> {
      o.writeUTF(synonym.word());
      strings(o, synonym.finds());
    });
  }

  public static Content read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
      throw new IOException("not a content bundle of this version of the guide; rebuild it");
    }
    List<Source> sources = list(in, i -> new Source(i.readUTF(), i.readUTF(), optional(i), optional(i), i.readUTF()));
    List<Advice> advice = list(in, i -> new Advice(i.readUTF(), i.readUTF(), i.readUTF(), refs(i)));
    List<Reason> reasons = list(in, i -> new Reason(
        i.readUTF(), i.readUTF(), i.readUTF(), strings(i), i.readUTF(), strings(i), strings(i), refs(i)));
    List<WalkAwaySign> signs = list(in, i -> new WalkAwaySign(
        i.readUTF(), i.readUTF(), i.readUTF(), i.readUTF(), i.readUTF(), strings(i), refs(i)));
    List<Question> questions = list(in, i -> {
      String id = i.readUTF();
      String text = i.readUTF();
      String help = i.readUTF();
      boolean multiple = i.readBoolean();
      Optional<Condition> when = i.readBoolean() ? Optional.of(new Condition(i.readUTF(), strings(i))) : Optional.empty();
      List<Choice> choices = list(i, c -> {
        String choiceId = c.readUTF();
        String label = c.readUTF();
        int weights = c.readInt();
        Map<String, Double> evidence = new LinkedHashMap<>();
        for (int k = 0; k < weights; k++) {
          evidence.put(c.readUTF(), c.readDouble());
        }
        return new Choice(choiceId, label, evidence, c.readBoolean(), c.readBoolean());
      });
      return new Question(id, text, help, multiple, when, choices);
    });
    Questionnaire.Thresholds thresholds =
        new Questionnaire.Thresholds(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble());
    Questionnaire.Messages messages = new Questionnaire.Messages(
        in.readUTF(), in.readUTF(), strings(in), in.readUTF(), strings(in), strings(in), in.readUTF());
    Questionnaire questionnaire = new Questionnaire(questions, thresholds, messages);
    List<Synonym> synonyms = list(in, i -> new Synonym(i.readUTF(), strings(i)));
    return new Content(sources, advice, reasons, signs, questionnaire, synonyms);
  }

  @FunctionalInterface
  private interface Writer<T> {
    void write(DataOutputStream out, T item) throws IOException;
  }

  @FunctionalInterface
  private interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  private static <T> void list(DataOutputStream out, List<T> items, Writer<T> writer) throws IOException {
    out.writeInt(items.size());
    for (T item : items) {
      writer.write(out, item);
    }
  }

  private static <T> List<T> list(DataInputStream in, Reader<T> reader) throws IOException {
    int size = in.readInt();
    List<T> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      items.add(reader.read(in));
    }
    return items;
  }

  private static void strings(DataOutputStream out, List<String> values) throws IOException {
    list(out, values, DataOutputStream::writeUTF);
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    return list(in, i -> i.readUTF());
  }

  private static void refs(DataOutputStream out, List<SourceRef> refs) throws IOException {
    list(out, refs, (o, ref) -> {
      o.writeUTF(ref.source());
      o.writeUTF(ref.section());
    });
  }

  private static List<SourceRef> refs(DataInputStream in) throws IOException {
    return list(in, i -> new SourceRef(i.readUTF(), i.readUTF()));
  }

  private static void optional(DataOutputStream out, Optional<String> value) throws IOException {
    out.writeBoolean(value.isPresent());
    if (value.isPresent()) {
      out.writeUTF(value.get());
    }
  }

  private static Optional<String> optional(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
  }
}
