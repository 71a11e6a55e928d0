package dev.guide.content;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.FilterInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Turns a content folder into {@link Content}: the one place where JSON becomes records. It reads
 * every file, checks every field and cross-reference, and reports all defects together.
 */
public final class ContentReader {

  /** The files of a content folder, in the order they are read. */
  public static final List<String> FILES =
      List.of("sources.json", "advice.json", "reasons.json", "signs.json", "questions.json", "helplines.json", "plan.json");

  /** The file a content folder may hold besides {@link #FILES}: words search also finds by others. */
  public static final String SYNONYMS = "synonyms.json";

  /** The file a content folder may hold with the rules for reading answers in the light of each other. */
  public static final String JUDGEMENT = JudgementReader.FILE;

  static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

  /** Where content files come from: a folder on disk, or the guide's own jar. */
  public interface Folder {
    /** How to name this folder in messages. */
    String name();

    /** Opens one file, or returns null when the folder has no such file. */
    InputStream open(String file) throws IOException;

    /** True for the content inside the guide's own jar. */
    default boolean builtIn() {
      return false;
    }

    /** Defects of the folder itself (missing, not a folder, stray files). */
    default List<Defect> check() {
      return List.of();
    }

    /** Lets go of what reading the files held open; a later {@link #open} opens it again. */
    default void release() {}
  }

  private final List<Defect> defects = new ArrayList<>();

  private ContentReader() {}

  /**
   * How many known ids the did-you-mean suggestions may still look through in this read: enough for
   * every mistake real content holds, while hostile content (thousands of unknown ids among
   * thousands of known ones) gets its defects without suggestions, in seconds, not hours.
   */
  private long suggestionBudget = 200_000;

  private String didYouMean(String typed, java.util.Collection<String> known) {
    if (suggestionBudget < known.size()) {
      return "";
    }
    suggestionBudget -= known.size();
    return Ids.didYouMean(typed, known);
  }

  /** The content that ships inside the guide. */
  public static Folder builtIn() {
    return new Folder() {
      /** The guide's jar, opened once for all the files (opening it per file was a tenth of validate). */
      private ZipFile jar;

      @Override
      public String name() {
        return "built into the guide";
      }

      @Override
      public InputStream open(String file) throws IOException {
        String resource = "/content/" + file;
        if (jar == null) {
          String path = guideJar();
          if (path == null) {
            return ContentReader.class.getResourceAsStream(resource);
          }
          jar = new ZipFile(path);
        }
        ZipEntry entry = jar.getEntry(resource.substring(1));
        return entry == null ? null : jar.getInputStream(entry);
      }

      @Override
      public boolean builtIn() {
        return true;
      }

      @Override
      public void release() {
        try {
          if (jar != null) {
            jar.close();
          }
        } catch (IOException e) {
          // Read only; nothing is lost.
        } finally {
          jar = null;
        }
      }
    };
  }

  /** A content folder on disk, as given by --content or GUIDE_CONTENT. */
  public static Folder directory(Path dir) {
    return new Folder() {
      @Override
      public String name() {
        return dir.toString();
      }

      @Override
      public InputStream open(String file) throws IOException {
        Path path = dir.resolve(file);
        if (!Files.exists(path)) {
          return null;
        }
        if (Files.isDirectory(path)) {
          throw new IOException("it is a folder, not a file");
        }
        if (!Files.isRegularFile(path)) {
          // Opening a FIFO would wait for a writer forever.
          throw new IOException("it is not a regular file (a pipe or a device)");
        }
        if (Files.size(path) > MAX_FILE_BYTES) {
          throw new IOException("it is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB; content files are small");
        }
        return Files.newInputStream(path);
      }

      @Override
      public List<Defect> check() {
        if (!Files.exists(dir)) {
          return List.of(new Defect(dir.toString(), 0, 0, "no such folder; give a folder that holds " + String.join(", ", FILES)));
        }
        if (!Files.isDirectory(dir)) {
          return List.of(new Defect(dir.toString(), 0, 0, "not a folder; give a folder that holds " + String.join(", ", FILES)));
        }
        List<Defect> stray = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
          for (Path file : files) {
            String name = file.getFileName().toString();
            if (!FILES.contains(name) && !name.equals(SYNONYMS) && !name.equals(JudgementReader.FILE)) {
              stray.add(new Defect(name, 0, 0, "not a content file; content files are " + String.join(", ", FILES)
                  + " and, if you like, " + SYNONYMS + " and " + JudgementReader.FILE));
            }
          }
        } catch (IOException e) {
          return List.of(new Defect(dir.toString(), 0, 0, "cannot list the folder: " + e.getMessage()));
        }
        Collections.sort(stray);
        return stray;
      }
    };
  }

  /**
   * The content built into the guide, from the bundle the build compiled and checked; from its
   * JSON when there is no bundle (classes run straight from an IDE, without the build step).
   */
  public static Content readBuiltIn() throws ContentException {
    try (InputStream bundle = openBundle()) {
      if (bundle == null) {
        return read(builtIn());
      }
      return ContentBundle.read(new DataInputStream(new BufferedInputStream(bundle)));
    } catch (IOException e) {
      throw new ContentException(builtIn().name(), List.of(new Defect("content.bin", 0, 0,
          "the compiled content cannot be read (" + e.getMessage() + "); rebuild the guide")));
    }
  }

  /** The bundle inside the guide's jar. */
  private static InputStream openBundle() throws IOException {
    return openInGuide(ContentBundle.RESOURCE);
  }

  /**
   * A resource of the guide's own, read straight from the jar named on the class path when the
   * guide runs as {@code java -jar}: a class loader's resource lookup goes through URL handlers and
   * connections that cost a few milliseconds the first time, at every start.
   */
  private static InputStream openInGuide(String resource) throws IOException {
    String classPath = guideJar();
    if (classPath != null) {
      ZipFile jar = new ZipFile(classPath);
      ZipEntry entry = jar.getEntry(resource.substring(1));
      if (entry != null) {
        return new FilterInputStream(jar.getInputStream(entry)) {
          @Override
          public void close() throws IOException {
            try {
              super.close();
            } finally {
              jar.close();
            }
          }
        };
      }
      jar.close();
    }
    return ContentReader.class.getResourceAsStream(resource);
  }

  /** The guide's jar when the guide runs as {@code java -jar}, the jar alone on the class path; else null. */
  private static String guideJar() {
    String classPath = System.getProperty("java.class.path", "");
    return classPath.endsWith(".jar") && classPath.indexOf(File.pathSeparatorChar) < 0 ? classPath : null;
  }

  /** Reads and checks a whole folder; throws with every defect when anything is wrong. */
  public static Content read(Folder folder) throws ContentException {
    try {
      return new ContentReader().readAll(folder);
    } finally {
      folder.release();
    }
  }

  private Content readAll(Folder folder) throws ContentException {
    defects.addAll(folder.check());
    if (!defects.isEmpty() && defects.get(0).line() == 0 && defects.get(0).file().equals(folder.name())) {
      throw new ContentException(folder.name(), defects);
    }
    Map<String, Json> documents = new HashMap<>();
    for (String file : FILES) {
      parse(folder, file, true, documents);
    }
    parse(folder, SYNONYMS, false, documents);
    parse(folder, JudgementReader.FILE, false, documents);
    Items<Source> sources = items(documents, "sources.json", "sources", "source");
    Items<Advice> advice = items(documents, "advice.json", "advice", "advice");
    Items<Reason> reasons = items(documents, "reasons.json", "reasons", "reason");
    Items<WalkAwaySign> signs = items(documents, "signs.json", "signs", "sign");
    Questionnaire questionnaire = questionnaire(documents.get("questions.json"));
    Helplines helplines = helplines(documents.get("helplines.json"));
    PlanTexts plan = plan(documents.get("plan.json"));

    new CrossCheck(sources, advice, reasons, signs, questionnaire).run();
    List<Synonym> synonyms = synonyms(documents.get(SYNONYMS), advice, reasons, signs);
    JudgementReader judgementReader = new JudgementReader(defects, new JudgementReader.Suggestions() {
      @Override
      public String didYouMean(String typed, java.util.Collection<String> known) {
        return ContentReader.this.didYouMean(typed, known);
      }
    });
    Judgement judgement = judgementReader.read(documents.get(JudgementReader.FILE));
    judgementReader.check(questionnaire, allQuestionsRead, reasons.readable() ? reasons.ids().keySet() : null,
        signs.readable() ? signs.ids().keySet() : null, advice.readable() ? advice.ids().keySet() : null);
    if (!defects.isEmpty()) {
      Collections.sort(defects);
      throw new ContentException(folder.name(), defects);
    }
    return new Content(sources.list, advice.list, reasons.list, signs.list, questionnaire, helplines, synonyms, plan,
        judgement);
  }

  /** Reads one file into {@code documents}, or records why it cannot be read. */
  private void parse(Folder folder, String file, boolean required, Map<String, Json> documents) {
    try (InputStream in = folder.open(file)) {
      if (in == null) {
        if (required) {
          defects.add(new Defect(file, 0, 0, "missing; a content folder holds " + String.join(", ", FILES)));
        }
        return;
      }
      documents.put(file, JsonReader.read(in));
    } catch (JsonReader.SyntaxError e) {
      defects.add(Defect.at(file, e.at(), e.getMessage()));
    } catch (NoSuchFileException e) {
      defects.add(new Defect(file, 0, 0, "missing"));
    } catch (IOException e) {
      defects.add(new Defect(file, 0, 0, "cannot be read: " + e.getMessage()));
    }
  }

  /**
   * The items of one file, in file order, and the ids seen (also of items too broken to use).
   * {@code readable} is false when the file's list could not be read at all.
   */
  private record Items<T>(String file, List<T> list, Map<String, Json.Location> ids, boolean readable) {
    boolean has(String id) {
      return ids.containsKey(id);
    }

    /**
     * Whether a reference to {@code id} is fine. References into a file that could not be read are
     * not checked: its own defect says what to fix, and a complaint per reference would bury it.
     */
    boolean resolves(String id) {
      return !readable || has(id);
    }
  }

  /**
   * One entry of the kind named, or null when it has defects. (A switch rather than a method
   * reference per kind: on Java 17 each reference costs its linking at every start of validate.)
   */
  private Object item(String kind, Fields fields, String id) {
    switch (kind) {
      case "source":
        return source(fields, id);
      case "advice":
        return advice(fields, id);
      case "reason":
        return reason(fields, id);
      case "sign":
        return sign(fields, id);
      default:
        throw new IllegalArgumentException(kind);
    }
  }

  @SuppressWarnings("unchecked")
  private <T> Items<T> items(Map<String, Json> documents, String file, String key, String kind) {
    Items<T> unreadable = new Items<>(file, List.of(), Map.of(), false);
    Json document = documents.get(file);
    if (document == null) {
      return unreadable;
    }
    Optional<Fields> root = Fields.of(file, document, file, defects);
    if (root.isEmpty()) {
      return unreadable;
    }
    Optional<Json.Arr> list = root.get().list(key, "a list of " + kind + " entries");
    root.get().rejectUnknown();
    if (list.isEmpty()) {
      return unreadable;
    }
    Items<T> items = new Items<>(file, new ArrayList<>(), new LinkedHashMap<>(), true);
    int index = 0;
    for (Json entry : list.get().items()) {
      index++;
      String label = kind + " #" + index;
      Optional<Fields> fields = Fields.of(file, entry, label, defects);
      if (fields.isEmpty()) {
        continue;
      }
      String peeked = fields.get().peek("id").orElse(null);
      Fields named = peeked == null ? fields.get() : new Fields(file, (Json.Obj) entry, kind + " '" + peeked + "'", defects);
      String id = named.id("id");
      if (id != null) {
        Json.Location first = items.ids.putIfAbsent(id, named.locationOf("id"));
        if (first != null) {
          named.add(named.locationOf("id"), "duplicate id; the same id is used at line " + first.line());
        }
      }
      T item = (T) item(kind, named, id);
      named.rejectUnknown();
      if (named.clean() && item != null) {
        items.list.add(item);
      }
    }
    return items;
  }

  /**
   * synonyms.json: {@code {"synonyms": [{"word": "ghosting", "finds": ["disappear", "silent"]}]}}.
   * Each word is one lower-case word, given once (in any of its forms); each word it finds is one
   * the reasons, signs or advice use, so that it finds something.
   */
  private List<Synonym> synonyms(Json document, Items<Advice> advice, Items<Reason> reasons, Items<WalkAwaySign> signs) {
    List<Synonym> synonyms = new ArrayList<>();
    if (document == null) {
      return synonyms;
    }
    Optional<Fields> root = Fields.of(SYNONYMS, document, SYNONYMS, defects);
    if (root.isEmpty()) {
      return synonyms;
    }
    Optional<Json.Arr> list = root.get().list("synonyms", "a list of {\"word\": word, \"finds\": [words]}");
    root.get().rejectUnknown();
    if (list.isEmpty()) {
      return synonyms;
    }
    // What search can find: the words of the entries (checked only when all were read).
    boolean checkable = advice.readable() && reasons.readable() && signs.readable();
    String[] known = checkable ? contentWords(advice.list(), reasons.list(), signs.list()) : new String[0];
    Map<String, Json.Location> seen = new HashMap<>();
    int index = 0;
    for (Json entry : list.get().items()) {
      index++;
      String label = "synonym " + Fields.nameOf(entry, "word", "#" + index);
      Optional<Fields> fields = Fields.of(SYNONYMS, entry, label, defects);
      if (fields.isEmpty()) {
        continue;
      }
      Fields f = fields.get();
      String word = f.text("word");
      List<String> finds = f.texts("finds");
      f.rejectUnknown();
      if (word != null && !oneWord(word)) {
        f.add(f.locationOf("word"), "'word' is '" + word + "'; a synonym is one lower-case word, such as ghosting");
      } else if (word != null) {
        Json.Location first = seen.putIfAbsent(Words.stem(word), f.locationOf("word"));
        if (first != null) {
          f.add(f.locationOf("word"), "'" + word + "' is given already at line " + first.line()
              + " (maybe in another form); give each word once");
        }
      }
      if (finds != null) {
        if (finds.isEmpty()) {
          f.add(f.locationOf("finds"), "'finds' is empty; name at least one word the content uses");
        }
        List<Json.Location> at = f.itemLocations("finds");
        Set<String> stems = new HashSet<>();
        for (int i = 0; i < finds.size(); i++) {
          String found = finds.get(i);
          if (!oneWord(found)) {
            f.add(at.get(i), "'" + found + "' is not one lower-case word; give words such as silent, disappear");
          } else if (word != null && Words.stem(found).equals(Words.stem(word))) {
            f.add(at.get(i), "'" + found + "' is a form of '" + word + "' itself, which search finds anyway");
          } else if (!stems.add(Words.stem(found))) {
            f.add(at.get(i), "'" + found + "' is given twice (maybe in another form)");
          } else if (checkable && !Words.anyHasStem(known, Words.stem(found))) {
            f.add(at.get(i), "'" + found + "' is in no reason, sign or advice, so it finds nothing; "
                + "use a word the content has");
          }
        }
      }
      if (f.clean()) {
        synonyms.add(new Synonym(word, finds));
      }
    }
    return synonyms;
  }

  private static boolean oneWord(String text) {
    return Fields.allIn(text, 'a', 'z', 1, Integer.MAX_VALUE);
  }

  /** Every word search looks at, once each and sorted: ids, titles and texts, as they read of a "he". */
  private static String[] contentWords(List<Advice> advice, List<Reason> reasons, List<WalkAwaySign> signs) {
    List<String> texts = new ArrayList<>();
    for (Advice a : advice) {
      texts.addAll(List.of(a.id(), a.title(), a.text()));
    }
    for (Reason r : reasons) {
      texts.addAll(List.of(r.id(), r.title(), r.summary(), r.goingOn()));
      texts.addAll(r.looksLike());
    }
    for (WalkAwaySign s : signs) {
      texts.addAll(List.of(s.id(), s.title(), s.looksLike(), s.whyItMatters(), s.whatToDo()));
    }
    Set<String> words = new HashSet<>();
    for (String text : texts) {
      words.addAll(Words.of(Partner.HE.render(text)));
    }
    // Stemming every word was most of this check's time; only those a synonym may find are stemmed.
    String[] sorted = words.toArray(new String[0]);
    Arrays.sort(sorted);
    return sorted;
  }

  private Source source(Fields f, String id) {
    String title = f.text("title");
    Optional<String> byline = f.optionalText("byline");
    Optional<String> date = f.optionalText("date");
    String file = f.text("file");
    return f.clean() ? new Source(id, title, byline, date, file) : null;
  }

  private Advice advice(Fields f, String id) {
    String title = f.text("title");
    String text = f.text("text");
    boolean own = f.flag("own");
    List<SourceRef> sources = own && !f.has("sources") ? List.of() : sourceRefs(f);
    List<Condition> when = new ArrayList<>();
    Json.Arr whenList = f.optionalList("when", "a list of conditions such as {\"question\": id, \"anyOf\": [choice ids]}").orElse(null);
    if (whenList != null) {
      for (Json item : whenList.items()) {
        if (item instanceof Json.Obj obj) {
          Condition condition = condition(f, obj, null);
          if (condition != null) {
            when.add(condition);
          }
        } else {
          f.add(item.at(), "'when' holds conditions such as {\"question\": id, \"anyOf\": [choice ids]}");
        }
      }
    }
    List<String> excludes = f.optionalIds("excludes");
    uses(f, "excludes", excludes, adviceUses);
    if (id != null && excludes.contains(id)) {
      f.add(f.locationOf("excludes"), "an advice item cannot exclude itself");
    }
    Optional<String> adapted = f.optionalText("adapted");
    if (adapted.isPresent() != anyAdapted(sources) && f.clean()) {
      f.add(f.locationOf(adapted.isPresent() ? "adapted" : "sources"), adapted.isPresent()
          ? "'adapted' says what was left out, but no source is marked \"adapted\": true"
          : "a source is marked \"adapted\": true; say in 'adapted' what was left out and why");
    }
    return f.clean() ? new Advice(id, title, text, sources, when, excludes, own, adapted) : null;
  }

  private static boolean anyAdapted(List<SourceRef> sources) {
    for (SourceRef source : sources) {
      if (source.adapted()) {
        return true;
      }
    }
    return false;
  }

  private Reason reason(Fields f, String id) {
    String title = f.text("title");
    String summary = f.text("summary");
    List<String> looksLike = f.texts("looksLike");
    String goingOn = f.text("goingOn");
    List<String> advice = f.ids("advice");
    List<String> related = f.ids("related");
    List<SourceRef> sources = sourceRefs(f);
    uses(f, "advice", advice, adviceUses);
    uses(f, "related", related, relatedUses);
    return f.clean() ? new Reason(id, title, summary, looksLike, goingOn, advice, related, sources) : null;
  }

  private WalkAwaySign sign(Fields f, String id) {
    String title = f.text("title");
    String looksLike = f.text("looksLike");
    String why = f.text("whyItMatters");
    String whatToDo = f.text("whatToDo");
    List<String> advice = f.ids("advice");
    List<String> alternatives = f.optionalIds("alternatives");
    List<SourceRef> sources = sourceRefs(f);
    uses(f, "advice", advice, adviceUses);
    uses(f, "alternatives", alternatives, relatedUses);
    return f.clean() ? new WalkAwaySign(id, title, looksLike, why, whatToDo, advice, alternatives, sources) : null;
  }

  /** Remembers each id of a list field with its exact place, to check once everything is read. */
  private static void uses(Fields f, String field, List<String> ids, List<Use> into) {
    List<Json.Location> at = f.itemLocations(field);
    if (ids != null && ids.size() == at.size()) {
      for (int i = 0; i < ids.size(); i++) {
        into.add(new Use(f.file(), at.get(i), f.what() + ": '" + field + "'", ids.get(i)));
      }
    }
  }

  private List<SourceRef> sourceRefs(Fields f) {
    List<SourceRef> refs = new ArrayList<>();
    Json.Arr sourcesList = f.list("sources", "a list of {\"source\": id, \"section\": text}").orElse(null);
    if (sourcesList != null) {
      if (sourcesList.items().isEmpty()) {
        f.add(sourcesList.at(), "'sources' is empty; credit at least one article");
      }
      for (Json item : sourcesList.items()) {
        Fields ref = Fields.of(f.file(), item, f.what() + ": source", defects).orElse(null);
        if (ref != null) {
          String source = ref.text("source");
          String section = ref.text("section");
          boolean adapted = ref.flag("adapted");
          ref.rejectUnknown();
          if (ref.clean()) {
            refs.add(new SourceRef(source, section, adapted));
            sourceUses.add(new Use(f.file(), item.at(), f.what(), source));
          }
        }
      }
    }
    return refs;
  }

  /** The top-level object of a file, or null when the file is missing or not an object (a defect says so). */
  private Fields root(String file, Json document) {
    return document == null ? null : Fields.of(file, document, file, defects).orElse(null);
  }

  private Questionnaire questionnaire(Json document) {
    String file = "questions.json";
    Fields f = root(file, document);
    if (f == null) {
      return null;
    }
    Json.Obj thresholdsObject = f.object("thresholds", true).orElse(null);
    Json.Obj confidenceObject = f.object("confidence", true).orElse(null);
    Json.Obj messagesObject = f.object("messages", true).orElse(null);
    Questionnaire.Thresholds thresholds = thresholdsObject == null ? null : thresholds(file, thresholdsObject);
    Questionnaire.Confidence confidence = confidenceObject == null ? null : confidence(file, confidenceObject);
    Questionnaire.Messages messages = messagesObject == null ? null : messages(file, messagesObject);
    List<Question> questions = new ArrayList<>();
    Json.Arr questionsList = f.list("questions", "a list of questions").orElse(null);
    if (questionsList != null) {
      int index = 0;
      for (Json entry : questionsList.items()) {
        index++;
        String label = "question " + Fields.nameOf(entry, "id", "#" + index);
        Fields q = Fields.of(file, entry, label, defects).orElse(null);
        if (q != null) {
          Question question = question(q, questionIds);
          q.rejectUnknown();
          if (q.clean() && question != null) {
            questions.add(question);
          }
        }
      }
      if (questionsList.items().isEmpty()) {
        f.add(questionsList.at(), "'questions' is empty; the questionnaire needs at least one question");
      }
      allQuestionsRead = questions.size() == questionsList.items().size();
    }
    f.rejectUnknown();
    return thresholds == null || messages == null || confidence == null
        ? null
        : new Questionnaire(questions, thresholds, confidence, messages);
  }

  private Questionnaire.Confidence confidence(String file, Json.Obj obj) {
    Fields c = new Fields(file, obj, "confidence", defects);
    Double lowAnswered = c.number("lowAnswered");
    Double highAnswered = c.number("highAnswered");
    Double lowSupport = c.number("lowSupport");
    Double highSupport = c.number("highSupport");
    c.rejectUnknown();
    if (!c.clean()) {
      return null;
    }
    if (!(lowAnswered >= 0 && lowAnswered <= highAnswered && highAnswered <= 1)
        || !(lowSupport >= 0 && lowSupport < highSupport)) {
      c.add(obj.at(), "needs 0 <= lowAnswered <= highAnswered <= 1 and 0 <= lowSupport < highSupport");
      return null;
    }
    return new Questionnaire.Confidence(lowAnswered, highAnswered, lowSupport.intValue(), highSupport.intValue());
  }

  private Questionnaire.Thresholds thresholds(String file, Json.Obj obj) {
    Fields t = new Fields(file, obj, "thresholds", defects);
    Double strong = t.number("strong");
    Double moderate = t.number("moderate");
    Double some = t.number("some");
    Double sign = t.number("sign");
    t.rejectUnknown();
    if (!t.clean()) {
      return null;
    }
    if (!(some > 0 && some <= moderate && moderate <= strong) || sign <= 0) {
      t.add(obj.at(), "thresholds must be above 0 with some <= moderate <= strong");
      return null;
    }
    return new Questionnaire.Thresholds(strong, moderate, some, sign);
  }

  private Questionnaire.Messages messages(String file, Json.Obj obj) {
    Fields m = new Fields(file, obj, "messages", defects);
    String disclaimer = m.text("disclaimer");
    String unclear = m.text("unclear");
    String possibility = m.text("possibility");
    List<String> unclearAdvice = m.ids("unclearAdvice");
    String ties = m.text("ties");
    String confidenceLow = m.text("confidenceLow");
    String confidenceMedium = m.text("confidenceMedium");
    String confidenceHigh = m.text("confidenceHigh");
    String safety = m.text("safety");
    String safetyOwn = m.text("safetyOwn");
    String safetyAck = m.text("safetyAck");
    String safetyReasons = m.text("safetyReasons");
    String safetyInShort = m.text("safetyInShort");
    String safetyLeaving = m.text("safetyLeaving");
    String safetyWhatToDo = m.text("safetyWhatToDo");
    String safetySkipped = m.text("safetySkipped");
    List<String> safetyAdvice = m.ids("safetyAdvice");
    List<String> unsafeAdvice = m.ids("unsafeAdvice");
    List<String> unsafeReasons = m.optionalIds("unsafeReasons");
    String crisis = m.text("crisis");
    String crisisUnsafe = m.text("crisisUnsafe");
    List<String> ownLifeAdvice = m.ids("ownLifeAdvice");
    String twoWays = m.text("twoWays");
    String confidenceMediumAll = m.text("confidenceMediumAll");
    m.rejectUnknown();
    uses(m, "unclearAdvice", unclearAdvice, adviceUses);
    uses(m, "safetyAdvice", safetyAdvice, adviceUses);
    uses(m, "unsafeAdvice", unsafeAdvice, adviceUses);
    uses(m, "ownLifeAdvice", ownLifeAdvice, adviceUses);
    uses(m, "unsafeReasons", unsafeReasons, relatedUses);
    if (safetyAdvice != null && unsafeAdvice != null) {
      for (String id : safetyAdvice) {
        if (unsafeAdvice.contains(id)) {
          m.add(m.locationOf("safetyAdvice"), "'" + id + "' is in both safetyAdvice and unsafeAdvice; keep it in one");
        }
      }
    }
    return m.clean()
        ? new Questionnaire.Messages(disclaimer, unclear, possibility, unclearAdvice, ties, confidenceLow,
            confidenceMedium, confidenceHigh, safety, safetyOwn, safetyAck, safetyReasons, safetyInShort, safetyLeaving, safetyWhatToDo,
            safetySkipped, safetyAdvice, unsafeAdvice, unsafeReasons, crisis, crisisUnsafe, ownLifeAdvice, twoWays,
            confidenceMediumAll)
        : null;
  }

  /** Capital letters, with single spaces between words: "UK", "NORTHERN IRELAND", as --country gives them. */
  private static boolean aliasName(String name) {
    if (name.length() < 2 || name.length() > 60 || name.charAt(0) == ' ' || name.endsWith(" ") || name.contains("  ")) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != ' ' && (c < 'A' || c > 'Z')) {
        return false;
      }
    }
    return true;
  }

  /** plan.json: the sections of a plan, the limit prompts, the noticed phrases and the topics. */
  private PlanTexts plan(Json document) {
    String file = "plan.json";
    if (document == null) {
      return null;
    }
    Optional<Fields> root = Fields.of(file, document, file, defects);
    if (root.isEmpty()) {
      return null;
    }
    Fields f = root.get();
    Map<String, PlanTexts.Section> sections = new LinkedHashMap<>();
    Json.Obj sectionsObject = f.object("sections", true).orElse(null);
    if (sectionsObject != null) {
      Fields all = new Fields(file, sectionsObject, "sections", defects);
      for (String name : PlanTexts.SECTIONS) {
        Json.Obj section = all.object(name, true).orElse(null);
        if (section != null) {
          Fields s = new Fields(file, section, "section '" + name + "'", defects);
          String heading = s.text("heading");
          String text = s.text("text");
          Optional<String> empty = s.optionalText("empty");
          List<String> points = s.has("points") ? s.texts("points") : List.of();
          boolean own = s.flag("own");
          List<SourceRef> refs = own && !s.has("sources") ? List.of() : sourceRefs(s);
          s.rejectUnknown();
          if (s.clean()) {
            sections.put(name, new PlanTexts.Section(heading, text, empty, points, refs, own));
          }
        }
      }
      all.rejectUnknown();
    }
    Map<String, PlanTexts.Prompt> limit = new LinkedHashMap<>();
    Json.Obj limitObject = f.object("limit", true).orElse(null);
    if (limitObject != null) {
      Fields all = new Fields(file, limitObject, "limit", defects);
      for (String name : PlanTexts.LIMIT) {
        Json.Obj prompt = all.object(name, true).orElse(null);
        if (prompt != null) {
          Fields p = new Fields(file, prompt, "limit '" + name + "'", defects);
          String asked = p.text("prompt");
          String label = p.text("label");
          p.rejectUnknown();
          if (p.clean()) {
            limit.put(name, new PlanTexts.Prompt(asked, label));
          }
        }
      }
      all.rejectUnknown();
    }
    Map<String, Map<String, String>> noticed = new LinkedHashMap<>();
    Json.Obj noticedObject = f.object("noticed", true).orElse(null);
    if (noticedObject != null) {
      for (Json.Member question : noticedObject.members().values()) {
        Fields q = Fields.of(file, question.value(), "noticed '" + question.name() + "'", defects).orElse(null);
        if (q != null) {
          Map<String, String> phrases = new LinkedHashMap<>();
          for (Json.Member choice : ((Json.Obj) question.value()).members().values()) {
            String phrase = q.text(choice.name());
            if (phrase != null) {
              phrases.put(choice.name(), phrase);
              noticedUses.add(new NoticedUse(choice.value().at(), question.name(), choice.name(), "noticed"));
            }
          }
          noticed.put(question.name(), phrases);
        }
      }
    }
    Map<String, Map<String, String>> asks = new LinkedHashMap<>();
    Json.Obj asksObject = f.object("asks", false).orElse(null);
    if (asksObject != null) {
      for (Json.Member question : asksObject.members().values()) {
        Fields q = Fields.of(file, question.value(), "asks '" + question.name() + "'", defects).orElse(null);
        if (q != null) {
          Map<String, String> phrases = new LinkedHashMap<>();
          for (Json.Member choice : ((Json.Obj) question.value()).members().values()) {
            String phrase = q.text(choice.name());
            if (phrase != null) {
              phrases.put(choice.name(), phrase);
              noticedUses.add(new NoticedUse(choice.value().at(), question.name(), choice.name(), "asks"));
            }
          }
          asks.put(question.name(), phrases);
        }
      }
    }
    Map<String, PlanTexts.Topic> topics = new LinkedHashMap<>();
    Json.Obj topicsObject = f.object("topics", true).orElse(null);
    if (topicsObject != null) {
      for (Json.Member topic : topicsObject.members().values()) {
        Fields t = Fields.of(file, topic.value(), "topic '" + topic.name() + "'", defects).orElse(null);
        if (t != null) {
          List<String> ask = t.texts("ask");
          List<String> listenFor = t.texts("listenFor");
          List<SourceRef> refs = sourceRefs(t);
          t.rejectUnknown();
          if (ask != null && ask.isEmpty()) {
            t.add(t.locationOf("ask"), "'ask' is empty; give at least one question to ask");
          }
          if (listenFor != null && listenFor.isEmpty()) {
            t.add(t.locationOf("listenFor"), "'listenFor' is empty; say what at least one kind of answer may mean");
          }
          topicUses.put(topic.name(), topic.at());
          if (t.clean()) {
            topics.put(topic.name(), new PlanTexts.Topic(ask, listenFor, refs));
          }
        }
      }
    }
    f.rejectUnknown();
    planRead = f.clean();
    return f.clean() && sections.size() == PlanTexts.SECTIONS.size() && limit.size() == PlanTexts.LIMIT.size()
        ? new PlanTexts(sections, limit, noticed, topics, asks)
        : null;
  }

  private Helplines.Now now(String file, Json.Obj object) {
    Fields n = new Fields(file, object, "now", defects);
    String danger = n.text("danger");
    String local = n.text("local");
    String more = n.text("more");
    String goesOn = n.text("goesOn");
    String notCountry = n.text("notCountry");
    String lines = n.text("lines");
    String crisisLines = n.text("crisisLines");
    n.rejectUnknown();
    return n.clean() ? new Helplines.Now(danger, local, more, goesOn, notCountry, lines, crisisLines) : null;
  }

  private Helplines helplines(Json document) {
    String file = "helplines.json";
    Fields f = root(file, document);
    if (f == null) {
      return null;
    }
    String intro = f.text("intro");
    String elsewhere = f.text("elsewhere");
    String anywhere = f.text("anywhere");
    String danger = f.text("danger");
    String notCountry = f.text("notCountry");
    Json.Obj nowObject = f.object("now", true).orElse(null);
    Helplines.Now now = nowObject == null ? null : now(file, nowObject);
    List<Helplines.Research> research = new ArrayList<>();
    Json.Arr researchList = f.list("research", "a list of papers, each with cite, use, source and checked").orElse(null);
    if (researchList != null) {
      for (Json item : researchList.items()) {
        Fields r = Fields.of(file, item, "research #" + (research.size() + 1), defects).orElse(null);
        if (r != null) {
          String cite = r.text("cite");
          String use = r.text("use");
          String source = r.text("source");
          String checked = r.text("checked");
          if (checked != null && !realDate(checked)) {
            r.add(r.locationOf("checked"), "'checked' is '" + checked + "'; give the date it was checked as YYYY-MM-DD");
          }
          r.rejectUnknown();
          if (r.clean()) {
            research.add(new Helplines.Research(cite, use, source, checked));
          }
        }
      }
    }
    List<String> searchWords = f.texts("searchWords");
    if (searchWords != null) {
      for (String word : searchWords) {
        if (!Fields.allIn(word, 'a', 'z', 3, Integer.MAX_VALUE)) {
          f.add(f.locationOf("searchWords"), "'searchWords' holds lower-case words of three letters or more, not '" + word + "'");
        }
      }
    }
    Map<String, String> aliases = new LinkedHashMap<>();
    Json.Obj aliasesObject = f.object("aliases", false).orElse(null);
    if (aliasesObject != null) {
      for (Json.Member member : aliasesObject.members().values()) {
        if (member.value() instanceof Json.Str target && aliasName(member.name())) {
          aliases.put(member.name(), target.value());
          aliasUses.add(new Use("helplines.json", member.value().at(), "helplines.json: aliases: '" + member.name() + "'", target.value()));
        } else {
          f.add(member.value().at(), "an alias maps another code or name of a country, in capitals, to a listed country "
              + "code, such as \"UK\": \"GB\" or \"NORTHERN IRELAND\": \"GB\"");
        }
      }
    }
    List<Helplines.Country> countries = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Json.Arr countriesList = f.list("countries", "a list of countries").orElse(null);
    if (countriesList != null) {
      for (Json entry : countriesList.items()) {
        String label = "country " + Fields.nameOf(entry, "code", "#" + (countries.size() + 1));
        Fields c = Fields.of(file, entry, label, defects).orElse(null);
        if (c != null) {
          String code = c.text("code");
          if (code != null && !Fields.allIn(code, 'A', 'Z', 2, 2)) {
            c.add(c.locationOf("code"), "'code' is '" + code + "'; use the two capital letters of ISO 3166, such as GB");
          } else if (code != null && !codes.add(code)) {
            c.add(c.locationOf("code"), "duplicate country code");
          }
          String name = c.text("name");
          Json.Obj emergencyObject = c.object("emergency", true).orElse(null);
          Helplines.Line emergency = emergencyObject == null ? null : line(c, emergencyObject, "emergency");
          List<Helplines.Line> lines = new ArrayList<>();
          Json.Arr linesList = c.list("lines", "a list of helplines (it may be empty, with a note)").orElse(null);
          if (linesList != null) {
            for (Json item : linesList.items()) {
              if (item instanceof Json.Obj obj) {
                Helplines.Line line = line(c, obj, "line");
                if (line != null) {
                  lines.add(line);
                }
              } else {
                c.add(item.at(), "a helpline is an object with name, contact, source and checked");
              }
            }
          }
          List<Helplines.Line> crisis = new ArrayList<>();
          Json.Arr crisisList = c.optionalList("crisis", "a list of crisis lines").orElse(null);
          if (crisisList != null) {
            for (Json item : crisisList.items()) {
              if (item instanceof Json.Obj obj) {
                Helplines.Line line = line(c, obj, "crisis line");
                if (line != null) {
                  crisis.add(line);
                }
              } else {
                c.add(item.at(), "a crisis line is an object with name, contact, source and checked");
              }
            }
          }
          Optional<String> note = c.optionalText("note");
          c.rejectUnknown();
          if (lines.isEmpty() && note.isEmpty() && c.clean()) {
            c.add(c.at(), "no national line: add a 'note' that says so and where to find local help");
          }
          if (c.clean() && emergency != null) {
            countries.add(new Helplines.Country(code, name, emergency, lines, crisis, note));
          }
        }
      }
    }
    f.rejectUnknown();
    if (f.clean()) {
      for (Use use : aliasUses) {
        if (!codes.contains(use.id())) {
          defects.add(Defect.at(use.file(), use.at(), use.what() + ": unknown country '" + use.id() + "'"
              + didYouMean(use.id(), codes)));
        }
      }
    }
    return f.clean() && now != null
        ? new Helplines(intro, countries, elsewhere, anywhere, aliases, searchWords, now, danger, notCountry, research)
        : null;
  }

  /** A date as YYYY-MM-DD that exists (not 2026-13-45), checked without java.time, which the guide does not load at start. */
  static boolean realDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-' || !Fields.allIn(text.substring(0, 4), '0', '9', 4, 4)
        || !Fields.allIn(text.substring(5, 7), '0', '9', 2, 2) || !Fields.allIn(text.substring(8), '0', '9', 2, 2)) {
      return false;
    }
    int year = Integer.parseInt(text.substring(0, 4));
    int month = Integer.parseInt(text.substring(5, 7));
    int day = Integer.parseInt(text.substring(8, 10));
    boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    int[] days = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1];
  }

  private Helplines.Line line(Fields country, Json.Obj obj, String what) {
    Fields l = new Fields(country.file(), obj, country.what() + ": " + what, defects);
    String name = l.text("name");
    String contact = l.text("contact");
    Optional<String> web = l.optionalText("web");
    String source = l.text("source");
    String checked = l.text("checked");
    if (checked != null && !realDate(checked)) {
      l.add(l.locationOf("checked"), "'checked' is '" + checked + "'; give the date it was checked as YYYY-MM-DD");
    }
    l.rejectUnknown();
    return l.clean() ? new Helplines.Line(name, contact, web, source, checked) : null;
  }

  private Question question(Fields q, Map<String, Json.Location> ids) {
    String id = q.id("id");
    if (id != null) {
      Json.Location first = ids.putIfAbsent(id, q.locationOf("id"));
      if (first != null) {
        q.add(q.locationOf("id"), "duplicate id; the same id is used at line " + first.line());
      }
    }
    String text = q.text("text");
    String help = q.text("help");
    String type = q.text("type");
    if (type != null && !type.equals("single") && !type.equals("multiple")) {
      q.add(q.locationOf("type"), "'type' is '" + type + "'; use single or multiple");
    }
    Json.Obj whenObject = q.object("when", false).orElse(null);
    Optional<Condition> when = whenObject == null ? Optional.empty()
        : Optional.ofNullable(condition(q, whenObject, q.peek("id").orElse("")));
    List<Choice> choices = new ArrayList<>();
    Set<String> choiceIds = new HashSet<>();
    Json.Arr choicesList = q.list("choices", "a list of choices").orElse(null);
    if (choicesList != null) {
      if (choicesList.items().size() < 2) {
        q.add(choicesList.at(), "a question needs at least two choices");
      }
      for (Json item : choicesList.items()) {
        String label = q.what() + ": choice " + Fields.nameOf(item, "id", "#" + (choices.size() + 1));
        Fields c = Fields.of(q.file(), item, label, defects).orElse(null);
        if (c != null) {
          String choiceId = c.id("id");
          if (choiceId != null && !choiceIds.add(choiceId)) {
            c.add(c.locationOf("id"), "duplicate choice id within the question");
          }
          if (choiceId != null && (choiceId.equals("skip") || Fields.allIn(choiceId, '0', '9', 1, Integer.MAX_VALUE))) {
            c.add(c.locationOf("id"), "'" + choiceId + "' cannot be a choice id: answer files use it for skipping or numbering");
          }
          String choiceLabel = c.text("label");
          Map<String, Double> evidence = c.weights("evidence");
          List<String> advice = c.optionalIds("advice");
          boolean safety = c.flag("safety");
          boolean emergency = c.flag("emergency");
          boolean crisis = c.flag("crisis");
          boolean exclusive = c.flag("exclusive");
          boolean unsure = c.flag("unsure");
          boolean danger = c.flag("danger");
          c.rejectUnknown();
          uses(c, "advice", advice, adviceUses);
          if (emergency && !safety) {
            c.add(c.locationOf("emergency"), "'emergency' needs 'safety': true as well");
          }
          if (danger && !safety) {
            c.add(c.locationOf("danger"), "'danger' needs 'safety': true as well");
          }
          if (evidence != null) {
            for (String target : evidence.keySet()) {
              evidenceUses.add(new Use(q.file(), c.locationOf("evidence"), c.what(), target));
            }
          }
          if (c.clean()) {
            choices.add(new Choice(choiceId, choiceLabel, evidence, advice, safety, emergency, crisis, exclusive, unsure, danger));
          }
        }
      }
    }
    if (!q.clean()) {
      return null;
    }
    return new Question(id, text, help, "multiple".equals(type), when, choices);
  }

  /**
   * A condition on an answer: a question's own {@code when} ({@code asker} is its id, and only an
   * earlier question may be named) or one of an advice item's (no asker: any question will do).
   */
  private Condition condition(Fields owner, Json.Obj obj, String asker) {
    Fields c = new Fields(owner.file(), obj, owner.what() + ": when", defects);
    String question = c.id("question");
    boolean none = obj.members().containsKey("noneOf");
    List<String> choices;
    if (none && obj.members().containsKey("anyOf")) {
      c.add(obj.at(), "give either 'anyOf' or 'noneOf', not both");
      choices = c.ids("anyOf");
      c.ids("noneOf");
    } else {
      choices = c.ids(none ? "noneOf" : "anyOf");
    }
    c.rejectUnknown();
    if (!c.clean()) {
      return null;
    }
    conditionUses.add(new ConditionUse(owner.file(), asker, obj.at(), c.what(), question, choices));
    return new Condition(question, choices, none);
  }

  /** A reference from one item to another, checked once everything is read. */
  private record Use(String file, Json.Location at, String what, String id) {}

  /** A noticed phrase, named by its question and choice, checked once the questionnaire is read. */
  private record NoticedUse(Json.Location at, String question, String choice, String section) {}

  private final List<NoticedUse> noticedUses = new ArrayList<>();
  /** Where each topic of plan.json is named, to check it names a reason or a sign. */
  private final Map<String, Json.Location> topicUses = new LinkedHashMap<>();
  /** Whether plan.json was read without a defect, so that a reason without a topic can be named. */
  private boolean planRead;

  private record ConditionUse(String file, String question, Json.Location at, String what, String on, List<String> anyOf) {}

  private final List<Use> sourceUses = new ArrayList<>();
  private final List<Use> adviceUses = new ArrayList<>();
  private final List<Use> relatedUses = new ArrayList<>();
  private final List<Use> evidenceUses = new ArrayList<>();
  private final List<Use> aliasUses = new ArrayList<>();
  private final List<ConditionUse> conditionUses = new ArrayList<>();
  /** Every question id in file order, also of questions too broken to use. */
  private final Map<String, Json.Location> questionIds = new LinkedHashMap<>();
  /** False when a question was left out for a defect: its evidence and choices are then unknown. */
  private boolean allQuestionsRead;

  /** Checks that every reference resolves and every reason and sign can be reached. */
  private final class CrossCheck {
    private final Items<Source> sources;
    private final Items<Advice> advice;
    private final Items<Reason> reasons;
    private final Items<WalkAwaySign> signs;
    private final Questionnaire questionnaire;

    CrossCheck(Items<Source> sources, Items<Advice> advice, Items<Reason> reasons, Items<WalkAwaySign> signs,
        Questionnaire questionnaire) {
      this.sources = sources;
      this.advice = advice;
      this.reasons = reasons;
      this.signs = signs;
      this.questionnaire = questionnaire;
    }

    void run() {
      for (Use use : sourceUses) {
        unknownUnless(sources.resolves(use.id()), use, "source", sources.ids().keySet());
      }
      for (Use use : relatedUses) {
        unknownUnless(reasons.resolves(use.id()), use, "reason", reasons.ids().keySet());
      }
      for (Reason reason : reasons.list) {
        Json.Location at = reasons.ids.get(reason.id());
        String what = "reason '" + reason.id() + "'";
        if (reason.advice().isEmpty()) {
          defects.add(Defect.at(reasons.file, at, what + ": 'advice' is empty; name at least one advice id"));
        }
        if (reason.related().contains(reason.id())) {
          defects.add(Defect.at(reasons.file, at, what + ": a reason cannot be related to itself"));
        }
      }
      for (Use use : adviceUses) {
        unknownUnless(advice.resolves(use.id()), use, "advice", advice.ids().keySet());
      }
      for (String id : reasons.ids.keySet()) {
        if (signs.has(id)) {
          defects.add(Defect.at(signs.file, signs.ids.get(id), "sign '" + id + "': a reason has the same id; evidence could not tell them apart"));
        }
      }
      Set<String> targets = new TreeSet<>(reasons.ids.keySet());
      targets.addAll(signs.ids.keySet());
      for (Use use : evidenceUses) {
        boolean known = targets.contains(use.id()) || !reasons.readable() || !signs.readable();
        unknownUnless(known, use, "reason or sign", targets);
      }
      conditions();
      reachability();
      plan();
    }

    /** Every noticed phrase names an answer there is, every topic a reason or sign, and every reason has a topic. */
    private void plan() {
      if (questionnaire != null && allQuestionsRead) {
        List<String> questionIdsInOrder = List.copyOf(questionIds.keySet());
        Set<String> unknown = new HashSet<>();
        for (NoticedUse use : noticedUses) {
          Optional<Question> question = questionnaire.question(use.question());
          if (question.isEmpty() && !unknown.add(use.question())) {
            continue; // one defect for the question, not one for each of its phrases
          }
          if (question.isEmpty()) {
            defects.add(Defect.at("plan.json", use.at(), use.section() + ": unknown question '" + use.question() + "'"
                + didYouMean(use.question(), questionIdsInOrder)));
            continue;
          }
          List<String> choiceIds = question.get().choiceIds();
          if (!choiceIds.contains(use.choice())) {
            defects.add(Defect.at("plan.json", use.at(), use.section() + " '" + use.question() + "': unknown choice '"
                + use.choice() + "'" + didYouMean(use.choice(), choiceIds) + "; its choices are "
                + String.join(", ", choiceIds)));
          } else if (question.get().choices().get(choiceIds.indexOf(use.choice())).safety()) {
            // A plan never has the reader put fear or control to the partner: that can raise the risk.
            defects.add(Defect.at("plan.json", use.at(), use.section() + " '" + use.question() + "': '" + use.choice()
                + "' is a safety answer; a plan never suggests raising it with the partner, so it has no noticed phrase"));
          }
        }
      }
      Set<String> targets = new TreeSet<>(reasons.ids.keySet());
      targets.addAll(signs.ids.keySet());
      if (reasons.readable() && signs.readable()) {
        for (Map.Entry<String, Json.Location> use : topicUses.entrySet()) {
          if (!targets.contains(use.getKey())) {
            defects.add(Defect.at("plan.json", use.getValue(), "topics: unknown reason or sign '" + use.getKey() + "'"
                + didYouMean(use.getKey(), targets)));
          }
        }
      }
      if (planRead) {
        for (Reason reason : reasons.list) {
          if (!topicUses.containsKey(reason.id())) {
            defects.add(Defect.at(reasons.file, reasons.ids.get(reason.id()), "reason '" + reason.id()
                + "': plan.json has no topic for it; add what to ask and what to listen for under 'topics'"));
          }
        }
        // A plan covers every sign the result shows, so every sign needs a topic too.
        for (WalkAwaySign sign : signs.list) {
          if (!topicUses.containsKey(sign.id())) {
            defects.add(Defect.at(signs.file, signs.ids.get(sign.id()), "sign '" + sign.id()
                + "': plan.json has no topic for it; a plan covers every sign shown, so add what to ask and what to listen for under 'topics'"));
          }
        }
      }
    }

    private void conditions() {
      if (questionnaire == null) {
        return;
      }
      List<String> order = List.copyOf(questionIds.keySet());
      for (ConditionUse use : conditionUses) {
        int self = use.question() == null ? -1 : order.indexOf(use.question());
        int on = order.indexOf(use.on());
        Optional<Question> target = questionnaire.question(use.on());
        if (on < 0) {
          defects.add(Defect.at(use.file(), use.at(), use.what() + ": unknown question '" + use.on() + "'"
              + didYouMean(use.on(), order)));
        } else if (self >= 0 && on >= self) {
          defects.add(Defect.at(use.file(), use.at(), use.what() + ": refers to '" + use.on()
              + "', which is asked later; a condition can only look at an earlier question"));
        } else if (target.isPresent()) { // else the question has a defect of its own, so its choices are unknown
          List<String> choiceIds = target.get().choiceIds();
          for (String choice : use.anyOf()) {
            if (!choiceIds.contains(choice)) {
              defects.add(Defect.at(use.file(), use.at(), use.what() + ": '" + use.on() + "' has no choice '"
                  + choice + "'; its choices are " + String.join(", ", choiceIds)));
            }
          }
        }
      }
    }

    private void reachability() {
      // With a question left out for a defect, a reason may only look unreachable; fix that defect first.
      if (questionnaire == null || !allQuestionsRead) {
        return;
      }
      Set<String> reached = new HashSet<>();
      for (Question question : questionnaire.questions()) {
        for (Choice choice : question.choices()) {
          for (Map.Entry<String, Double> evidence : choice.evidence().entrySet()) {
            if (evidence.getValue() > 0) {
              reached.add(evidence.getKey());
            }
          }
        }
      }
      for (Reason reason : reasons.list) {
        if (!reached.contains(reason.id())) {
          defects.add(Defect.at(reasons.file, reasons.ids.get(reason.id()), "reason '" + reason.id()
              + "': no answer in questions.json gives it positive evidence, so no one can ever be shown it"));
        }
      }
      for (WalkAwaySign sign : signs.list) {
        if (!reached.contains(sign.id())) {
          defects.add(Defect.at(signs.file, signs.ids.get(sign.id()), "sign '" + sign.id()
              + "': no answer in questions.json gives it positive evidence, so no one can ever be shown it"));
        }
      }
    }

    private void unknownUnless(boolean known, Use use, String kind, Set<String> ids) {
      if (!known) {
        defects.add(Defect.at(use.file(), use.at(), use.what() + ": unknown " + kind + " '" + use.id() + "'"
            + didYouMean(use.id(), ids)));
      }
    }
  }

}
