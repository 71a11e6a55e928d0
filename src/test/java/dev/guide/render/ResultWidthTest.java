package dev.guide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.content.Choice;
import dev.guide.content.Content;
import dev.guide.content.Partner;
import dev.guide.content.Question;
import dev.guide.quiz.Answers;
import dev.guide.quiz.Result;
import dev.guide.quiz.Scorer;
import dev.guide.quiz.TinyContent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rendering any result at any width from 20 to 500 columns loses no words, keeps their order, and
 * passes the width nowhere (a word no line could hold is split, and loses no character).
 */
class ResultWidthTest {

  static Stream<Long> seeds() {
    return IntStream.range(0, 40).mapToObj(i -> 77L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyWidthShowsTheSameWordsInTheSameOrder(long seed) {
    Content content = TinyContent.real();
    Random random = new Random(seed);
    Result result = new Scorer(content).score(randomAnswers(random, content));
    Partner partner = Partner.values()[random.nextInt(3)];
    List<String> widest = words(render(content, result, partner, View.MAX_WIDTH));
    for (int width = View.MIN_WIDTH; width < View.MAX_WIDTH; width += 1 + random.nextInt(40)) {
      String text = render(content, result, partner, width);
      assertEquals(String.join("", widest), String.join("", words(text)), "seed " + seed + ", width " + width);
      for (String line : text.split("\n")) {
        int w = width;
        assertTrue(line.codePointCount(0, line.length()) <= width, () -> "seed " + seed + ": longer than " + w + ": " + line);
      }
    }
  }

  private static String render(Content content, Result result, Partner partner, int width) {
    View view = new View(partner, width, Styler.PLAIN, false);
    return new ResultReport(content, view).write(result, Document.text(view));
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  private static Answers randomAnswers(Random random, Content content) {
    Answers answers = Answers.none();
    for (Question question : content.questionnaire().questions()) {
      if (random.nextInt(4) == 0) {
        continue;
      }
      List<String> chosen = new ArrayList<>();
      int count = question.multiple() ? 1 + random.nextInt(3) : 1;
      for (int i = 0; i < count; i++) {
        Choice choice = question.choices().get(random.nextInt(question.choices().size()));
        if (!chosen.contains(choice.id())) {
          chosen.add(choice.id());
        }
      }
      answers = answers.with(question.id(), chosen);
    }
    return answers;
  }
}
