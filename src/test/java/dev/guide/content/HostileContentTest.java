package dev.guide.content;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.Guide;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content made to hurt (issue 21): it gets its defects named, in seconds, never a hang. */
class HostileContentTest {

  @TempDir Path dir;

  /** 16,000 advice ids and a reason naming 12,000 unknown ones: the did-you-mean suggestions were quadratic. */
  @Test
  void thousandsOfUnknownIdsAmongThousandsOfKnownOnesAreNamedQuickly() throws Exception {
    BrokenContent content = BrokenContent.copy(dir);
    String advice = content.text("advice.json");
    StringBuilder more = new StringBuilder();
    for (int i = 0; i < 16_000; i++) {
      more.append("{\"id\":\"extra-advice-").append(i).append("\",\"title\":\"T\",\"text\":\"Say it kindly.\",")
          .append("\"sources\":[{\"source\":\"001\",\"section\":\"advice §1\"}]},");
    }
    int list = advice.indexOf('[');
    Files.writeString(content.dir().resolve("advice.json"), advice.substring(0, list + 1) + more + advice.substring(list + 1));
    String reasons = content.text("reasons.json");
    StringBuilder unknown = new StringBuilder();
    for (int i = 0; i < 12_000; i++) {
      unknown.append("\"no-such-advice-").append(i).append("\",");
    }
    String first = "\"advice\": [";
    assertTrue(reasons.contains(first));
    Files.writeString(content.dir().resolve("reasons.json"), reasons.replaceFirst(java.util.regex.Pattern.quote(first),
        first + unknown));
    CommandResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> Guide.run("validate", content.dir().toString()));
    result.assertExit(ExitCode.FAILED).assertNoStackTrace().assertErrContains("no-such-advice-11999");
  }

  /** A title with an escape sequence, an OSC title change, U+009B, U+202E or a lone surrogate is refused, where it is. */
  @Test
  void controlCharactersBidiOverridesAndLoneSurrogatesInTextAreDefects() {
    for (String hostile : new String[] {"\\u001b[2J", "\\u001b]0;owned\\u0007", "\\u009b31m", "\\u202egnp.exe",
        "\\ud800 half"}) {
      BrokenContent content = BrokenContent.copy(dir.resolve("c" + Math.abs(hostile.hashCode())));
      String reasons = content.text("reasons.json");
      String title = "\"title\": \"{He}{'s/'re} afraid of getting close\"";
      assertTrue(reasons.contains(title));
      Path folder = content.write("reasons.json", reasons.replace(title,
          "\"title\": \"{He}{'s/'re} afraid " + hostile + " of getting close\"")).dir();
      Guide.run("validate", folder.toString()).assertExit(ExitCode.FAILED).assertNoStackTrace()
          .assertErrContains("reasons.json:").assertErrContains("content is plain text");
    }
  }

  /** "|@" and "@|" in a title are text: with --color always they once crashed picocli's markup with a stack trace. */
  @Test
  void markupInATitleIsShownAsWrittenWithColourOn() {
    BrokenContent content = BrokenContent.copy(dir);
    String reasons = content.text("reasons.json");
    String title = "\"title\": \"{He}{'s/'re} afraid of getting close\"";
    Path folder = content.write("reasons.json", reasons.replace(title, "\"title\": \"{He}{'s/'re} afraid |@ @| of @|red getting|@ close\"")).dir();
    CommandResult result = Guide.run("--color", "always", "--content", folder.toString(), "reason", "fear-of-intimacy");
    result.assertExit(ExitCode.OK).assertNoStackTrace().assertOutContains("afraid |@ @| of @|red getting|@ close");
  }
}
