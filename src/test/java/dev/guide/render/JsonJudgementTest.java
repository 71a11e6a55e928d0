package dev.guide.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.content.Content;
import dev.guide.content.Partner;
import dev.guide.quiz.AnswerFile;
import dev.guide.quiz.Answers;
import dev.guide.quiz.Result;
import dev.guide.quiz.Scorer;
import dev.guide.quiz.TinyContent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The JSON result names what is set aside and what reads two ways, as the README's schema says. */
class JsonJudgementTest {

  private static final Content REAL = TinyContent.real();
  private static final Path SITUATIONS = Path.of(System.getProperty("basedir", "."), "src/test/resources/situations");

  private static String json(String situation) throws Exception {
    Answers answers = AnswerFile.parse(situation, Files.readAllBytes(SITUATIONS.resolve(situation)), REAL.questionnaire());
    Result result = new Scorer(REAL).score(answers);
    View view = new View(Partner.HE, 80, Styler.PLAIN, false);
    return new JsonOutput(view).result(result, REAL.questionnaire().messages().disclaimer()).replaceAll("\\s+", "");
  }

  @Test
  void aSignSetAsideIsListedWithTheAnswerBehindItAndWhatWeighsAgainstIt() throws Exception {
    String json = json("64-cancels-tells-why-ex-open.answers");
    assertTrue(json.contains("\"setAside\":[{\"id\":\"old-flame-returns\""), json);
    assertTrue(json.matches(".*\"setAside\":\\[\\{\"id\":\"old-flame-returns\".*\"said\":\\[\\{\"question\":\"honesty\","
        + "\"choice\":\"ex-back\".*\"because\":\\[\\{\"question\":\"ex-openness\",\"choice\":\"open-about-it\".*"), json);
  }

  @Test
  void answersThatReadTwoWaysAreListedWithWhatPointsEachWay() throws Exception {
    String json = json("71-grandparents-vague-cancels.answers");
    assertTrue(json.matches(".*\"twoWays\":\\[.*\\{\"id\":\"keeps-cancelling\",\"kind\":\"sign\",\"title\":[^,]*,"
        + "\"shown\":true,\"for\":\\[[^]]*\"choice\":\"cancels\".*"
        + "\"against\":\\[\\{\"question\":\"future-talk\",\"choice\":\"talks-warmly\".*"), json);
  }

  @Test
  void underFearNothingIsSetAsideOrReadTwoWays() throws Exception {
    String json = json("67-punched-wall-lost-job.answers");
    assertTrue(json.contains("\"twoWays\":[],\"setAside\":[]"), json);
  }
}
