package dev.guide.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
  private static final int FORMAT = 6;

  private ContentBundle() {}

  public static void write(Content content, DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    writeEntries(content, out);
    // The rest in sections, each with its length, so that a command reads only those it uses.
    for (int section = 0; section < SECTIONS; section++) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream part = new DataOutputStream(bytes)) {
        writeSection(content, section, part);
      }
      out.writeInt(bytes.size());
      bytes.writeTo(out);
    }
  }

  /** The sections after the entries: questionnaire, helplines, synonyms, plan texts, judgement. */
  static final int SECTIONS = 5;

  private static void writeEntries(Content content, DataOutputStream out) throws IOException {
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
      conditions(o, a.when());
      strings(o, a.excludes());
      o.writeBoolean(a.own());
      optional(o, a.adapted());
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
      strings(o, s.alternatives());
      refs(o, s.sources());
    });
  }

  private static void writeSection(Content content, int section, DataOutputStream out) throws IOException {
    switch (section) {
      case 0 -> writeQuestionnaire(content, out);
      case 1 -> writeHelplines(content, out);
      case 2 -> writeSynonyms(content, out);
      case 3 -> writePlan(content, out);
      default -> judgement(out, content.judgement());
    }
  }

  private static void writeQuestionnaire(Content content, DataOutputStream out) throws IOException {
    Questionnaire q = content.questionnaire();
    list(out, q.questions(), (o, question) -> {
      o.writeUTF(question.id());
      o.writeUTF(question.text());
      o.writeUTF(question.help());
      o.writeBoolean(question.multiple());
      conditions(o, question.when().stream().toList());
      list(o, question.choices(), (c, choice) -> {
        c.writeUTF(choice.id());
        c.writeUTF(choice.label());
        c.writeInt(choice.evidence().size());
        for (Map.Entry<String, Double> weight : choice.evidence().entrySet()) {
          c.writeUTF(weight.getKey());
          c.writeDouble(weight.getValue());
        }
        strings(c, choice.advice());
        c.writeBoolean(choice.safety());
        c.writeBoolean(choice.emergency());
        c.writeBoolean(choice.crisis());
        c.writeBoolean(choice.exclusive());
        c.writeBoolean(choice.unsure());
        c.writeBoolean(choice.danger());
      });
    });
    Questionnaire.Thresholds t = q.thresholds();
    out.writeDouble(t.strong());
    out.writeDouble(t.moderate());
    out.writeDouble(t.some());
    out.writeDouble(t.sign());
    Questionnaire.Confidence conf = q.confidence();
    out.writeDouble(conf.lowAnswered());
    out.writeDouble(conf.highAnswered());
    out.writeInt(conf.lowSupport());
    out.writeInt(conf.highSupport());
    Questionnaire.Messages m = q.messages();
    out.writeUTF(m.disclaimer());
    out.writeUTF(m.unclear());
    out.writeUTF(m.possibility());
    strings(out, m.unclearAdvice());
    out.writeUTF(m.ties());
    out.writeUTF(m.confidenceLow());
    out.writeUTF(m.confidenceMedium());
    out.writeUTF(m.confidenceHigh());
    out.writeUTF(m.safety());
    out.writeUTF(m.safetyOwn());
    out.writeUTF(m.safetyAck());
    out.writeUTF(m.safetyReasons());
    out.writeUTF(m.safetyInShort());
    out.writeUTF(m.safetyLeaving());
    out.writeUTF(m.safetyWhatToDo());
    out.writeUTF(m.safetySkipped());
    strings(out, m.safetyAdvice());
    strings(out, m.unsafeAdvice());
    strings(out, m.unsafeReasons());
    out.writeUTF(m.crisis());
    out.writeUTF(m.crisisUnsafe());
    strings(out, m.ownLifeAdvice());
    out.writeUTF(m.twoWays());
    out.writeUTF(m.confidenceMediumAll());
  }

  private static void writeHelplines(Content content, DataOutputStream out) throws IOException {
    Helplines h = content.helplines();
    out.writeUTF(h.intro());
    list(out, h.countries(), (o, country) -> {
      o.writeUTF(country.code());
      o.writeUTF(country.name());
      line(o, country.emergency());
      list(o, country.lines(), ContentBundle::line);
      list(o, country.crisis(), ContentBundle::line);
      optional(o, country.note());
    });
    out.writeUTF(h.elsewhere());
    out.writeUTF(h.anywhere());
    strings(out, h.searchWords());
    out.writeUTF(h.now().danger());
    out.writeUTF(h.now().local());
    out.writeUTF(h.now().more());
    out.writeUTF(h.now().goesOn());
    out.writeUTF(h.now().notCountry());
    out.writeUTF(h.now().lines());
    out.writeUTF(h.now().crisisLines());
    out.writeUTF(h.danger());
    out.writeUTF(h.notCountry());
    list(out, h.research(), (o, r) -> {
      o.writeUTF(r.cite());
      o.writeUTF(r.use());
      o.writeUTF(r.source());
      o.writeUTF(r.checked());
    });
    out.writeInt(h.aliases().size());
    for (Map.Entry<String, String> alias : h.aliases().entrySet()) {
      out.writeUTF(alias.getKey());
      out.writeUTF(alias.getValue());
    }
  }

  private static void writeSynonyms(Content content, DataOutputStream out) throws IOException {
    list(out, content.synonyms(), (o, synonym) -> {
      o.writeUTF(synonym.word());
      strings(o, synonym.finds());
    });
  }

  private static void writePlan(Content content, DataOutputStream out) throws IOException {
    PlanTexts p = content.plan();
    for (String name : PlanTexts.SECTIONS) {
      PlanTexts.Section section = p.section(name);
      out.writeUTF(section.heading());
      out.writeUTF(section.text());
      optional(out, section.empty());
      strings(out, section.points());
      refs(out, section.sources());
      out.writeBoolean(section.own());
    }
    for (String name : PlanTexts.LIMIT) {
      out.writeUTF(p.prompt(name).prompt());
      out.writeUTF(p.prompt(name).label());
    }
    list(out, List.copyOf(p.noticed().entrySet()), (o, question) -> {
      o.writeUTF(question.getKey());
      list(o, List.copyOf(question.getValue().entrySet()), (c, phrase) -> {
        c.writeUTF(phrase.getKey());
        c.writeUTF(phrase.getValue());
      });
    });
    list(out, List.copyOf(p.topics().entrySet()), (o, topic) -> {
      o.writeUTF(topic.getKey());
      strings(o, topic.getValue().ask());
      strings(o, topic.getValue().listenFor());
      refs(o, topic.getValue().sources());
    });
    phrases(out, p.asks());
  }

  private static void phrases(DataOutputStream out, Map<String, Map<String, String>> byQuestion) throws IOException {
    list(out, List.copyOf(byQuestion.entrySet()), (o, question) -> {
      o.writeUTF(question.getKey());
      list(o, List.copyOf(question.getValue().entrySet()), (c, phrase) -> {
        c.writeUTF(phrase.getKey());
        c.writeUTF(phrase.getValue());
      });
    });
  }

  private static Map<String, Map<String, String>> phrases(DataInputStream in) throws IOException {
    Map<String, Map<String, String>> byQuestion = new LinkedHashMap<>();
    int questions = in.readInt();
    for (int q = 0; q < questions; q++) {
      String question = in.readUTF();
      Map<String, String> phrases = new LinkedHashMap<>();
      int count = in.readInt();
      for (int c = 0; c < count; c++) {
        phrases.put(in.readUTF(), in.readUTF());
      }
      byQuestion.put(question, phrases);
    }
    return byQuestion;
  }

  private static void judgement(DataOutputStream out, Judgement j) throws IOException {
    strings(out, j.worries());
    strings(out, j.serious());
    list(out, j.explains(), (o, e) -> {
      strings(o, e.by());
      strings(o, e.answers());
      strings(o, e.ids());
      optional(o, e.to());
      strings(o, e.unless());
    });
    list(out, List.copyOf(j.needsSigns().entrySet()), (o, n) -> {
      o.writeUTF(n.getKey());
      o.writeInt(n.getValue());
    });
    strings(out, j.heldBackWhenHurt());
    strings(out, j.seriousAdvice());
    strings(out, j.seriousUnfitAdvice());
    strings(out, j.crisisAdvice());
    optional(out, j.hardReading());
    out.writeUTF(j.texts().setAside());
    out.writeUTF(j.texts().elsewhere());
    out.writeUTF(j.texts().alone());
    out.writeUTF(j.texts().counter());
  }

  private static Judgement judgement(DataInputStream in) throws IOException {
    List<String> worries = strings(in);
    List<String> serious = strings(in);
    List<Judgement.Explanation> explains = items(in, EXPLANATION);
    Map<String, Integer> needsSigns = new LinkedHashMap<>();
    int count = in.readInt();
    for (int k = 0; k < count; k++) {
      needsSigns.put(in.readUTF(), in.readInt());
    }
    return new Judgement(worries, serious, explains, needsSigns, strings(in), strings(in), strings(in), strings(in),
        optional(in), new Judgement.Texts(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF()));
  }

  private static PlanTexts plan(DataInputStream in) throws IOException {
    Map<String, PlanTexts.Section> sections = new LinkedHashMap<>();
    for (String name : PlanTexts.SECTIONS) {
      sections.put(name, new PlanTexts.Section(in.readUTF(), in.readUTF(), optional(in), strings(in), refs(in),
          in.readBoolean()));
    }
    Map<String, PlanTexts.Prompt> limit = new LinkedHashMap<>();
    for (String name : PlanTexts.LIMIT) {
      limit.put(name, new PlanTexts.Prompt(in.readUTF(), in.readUTF()));
    }
    Map<String, Map<String, String>> noticed = phrases(in);
    Map<String, PlanTexts.Topic> topics = new LinkedHashMap<>();
    int count = in.readInt();
    for (int t = 0; t < count; t++) {
      topics.put(in.readUTF(), new PlanTexts.Topic(strings(in), strings(in), refs(in)));
    }
    return new PlanTexts(sections, limit, noticed, topics, phrases(in));
  }

  private static void line(DataOutputStream out, Helplines.Line line) throws IOException {
    out.writeUTF(line.name());
    out.writeUTF(line.contact());
    optional(out, line.web());
    out.writeUTF(line.source());
    out.writeUTF(line.checked());
  }

  private static Helplines.Line line(DataInputStream in) throws IOException {
    return new Helplines.Line(in.readUTF(), in.readUTF(), optional(in), in.readUTF(), in.readUTF());
  }

  private static void conditions(DataOutputStream out, List<Condition> conditions) throws IOException {
    list(out, conditions, (o, c) -> {
      o.writeUTF(c.question());
      strings(o, c.choices());
      o.writeBoolean(c.none());
    });
  }

  private static List<Condition> conditions(DataInputStream in) throws IOException {
    return items(in, CONDITION);
  }

  public static Content read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
      throw new IOException("not a content bundle of this version of the guide; rebuild it");
    }
    // Read with a switch over kinds rather than a lambda per kind: each lambda's first call links
    // a call site, and this runs once at every start (README "Performance").
    List<Source> sources = items(in, SOURCE);
    List<Advice> advice = items(in, ADVICE);
    List<Reason> reasons = items(in, REASON);
    List<WalkAwaySign> signs = items(in, SIGN);
    byte[][] sections = new byte[SECTIONS][];
    for (int section = 0; section < SECTIONS; section++) {
      int length = in.readInt();
      if (length < 0 || length > MAX_SECTION) {
        throw new IOException("a section of the content bundle is " + length + " bytes long");
      }
      sections[section] = in.readNBytes(length);
      if (sections[section].length != length) {
        throw new IOException("the content bundle ends too early");
      }
    }
    return new Content(sources, advice, reasons, signs, new Sections(sections));
  }

  private static final int MAX_SECTION = 16 * 1024 * 1024;

  /** The sections after the entries, each read when the guide first uses it. */
  private static final class Sections implements Content.Parts {
    private final byte[][] sections;

    Sections(byte[][] sections) {
      this.sections = sections;
    }

    private DataInputStream section(int section) {
      return new DataInputStream(new ByteArrayInputStream(sections[section]));
    }

    @Override
    public Questionnaire questionnaire() throws IOException {
      return readQuestionnaire(section(0));
    }

    @Override
    public Helplines helplines() throws IOException {
      return readHelplines(section(1));
    }

    @Override
    public List<Synonym> synonyms() throws IOException {
      return items(section(2), SYNONYM);
    }

    @Override
    public PlanTexts plan() throws IOException {
      return ContentBundle.plan(section(3));
    }

    @Override
    public Judgement judgement() throws IOException {
      return ContentBundle.judgement(section(4));
    }
  }

  private static Questionnaire readQuestionnaire(DataInputStream in) throws IOException {
    List<Question> questions = items(in, QUESTION);
    Questionnaire.Thresholds thresholds =
        new Questionnaire.Thresholds(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble());
    Questionnaire.Confidence confidence =
        new Questionnaire.Confidence(in.readDouble(), in.readDouble(), in.readInt(), in.readInt());
    Questionnaire.Messages messages = new Questionnaire.Messages(in.readUTF(), in.readUTF(), in.readUTF(), strings(in),
        in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(),
        in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), strings(in), strings(in), strings(in), in.readUTF(),
        in.readUTF(), strings(in), in.readUTF(), in.readUTF());
    return new Questionnaire(questions, thresholds, confidence, messages);
  }

  private static Helplines readHelplines(DataInputStream in) throws IOException {
    String intro = in.readUTF();
    List<Helplines.Country> countries = items(in, COUNTRY);
    String elsewhere = in.readUTF();
    String anywhere = in.readUTF();
    List<String> searchWords = strings(in);
    Helplines.Now now = new Helplines.Now(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(),
        in.readUTF());
    String danger = in.readUTF();
    String notCountry = in.readUTF();
    List<Helplines.Research> research = items(in, RESEARCH);
    int aliasCount = in.readInt();
    Map<String, String> aliases = new LinkedHashMap<>();
    for (int k = 0; k < aliasCount; k++) {
      aliases.put(in.readUTF(), in.readUTF());
    }
    return new Helplines(intro, countries, elsewhere, anywhere, aliases, searchWords, now, danger, notCountry,
        research);
  }

  private static final int SOURCE = 0;
  private static final int ADVICE = 1;
  private static final int REASON = 2;
  private static final int SIGN = 3;
  private static final int QUESTION = 4;
  private static final int CHOICE = 5;
  private static final int CONDITION = 6;
  private static final int LINE = 7;
  private static final int COUNTRY = 8;
  private static final int RESEARCH = 9;
  private static final int SYNONYM = 10;
  private static final int STRING = 11;
  private static final int REF = 12;
  private static final int EXPLANATION = 13;

  @SuppressWarnings("unchecked")
  private static <T> List<T> items(DataInputStream in, int kind) throws IOException {
    int size = in.readInt();
    if (size < 0) {
      throw new IOException("a list in the content bundle has " + size + " items");
    }
    // A damaged count runs into the end of the bundle, not out of memory.
    List<Object> items = new ArrayList<>(Math.min(size, 256));
    for (int i = 0; i < size; i++) {
      items.add(item(in, kind));
    }
    return (List<T>) items;
  }

  private static Object item(DataInputStream i, int kind) throws IOException {
    switch (kind) {
      case SOURCE:
        return new Source(i.readUTF(), i.readUTF(), optional(i), optional(i), i.readUTF());
      case ADVICE:
        return new Advice(i.readUTF(), i.readUTF(), i.readUTF(), refs(i), conditions(i), strings(i), i.readBoolean(),
            optional(i));
      case REASON:
        return new Reason(i.readUTF(), i.readUTF(), i.readUTF(), strings(i), i.readUTF(), strings(i), strings(i), refs(i));
      case SIGN:
        return new WalkAwaySign(i.readUTF(), i.readUTF(), i.readUTF(), i.readUTF(), i.readUTF(), strings(i), strings(i),
            refs(i));
      case QUESTION: {
        String id = i.readUTF();
        String text = i.readUTF();
        String help = i.readUTF();
        boolean multiple = i.readBoolean();
        List<Condition> when = conditions(i);
        List<Choice> choices = items(i, CHOICE);
        return new Question(id, text, help, multiple, when.isEmpty() ? Optional.empty() : Optional.of(when.get(0)), choices);
      }
      case CHOICE: {
        String choiceId = i.readUTF();
        String label = i.readUTF();
        int weights = i.readInt();
        Map<String, Double> evidence = new LinkedHashMap<>();
        for (int k = 0; k < weights; k++) {
          evidence.put(i.readUTF(), i.readDouble());
        }
        return new Choice(choiceId, label, evidence, strings(i), i.readBoolean(), i.readBoolean(), i.readBoolean(),
            i.readBoolean(), i.readBoolean(), i.readBoolean());
      }
      case CONDITION:
        return new Condition(i.readUTF(), strings(i), i.readBoolean());
      case LINE:
        return line(i);
      case COUNTRY:
        return new Helplines.Country(i.readUTF(), i.readUTF(), line(i), items(i, LINE), items(i, LINE), optional(i));
      case RESEARCH:
        return new Helplines.Research(i.readUTF(), i.readUTF(), i.readUTF(), i.readUTF());
      case SYNONYM:
        return new Synonym(i.readUTF(), strings(i));
      case STRING:
        return i.readUTF();
      case REF:
        return new SourceRef(i.readUTF(), i.readUTF(), i.readBoolean());
      case EXPLANATION:
        return new Judgement.Explanation(strings(i), strings(i), strings(i), optional(i), strings(i));
      default:
        throw new IOException("no such kind of item: " + kind);
    }
  }

  @FunctionalInterface
  private interface Writer<T> {
    void write(DataOutputStream out, T item) throws IOException;
  }

  private static <T> void list(DataOutputStream out, List<T> items, Writer<T> writer) throws IOException {
    out.writeInt(items.size());
    for (T item : items) {
      writer.write(out, item);
    }
  }

  private static void strings(DataOutputStream out, List<String> values) throws IOException {
    list(out, values, DataOutputStream::writeUTF);
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    return items(in, STRING);
  }

  private static void refs(DataOutputStream out, List<SourceRef> refs) throws IOException {
    list(out, refs, (o, ref) -> {
      o.writeUTF(ref.source());
      o.writeUTF(ref.section());
      o.writeBoolean(ref.adapted());
    });
  }

  private static List<SourceRef> refs(DataInputStream in) throws IOException {
    return items(in, REF);
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
