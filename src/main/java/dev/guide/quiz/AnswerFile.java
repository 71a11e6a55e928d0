package dev.guide.quiz;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import dev.guide.content.Choice;
import dev.guide.content.Ids;
import dev.guide.content.Question;
import dev.guide.content.Questionnaire;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads answers written as text: one {@code question-id: choice} a line, choices by number or id,
 * several comma-separated for pick-all-that-fit questions, {@code skip} to skip, {@code #}
 * comments and blank lines ignored. Every mistake is reported with its line; nothing half-read is used.
 */
public final class AnswerFile {

  /** Larger than any honest answer file by far; keeps a wrong file from filling memory. */
  public static final int MAX_BYTES = 256 * 1024;

  static final int MAX_LINE = 1000;
  /** Past this many problems the file is likely not an answer file; listing every line would bury that. */
  static final int MAX_PROBLEMS = 20;

  private final String name;
  private final Questionnaire questionnaire;
  private final List<String> problems = new ArrayList<>();

  private AnswerFile(String name, Questionnaire questionnaire) {
    this.name = name;
    this.questionnaire = questionnaire;
  }

  /** Parses an answer file's bytes; {@code name} is how the file is named in messages. */
  public static Answers parse(String name, byte[] bytes, Questionnaire questionnaire) throws GuideException {
    return new AnswerFile(name, questionnaire).parse(bytes);
  }

  private Answers parse(byte[] bytes) throws GuideException {
    if (bytes.length > MAX_BYTES) {
      throw invalid(name + ": larger than " + MAX_BYTES / 1024 + " KB; an answer file is a few lines of "
          + "'question-id: choice' (see 'guide ask --template')");
    }
    String text = decode(bytes);
    String[] lines = text.split("\r\n|\n|\r", -1);
    Map<String, Integer> lineOf = new HashMap<>();
    Answers answers = Answers.none();
    boolean stopped = false;
    int withoutQuestion = 0;
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (problems.size() == MAX_PROBLEMS) {
        problem(number, "stopped here after " + MAX_PROBLEMS + " problems; is this an answer file? "
            + "('guide ask --template' prints one to fill in)");
        stopped = true;
        break;
      }
      if (line.length() > MAX_LINE) {
        problem(number, "the line is " + line.length() + " characters long; an answer line is 'question-id: choice'");
        continue;
      }
      if (line.indexOf('\0') >= 0) {
        problem(number, "holds binary data; is " + name + " the right file? Answer lines are 'question-id: choice'");
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        // How an answer line is written is said once; piped answers typed one per line would repeat it on each.
        problem(number, "'" + line + "' is not an answer" + (withoutQuestion == 0
            ? ": an answer line names its question, 'question-id: choice', for example 'how-long: 2' ('guide ask "
                + "--template' prints every question with its choices)"
            : " either: it names no question (see line " + withoutQuestion + ")"));
        withoutQuestion = withoutQuestion == 0 ? number : withoutQuestion;
        continue;
      }
      String id = Ids.normalise(line.substring(0, colon));
      Question question = questionnaire.question(id).orElse(null);
      if (question == null) {
        List<String> ids = questionnaire.questions().stream().map(Question::id).toList();
        problem(number, "unknown question '" + line.substring(0, colon).strip() + "'" + Ids.didYouMean(id, ids)
            + (Ids.closest(id, ids).isEmpty() ? "; see 'guide questions' for the ids" : ""));
        continue;
      }
      Integer earlier = lineOf.putIfAbsent(question.id(), number);
      if (earlier != null) {
        problem(number, "'" + question.id() + "' is answered twice (also on line " + earlier + "); keep one answer");
        continue;
      }
      List<String> choices = choices(number, question, line.substring(colon + 1));
      if (choices != null) {
        answers = answers.with(question.id(), choices);
      }
    }
    if (problems.isEmpty()) {
      checkConditions(answers, lineOf);
    }
    if (problems.isEmpty() && lineOf.isEmpty()) {
      throw invalid(name + ": no answers found; write one 'question-id: choice' a line "
          + "('guide ask --template' prints a file to fill in)");
    }
    if (!problems.isEmpty()) {
      String count = stopped ? "too many problems; the first " + MAX_PROBLEMS
          : problems.size() + (problems.size() == 1 ? " problem" : " problems");
      throw new GuideException(ExitCode.USAGE, name + " has " + count + ":", problems);
    }
    return answers;
  }

  private List<String> choices(int line, Question question, String value) {
    ChoiceInput.Parsed parsed = ChoiceInput.parse(question, withoutComment(value));
    if (parsed.problem().isPresent()) {
      String problem = parsed.problem().get();
      // "...; did you mean few-months? Otherwise use 1-5 or one of: ...", not "?; use".
      problem(line, problem + (problem.endsWith("?") ? " Otherwise " : "; ") + valid(question));
      return null;
    }
    return parsed.choices();
  }

  /** "1, 3   # he said so twice": a note after the answer is a comment too. */
  private static String withoutComment(String value) {
    int hash = value.indexOf(" #");
    return hash >= 0 ? value.substring(0, hash) : value;
  }

  static String valid(Question question) {
    String ids = question.choices().stream().map(Choice::id).collect(Collectors.joining(", "));
    String range = "use 1-" + question.choices().size() + " or one of: " + ids;
    return question.multiple() ? range + " (several may be given, separated by commas), or skip" : range + ", or skip";
  }

  private void checkConditions(Answers answers, Map<String, Integer> lineOf) {
    for (Question question : questionnaire.questions()) {
      Integer line = lineOf.get(question.id());
      if (line != null && answers.answered(question.id()) && !answers.applies(question)) {
        String on = question.when().get().question();
        String needed = String.join(" or ", question.when().get().anyOf());
        problem(line, "'" + question.id() + "' is only asked when " + on + " is " + needed
            + "; remove this line, or answer " + on + " with " + needed);
      }
    }
  }

  private String decode(byte[] bytes) throws GuideException {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      int line = 1;
      int bad = firstInvalid(bytes, start);
      for (int i = start; i < bad; i++) {
        // Lines end as the parser splits them: \r\n, \n, or a lone \r.
        if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
          line++;
        }
      }
      throw invalid(name + ":" + line + ": not valid UTF-8 text; save the file as UTF-8 (is it the right file?)");
    }
  }

  /** The offset of the first byte that does not decode, found by decoding line by line. */
  private static int firstInvalid(byte[] bytes, int start) {
    int lineStart = start;
    for (int i = start; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n' || bytes[i] == '\r') {
        try {
          StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
        } catch (CharacterCodingException e) {
          return lineStart;
        }
        lineStart = i + 1;
      }
    }
    return bytes.length;
  }

  private void problem(int line, String message) {
    problems.add(name + ":" + line + ": " + message);
  }

  private static GuideException invalid(String message) {
    return new GuideException(ExitCode.USAGE, message);
  }

  private static String pad(String text, int width, boolean right) {
    String space = " ".repeat(Math.max(0, width - text.length()));
    return right ? space + text : text + space;
  }

  /** An answer file with every question applicable and its choices as comments, ready to fill in. */
  public static String template(Questionnaire questionnaire, java.util.function.UnaryOperator<String> render) {
    StringBuilder out = new StringBuilder();
    out.append("# Answers for 'guide ask --answers FILE'. Write a choice's number or id after the colon,\n")
        .append("# several separated by commas where it says so, or 'skip'. Lines starting with # are ignored.\n");
    for (Question question : questionnaire.questions()) {
      out.append('\n').append("# ").append(render.apply(question.text())).append('\n');
      if (question.when().isPresent()) {
        out.append("# (asked only when ").append(question.when().get().question()).append(" is ")
            .append(String.join(" or ", question.when().get().anyOf())).append("; otherwise leave it at skip)\n");
      }
      if (question.multiple()) {
        out.append("# Pick all that fit, separated by commas.\n");
      }
      int width = question.choices().stream().mapToInt(c -> c.id().length()).max().orElse(0);
      int digits = String.valueOf(question.choices().size()).length();
      for (int i = 0; i < question.choices().size(); i++) {
        Choice choice = question.choices().get(i);
        out.append("#   ").append(pad(String.valueOf(i + 1), digits, true)).append("  ")
            .append(pad(choice.id(), width, false)).append("  ").append(render.apply(choice.label())).append('\n');
      }
      out.append(question.id()).append(": skip\n");
    }
    return out.toString();
  }
}
