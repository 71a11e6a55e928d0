package dev.guide.content;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A defect in an advice item's condition is named in advice.json, where it is, not in questions.json. */
class AdviceConditionFileTest {

  @TempDir Path dir;

  @Test
  void aBadAdviceConditionIsReportedInAdviceJson() throws IOException {
    Path content = Path.of(System.getProperty("basedir", "."), "content");
    for (String file : ContentReader.FILES) {
      Files.copy(content.resolve(file), dir.resolve(file));
    }
    Path advice = dir.resolve("advice.json");
    String text = Files.readString(advice);
    String broken = text.replaceFirst("\"question\": \"status\"", "\"question\": \"statuss\"");
    assertTrue(!broken.equals(text), "the content has an advice condition on status");
    Files.writeString(advice, broken);
    try {
      ContentReader.read(ContentReader.directory(dir));
      fail("the unknown question should be a defect");
    } catch (ContentException e) {
      String all = String.join("\n", e.details());
      assertTrue(all.matches("(?s).*advice\\.json:\\d+:\\d+: advice '[a-z-]+': when: unknown question 'statuss'; did you mean status\\?.*"), all);
    }
  }
}
