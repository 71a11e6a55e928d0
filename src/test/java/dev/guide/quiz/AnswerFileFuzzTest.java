package dev.guide.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import dev.guide.content.Choice;
import dev.guide.content.Content;
import dev.guide.content.Question;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any text given as an answer file gives either answers or an exit-2 message naming a line; never
 * an exception of another kind. Inputs are generated from a fixed seed per case, so a failure can
 * be replayed.
 */
class AnswerFileFuzzTest {

  private static final Pattern NAMES_A_LINE = Pattern.compile("^fuzz\\.txt(:\\d+)?: .+");

  static Stream<Long> seeds() {
    return IntStream.range(0, 300).mapToObj(i -> 1000L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void anyTextGivesAnswersOrAMessageNamingALine(long seed) {
    Content content = TinyContent.real();
    Random random = new Random(seed);
    byte[] input = generate(random, content);
    try {
      Answers answers = AnswerFile.parse("fuzz.txt", input, content.questionnaire());
      Result result = new Scorer(content).score(answers);
      result.reasons().forEach(r -> assertTrue(Double.isFinite(r.score())));
    } catch (GuideException e) {
      assertEquals(ExitCode.USAGE, e.exitCode(), e::getMessage);
      List<String> lines = e.details().isEmpty() ? List.of(e.getMessage()) : e.details();
      for (String line : lines) {
        assertTrue(NAMES_A_LINE.matcher(line).matches(), () -> "seed " + seed + ": the message names the file: " + line);
      }
    }
  }

  /** Text that is sometimes valid, sometimes nearly so, sometimes noise. */
  private static byte[] generate(Random random, Content content) {
    if (random.nextInt(10) == 0) {
      byte[] noise = new byte[random.nextInt(400)];
      random.nextBytes(noise);
      return noise;
    }
    List<Question> questions = content.questionnaire().questions();
    StringBuilder text = new StringBuilder();
    int lines = random.nextInt(25);
    for (int i = 0; i < lines; i++) {
      Question question = questions.get(random.nextInt(questions.size()));
      switch (random.nextInt(12)) {
        case 0 -> text.append("# a comment");
        case 1 -> text.append("   ");
        case 2 -> text.append(question.id()).append(": skip");
        case 3 -> text.append(question.id()).append(':');
        case 4 -> text.append(question.id()).append(": ").append(random.nextInt(20));
        case 5 -> text.append("no colon here");
        case 6 -> text.append(question.id().toUpperCase()).append(" : ").append(pick(random, question).label());
        case 7 -> text.append(question.id()).append(": ").append(pick(random, question).id()).append(", ")
            .append(pick(random, question).id());
        case 8 -> text.append(':').append(question.id());
        case 9 -> text.append(question.id()).append(": \u00e9\u2019\u0000");
        default -> text.append(question.id()).append(": ").append(pick(random, question).id());
      }
      text.append(random.nextInt(5) == 0 ? "\r\n" : "\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Choice pick(Random random, Question question) {
    return question.choices().get(random.nextInt(question.choices().size()));
  }
}
